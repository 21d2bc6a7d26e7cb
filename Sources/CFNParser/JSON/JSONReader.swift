/// Reads JSON text into a `JSONValue` that keeps member order, number lexemes and the place of every
/// value. Syntax errors are fatal (the first one is reported and nothing else); duplicate keys are
/// reported with both places, as a warning when both values are equal and an error otherwise. The
/// first member of a repeated key is the one kept.
///
/// Locations count lines from 1 (a line break is LF, CRLF or CR) and columns from 1 in UTF-8 bytes;
/// a leading UTF-8 byte-order mark is skipped and takes no column. Byte offsets count every byte of
/// the input, the byte-order mark included.
package struct JSONReader {
  /// The deepest nesting of arrays and objects accepted. Deeper input is an error, not a crash;
  /// nesting never uses the call stack.
  package static let maximumDepth = 256

  /// An array or object being read: what it is, where its bracket is, and what it holds so far.
  struct OpenContainer {
    var kind: JSONSyntaxError.Container
    var start: SourceRange
    /// An array's items.
    var items: [JSONValue] = []
    /// An object's members, first of each key only.
    var members = MemberList()
    /// The key whose value is being read.
    var key = ""
    /// Where that key is.
    var keyRange: SourceRange

    init(kind: JSONSyntaxError.Container, start: SourceRange) {
      self.kind = kind
      self.start = start
      self.keyRange = start
    }
  }

  /// The fatal error that stops reading.
  struct Failure: Error {
    var error: Located<JSONSyntaxError>
    var notes: [Diagnostic.Note]
  }

  let bytes: [UInt8]
  let file: String
  var offset = 0
  var line = 1
  var lineStart = 0
  var open: [OpenContainer] = []
  var diagnostics: [Diagnostic] = []

  private init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
  }

  /// Reads `text`, naming `fileName` in locations.
  package static func read(_ text: String, fileName: String) -> (
    value: JSONValue?, diagnostics: [Diagnostic]
  ) {
    read(bytes: Array(text.utf8), fileName: fileName)
  }

  /// Reads raw bytes (UTF-8, an optional byte-order mark), naming `fileName` in locations.
  ///
  /// The value is `nil` after a syntax error, which is then the last diagnostic. Diagnostics are in
  /// source order.
  package static func read(bytes: [UInt8], fileName: String) -> (
    value: JSONValue?, diagnostics: [Diagnostic]
  ) {
    let result = readDetailed(bytes: bytes, fileName: fileName)
    return (result.value, result.diagnostics)
  }

  /// Like `read(bytes:fileName:)`, also returning the syntax error, if any, as data.
  package static func readDetailed(bytes: [UInt8], fileName: String) -> (
    value: JSONValue?, diagnostics: [Diagnostic], syntaxError: Located<JSONSyntaxError>?
  ) {
    var reader = JSONReader(bytes: bytes, file: fileName)
    do throws(Failure) {
      let value = try reader.readDocument()
      return (value, reader.diagnostics.sortedByLocation(), nil)
    } catch {
      var diagnostics = reader.diagnostics.sortedByLocation()
      diagnostics.append(
        .error(error.error.value.description, at: error.error.location, notes: error.notes))
      return (nil, diagnostics, error.error)
    }
  }

  // MARK: Positions

  /// The current location.
  var location: SourceLocation { location(at: offset) }

  /// An empty range at the current offset: where a value or an error starts.
  var here: SourceRange { SourceRange(start: location, startOffset: offset, endOffset: offset) }

  /// The byte at the current offset, `nil` at the end.
  var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  /// The location of `byteOffset`, which must be on the current line.
  func location(at byteOffset: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: byteOffset - lineStart + 1)
  }

  /// From `start` to the current offset.
  func range(from start: SourceRange) -> SourceRange {
    SourceRange(start: start.start, startOffset: start.startOffset, endOffset: offset)
  }

  func fail(
    _ error: JSONSyntaxError, at place: SourceRange? = nil, notes: [Diagnostic.Note] = []
  ) -> Failure {
    Failure(error: Located(error, at: place ?? here), notes: notes)
  }

  // MARK: Document

  private mutating func readDocument() throws(Failure) -> JSONValue {
    if let encoding = SourceEncoding.foreignEncoding(of: bytes) {
      throw fail(.unsupportedEncoding(encoding))
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      offset = 3
      lineStart = 3
    }
    let documentStart = here
    skipWhitespace()
    guard offset < bytes.count else { throw fail(.emptyInput, at: documentStart) }
    let value = try readValue()
    let valueEnd = location(at: offset - 1)
    skipWhitespace()
    if offset < bytes.count { throw unexpected(.endOfDocument(valueEnd)) }
    return value
  }

  mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x09:
        offset += 1
      case 0x0A:
        offset += 1
        line += 1
        lineStart = offset
      case 0x0D:
        offset += 1
        if offset < bytes.count, bytes[offset] == 0x0A { offset += 1 }
        line += 1
        lineStart = offset
      default:
        return
      }
    }
  }

  // MARK: Values

  /// Reads one value, with the arrays and objects inside it. Nesting is kept on `open`, not on the
  /// call stack, so deep input costs no stack at all; whitespace before the value is skipped.
  private mutating func readValue() throws(Failure) -> JSONValue {
    nextValue: while true {
      guard let byte = current else { throw unexpected(.value) }
      let start = here
      var value: JSONValue
      switch byte {
      case UInt8(ascii: "{"):
        try enter(.object)
        guard current == UInt8(ascii: "}") else {
          try readKey()
          continue nextValue
        }
        value = leave()
      case UInt8(ascii: "["):
        try enter(.array)
        guard current == UInt8(ascii: "]") else { continue nextValue }
        value = leave()
      case UInt8(ascii: "\""):
        let string = try readString()
        value = JSONValue(.string(string), range: range(from: start))
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        let lexeme = try readNumber()
        value = JSONValue(.number(lexeme), range: range(from: start))
      case _ where Self.isWordByte(byte):
        let word = readWord()
        switch word {
        case "true": value = JSONValue(.bool(true), range: range(from: start))
        case "false": value = JSONValue(.bool(false), range: range(from: start))
        case "null": value = JSONValue(.null, range: range(from: start))
        default: throw wordFailure(word, at: start)
        }
      default:
        throw unexpected(.value)
      }
      // `value` is complete: add it to the innermost container, closing each one it completes.
      while let kind = open.last?.kind {
        add(value)
        skipWhitespace()
        switch current {
        case UInt8(ascii: ","):
          try skipComma(in: kind)
          if kind == .object { try readKey() }
          continue nextValue
        case kind.closerByte:
          value = leave()
        default:
          throw unexpected(.commaOrClose(kind))
        }
      }
      return value
    }
  }

  /// Opens an array or object at the current offset, checking the nesting limit.
  private mutating func enter(_ kind: JSONSyntaxError.Container) throws(Failure) {
    guard open.count < Self.maximumDepth else {
      throw fail(.nestingTooDeep(limit: Self.maximumDepth))
    }
    open.append(OpenContainer(kind: kind, start: here))
    offset += 1
    skipWhitespace()
  }

  /// Closes the innermost array or object; the current byte is its closing bracket.
  private mutating func leave() -> JSONValue {
    offset += 1
    let container = open.removeLast()
    let kind: JSONValue.Kind =
      container.kind == .object
      ? .object(Self.exactly(container.members.elements)) : .array(Self.exactly(container.items))
    return JSONValue(kind, range: range(from: container.start))
  }

  /// `elements` in storage of their own size. A container's array grew by doubling as it was
  /// read, and the tree keeps it to the end of the conversion: up to half of it would be unused.
  private static func exactly<Element>(_ elements: [Element]) -> [Element] {
    guard elements.capacity > elements.count else { return elements }
    return Array(unsafeUninitializedCapacity: elements.count) { buffer, count in
      count = buffer.initialize(fromContentsOf: elements)
    }
  }

  /// After a `,`: skips whitespace, and fails when the container closes right away.
  private mutating func skipComma(in container: JSONSyntaxError.Container) throws(Failure) {
    // The comma's place is kept as numbers, and made a range only for the error.
    let (comma, commaLine, commaLineStart) = (offset, line, lineStart)
    offset += 1
    skipWhitespace()
    if current == container.closerByte {
      let place = SourceLocation(file: file, line: commaLine, column: comma - commaLineStart + 1)
      throw fail(
        .trailingComma(container),
        at: SourceRange(start: place, startOffset: comma, endOffset: comma))
    }
  }

  /// Reads a member's `"key":` into the innermost object, and the whitespace after it.
  private mutating func readKey() throws(Failure) {
    guard current == UInt8(ascii: "\"") else { throw unexpected(.key) }
    let keyStart = here
    let key = try readString()
    let keyRange = range(from: keyStart)
    skipWhitespace()
    guard current == UInt8(ascii: ":") else { throw unexpected(.colon(key: key)) }
    offset += 1
    skipWhitespace()
    open[open.count - 1].key = key
    open[open.count - 1].keyRange = keyRange
  }

  /// Adds a complete value to the innermost container: an item, or the value of the pending key.
  private mutating func add(_ value: JSONValue) {
    let index = open.count - 1
    guard open[index].kind == .object else {
      open[index].items.append(value)
      return
    }
    let member = JSONMember(key: open[index].key, keyRange: open[index].keyRange, value: value)
    if let earlier = open[index].members.index(of: member.key) {
      reportDuplicate(member, earlier: open[index].members.elements[earlier])
    } else {
      open[index].members.append(member)
    }
  }

  /// A repeated key: the first member is kept. Equal values are a warning; different ones an error.
  private mutating func reportDuplicate(_ member: JSONMember, earlier: JSONMember) {
    let same = member.value.sameContent(as: earlier.value)
    let error: JSONSyntaxError = same ? .repeatedKey(member.key) : .duplicateKey(member.key)
    diagnostics.append(
      Diagnostic(
        same ? .warning : .error, error.description, at: member.keyRange.start,
        notes: [.init("first written here", at: earlier.keyRange.start)]))
  }
}

extension JSONSyntaxError.Container {
  /// The byte that closes the container: `}` or `]`.
  fileprivate var closerByte: UInt8 {
    self == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
  }
}
