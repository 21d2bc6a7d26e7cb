import CFNParser
import Foundation
import TFEmitter
import TestSupport

/// What the report tests need beyond the library: the Datomic fixture's conversion and graph, the
/// golden files under `Tests/Fixtures/datomic/report/`, and the external oracles Graphviz (`dot`)
/// and Python's `jsonschema`, used where installed (the tests that need them are enabled with
/// `.enabled(if:)`, so a missing tool makes them report themselves skipped by name).
enum ReportTools {
  /// `Tests/Fixtures/datomic/report`.
  static let goldenFolder = Repository.fixtures.appendingPathComponent("datomic/report")

  /// `docs/report-schema.json`.
  static let schema = Repository.root.appendingPathComponent("docs/report-schema.json")

  /// The `dot` executable on `PATH`, if any.
  static let dotPath = Tool.path(named: "dot")

  /// True when `python3` is on `PATH` and imports `jsonschema`.
  static let jsonschemaAvailable: Bool = {
    guard let python = Tool.path(named: "python3") else { return false }
    return (try? Tool.run(python, ["-c", "import jsonschema"]))?.status == 0
  }()

  /// A template read from disk: its text, its graph and its conversion with `options`.
  struct Converted {
    var name: String
    var graph: ResourceGraph?
    var conversion: Conversion
    var model: ReportModel { ReportModel(conversion, templateName: name) }
  }

  /// Reads, analyses and converts the template at `url` under its last path component.
  static func convert(_ url: URL, options: ConversionOptions = ConversionOptions()) throws
    -> Converted
  {
    let bytes = try [UInt8](Data(contentsOf: url))
    let name = url.lastPathComponent
    let template = TemplateDecoder.decode(bytes: bytes, fileName: name).template
    return Converted(
      name: name, graph: template.map { GraphBuilder.build($0).graph },
      conversion: Converter.convert(bytes: bytes, fileName: name, options: options))
  }

  /// The bundled Datomic fixture, converted with the default options.
  static func datomic() throws -> Converted {
    try convert(Repository.fixtures.appendingPathComponent("datomic/template.json"))
  }

  /// Runs `dot -Tsvg` on `text`.
  static func renderDOT(_ text: String) throws -> ToolOutcome {
    try Tool.run(dotPath!, ["-Tsvg"], input: text)
  }

  /// Validates each JSON document against `docs/report-schema.json` (draft 2020-12) in one
  /// Python run; the output names each invalid document and why.
  static func validate(_ documents: [(name: String, json: String)]) throws -> ToolOutcome {
    let directory = try Repository.temporaryDirectory("report-schema")
    defer { try? FileManager.default.removeItem(at: directory) }
    var paths: [String] = []
    for (index, document) in documents.enumerated() {
      let url = directory.appendingPathComponent("\(index)-\(document.name).json")
      try Data(document.json.utf8).write(to: url)
      paths.append(url.path)
    }
    let script = """
      import json, sys
      from jsonschema import Draft202012Validator
      schema = json.load(open(sys.argv[1]))
      Draft202012Validator.check_schema(schema)
      validator = Draft202012Validator(schema)
      failed = 0
      for path in sys.argv[2:]:
          for error in validator.iter_errors(json.load(open(path))):
              failed += 1
              print(path, list(error.absolute_path), error.message)
      print("validated", len(sys.argv) - 2)
      sys.exit(1 if failed else 0)
      """
    return try Tool.run("python3", ["-c", script, schema.path] + paths)
  }
}
