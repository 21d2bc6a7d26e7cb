import TestSupport
import Testing

@testable import CFNParser

/// Syntax errors: one line each, the error case and its place marked with `1️⃣` in the input.
@Suite("JSONReader syntax errors")
struct JSONReaderErrorTests {
  @Test("no value") func empty() {
    expectSyntaxError("1️⃣", .emptyInput)
    expectSyntaxError("1️⃣  \n\t\r\n  ", .emptyInput)
    expectSyntaxError("\u{FEFF}1️⃣", .emptyInput)
    expectSyntaxError("\u{FEFF}1️⃣\n", .emptyInput)
  }

  @Test("UTF-16 text, named with its byte order") func utf16() {
    expectSyntaxError(
      "1️⃣\u{FFFD}{}", .unsupportedEncoding("UTF-16LE"), rawBytes: ["\u{FFFD}": [0xFF, 0xFE]])
    expectSyntaxError(
      "1️⃣\u{FFFD}{}", .unsupportedEncoding("UTF-16BE"), rawBytes: ["\u{FFFD}": [0xFE, 0xFF]])
    expectSyntaxError("1️⃣{\u{0}}\u{0}", .unsupportedEncoding("UTF-16LE"))
    expectSyntaxError("1️⃣\u{0}{\u{0}}", .unsupportedEncoding("UTF-16BE"))
  }

  @Test("UTF-32 text, with and without a byte-order mark") func utf32() {
    let le: [UInt8] = [0x7B, 0, 0, 0, 0x7D, 0, 0, 0]
    let be: [UInt8] = [0, 0, 0, 0x7B, 0, 0, 0, 0x7D]
    for (bytes, name) in [
      (le, "UTF-32LE"), (be, "UTF-32BE"), ([0xFF, 0xFE, 0, 0] + le, "UTF-32LE"),
      ([0, 0, 0xFE, 0xFF] + be, "UTF-32BE"),
    ] {
      expectSyntaxError(
        "1️⃣\u{FFFD}", .unsupportedEncoding(name), rawBytes: ["\u{FFFD}": bytes])
    }
  }

  @Test("end of input inside an object") func endInObject() {
    expectSyntaxError("{1️⃣", .unexpectedEndOfInput(expected: "a key in double quotes"))
    expectSyntaxError("{\"a\"1️⃣", .unexpectedEndOfInput(expected: "':' after the key 'a'"))
    expectSyntaxError("{\"a\": 1️⃣", .unexpectedEndOfInput(expected: "a value"))
    expectSyntaxError("{\"a\": 1 1️⃣", .unexpectedEndOfInput(expected: "',' or '}'"))
    expectSyntaxError("{\"a\": 1,\n1️⃣", .unexpectedEndOfInput(expected: "a key in double quotes"))
  }

  @Test("end of input inside a list") func endInArray() {
    expectSyntaxError("[1️⃣", .unexpectedEndOfInput(expected: "a value"))
    expectSyntaxError("[1, \"a\" 1️⃣", .unexpectedEndOfInput(expected: "',' or ']'"))
    expectSyntaxError("[1,1️⃣", .unexpectedEndOfInput(expected: "a value"))
    expectSyntaxError("[[], [1️⃣", .unexpectedEndOfInput(expected: "a value"))
  }

