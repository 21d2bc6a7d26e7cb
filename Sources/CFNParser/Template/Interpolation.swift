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
    let bytes = text.utf8
    func index(_ offset: Int) -> String.Index { bytes.index(bytes.startIndex, offsetBy: offset) }
    var rest = text.startIndex
    for (open, close) in delimiters(in: text) {
      let start = index(open)
      if start > rest { pieces.append(.text(text[rest..<start])) }
      guard let close else {
        pieces.append(.unclosed(text[start...], start: start))
        return pieces
      }
      let inside = text[index(open + 2)..<index(close)]
      let whole = start..<index(close + 1)
      if syntax == .cloudFormationSub, inside.hasPrefix("!") {
        pieces.append(.escaped(inside.dropFirst(), range: whole))
      } else {
        pieces.append(.placeholder(inside, range: whole))
      }
      rest = whole.upperBound
    }
    if rest < text.endIndex { pieces.append(.text(text[rest...])) }
    return pieces
  }

  /// The byte offsets of each `${` and of the `}` that closes it (nil for a last `${` left
  /// open). `$`, `{` and `}` are ASCII, so no byte of a multi-byte character is one of them; the
  /// search by bytes replaced `firstRange(of:)`, which cost tens of thousands of instructions a
  /// call.
  private static func delimiters(in text: String) -> [(open: Int, close: Int?)] {
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> [(open: Int, close: Int?)] {
      var found: [(open: Int, close: Int?)] = []
      var offset = 0
      while offset + 1 < bytes.count {
        guard bytes[offset] == UInt8(ascii: "$"), bytes[offset + 1] == UInt8(ascii: "{") else {
          offset += 1
          continue
        }
        var close = offset + 2
        while close < bytes.count, bytes[close] != UInt8(ascii: "}") { close += 1 }
        guard close < bytes.count else {
          found.append((offset, nil))
          break
        }
        found.append((offset, close))
        offset = close + 1
      }
      return found
    }
    if let found = text.utf8.withContiguousStorageIfAvailable(find) { return found }
    return Array(text.utf8).withUnsafeBufferPointer(find)
  }

  /// The insides of the `${…}` placeholders of `text`, in order (escaped ones left out).
  package static func placeholders(in text: String, as syntax: Syntax) -> [Substring] {
    scan(text, as: syntax).compactMap {
      if case .placeholder(let inside, _) = $0 { inside } else { nil }
    }
  }
}
