import TFEmitter
import Testing

/// One `{tree, expected text}` row of the printer tables (docs/hcl-format.md, "Checks").
struct PrinterCase: Sendable, CustomTestStringConvertible {
  /// What the row shows, e.g. `R3 quoted and CJK keys`.
  var name: String
  /// The tree to print.
  var body: HCLBody
  /// The exact expected file text.
  var expected: String

  var testDescription: String { name }

  init(_ name: String, _ items: [HCLItem], _ expected: String) {
    self.name = name
    self.body = HCLBody(items)
    self.expected = expected
  }
}

/// Small constructors that keep the printer tables readable.
enum Tree {
  static func attribute(_ name: String, _ value: HCLExpression) -> HCLItem {
    .attribute(HCLAttribute(name, value))
  }

  static func block(_ type: String, _ labels: [String] = [], _ items: [HCLItem]) -> HCLItem {
    .block(HCLBlock(type, labels, body: HCLBody(items)))
  }

  static func locals(_ items: [HCLItem]) -> HCLItem {
    block("locals", [], items)
  }

  static func object(_ items: [(String, HCLExpression)]) -> HCLExpression {
    .object(items.map { HCLObjectItem($0.0, $0.1) })
  }

  static func ref(_ text: String) -> HCLExpression { .reference(text) }
  static func num(_ lexeme: String) -> HCLExpression { .number(lexeme) }
  static func str(_ text: String) -> HCLExpression { .string(text) }
  static func lit(_ text: String) -> HCLTemplatePart { .literal(text) }
  static func interp(_ expression: HCLExpression) -> HCLTemplatePart {
    .interpolation(expression)
  }
}
