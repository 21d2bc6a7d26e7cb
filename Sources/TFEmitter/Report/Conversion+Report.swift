import CFNParser

extension Conversion {
  /// Adds `REPORT.md` (the Markdown report of the ledger and diagnostics, with the graph drawn in
  /// Mermaid), replacing one added before, and keeps the files sorted by path. A conversion with
  /// errors has no files and gets none.
  mutating func attachReport(graph: ResourceGraph, options: ConversionOptions) {
    guard !diagnostics.containsErrors else { return }
    let report = ReportModel(
      self, templateName: graph.template.fileName, toolVersion: options.toolVersion)
    files.removeAll { $0.path == MarkdownReport.fileName }
    files.append(
      GeneratedFile(
        path: MarkdownReport.fileName, contents: MarkdownReport.render(report, graph: graph)))
    files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
  }
}
