import CFNParser

/// How a member is added to one YAML mapping so that it looks like its neighbours, learnt from
/// the mapping's own text.
///
/// In a block mapping the member goes on a line of its own after the line where the anchor
/// member's value ends (after any comment there), indented as the anchor's key, with the file's
/// line break (LF, CRLF or CR); in a flow mapping (`{Type: X}`) it follows the anchor's value
/// after `, `. A key or value is quoted as the anchor's key or value is (`"`, `'` or not at all).
struct YAMLMemberLayout {
  /// The byte offset where new members are inserted.
  var insertion: Int
  /// The text before each new member: a line break and the indentation, or `, `.
  var separator: [UInt8]
  /// The quote of the anchor's key, if it has one.
  var keyQuote: UInt8?
  /// The quote of the anchor's value, if it has one.
  var valueQuote: UInt8?

  /// The layout of `mapping` near `members[anchor]`, after whose value members are inserted.
  init(of mapping: JSONValue, around anchor: Int, in bytes: [UInt8]) {
    let members = mapping.members ?? []
    let member = members[anchor]
    keyQuote = Self.quote(at: member.keyRange.startOffset, in: bytes)
    valueQuote = Self.quote(at: member.value.range.startOffset, in: bytes)
    let end = member.value.range.endOffset
    if bytes[safe: mapping.range.startOffset] == UInt8(ascii: "{") {
      insertion = end
      separator = Array(", ".utf8)
      return
    }
    var lineEnd = end
    while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
    insertion = lineEnd
    separator =
      Self.lineBreak(at: lineEnd, in: bytes)
      + Array(repeating: UInt8(ascii: " "), count: member.keyRange.start.column - 1)
  }

  /// The text of a new member `key: value`, separator first.
  func member(_ key: String, _ value: String) -> [UInt8] {
    separator + Self.scalar(key, quote: keyQuote) + Array(": ".utf8)
      + Self.scalar(value, quote: valueQuote)
  }

  /// `text` (plain words only) as a scalar in the given quotes, or plain.
  static func scalar(_ text: String, quote: UInt8?) -> [UInt8] {
    guard let quote else { return Array(text.utf8) }
    return [quote] + Array(text.utf8) + [quote]
  }

  /// The quote at `offset`, if the scalar there is quoted.
  static func quote(at offset: Int, in bytes: [UInt8]) -> UInt8? {
    let byte = bytes[safe: offset]
    return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") ? byte : nil
  }

  /// The line break at `offset`, or the file's first one at its end; LF in a one-line file.
  static func lineBreak(at offset: Int, in bytes: [UInt8]) -> [UInt8] {
    var index = offset
    if index >= bytes.count {
      guard let first = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return [0x0A] }
      index = first
    }
    if bytes[index] == 0x0D { return bytes[safe: index + 1] == 0x0A ? [0x0D, 0x0A] : [0x0D] }
    return [0x0A]
  }
}

extension Array where Element == UInt8 {
  fileprivate subscript(safe index: Int) -> UInt8? {
    index >= 0 && index < count ? self[index] : nil
  }
}
