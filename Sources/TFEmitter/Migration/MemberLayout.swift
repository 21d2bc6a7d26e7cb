import CFNParser

/// How the members of one JSON object are laid out, learnt from the object's own text so that an
/// inserted member looks like its neighbours.
///
/// A member is written as `beforeComma`, `,`, `afterComma`, the key, `colon`, the value. For the
/// usual layout `beforeComma` is empty and `afterComma` is a line break and the members'
/// indentation (`\n    `, `\r\n\t\t`); for a compact object it is the spaces between members
/// (`" "` or nothing); a comma-first layout has the line break before the comma. `colon` is the
/// text between a key and its value (`": "`, `" : "`, `":"`).
struct MemberLayout {
  var beforeComma: [UInt8]
  var afterComma: [UInt8]
  var colon: [UInt8]

  /// The layout of `members` near `members[anchor]`, after whose value a member is inserted.
  ///
  /// The spacing is that before the next member, or else before the anchor itself; an object
  /// with one member has no comma to learn from, so the space after its `{` is used.
  init(of members: [JSONMember], around anchor: Int, in bytes: [UInt8]) {
    let member = members[anchor]
    colon = Array(bytes[member.keyRange.endOffset..<member.value.range.startOffset])
    let next = anchor + 1 < members.count ? members[anchor + 1] : member
    var start = next.keyRange.startOffset
    while start > 0, Self.isWhitespace(bytes[start - 1]) { start -= 1 }
    afterComma = Self.lastLine(of: bytes[start..<next.keyRange.startOffset])
    beforeComma = []
    guard start > 0, bytes[start - 1] == UInt8(ascii: ",") else { return }
    var end = start - 1
    while end > 0, Self.isWhitespace(bytes[end - 1]) { end -= 1 }
    beforeComma = Self.lastLine(of: bytes[end..<(start - 1)])
  }

  /// The text of a new member `"key": "value"`, comma first.
  func member(_ key: String, _ value: String) -> [UInt8] {
    beforeComma + [UInt8(ascii: ",")] + afterComma + Array(JSONValue.quoted(key).utf8) + colon
      + Array(JSONValue.quoted(value).utf8)
  }

  /// Whitespace as JSON defines it: space, tab, LF, CR.
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// Whitespace from its last line break (CRLF, LF or CR) on, so that blank lines are not copied;
  /// all of it when it has no line break.
  static func lastLine(of whitespace: ArraySlice<UInt8>) -> [UInt8] {
    guard let lastBreak = whitespace.lastIndex(where: { $0 == 0x0A || $0 == 0x0D }) else {
      return Array(whitespace)
    }
    var start = lastBreak
    if whitespace[lastBreak] == 0x0A, lastBreak > whitespace.startIndex,
      whitespace[lastBreak - 1] == 0x0D
    {
      start -= 1
    }
    return Array(whitespace[start...])
  }
}
