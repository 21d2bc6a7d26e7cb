import Testing

@testable import CFNParser

/// Malformed numbers: one line each, the lexeme and problem, at the marker `1️⃣`.
@Suite("JSONReader number errors")
struct JSONReaderNumberErrorTests {
  @Test("leading zeros") func leadingZeros() {
    expectSyntaxError("[1️⃣01]", .invalidNumber("01", .leadingZero))
    expectSyntaxError("[1️⃣-007]", .invalidNumber("-007", .leadingZero))
    expectSyntaxError("{\"Port\": 1️⃣08}", .invalidNumber("08", .leadingZero))
  }

  @Test("missing digits") func missingDigits() {
    expectSyntaxError("[1️⃣1.]", .invalidNumber("1.", .missingFractionDigits))
    expectSyntaxError("[1️⃣1.e5]", .invalidNumber("1.e5", .missingFractionDigits))
    expectSyntaxError("[1️⃣.5]", .invalidNumber(".5", .missingLeadingDigit))
    expectSyntaxError("[1️⃣-.5]", .invalidNumber("-.5", .missingLeadingDigit))
    expectSyntaxError("[1️⃣-]", .invalidNumber("-", .missingDigits))
    expectSyntaxError("1️⃣-", .invalidNumber("-", .missingDigits))
    expectSyntaxError("[1️⃣- 1]", .invalidNumber("-", .missingDigits))
    expectSyntaxError("[1️⃣1e]", .invalidNumber("1e", .missingExponentDigits))
    expectSyntaxError("[1️⃣1E+]", .invalidNumber("1E+", .missingExponentDigits))
    expectSyntaxError("1️⃣2e-", .invalidNumber("2e-", .missingExponentDigits))
  }

  @Test("signs and words other languages allow") func otherLanguages() {
    expectSyntaxError("[1️⃣+1]", .invalidNumber("+1", .leadingPlus))
    expectSyntaxError("[1️⃣+.5]", .invalidNumber("+.5", .leadingPlus))
    expectSyntaxError("[1️⃣NaN]", .invalidNumber("NaN", .notFinite))
    expectSyntaxError("[1️⃣Infinity]", .invalidNumber("Infinity", .notFinite))
    expectSyntaxError("[1️⃣-Infinity]", .invalidNumber("-Infinity", .notFinite))
    expectSyntaxError("[1️⃣+Infinity]", .invalidNumber("+Infinity", .notFinite))
    expectSyntaxError("[1️⃣+]", .unexpectedCharacter("+", expected: "a value"))
  }

  @Test("letters after the digits") func letters() {
    expectSyntaxError("{\"Size\": 1️⃣10GB}", .invalidNumber("10GB", .trailingLetters))
    expectSyntaxError("[1️⃣0x1F]", .invalidNumber("0x1F", .trailingLetters))
    expectSyntaxError("[1️⃣1e5x]", .invalidNumber("1e5x", .trailingLetters))
  }

  @Test("the message names the number and the fix") func message() {
    let diagnostic = expectSyntaxError("[1️⃣01]", .invalidNumber("01", .leadingZero))
    #expect(
      diagnostic?.message
        == "invalid number '01'; remove the leading zero, or quote the value if the zeros matter")
  }
}
