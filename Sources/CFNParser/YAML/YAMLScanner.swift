/// Turns YAML text into tokens, one at a time as the parser asks for them.
///
/// Indentation becomes explicit tokens: a block mapping or list opens with a start token and
/// closes with a block end when a line is indented less. A key is known to be one only when its
/// `:` comes, so the scanner remembers where a key may start (a "simple key": one line, at most
/// 1024 bytes) and inserts the key token, and the mapping's start, there when the `:` arrives.
/// This is the scheme the YAML 1.1 specification's reference readers use, written afresh here.
///
/// Lines end at LF, CRLF or CR; columns count UTF-8 bytes from 1, after a byte-order mark.
struct YAMLScanner {
  /// The fatal error that stops reading.
  struct Failure: Error {
    var error: Located<YAMLSyntaxError>
    var notes: [Diagnostic.Note] = []
  }

  /// Where a key may start: the token it would be inserted before, and its place.
  struct SimpleKey {
    var tokenNumber: Int
    /// True when the key stands at the indentation of its block mapping, so it must be one.
    var required: Bool
    var offset: Int
    var line: Int
    var column: Int
  }

  let bytes: [UInt8]
  let file: String
  var offset = 0
  var line = 1
  var lineStart = 0

  /// Tokens scanned and not yet taken; `head` is the next one to take.
  var queue: [YAMLToken] = []
  var head = 0
  /// How many tokens the parser has taken.
  var tokensTaken = 0
  var streamEndScanned = false

  /// How many flow collections are open.
  var flowLevel = 0
  /// The 0-based column of the innermost block collection, -1 outside any.
  var indent = -1
  var indents: [Int] = []
  /// True where a simple key may start.
  var simpleKeyAllowed = true
  /// The possible simple key of each flow level, the block context at 0.
  var simpleKeys: [SimpleKey?] = [nil]
  /// How many of `simpleKeys` are set.
  var simpleKeyCount = 0
  /// True until the line has something other than spaces.
  var atLineStart = true

  init(bytes: [UInt8], file: String, start: Int) {
    self.bytes = bytes
    self.file = file
    self.offset = start
    self.lineStart = start
  }

  // MARK: Positions

  /// The 0-based column of the current offset.
  var column: Int { offset - lineStart }

  /// The byte at the current offset, `nil` at the end.
  var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  /// The byte `distance` bytes ahead, `nil` past the end.
  func peek(_ distance: Int) -> UInt8? {
    offset + distance < bytes.count ? bytes[offset + distance] : nil
  }

  /// The location of the current offset.
  var location: SourceLocation { SourceLocation(file: file, line: line, column: column + 1) }

  /// An empty range at the current offset.
  var here: SourceRange { SourceRange(start: location, startOffset: offset, endOffset: offset) }

  func fail(_ error: YAMLSyntaxError, at place: SourceRange? = nil) -> Failure {
    Failure(error: Located(error, at: place ?? here))
  }

  func range(line: Int, column: Int, offset: Int) -> SourceRange {
    SourceRange(
      start: SourceLocation(file: file, line: line, column: column + 1), startOffset: offset,
      endOffset: offset)
  }

  /// A token of `kind` from the current offset, `length` bytes long.
  func token(_ kind: YAMLToken.Kind, length: Int = 0) -> YAMLToken {
    YAMLToken(
      kind: kind, start: offset, end: offset + length, line: line, column: column + 1)
  }

  static func isBlank(_ byte: UInt8?) -> Bool { byte == 0x20 || byte == 0x09 }
  static func isBreak(_ byte: UInt8?) -> Bool { byte == 0x0A || byte == 0x0D }
  static func isBlankOrBreak(_ byte: UInt8?) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
  /// Blank, a line break or the end.
  static func isBlankZ(_ byte: UInt8?) -> Bool { byte == nil || isBlankOrBreak(byte) }

  /// Consumes one line break (LF, CRLF or CR) at the current offset.
  mutating func skipBreak() {
    if bytes[offset] == 0x0D, peek(1) == 0x0A { offset += 1 }
    offset += 1
    line += 1
    lineStart = offset
  }

  // MARK: Taking tokens

  /// The next token, without taking it.
  mutating func peekToken() throws(Failure) -> YAMLToken {
    while try needsMoreTokens() { try fetchMoreTokens() }
    return head < queue.count ? queue[head] : token(.streamEnd)
  }

  /// The kind of the next token, without taking it (or copying it).
  mutating func peekKind() throws(Failure) -> YAMLToken.Kind {
    while try needsMoreTokens() { try fetchMoreTokens() }
    return head < queue.count ? queue[head].kind : .streamEnd
  }

