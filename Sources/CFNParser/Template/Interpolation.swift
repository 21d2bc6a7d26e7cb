/// The one reader of `${…}` in text. Two languages write it, with two meanings:
/// `Fn::Sub` text, where `${Name}` or `${Resource.Attribute}` is a CloudFormation reference and
/// `${!Name}` is the literal `${Name}`; and a Terraform template (and cfn2tf's attribute text,
/// `${arn}:*`), where `${…}` holds a Terraform expression and nothing escapes it.
package enum Interpolation {
  /// Which meaning `${…}` has in the text read.
  package enum Syntax: Hashable, Sendable {
    /// `Fn::Sub`: `${Name}` is a reference, `${!Name}` the literal `${Name}`.
    case cloudFormationSub
    /// A Terraform template: `${expression}` is an interpolation.
    case terraformTemplate
  }

  /// One piece of text read with `scan(_:as:)`.
  package enum Piece: Hashable, Sendable {
    /// Literal text, as written.
    case text(Substring)
    /// `${inside}`: a reference (Sub) or an interpolation (Terraform); `range` is the whole
    /// `${…}` in the text.
    case placeholder(Substring, range: Range<String.Index>)
    /// `${!inside}` in `Fn::Sub` text: the literal `${inside}`; `range` is the whole `${!…}`.
    case escaped(Substring, range: Range<String.Index>)
    /// A `${` with no `}` after it, at `start`; the text from there on is the piece's text.
    case unclosed(Substring, start: String.Index)
  }

  /// `text` as literal runs and `${…}` placeholders, in order; an unclosed `${` ends it. Empty
  /// literal runs are left out.
  package static func scan(_ text: String, as syntax: Syntax) -> [Piece] {
    var pieces: [Piece] = []
    var rest = text[...]
    while let open = rest.firstRange(of: "${") {
      if open.lowerBound > rest.startIndex { pieces.append(.text(rest[..<open.lowerBound])) }
      guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
        pieces.append(.unclosed(rest[open.lowerBound...], start: open.lowerBound))
        return pieces
      }
      let inside = rest[open.upperBound..<close]
      let whole = open.lowerBound..<text.index(after: close)
      if syntax == .cloudFormationSub, inside.hasPrefix("!") {
        pieces.append(.escaped(inside.dropFirst(), range: whole))
      } else {
        pieces.append(.placeholder(inside, range: whole))
      }
      rest = rest[whole.upperBound...]
    }
    if !rest.isEmpty { pieces.append(.text(rest)) }
    return pieces
  }

  /// The insides of the `${…}` placeholders of `text`, in order (escaped ones left out).
  package static func placeholders(in text: String, as syntax: Syntax) -> [Substring] {
    scan(text, as: syntax).compactMap {
      if case .placeholder(let inside, _) = $0 { inside } else { nil }
    }
  }
}
