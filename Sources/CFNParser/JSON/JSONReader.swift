/// Reads JSON text into a `JSONValue` that keeps member order, number lexemes and the place of every
/// value. Syntax errors are fatal (the first one is reported and nothing else); duplicate keys are
/// reported with both places, as a warning when both values are equal and an error otherwise.
public struct JSONReader {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 256

  let bytes: [UInt8]
  let file: String
  var offset = 0
  var line = 1
  var lineStart = 0
  private var depth = 0
  private var diagnostics: [Diagnostic] = []

  private init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
  }

  /// Reads `text`, naming `fileName` in locations.
  public static func read(_ text: String, fileName: String) -> (
    value: JSONValue?, diagnostics: [Diagnostic]
  ) {
    read(bytes: Array(text.utf8), fileName: fileName)
  }

  /// Reads raw bytes (UTF-8, an optional byte-order mark), naming `fileName` in locations.
  public static func read(bytes: [UInt8], fileName: String) -> (
    value: JSONValue?, diagnostics: [Diagnostic]
  ) {
    var reader = JSONReader(bytes: bytes, file: fileName)
    do {
      let value = try reader.readDocument()
      return (value, reader.diagnostics)
    } catch {
      reader.diagnostics.append(.error(error.error.description, at: error.location))
      return (nil, reader.diagnostics)
    }
  }

  struct Failure: Error {
    var error: JSONSyntaxError
    var location: SourceLocation
  }

  // MARK: Positions

  var location: SourceLocation {
    location(at: offset)
  }

  /// The location of `byteOffset`, which must be on the current line.
  private func location(at byteOffset: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: byteOffset - lineStart + 1)
  }

  func fail(_ error: JSONSyntaxError, at location: SourceLocation? = nil) -> Failure {
    Failure(error: error, location: location ?? self.location)
  }

  // MARK: Document

  private mutating func readDocument() throws(Failure) -> JSONValue {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      offset = 3
      lineStart = 3
    }
    skipWhitespace()
    guard offset < bytes.count else { throw fail(.emptyInput) }
    let value = try readValue()
    skipWhitespace()
    if offset < bytes.count {
      throw fail(.trailingContent(found: describeCurrent()))
    }
    return value
  }

  private mutating func skipWhitespace() {
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

  /// A description of the byte at the current offset, for messages.
  private func describeCurrent() -> String {
    guard offset < bytes.count else { return "end of input" }
    let byte = bytes[offset]
    if byte >= 0x21 && byte < 0x7F {
      return "character '\(String(UnicodeScalar(byte)))'"
    }
    if byte < 0x80 { return "character U+\(JSONSyntaxError.hex(UInt32(byte)))" }
    var decoder = UTF8()
    var iterator = bytes[offset...].makeIterator()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) {
      return "character '\(String(scalar))'"
    }
    return "invalid UTF-8 byte"
  }

  private func range(from start: Int, _ startLocation: SourceLocation) -> SourceRange {
    SourceRange(start: startLocation, startOffset: start, endOffset: offset)
  }

  // MARK: Values

  private mutating func readValue() throws(Failure) -> JSONValue {
    guard offset < bytes.count else {
      throw fail(.unexpectedEndOfInput(expected: "a value"))
    }
    let start = offset
    let startLocation = location
    switch bytes[offset] {
    case UInt8(ascii: "{"):
      return try readObject()
    case UInt8(ascii: "["):
      return try readArray()
    case UInt8(ascii: "\""):
      let string = try readString()
      return JSONValue(.string(string), range: range(from: start, startLocation))
    case UInt8(ascii: "t"):
      try readLiteral("true")
      return JSONValue(.bool(true), range: range(from: start, startLocation))
    case UInt8(ascii: "f"):
      try readLiteral("false")
      return JSONValue(.bool(false), range: range(from: start, startLocation))
    case UInt8(ascii: "n"):
      try readLiteral("null")
      return JSONValue(.null, range: range(from: start, startLocation))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let lexeme = try readNumber()
      return JSONValue(.number(lexeme), range: range(from: start, startLocation))
    default:
      throw fail(.unexpectedCharacter(found: describeCurrent(), expected: "a value"))
    }
  }

  private mutating func readLiteral(_ word: String) throws(Failure) {
    let start = location
    for expected in word.utf8 {
      guard offset < bytes.count, bytes[offset] == expected else {
        var end = offset
        while end < bytes.count, isIdentifierByte(bytes[end]) { end += 1 }
        let startOffset = start.column - 1 + lineStart
        let text = String(decoding: bytes[startOffset..<max(end, startOffset + 1)], as: UTF8.self)
        throw fail(
          .unexpectedCharacter(found: "'\(text)'", expected: "a value (did you mean '\(word)'?)"),
          at: start)
      }
      offset += 1
    }
  }

  private func isIdentifierByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
      || byte == 0x5F
  }

  private mutating func enter() throws(Failure) {
    depth += 1
    if depth > Self.maximumDepth { throw fail(.nestingTooDeep(limit: Self.maximumDepth)) }
  }

  private mutating func readArray() throws(Failure) -> JSONValue {
    let start = offset
    let startLocation = location
    try enter()
    offset += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
      offset += 1
      depth -= 1
      return JSONValue(.array(items), range: range(from: start, startLocation))
    }
    while true {
      skipWhitespace()
      items.append(try readValue())
      skipWhitespace()
      guard offset < bytes.count else {
        throw fail(.unexpectedEndOfInput(expected: "',' or ']' to close the list opened at \(startLocation.line):\(startLocation.column)"))
      }
      switch bytes[offset] {
      case UInt8(ascii: ","):
        offset += 1
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
          throw fail(.unexpectedCharacter(found: "']'", expected: "a value after ','; remove the trailing comma"))
        }
      case UInt8(ascii: "]"):
        offset += 1
        depth -= 1
        return JSONValue(.array(items), range: range(from: start, startLocation))
      default:
        throw fail(.unexpectedCharacter(found: describeCurrent(), expected: "',' or ']'"))
      }
    }
  }

  private mutating func readObject() throws(Failure) -> JSONValue {
    let start = offset
    let startLocation = location
    try enter()
    offset += 1
    var members: [JSONMember] = []
    var firstIndex: [String: Int] = [:]
    skipWhitespace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
      offset += 1
      depth -= 1
      return JSONValue(.object(members), range: range(from: start, startLocation))
    }
    while true {
      skipWhitespace()
      guard offset < bytes.count else {
        throw fail(.unexpectedEndOfInput(expected: "a key in quotes"))
      }
      guard bytes[offset] == UInt8(ascii: "\"") else {
        throw fail(.unexpectedCharacter(found: describeCurrent(), expected: "a key in double quotes"))
      }
      let keyStart = offset
      let keyLocation = location
      let key = try readString()
      let keyRange = range(from: keyStart, keyLocation)
      skipWhitespace()
      guard offset < bytes.count else { throw fail(.unexpectedEndOfInput(expected: "':'")) }
      guard bytes[offset] == UInt8(ascii: ":") else {
        throw fail(.unexpectedCharacter(found: describeCurrent(), expected: "':' after the key"))
      }
      offset += 1
      skipWhitespace()
      let value = try readValue()
      let member = JSONMember(key: key, keyRange: keyRange, value: value)
      if let earlier = firstIndex[key] {
        reportDuplicate(member, earlier: members[earlier])
      } else {
        firstIndex[key] = members.count
        members.append(member)
      }
      skipWhitespace()
      guard offset < bytes.count else {
        throw fail(.unexpectedEndOfInput(expected: "',' or '}' to close the object opened at \(startLocation.line):\(startLocation.column)"))
      }
      switch bytes[offset] {
      case UInt8(ascii: ","):
        offset += 1
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
          throw fail(.unexpectedCharacter(found: "'}'", expected: "a key after ','; remove the trailing comma"))
        }
      case UInt8(ascii: "}"):
        offset += 1
        depth -= 1
        return JSONValue(.object(members), range: range(from: start, startLocation))
      default:
        throw fail(.unexpectedCharacter(found: describeCurrent(), expected: "',' or '}'"))
      }
    }
  }

  /// A repeated key: the first value is kept. Equal values are a warning; different ones an error.
  private mutating func reportDuplicate(_ member: JSONMember, earlier: JSONMember) {
    if member.value.sameContent(as: earlier.value) {
      diagnostics.append(
        .warning(
          "duplicate key '\(member.key)' with the same value; the repetition is ignored",
          at: member.keyRange.start,
          notes: [.init("first written here", at: earlier.keyRange.start)]))
    } else {
      diagnostics.append(
        .error(
          JSONSyntaxError.duplicateKey(member.key).description,
          at: member.keyRange.start,
          notes: [
            .init("first written here", at: earlier.keyRange.start),
            .init("keep one of the two members"),
          ]))
    }
  }
}
