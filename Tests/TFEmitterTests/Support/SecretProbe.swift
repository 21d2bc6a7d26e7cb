import CFNParser
import TestSupport
import Testing

@testable import TFEmitter

/// Converts a template holding planted secrets and gathers everything a user could read of the
/// result: every generated file, the ledger in each report format and the diagnostics, so that a
/// test can say a planted value appears nowhere.
struct SecretProbe: CustomStringConvertible {
  /// The conversion.
  let conversion: Conversion
  /// The template, whose markers give the places diagnostics point at.
  let marked: MarkedText

  /// Converts `template` (JSON or YAML with markers), generically unless `profiles` is set.
  init(_ template: String, profiles: Bool = false) {
    marked = MarkedText(template)
    conversion = Converter.convert(
      marked.text, fileName: "test.json", options: ConversionOptions(useProfiles: profiles))
  }

  /// Short, so that a failed expectation does not print the whole conversion.
  var description: String { "the conversion of the probe template" }

  /// The text of the generated file `path`, empty when there is none.
  func file(_ path: String) -> String { conversion.file(path)?.contents ?? "" }

  /// The text of the generated file `path` with each run of spaces made one, so that a test
  /// does not depend on how `terraform fmt` aligns a block's arguments.
  func squeezed(_ path: String) -> String {
    file(path).replacing(/\ +/, with: " ")
  }

  /// The warnings and errors.
  var diagnostics: [Diagnostic] { conversion.diagnostics }

  /// The messages of the diagnostics.
  var messages: [String] { conversion.diagnostics.map(\.message) }

  /// Every text a user reads: the files, the ledger in each format, the diagnostics.
  var everything: [(name: String, text: String)] {
    let model = ReportModel(conversion, templateName: "test.json")
    return conversion.files.map { ($0.path, $0.contents) } + [
      ("text report", TextReport.render(model, colour: false)),
      ("json report", JSONReport.render(model)),
      ("diagnostics", conversion.diagnostics.map(\.description).joined(separator: "\n")),
    ]
  }

  /// Records an issue for each place `secret` appears in.
  func expectAbsent(
    _ secret: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    for (name, text) in everything where text.contains(secret) {
      Issue.record("\(name) shows '\(secret)'", sourceLocation: sourceLocation)
    }
  }

  /// The `variable "name"` block of `variables.tf`, empty when there is none.
  func variable(_ name: String) -> String {
    let text = file("variables.tf")
    guard let start = text.range(of: "variable \"\(name)\" {") else { return "" }
    let rest = text[start.lowerBound...]
    guard let end = rest.range(of: "\n}\n") else { return String(rest) }
    return String(rest[..<end.upperBound])
  }

  /// True when variable `name` is declared sensitive and without a default.
  func isRequiredSecret(_ name: String) -> Bool {
    let block = variable(name)
    return block.contains("\n  sensitive   = true\n") && !block.contains("\n  default ")
  }

  /// The warning with `message`, if any.
  func warning(_ message: String) -> Diagnostic? {
    conversion.diagnostics.first { $0.severity == .warning && $0.message == message }
  }
}