  @Test("end of input names the innermost bracket left open")
  func endOfInputNote() {
    let text = MarkedText("{\"a\": [1, 2️⃣{\"b\": 2}, 3️⃣{\n1️⃣")
    let diagnostic = expectSyntaxError(
      "{\"a\": [1, {\"b\": 2}, {\n1️⃣", .unexpectedEndOfInput(expected: "a key in double quotes"))
    #expect(
      diagnostic?.notes == [.init("the object opened here is not closed", at: text.location("3️⃣"))])
    let list = MarkedText("{\"a\": 2️⃣[1, {}\n1️⃣")
    let listDiagnostic = expectSyntaxError(
      "{\"a\": [1, {}\n1️⃣", .unexpectedEndOfInput(expected: "',' or ']'"))
    #expect(
      listDiagnostic?.notes == [.init("the list opened here is not closed", at: list.location("2️⃣"))]
    )
  }

  @Test("unexpected characters") func unexpectedCharacters() {
    expectSyntaxError("1️⃣@", .unexpectedCharacter("@", expected: "a value"))
    expectSyntaxError("[1, 1️⃣@]", .unexpectedCharacter("@", expected: "a value"))
    expectSyntaxError("{\"a\": 1️⃣}", .unexpectedCharacter("}", expected: "a value"))
    expectSyntaxError("{\"a\": 1 1️⃣]", .unexpectedCharacter("]", expected: "',' or '}'"))
    expectSyntaxError("[1 1️⃣:]", .unexpectedCharacter(":", expected: "',' or ']'"))
    expectSyntaxError("{1️⃣[]}", .unexpectedCharacter("[", expected: "a key in double quotes"))
    expectSyntaxError("[1️⃣\u{A0}1]", .unexpectedCharacter("\u{A0}", expected: "a value"))
    expectSyntaxError("[1, 1️⃣é]", .unexpectedCharacter("é", expected: "a value"))
  }

  @Test("an invisible character is named by its code point")
  func invisibleCharacterMessage() {
    let diagnostic = expectSyntaxError(
      "[1️⃣\u{A0}1]", .unexpectedCharacter("\u{A0}", expected: "a value"))
    #expect(diagnostic?.message == "unexpected character U+00A0 (NO-BREAK SPACE); expected a value")
  }

  @Test("trailing commas") func trailingCommas() {
    expectSyntaxError("{\"a\": 1 1️⃣,}", .trailingComma(.object))
    expectSyntaxError("{\"a\": {\"b\": true1️⃣,\n  }\n}", .trailingComma(.object))
    expectSyntaxError("[1, 2 1️⃣, ]", .trailingComma(.array))
    expectSyntaxError("[[]1️⃣,]", .trailingComma(.array))
  }

  @Test("missing commas and colons") func missingSeparators() {
    expectSyntaxError("{\"a\": 1\n 1️⃣\"b\": 2}", .missingComma(.object))
    expectSyntaxError("[1 1️⃣2]", .missingComma(.array))
    expectSyntaxError("[{} 1️⃣{}]", .missingComma(.array))
    expectSyntaxError("[\"a\" 1️⃣true]", .missingComma(.array))
    expectSyntaxError("{\"a\" 1️⃣1}", .missingColon(key: "a"))
    expectSyntaxError("{\"a\"1️⃣=1}", .missingColon(key: "a"))
    expectSyntaxError("{\"a\": 1, \"b\"1️⃣}", .missingColon(key: "b"))
  }

  @Test("strings that do not end") func unterminatedStrings() {
    expectSyntaxError("1️⃣\"abc", .unterminatedString)
    expectSyntaxError("{\"a\": 1️⃣\"abc", .unterminatedString)
    expectSyntaxError("{1️⃣\"key", .unterminatedString)
    expectSyntaxError("[1️⃣\"ab\\", .unterminatedString)
    expectSyntaxError("[\"ab1️⃣\\u00", .invalidUnicodeEscape("\\u00"))
  }

  @Test("raw line breaks and control characters in strings") func controlCharacters() {
    expectSyntaxError("{\"a\": 1️⃣\"abc\ndef\"}", .lineBreakInString)
    expectSyntaxError("{\"a\": 1️⃣\"abc\r\ndef\"}", .lineBreakInString)
    expectSyntaxError("[1️⃣\"abc\\\ndef\"]", .lineBreakInString)
    expectSyntaxError("[\"ab1️⃣\tc\"]", .controlCharacterInString(0x09))
    expectSyntaxError("[\"1️⃣\u{0}\"]", .controlCharacterInString(0x00))
    expectSyntaxError("[\"a\\1️⃣\u{1F}\"]", .controlCharacterInString(0x1F))
  }

  @Test("the control character message names its escape") func controlCharacterMessage() {
    let tab = expectSyntaxError("[\"ab1️⃣\tc\"]", .controlCharacterInString(0x09))
    #expect(tab?.message == "control character U+0009 in a string; write it as '\\t'")
    let unit = expectSyntaxError("[\"1️⃣\u{1}\"]", .controlCharacterInString(0x01))
    #expect(unit?.message == "control character U+0001 in a string; write it as '\\u0001'")
  }

  @Test("invalid escapes") func invalidEscapes() {
    expectSyntaxError(#"["a1️⃣\x"]"#, .invalidEscape(#"\x"#))
    expectSyntaxError(#"["1️⃣\'"]"#, .invalidEscape(#"\'"#))
    expectSyntaxError(#"["1️⃣\U0041"]"#, .invalidEscape(#"\U"#))
    expectSyntaxError(#"["1️⃣\é"]"#, .invalidEscape(#"\é"#))
    expectSyntaxError(#"["1️⃣\u12G4"]"#, .invalidUnicodeEscape(#"\u12G"#))
    expectSyntaxError(#"["1️⃣\u12"]"#, .invalidUnicodeEscape(#"\u12"#))
    expectSyntaxError(#"["1️⃣\u"]"#, .invalidUnicodeEscape(#"\u"#))
    expectSyntaxError(#"["1️⃣\x{41}"]"#, .invalidEscape(#"\x"#))
  }

  @Test("unpaired surrogates") func surrogates() {
    expectSyntaxError(#"["1️⃣\uD83D"]"#, .unpairedSurrogate(#"\uD83D"#))
    expectSyntaxError(#"["1️⃣\uD83Dx"]"#, .unpairedSurrogate(#"\uD83D"#))
    expectSyntaxError(#"["1️⃣\uD83D\u0041"]"#, .unpairedSurrogate(#"\uD83D"#))
    expectSyntaxError(#"["1️⃣\uD83D\uD83D"]"#, .unpairedSurrogate(#"\uD83D"#))
    expectSyntaxError(#"["x1️⃣\uDE00"]"#, .unpairedSurrogate(#"\uDE00"#))
    expectSyntaxError(#"["1️⃣\udc00\ud800"]"#, .unpairedSurrogate(#"\uDC00"#))
    expectSyntaxError(#"["\uD83D1️⃣\uZZZZ"]"#, .invalidUnicodeEscape(#"\uZ"#))
  }

  @Test("invalid UTF-8") func invalidUTF8() {
    let bad: Unicode.Scalar = "\u{FFFD}"
    expectSyntaxError("[\"ab1️⃣\(bad)\"]", .invalidUTF8(0xFF), rawBytes: [bad: [0xFF]])
    expectSyntaxError("[\"1️⃣\(bad)\"]", .invalidUTF8(0xC3), rawBytes: [bad: [0xC3]])
    expectSyntaxError("[\"1️⃣\(bad)x\"]", .invalidUTF8(0xC3), rawBytes: [bad: [0xC3, 0x28]])
    expectSyntaxError("[\"1️⃣\(bad)\"]", .invalidUTF8(0xC0), rawBytes: [bad: [0xC0, 0x80]])
    expectSyntaxError("[\"1️⃣\(bad)\"]", .invalidUTF8(0xED), rawBytes: [bad: [0xED, 0xA0, 0x80]])
    expectSyntaxError(
      "[\"1️⃣\(bad)\"]", .invalidUTF8(0xF4), rawBytes: [bad: [0xF4, 0x90, 0x80, 0x80]])
    expectSyntaxError("[\"é1️⃣\(bad)\"]", .invalidUTF8(0x80), rawBytes: [bad: [0x80]])
    expectSyntaxError("{1️⃣\(bad)}", .invalidUTF8(0xFE), rawBytes: [bad: [0xFE]])
    expectSyntaxError("{\"1️⃣\(bad)\": 1}", .invalidUTF8(0xFF), rawBytes: [bad: [0xFF]])
  }

  @Test("content after the value") func trailingContent() {
    expectSyntaxError("{}1️⃣{}", .trailingContent("{"))
    expectSyntaxError("[1]\n1️⃣]", .trailingContent("]"))
    expectSyntaxError("1 1️⃣2", .trailingContent("2"))
    expectSyntaxError("\"a\" 1️⃣\"b\"", .trailingContent("\""))
  }

  @Test("content after the value names where the value ends")
  func trailingContentNote() {
    let text = MarkedText("{\"a\": {}\n2️⃣}\n1️⃣}")
    let diagnostic = expectSyntaxError("{\"a\": {}\n}\n1️⃣}", .trailingContent("}"))
    #expect(diagnostic?.notes == [.init("the JSON value ends here", at: text.location("2️⃣"))])
  }

  @Test("nesting deeper than the limit") func nesting() {
    let limit = JSONReader.maximumDepth
    let deep = String(repeating: "[", count: limit)
    expectSyntaxError(
      deep + "1️⃣[]" + String(repeating: "]", count: limit), .nestingTooDeep(limit: limit))
    let objects = String(repeating: "{\"a\":", count: limit)
    expectSyntaxError(objects + "1️⃣{}", .nestingTooDeep(limit: limit))
    // Far deeper input stops at the limit instead of overflowing the stack.
    let huge =
      String(repeating: "[", count: limit) + "1️⃣" + String(repeating: "[{\"a\":", count: 200_000)
    expectSyntaxError(huge, .nestingTooDeep(limit: limit))
  }

  @Test("misspelled literals and bare words") func words() {
    expectSyntaxError("1️⃣tru", .unknownWord("tru", suggestion: "true"))
    expectSyntaxError("[1️⃣nul]", .unknownWord("nul", suggestion: "null"))
    expectSyntaxError("[1️⃣fals]", .unknownWord("fals", suggestion: "false"))
    expectSyntaxError("[1️⃣True]", .unknownWord("True", suggestion: "true"))
    expectSyntaxError("[1️⃣NULL]", .unknownWord("NULL", suggestion: "null"))
    expectSyntaxError("[1️⃣ture]", .unknownWord("ture", suggestion: "true"))
    expectSyntaxError("[1️⃣flase]", .unknownWord("flase", suggestion: "false"))
    expectSyntaxError("[1️⃣nil]", .unknownWord("nil", suggestion: "null"))
    expectSyntaxError("[1️⃣truex]", .unknownWord("truex", suggestion: "true"))
    expectSyntaxError("{\"a\": 1️⃣Foo}", .unknownWord("Foo", suggestion: nil))
    expectSyntaxError("{\"a\": 1️⃣undefined}", .unknownWord("undefined", suggestion: "null"))
  }

  @Test("single quotes, comments and unquoted keys") func otherDialects() {
    expectSyntaxError("[1️⃣'a']", .singleQuotedString)
    expectSyntaxError("{1️⃣'a': 1}", .singleQuotedString)
    expectSyntaxError("{\"a\": 1️⃣'x'}", .singleQuotedString)
    expectSyntaxError("{1️⃣// the bucket\n\"a\": 1}", .comment)
    expectSyntaxError("[1, 1️⃣/* two */ 2]", .comment)
    expectSyntaxError("[1 1️⃣// one\n]", .comment)
    expectSyntaxError("{}\n1️⃣// end", .comment)
    expectSyntaxError("1️⃣# note\n{}", .unexpectedCharacter("#", expected: "a value"))
    expectSyntaxError("[1️⃣/]", .unexpectedCharacter("/", expected: "a value"))
    expectSyntaxError("{1️⃣Type: 1}", .unquotedKey("Type"))
    expectSyntaxError("{\"a\": 1, 1️⃣b_2: 2}", .unquotedKey("b_2"))
  }
}
