import CFNParser

/// A small vocabulary for writing fixed HCL shapes in Swift (the Datomic module, the Packer
/// template) as trees, readably: `HCLBlock("resource", "aws_iam_role", "this") { … }` with
/// `attribute`, `comment` and `blank` items, and expression helpers.
@resultBuilder
package enum HCLBodyBuilder {
  package static func buildBlock(_ parts: [HCLItem]...) -> [HCLItem] { parts.flatMap { $0 } }
  package static func buildExpression(_ item: HCLItem) -> [HCLItem] { [item] }
  package static func buildExpression(_ items: [HCLItem]) -> [HCLItem] { items }
  package static func buildExpression(_ block: HCLBlock) -> [HCLItem] { [.block(block)] }
  package static func buildExpression(_ attribute: HCLAttribute) -> [HCLItem] {
    [.attribute(attribute)]
  }
  package static func buildExpression(_ comment: HCLComment) -> [HCLItem] {
    [.comment(comment.lines)]
  }
  package static func buildExpression(_ blank: HCLBlank) -> [HCLItem] { [.blankLine] }
  package static func buildOptional(_ items: [HCLItem]?) -> [HCLItem] { items ?? [] }
  package static func buildEither(first items: [HCLItem]) -> [HCLItem] { items }
  package static func buildEither(second items: [HCLItem]) -> [HCLItem] { items }
  package static func buildArray(_ items: [[HCLItem]]) -> [HCLItem] { items.flatMap { $0 } }
}

/// `# line` comments, as a statement of a body builder.
package struct HCLComment {
  package var lines: [String]

  /// Comment lines.
  package init(_ lines: String...) {
    self.lines = lines
  }
}

/// A blank line, as a statement of a body builder.
package struct HCLBlank {
  /// A blank line.
  package init() {}
}

extension HCLBlock {
  /// A block whose body is written with the builder.
  package init(_ type: String, _ labels: String..., @HCLBodyBuilder body: () -> [HCLItem]) {
    self.init(type, labels, body: HCLBody(body()))
  }
}

extension HCLBody {
  /// A body written with the builder.
  package init(@HCLBodyBuilder items: () -> [HCLItem]) {
    self.init(items())
  }
}

extension HCLItem {
  /// `name = value`.
  package static func attribute(_ name: String, _ value: HCLExpression) -> HCLItem {
    .attribute(HCLAttribute(name, value))
  }

  /// `# line` comments.
  package static func comment(_ lines: String...) -> HCLItem { .comment(lines) }

  /// A blank line.
  package static var blank: HCLItem { .blankLine }
}

extension HCLExpression {
  /// A reference written as a traversal: `aws_iam_role.this.arn`, `count.index`.
  package static func ref(_ traversal: String) -> HCLExpression { .reference(traversal) }

  /// A number.
  package static func int(_ value: Int) -> HCLExpression { .number(String(value)) }

  /// `[a, b]`.
  package static func list(_ items: HCLExpression...) -> HCLExpression { .tuple(items) }

  /// `[ "a", "b" ]` from strings.
  package static func strings(_ items: [String]) -> HCLExpression {
    .tuple(items.map { .string($0) })
  }

  /// `{ key = value }` in the order given.
  package static func object(_ items: (String, HCLExpression)...) -> HCLExpression {
    .object(items.map { HCLObjectItem($0.0, $0.1) })
  }

  /// `{ key = value }` from a list, in its order; keys that are not identifiers are quoted
  /// (`"aws:SecureTransport"`).
  package static func object(items: [(String, HCLExpression)]) -> HCLExpression {
    .object(items.map { HCLObjectItem($0.0, $0.1) })
  }

  /// `name(arguments)`.
  package static func call(_ name: String, _ arguments: HCLExpression...) -> HCLExpression {
    .call(name, arguments)
  }

  /// `condition ? a : b`.
  package static func when(_ condition: HCLExpression, _ a: HCLExpression, _ b: HCLExpression)
    -> HCLExpression
  {
    .conditional(condition, a, b)
  }

  /// `a == b`.
  package static func equal(_ a: HCLExpression, _ b: HCLExpression) -> HCLExpression {
    .binary(a, "==", b)
  }

  /// `a != b`.
  package static func notEqual(_ a: HCLExpression, _ b: HCLExpression) -> HCLExpression {
    .binary(a, "!=", b)
  }

  /// `a && b`.
  package static func and(_ a: HCLExpression, _ b: HCLExpression) -> HCLExpression {
    .binary(a, "&&", b)
  }

  /// `a || b`.
  package static func or(_ a: HCLExpression, _ b: HCLExpression) -> HCLExpression {
    .binary(a, "||", b)
  }

  /// `condition ? 1 : 0`, for `count`.
  package static func countIf(_ condition: HCLExpression) -> HCLExpression {
    .conditional(condition, .number("1"), .number("0"))
  }

  /// A string template from text where `${traversal}` marks a reference; nothing else is
  /// interpreted. `"arn:${data.aws_partition.current.partition}:s3:::${local.bucket}"`.
  package static func interpolated(_ text: String) -> HCLExpression {
    let parts = templateParts(text) { .reference(String($0)) }
    if parts.count == 1, case .interpolation(let expression) = parts[0] { return expression }
    return .template(parts)
  }

  /// The parts of a string template read from `text` (`Interpolation`, Terraform's meaning):
  /// each `${…}` is the expression `interpolation` makes of its inside; the rest, and an unclosed
  /// `${`, is literal text, adjacent runs joined.
  package static func templateParts(
    _ text: String, _ interpolation: (Substring) -> HCLExpression
  ) -> [HCLTemplatePart] {
    var parts: [HCLTemplatePart] = []
    for piece in Interpolation.scan(text, as: .terraformTemplate) {
      switch piece {
      case .placeholder(let inside, _):
        parts.append(.interpolation(interpolation(inside)))
      case .text(let literal), .unclosed(let literal, _):
        if case .literal(let before)? = parts.last {
          parts[parts.count - 1] = .literal(before + literal)
        } else {
          parts.append(.literal(String(literal)))
        }
      case .escaped(_, let range):
        parts.append(.literal(String(text[range])))
      }
    }
    return parts
  }

}
