import CFNParser
import Testing

/// Messages follow STYLE.md: lowercase, no final period, names quoted, the fix named.
@Suite("JSONSyntaxError messages")
struct JSONSyntaxErrorTests {
  static let everyCase: [JSONSyntaxError] = [
    .emptyInput, .unsupportedEncoding("UTF-16"), .unexpectedEndOfInput(expected: "a value"),
    .unexpectedCharacter("@", expected: "a value"), .invalidUTF8(0xFF), .unterminatedString,
    .lineBreakInString, .controlCharacterInString(0x09), .invalidEscape("\\x"),
    .invalidUnicodeEscape("\\u12G"), .unpairedSurrogate("\\uD800"),
    .invalidNumber("01", .leadingZero), .invalidNumber("-", .missingDigits),
    .invalidNumber(".5", .missingLeadingDigit), .invalidNumber("1.", .missingFractionDigits),
    .invalidNumber("1e", .missingExponentDigits), .invalidNumber("+1", .leadingPlus),
    .invalidNumber("NaN", .notFinite), .invalidNumber("10GB", .trailingLetters),
    .unknownWord("tru", suggestion: "true"), .unknownWord("Foo", suggestion: nil),
    .singleQuotedString, .comment, .unquotedKey("Type"), .missingColon(key: "a"),
    .missingComma(.object), .missingComma(.array), .trailingComma(.object),
    .trailingComma(.array), .trailingContent("}"), .nestingTooDeep(limit: 256),
    .duplicateKey("a"), .repeatedKey("a"),
  ]

  @Test("every message starts in lowercase and has no final period", arguments: everyCase)
  func style(_ error: JSONSyntaxError) {
    let message = error.description
    #expect(message.first?.isUppercase == false, "\(message)")
    #expect(!message.hasSuffix("."), "\(message)")
  }

  @Test("messages quote what was found and name the fix")
  func exactMessages() {
    #expect(
      JSONSyntaxError.trailingComma(.object).description
        == "trailing comma in an object; remove the ',' before '}'")
    #expect(
      JSONSyntaxError.unknownWord("tru", suggestion: "true").description
        == "unknown word 'tru'; did you mean 'true'?")
    #expect(
      JSONSyntaxError.unknownWord("Foo", suggestion: nil).description
        == "unknown word 'Foo'; write a string in double quotes: '\"Foo\"'")
    #expect(
      JSONSyntaxError.unquotedKey("Type").description
        == "object key 'Type' is not in double quotes; write '\"Type\"'")
    #expect(
      JSONSyntaxError.invalidUTF8(0xC3).description
        == "invalid UTF-8 byte 0xC3; save the file as UTF-8")
    #expect(
      JSONSyntaxError.trailingContent("\u{FEFF}").description
        == "unexpected character U+FEFF (ZERO WIDTH NO-BREAK SPACE) after the JSON value; "
        + "a file holds exactly one value")
  }
}
