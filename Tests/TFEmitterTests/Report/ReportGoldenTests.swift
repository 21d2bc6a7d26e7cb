import CFNParser
import Foundation
import TFEmitter
import Testing

/// The report of the bundled Datomic fixture in every format, and its graph, compared byte for
/// byte with `Tests/Fixtures/datomic/report/`. `CFN2TF_RECORD_FIXTURES=1` rewrites the files and
/// fails, so a recording run is never mistaken for a pass.
@Suite("Report golden files")
struct ReportGoldenTests {
  /// Each golden file and what it holds.
  static let files = ["report.txt", "report.md", "report.json", "graph.mmd", "graph.dot"]

  static func render(_ file: String) throws -> String {
    let datomic = try ReportTools.datomic()
    let graph = try #require(datomic.graph)
    switch file {
    case "report.txt": return TextReport.render(datomic.model, colour: false)
    case "report.md": return MarkdownReport.render(datomic.model, graph: graph)
    case "report.json": return JSONReport.render(datomic.model)
    case "graph.mmd": return GraphRenderer.mermaid(graph)
    default: return GraphRenderer.dot(graph)
    }
  }

  @Test("matches Tests/Fixtures/datomic/report byte for byte", arguments: files)
  func matchesGolden(_ file: String) throws {
    let url = ReportTools.goldenFolder.appendingPathComponent(file)
    let actual = try Self.render(file)
    if GoldenFixtureTests.recording {
      try FileManager.default.createDirectory(
        at: ReportTools.goldenFolder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      Issue.record("recorded \(file): unset CFN2TF_RECORD_FIXTURES and run the tests again")
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      actual == expected,
      "\(file) differs:\n\(UnifiedDiff.diff(expected: expected, actual: actual))")
  }

  @Test("REPORT.md of the conversion is the Markdown report with the graph")
  func reportFile() throws {
    let datomic = try ReportTools.datomic()
    let file = try #require(datomic.conversion.file("REPORT.md"))
    #expect(file.contents == (try Self.render("report.md")))
    let expected = Repository.fixtures.appendingPathComponent("datomic/expected/REPORT.md")
    #expect(file.contents == (try String(contentsOf: expected, encoding: .utf8)))
  }

  @Test("the Markdown report embeds the Mermaid graph in a mermaid block")
  func embedsMermaid() throws {
    let markdown = try Self.render("report.md")
    let mermaid = try Self.render("graph.mmd")
    #expect(markdown.contains("\n## Graph\n\n```mermaid\n" + mermaid + "```\n"))
  }

  @Test("the coloured text is the plain text with SGR sequences around statuses and headings")
  func colour() throws {
    let datomic = try ReportTools.datomic()
    let coloured = TextReport.render(datomic.model, colour: true)
    let plain = TextReport.render(datomic.model, colour: false)
    #expect(coloured != plain)
    #expect(coloured.contains("\u{1B}[33mapproximated\u{1B}[0m  LaunchConfig.Properties.ImageId"))
    #expect(coloured.contains("\u{1B}[1mSUMMARY\u{1B}[0m\n"))
    #expect(Self.strippingSGR(coloured) == plain)
    #expect(!plain.contains("\u{1B}"))
  }

  @Test("converting and rendering again gives the same bytes")
  func deterministic() throws {
    for file in Self.files {
      #expect(try Self.render(file) == Self.render(file), "\(file)")
    }
  }

  static func strippingSGR(_ text: String) -> String {
    var out = ""
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      if scalar == "\u{1B}", scalars.first == "[" {
        while let next = scalars.popFirst(), next != "m" {}
        continue
      }
      out.unicodeScalars.append(scalar)
    }
    return out
  }
}
