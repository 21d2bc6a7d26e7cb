/// What can be wrong with JSON text. The description is the diagnostic's message.
public enum JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  case emptyInput
  case unexpectedEndOfInput(expected: String)
  case unexpectedCharacter(found: String, expected: String)
  case unterminatedString
  case controlCharacterInString(UInt8)
  case invalidEscape(String)
  case invalidUnicodeEscape(String)
  case unpairedSurrogate(String)
  case invalidNumber(String)
  case invalidUTF8
  case trailingContent(found: String)
  case nestingTooDeep(limit: Int)
  case duplicateKey(String)

  public var description: String {
    switch self {
    case .emptyInput:
      "the file is empty; a template is a JSON object"
    case .unexpectedEndOfInput(let expected):
      "unexpected end of input; expected \(expected)"
    case .unexpectedCharacter(let found, let expected):
      "unexpected \(found); expected \(expected)"
    case .unterminatedString:
      "unterminated string; add the closing '\"'"
    case .controlCharacterInString(let byte):
      "control character U+\(Self.hex(UInt32(byte))) in a string; write it as an escape such as '\\n'"
    case .invalidEscape(let text):
      "invalid escape '\(text)'; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
    case .invalidUnicodeEscape(let text):
      "invalid unicode escape '\(text)'; expected four hexadecimal digits"
    case .unpairedSurrogate(let text):
      "unpaired UTF-16 surrogate '\(text)'"
    case .invalidNumber(let text):
      "invalid number '\(text)'"
    case .invalidUTF8:
      "invalid UTF-8 byte sequence"
    case .trailingContent(let found):
      "unexpected \(found) after the end of the JSON value"
    case .nestingTooDeep(let limit):
      "nesting deeper than \(limit) levels"
    case .duplicateKey(let key):
      "duplicate key '\(key)' with a different value"
    }
  }

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
