/// Small constructors for the Packer trees, kept apart from the shared HCL vocabulary.
enum PackerHCL {
  /// `name = value`.
  static func attribute(_ name: String, _ value: HCLExpression) -> HCLItem {
    .attribute(HCLAttribute(name, value))
  }

  /// `block "label" { items }`.
  static func block(_ type: String, _ labels: [String] = [], _ items: [HCLItem]) -> HCLItem {
    .block(HCLBlock(type, labels, body: HCLBody(items)))
  }

  /// `var.name`.
  static func variable(_ name: String) -> HCLExpression { .reference("var.\(name)") }

  /// `local.name`.
  static func local(_ name: String) -> HCLExpression { .reference("local.\(name)") }

  /// `{ key = value }` in the given order.
  static func object(_ items: [(String, HCLExpression)]) -> HCLExpression {
    .object(items.map { HCLObjectItem($0.0, $0.1) })
  }

  /// A quoted template: literal text and interpolations in order.
  static func template(_ parts: [TemplatePiece]) -> HCLExpression {
    .template(
      parts.map {
        switch $0 {
        case .text(let text): .literal(text)
        case .expression(let expression): .interpolation(expression)
        }
      })
  }

  /// A piece of ``template(_:)``.
  enum TemplatePiece {
    case text(String)
    case expression(HCLExpression)
  }

  /// `split(".", var.name)[index]`.
  static func versionPart(_ name: String, _ index: Int) -> HCLExpression {
    .index(.call("split", [.string("."), variable(name)]), .number(String(index)))
  }
}
