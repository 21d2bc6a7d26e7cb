extension YAMLScanner {
  // MARK: Plain scalars

  mutating func fetchPlain() throws(Failure) {
    try saveSimpleKey()
    simpleKeyAllowed = false
    var token = token(.scalar)
    let (value, end, crossedLines) = try scanPlain()
    token.end = end
    token.text = value
    emit(token)
    if crossedLines { simpleKeyAllowed = true }
  }

  /// Reads a plain scalar, folding its lines; stops before `: `, ` #`, a flow indicator in a
  /// flow collection, a document marker, or a line indented no more than the enclosing block.
  /// Returns the value, the end of its last non-blank byte, and whether it consumed line breaks
  /// after it (a key may then start).
  private mutating func scanPlain() throws(Failure) -> (String, Int, Bool) {
    var value: [UInt8] = []
    /// The first chunk, copied into `value` only when a second one comes.
    var first = offset..<offset
    let minimumIndent = indent + 1
    var end = offset
    var separator: (start: Int, end: Int)? = nil
    var breaks = 0
    var firstChunk = true
    while true {
      if offset == lineStart, isDocumentIndicator(at: offset) { break }
      if current == UInt8(ascii: "#") { break }
      let chunkStart = offset
      while let byte = current, !Self.isBlankOrBreak(byte) {
        if byte == UInt8(ascii: ":") {
          let next = peek(1)
          if Self.isBlankZ(next) { break }
          if flowLevel > 0, let next, Self.flowIndicators.contains(next) { break }
        } else if flowLevel > 0, Self.flowIndicators.contains(byte) {
          break
        }
        offset += 1
      }
      if offset == chunkStart { break }
      if firstChunk {
        firstChunk = false
        first = chunkStart..<offset
        end = offset
        guard Self.isBlankOrBreak(current) else { break }
        try skipBlanks(&breaks, &separator, minimumIndent)
        if flowLevel == 0, breaks > 0, column < minimumIndent { break }
        if current == nil { break }
        continue
      }
      if value.isEmpty { value.append(contentsOf: bytes[first]) }
      if breaks == 1 {
        value.append(0x20)
      } else if breaks > 1 {
        value.append(contentsOf: repeatElement(0x0A, count: breaks - 1))
      } else if let separator {
        value.append(contentsOf: bytes[separator.start..<separator.end])
      }
      value.append(contentsOf: bytes[chunkStart..<offset])
      end = offset
      guard Self.isBlankOrBreak(current) else { break }
      try skipBlanks(&breaks, &separator, minimumIndent)
      if flowLevel == 0, breaks > 0, column < minimumIndent { break }
      if current == nil { break }
    }
    if breaks > 0 { atLineStart = true }
    let text =
      value.isEmpty
      ? String(decoding: bytes[first], as: UTF8.self) : String(decoding: value, as: UTF8.self)
    return (text, end, breaks > 0)
  }

  /// Skips the blanks and line breaks after a chunk of a plain scalar, counting the breaks and
  /// noting the blanks when there is none.
  private mutating func skipBlanks(
    _ breaks: inout Int, _ separator: inout (start: Int, end: Int)?, _ minimumIndent: Int
  ) throws(Failure) {
    breaks = 0
    let blankStart = offset
    while let byte = current, Self.isBlankOrBreak(byte) {
      if Self.isBlank(byte) {
        if breaks > 0, byte == 0x09, column < minimumIndent, flowLevel == 0 {
          throw fail(.tabInIndentation)
        }
        offset += 1
      } else {
        skipBreak()
        breaks += 1
      }
    }
    separator = breaks == 0 ? (blankStart, offset) : nil
  }

  // MARK: Quoted scalars

  mutating func fetchQuoted(double: Bool) throws(Failure) {
    try saveSimpleKey()
    simpleKeyAllowed = false
    var token = token(.scalar)
    token.style = double ? .doubleQuoted : .singleQuoted
    token.text = try scanQuoted(double: double)
    token.end = offset
    emit(token)
  }

  /// Reads a single- or double-quoted scalar; `offset` is on the opening quote. Line breaks fold
  /// as in plain scalars; a double-quoted string decodes its escapes.
  private mutating func scanQuoted(double: Bool) throws(Failure) -> String {
    let quote = bytes[offset]
    let opening = here
    let unterminated = YAMLSyntaxError.unterminatedString(quote: double ? "\"" : "'")
    offset += 1
    var value: [UInt8] = []
    while true {
      if offset == lineStart, isDocumentIndicator(at: offset) {
        throw fail(unterminated, at: opening)
      }
      guard current != nil else { throw fail(unterminated, at: opening) }
      var escapedBreak = false
      while let byte = current, !Self.isBlankOrBreak(byte) {
        if !double, byte == UInt8(ascii: "'") {
          guard peek(1) == UInt8(ascii: "'") else { break }
          value.append(byte)
          offset += 2
        } else if double, byte == UInt8(ascii: "\"") {
          break
        } else if double, byte == UInt8(ascii: "\\") {
          if Self.isBreak(peek(1)) {
            offset += 1
            skipBreak()
            escapedBreak = true
            break
          }
          try readEscape(into: &value)
        } else {
          value.append(byte)
          offset += 1
        }
      }
      if current == quote, !escapedBreak {
        offset += 1
        return String(decoding: value, as: UTF8.self)
      }
      // Blanks and line breaks: blanks within a line are kept, a line break folds to a space,
      // each further one is a line feed, and leading blanks of a continuation line go.
      let blankStart = offset
      var breaks = 0
      while let byte = current, Self.isBlankOrBreak(byte) {
        if Self.isBlank(byte) {
          offset += 1
        } else {
          skipBreak()
          breaks += 1
        }
      }
      if escapedBreak {
        value.append(contentsOf: repeatElement(0x0A, count: breaks))
      } else if breaks == 1 {
        value.append(0x20)
      } else if breaks > 1 {
        value.append(contentsOf: repeatElement(0x0A, count: breaks - 1))
      } else {
        value.append(contentsOf: bytes[blankStart..<offset])
      }
    }
  }

  /// Decodes one escape of a double-quoted string; `offset` is on the backslash.
  private mutating func readEscape(into value: inout [UInt8]) throws(Failure) {
    let escape = here
    guard let byte = peek(1) else {
      throw fail(.unterminatedString(quote: "\""))
    }
    offset += 2
    let simple: Unicode.Scalar?
    var digits = 0
    switch byte {
    case UInt8(ascii: "0"): simple = "\u{00}"
    case UInt8(ascii: "a"): simple = "\u{07}"
    case UInt8(ascii: "b"): simple = "\u{08}"
    case UInt8(ascii: "t"), 0x09: simple = "\t"
    case UInt8(ascii: "n"): simple = "\n"
    case UInt8(ascii: "v"): simple = "\u{0B}"
    case UInt8(ascii: "f"): simple = "\u{0C}"
    case UInt8(ascii: "r"): simple = "\r"
    case UInt8(ascii: "e"): simple = "\u{1B}"
    case 0x20: simple = " "
    case UInt8(ascii: "\""): simple = "\""
    case UInt8(ascii: "'"): simple = "'"
    case UInt8(ascii: "/"): simple = "/"
    case UInt8(ascii: "\\"): simple = "\\"
    case UInt8(ascii: "N"): simple = "\u{85}"
    case UInt8(ascii: "_"): simple = "\u{A0}"
    case UInt8(ascii: "L"): simple = "\u{2028}"
    case UInt8(ascii: "P"): simple = "\u{2029}"
    case UInt8(ascii: "x"): (simple, digits) = (nil, 2)
    case UInt8(ascii: "u"): (simple, digits) = (nil, 4)
    case UInt8(ascii: "U"): (simple, digits) = (nil, 8)
    default:
      throw fail(.invalidEscape("\\\(scalar(at: offset - 1))"), at: escape)
    }
    if let simple {
      UTF8.encode(simple) { value.append($0) }
      return
    }
    var code: UInt32 = 0
    let digitsStart = offset
    for _ in 0..<digits {
      guard let byte = current, let digit = Self.hexValue(byte) else {
        let shown = current.map { !Self.isBlankOrBreak($0) && $0 != 0x22 } == true ? 1 : 0
        let text = String(decoding: bytes[(digitsStart - 2)..<(offset + shown)], as: UTF8.self)
        throw fail(.invalidUnicodeEscape(text), at: escape)
      }
      code = code &* 16 &+ digit
      offset += 1
    }
    guard let scalar = Unicode.Scalar(code) else {
      let text = String(decoding: bytes[(digitsStart - 2)..<offset], as: UTF8.self)
      throw fail(.invalidUnicodeEscape(text), at: escape)
    }
    UTF8.encode(scalar) { value.append($0) }
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}
