extension JSONReader {
  /// Reads a string literal; `offset` is on the opening quote. Decodes every JSON escape, including
  /// surrogate pairs, and checks that the raw content is UTF-8 with no control characters.
  mutating func readString() throws(Failure) -> String {
    // A string holds no line break, so its opening quote stays on the current line: its place
    // is made from its offset, and only for an error.
    let quote = offset
    var openingQuote: SourceRange {
      SourceRange(start: location(at: quote), startOffset: quote, endOffset: quote)
    }
    offset += 1
    var decoded: [UInt8] = []
    var runStart = offset
    while true {
      guard let byte = current else { throw fail(.unterminatedString, at: openingQuote) }
      switch byte {
      case UInt8(ascii: "\""):
        let end = offset
        offset += 1
        if decoded.isEmpty { return String(decoding: bytes[runStart..<end], as: UTF8.self) }
        decoded.append(contentsOf: bytes[runStart..<end])
        return String(decoding: decoded, as: UTF8.self)
      case UInt8(ascii: "\\"):
        decoded.append(contentsOf: bytes[runStart..<offset])
        let scalar = try readEscape(in: openingQuote)
        UTF8.encode(scalar) { decoded.append($0) }
        runStart = offset
      case 0x0A, 0x0D:
        throw fail(.lineBreakInString, at: openingQuote)
      case 0x00..<0x20:
        throw fail(.controlCharacterInString(byte))
      case 0x80...:
        guard let length = utf8SequenceLength(at: offset) else { throw fail(.invalidUTF8(byte)) }
        offset += length
      default:
        offset += 1
      }
    }
  }

  /// The length of the well-formed UTF-8 sequence at `index` (Unicode table 3-7: no overlong
  /// forms, no surrogates, nothing above U+10FFFF), or `nil`.
  func utf8SequenceLength(at index: Int) -> Int? {
    func isContinuation(_ i: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      i < bytes.count && range.contains(bytes[i])
    }
    let lead = bytes[index]
    let second: ClosedRange<UInt8>
    let length: Int
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
    case 0xE0: (second, length) = (0xA0...0xBF, 3)
    case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
    case 0xED: (second, length) = (0x80...0x9F, 3)
    case 0xF0: (second, length) = (0x90...0xBF, 4)
    case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
    case 0xF4: (second, length) = (0x80...0x8F, 4)
    default: return nil
    }
    guard isContinuation(index + 1, second) else { return nil }
    for i in index + 2..<index + length where !isContinuation(i) { return nil }
    return length
  }

  /// Reads one escape sequence; `offset` is on the backslash.
  private mutating func readEscape(in openingQuote: SourceRange) throws(Failure) -> Unicode.Scalar {
    let escape = here
    offset += 1
    guard let byte = current else { throw fail(.unterminatedString, at: openingQuote) }
    let simple: Unicode.Scalar?
    switch byte {
    case UInt8(ascii: "\""): simple = "\""
    case UInt8(ascii: "\\"): simple = "\\"
    case UInt8(ascii: "/"): simple = "/"
    case UInt8(ascii: "b"): simple = "\u{08}"
    case UInt8(ascii: "f"): simple = "\u{0C}"
    case UInt8(ascii: "n"): simple = "\n"
    case UInt8(ascii: "r"): simple = "\r"
    case UInt8(ascii: "t"): simple = "\t"
    case UInt8(ascii: "u"): simple = nil
    case 0x0A, 0x0D: throw fail(.lineBreakInString, at: openingQuote)
    case 0x00..<0x20: throw fail(.controlCharacterInString(byte))
    default:
      guard let scalar = scalar(at: offset) else { throw fail(.invalidUTF8(byte)) }
      throw fail(.invalidEscape("\\\(scalar)"), at: escape)
    }
    offset += 1
    if let simple { return simple }
    let unit = try readHex4(escape)
    switch unit {
    case 0xD800..<0xDC00:
      let text = "\\u" + JSONSyntaxError.hex(unit)
      guard bytes[offset...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
        throw fail(.unpairedSurrogate(text), at: escape)
      }
      let lowEscape = here
      offset += 2
      let low = try readHex4(lowEscape)
      guard (0xDC00..<0xE000).contains(low) else {
        throw fail(.unpairedSurrogate(text), at: escape)
      }
      return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
    case 0xDC00..<0xE000:
      throw fail(.unpairedSurrogate("\\u" + JSONSyntaxError.hex(unit)), at: escape)
    default:
      return Unicode.Scalar(unit)!
    }
  }

  /// Reads the four hexadecimal digits after `\u`; `escape` is the backslash.
  private mutating func readHex4(_ escape: SourceRange) throws(Failure) -> UInt32 {
    var value: UInt32 = 0
    let start = offset
    for _ in 0..<4 {
      guard let byte = current, let digit = Self.hexValue(byte) else {
        // Show the offending character when it is a letter or digit (`\u12G`), else stop before it.
        let shown = current.map(Self.isWordByte) == true ? offset + 1 : offset
        let text = "\\u" + String(decoding: bytes[start..<shown], as: UTF8.self)
        throw fail(.invalidUnicodeEscape(text), at: escape)
      }
      value = value * 16 + digit
      offset += 1
    }
    return value
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// Reads a number following JSON's grammar and returns its exact lexeme; `offset` is on `-` or a
  /// digit.
  mutating func readNumber() throws(Failure) -> String {
    let start = here
    func isDigit(_ byte: UInt8?) -> Bool {
      byte.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
    }
    func invalid(_ problem: JSONSyntaxError.NumberProblem) -> Failure {
      fail(.invalidNumber(numberLikeText(from: start.startOffset), problem), at: start)
    }
    if current == UInt8(ascii: "-") {
      offset += 1
      guard isDigit(current) else {
        let rest = numberLikeText(from: offset)
        if Self.nonFiniteWords.contains(rest.lowercased()) { throw invalid(.notFinite) }
        throw invalid(rest.hasPrefix(".") ? .missingLeadingDigit : .missingDigits)
      }
    }
    if current == UInt8(ascii: "0") {
      offset += 1
      if isDigit(current) { throw invalid(.leadingZero) }
    } else {
      while isDigit(current) { offset += 1 }
    }
    if current == UInt8(ascii: ".") {
      offset += 1
      guard isDigit(current) else { throw invalid(.missingFractionDigits) }
      while isDigit(current) { offset += 1 }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      offset += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
      guard isDigit(current) else { throw invalid(.missingExponentDigits) }
      while isDigit(current) { offset += 1 }
    }
    if let byte = current, Self.isWordByte(byte) { throw invalid(.trailingLetters) }
    return String(decoding: bytes[start.startOffset..<offset], as: UTF8.self)
  }

  /// The words that stand for non-finite numbers in other languages, lowercased.
  static let nonFiniteWords: Set<String> = ["nan", "infinity", "inf"]

  /// The text from `start` that a reader would take for one number: signs, digits, `.` and
  /// letters, at least one byte. Used only in messages.
  func numberLikeText(from start: Int) -> String {
    var end = start
    while end < bytes.count,
      Self.isWordByte(bytes[end])
        || [UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-")]
          .contains(bytes[end])
    {
      end += 1
    }
    return String(decoding: bytes[start..<min(max(end, start + 1), bytes.count)], as: UTF8.self)
  }
}
