extension JSONReader {
  /// Reads a string literal; `offset` is on the opening quote. Decodes every JSON escape, including
  /// surrogate pairs, and checks the UTF-8 of the content.
  mutating func readString() throws(Failure) -> String {
    let openLocation = location
    offset += 1
    var scalars = String.UnicodeScalarView()
    var runStart = offset
    func flush(_ upTo: Int) throws(Failure) {
      if upTo > runStart {
        guard let run = String(validating: bytes[runStart..<upTo], as: UTF8.self) else {
          throw Failure(error: .invalidUTF8, location: openLocation)
        }
        scalars.append(contentsOf: run.unicodeScalars)
      }
    }
    while true {
      guard offset < bytes.count else {
        throw fail(.unterminatedString, at: openLocation)
      }
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: "\""):
        try flush(offset)
        offset += 1
        return String(scalars)
      case UInt8(ascii: "\\"):
        try flush(offset)
        scalars.append(try readEscape())
        runStart = offset
      case 0x0A, 0x0D:
        throw fail(.unterminatedString, at: openLocation)
      case 0x00..<0x20:
        throw fail(.controlCharacterInString(byte))
      default:
        offset += 1
      }
    }
  }

  /// Reads one escape sequence; `offset` is on the backslash.
  private mutating func readEscape() throws(Failure) -> Unicode.Scalar {
    let escapeLocation = location
    offset += 1
    guard offset < bytes.count else { throw fail(.unterminatedString) }
    let byte = bytes[offset]
    offset += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try readHex4(escapeLocation)
      if (0xD800..<0xDC00).contains(high) {
        let text = "\\u" + JSONSyntaxError.hex(high)
        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
          bytes[offset + 1] == UInt8(ascii: "u")
        else { throw Failure(error: .unpairedSurrogate(text), location: escapeLocation) }
        offset += 2
        let low = try readHex4(escapeLocation)
        guard (0xDC00..<0xE000).contains(low) else {
          throw Failure(error: .unpairedSurrogate(text), location: escapeLocation)
        }
        let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return Unicode.Scalar(value)!
      }
      if (0xDC00..<0xE000).contains(high) {
        throw Failure(
          error: .unpairedSurrogate("\\u" + JSONSyntaxError.hex(high)), location: escapeLocation)
      }
      return Unicode.Scalar(high)!
    default:
      offset -= 1
      let shown: String
      if byte >= 0x20 && byte < 0x7F {
        shown = "\\" + String(UnicodeScalar(byte))
      } else {
        shown = "\\ followed by byte 0x" + String(byte, radix: 16)
      }
      throw Failure(error: .invalidEscape(shown), location: escapeLocation)
    }
  }

  private mutating func readHex4(_ escapeLocation: SourceLocation) throws(Failure) -> UInt32 {
    var value: UInt32 = 0
    let start = offset
    for _ in 0..<4 {
      guard offset < bytes.count, let digit = hexValue(bytes[offset]) else {
        let end = min(offset + 1, bytes.count)
        let text = "\\u" + String(decoding: bytes[start..<end], as: UTF8.self)
        throw Failure(error: .invalidUnicodeEscape(text), location: escapeLocation)
      }
      value = value * 16 + digit
      offset += 1
    }
    return value
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// Reads a number following JSON's grammar and returns its exact lexeme.
  mutating func readNumber() throws(Failure) -> String {
    let start = offset
    let startLocation = location
    func isDigit(_ i: Int) -> Bool {
      i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9")
    }
    func invalid() -> Failure {
      var end = offset
      while end < bytes.count,
        let scalar = Optional(bytes[end]),
        scalar == UInt8(ascii: ".") || scalar == UInt8(ascii: "+") || scalar == UInt8(ascii: "-")
          || (scalar >= 0x30 && scalar <= 0x39) || (scalar | 0x20 >= 0x61 && scalar | 0x20 <= 0x7A)
      {
        end += 1
      }
      let text = String(decoding: bytes[start..<max(end, start + 1)], as: UTF8.self)
      return Failure(error: .invalidNumber(text), location: startLocation)
    }
    if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
    guard isDigit(offset) else { throw invalid() }
    if bytes[offset] == UInt8(ascii: "0") {
      offset += 1
      if isDigit(offset) { throw invalid() }
    } else {
      while isDigit(offset) { offset += 1 }
    }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      guard isDigit(offset) else { throw invalid() }
      while isDigit(offset) { offset += 1 }
    }
    if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
      offset += 1
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
        offset += 1
      }
      guard isDigit(offset) else { throw invalid() }
      while isDigit(offset) { offset += 1 }
    }
    if offset < bytes.count, isLetterOrDigit(bytes[offset]) { throw invalid() }
    return String(decoding: bytes[start..<offset], as: UTF8.self)
  }

  private func isLetterOrDigit(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
  }
}