  /// Takes the next token, moving it out of the queue.
  @discardableResult
  mutating func nextToken() throws(Failure) -> YAMLToken {
    while try needsMoreTokens() { try fetchMoreTokens() }
    guard head < queue.count else { return token(.streamEnd) }
    var token = YAMLToken(kind: .streamEnd, start: 0, end: 0, line: 0, column: 0)
    swap(&token, &queue[head])
    head += 1
    tokensTaken += 1
    if head > 64, head * 2 > queue.count {
      queue.removeFirst(head)
      head = 0
    }
    return token
  }

  private mutating func needsMoreTokens() throws(Failure) -> Bool {
    if streamEndScanned { return false }
    if head >= queue.count { return true }
    guard simpleKeyCount > 0 else { return false }
    try removeStaleSimpleKeys()
    for key in simpleKeys where key?.tokenNumber == tokensTaken { return true }
    return false
  }

  /// Appends a token to the queue.
  mutating func emit(_ token: YAMLToken) { queue.append(token) }

  /// The number the next emitted token will have.
  var nextTokenNumber: Int { tokensTaken + queue.count - head }

  // MARK: Dispatch

  private mutating func fetchMoreTokens() throws(Failure) {
    try skipToNextToken()
    try removeStaleSimpleKeys()
    unwindIndent(to: column)
    guard let byte = current else { return try fetchStreamEnd() }
    atLineStart = false
    let next = peek(1)
    if column == 0 {
      if byte == UInt8(ascii: "%") { return try fetchDirective() }
      if isDocumentIndicator(at: offset) {
        return try fetchDocumentIndicator(byte == UInt8(ascii: "-") ? .documentStart : .documentEnd)
      }
    }
    switch byte {
    case UInt8(ascii: "["): try fetchFlowStart(.flowSequenceStart)
    case UInt8(ascii: "{"): try fetchFlowStart(.flowMappingStart)
    case UInt8(ascii: "]"): try fetchFlowEnd(.flowSequenceEnd)
    case UInt8(ascii: "}"): try fetchFlowEnd(.flowMappingEnd)
    case UInt8(ascii: ","): try fetchFlowEntry()
    case UInt8(ascii: "-") where Self.isBlankZ(next): try fetchBlockEntry()
    case UInt8(ascii: "?") where flowLevel > 0 || Self.isBlankZ(next): try fetchKey()
    case UInt8(ascii: ":") where flowLevel > 0 || Self.isBlankZ(next): try fetchValue()
    case UInt8(ascii: "*"): try fetchAnchor(.alias)
    case UInt8(ascii: "&"): try fetchAnchor(.anchor)
    case UInt8(ascii: "!"): try fetchTag()
    case UInt8(ascii: "|") where flowLevel == 0: try fetchBlockScalar(literal: true)
    case UInt8(ascii: ">") where flowLevel == 0: try fetchBlockScalar(literal: false)
    case UInt8(ascii: "'"): try fetchQuoted(double: false)
    case UInt8(ascii: "\""): try fetchQuoted(double: true)
    default:
      guard canStartPlain(byte, next) else {
        throw fail(.unexpectedCharacter(scalar(at: offset)))
      }
      try fetchPlain()
    }
  }

  /// True when a plain scalar may start with `byte` followed by `next`.
  func canStartPlain(_ byte: UInt8, _ next: UInt8?) -> Bool {
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
      // In a flow collection `?` and `:` are indicators before this is asked; `-,` is the
      // scalar `-`, as in `!Join [-, [a, b]]`.
      return !Self.isBlankZ(next)
    case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
      UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
      UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
      UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
      return false
    default:
      return !Self.isBlankOrBreak(byte)
    }
  }

  static let flowIndicators: [UInt8] = Array(",[]{}".utf8)

  /// The scalar at `index`, for messages (U+FFFD where the bytes are not one).
  func scalar(at index: Int) -> Unicode.Scalar {
    var end = index + 1
    while end < bytes.count, end < index + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
  }

  /// True for `---` or `...` at the start of a line, followed by a blank, a break or the end.
  func isDocumentIndicator(at index: Int) -> Bool {
    guard index + 3 <= bytes.count, index == lineStart else { return false }
    let first = bytes[index]
    guard first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return false }
    guard bytes[index + 1] == first, bytes[index + 2] == first else { return false }
    return Self.isBlankZ(index + 3 < bytes.count ? bytes[index + 3] : nil)
  }

  /// Skips spaces, comments and line breaks up to the next token. A tab in a line's indentation
  /// (block context) is an error; elsewhere tabs separate like spaces.
  private mutating func skipToNextToken() throws(Failure) {
    while let byte = current {
      switch byte {
      case 0x20:
        offset += 1
      case 0x09:
        if flowLevel == 0, atLineStart { throw fail(.tabInIndentation) }
        offset += 1
      case UInt8(ascii: "#"):
        while let b = current, !Self.isBreak(b) { offset += 1 }
      case 0x0A, 0x0D:
        skipBreak()
        atLineStart = true
        if flowLevel == 0 { simpleKeyAllowed = true }
      default:
        return
      }
    }
  }
}
