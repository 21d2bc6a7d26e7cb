import CFNParser

extension Conversion {
  /// Adds `REPORT.md` (the Markdown report of the ledger and diagnostics, with the graph drawn in
  /// Mermaid), replacing one added before, and keeps the files sorted by path. A conversion with
  /// errors has no files and gets none. The module is meant for git, so the report names the
  /// template by its file name, in its title and in every location, never by the path it was
  /// given as (an absolute path would name the user's machine).
  mutating func attachReport(graph: ResourceGraph, options: ConversionOptions) {
    guard !diagnostics.containsErrors else { return }
    let name = graph.template.inputName
    let report = ReportModel(
      locating(graph.template.fileName, as: name), templateName: name,
      toolVersion: options.toolVersion)
    files.removeAll { $0.path == MarkdownReport.fileName }
    files.append(
      GeneratedFile(
        path: MarkdownReport.fileName, contents: MarkdownReport.render(report, graph: graph)))
    files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
  }

  /// The conversion with every location in the file `path` (ledger entries, diagnostics and
  /// their notes) naming it `name` instead.
  private func locating(_ path: String, as name: String) -> Conversion {
    guard path != name else { return self }
    func renamed(_ location: SourceLocation?) -> SourceLocation? {
      guard var location, location.file == path else { return location }
      location.file = name
      return location
    }
    var conversion = self
    for index in conversion.ledger.entries.indices {
      conversion.ledger.entries[index].location = renamed(conversion.ledger.entries[index].location)
    }
    conversion.diagnostics = diagnostics.map { diagnostic in
      var diagnostic = diagnostic
      diagnostic.location = renamed(diagnostic.location)
      for index in diagnostic.notes.indices {
        diagnostic.notes[index].location = renamed(diagnostic.notes[index].location)
      }
      return diagnostic
    }
    return conversion
  }
}
