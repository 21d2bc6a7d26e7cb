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
    // The ledger is renamed in place and back again rather than copied: at 5,000 resources a
    // copy of it is a fifth of the peak memory.
    let renamed = renameLedgerLocations(in: graph.template.fileName, to: name)
    // The report shares the entries; it is gone before they are named back.
    let pieces = MarkdownReport.renderPieces(
      ReportModel(
        Conversion(
          files: [], ledger: ledger,
          diagnostics: diagnostics.map { Self.renaming($0, graph.template.fileName, to: name) }),
        templateName: name, toolVersion: options.toolVersion),
      graph: graph)
    for index in renamed { ledger.entries[index].location?.file = graph.template.fileName }
    files.removeAll { $0.path == MarkdownReport.fileName }
    files.append(GeneratedFile(path: MarkdownReport.fileName, utf8Pieces: pieces))
    files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
  }

  /// Names file `path` `name` in the location of every ledger entry written in it, and returns
  /// the indices of the entries changed.
  private mutating func renameLedgerLocations(in path: String, to name: String) -> [Int] {
    guard path != name else { return [] }
    var renamed: [Int] = []
    for index in ledger.entries.indices where ledger.entries[index].location?.file == path {
      ledger.entries[index].location?.file = name
      renamed.append(index)
    }
    return renamed
  }

  /// `diagnostic` with its locations, and its notes', in file `path` naming it `name` instead.
  private static func renaming(_ diagnostic: Diagnostic, _ path: String, to name: String)
    -> Diagnostic
  {
    guard path != name else { return diagnostic }
    func renamed(_ location: SourceLocation?) -> SourceLocation? {
      guard var location, location.file == path else { return location }
      location.file = name
      return location
    }
    var diagnostic = diagnostic
    diagnostic.location = renamed(diagnostic.location)
    for index in diagnostic.notes.indices {
      diagnostic.notes[index].location = renamed(diagnostic.notes[index].location)
    }
    return diagnostic
  }
}
