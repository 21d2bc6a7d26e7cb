import Testing

@testable import TFEmitter

@Suite("One expression on one line")
struct HCLPrintExpressionTests {
  /// A one-token value is printed without the token writer; inside a tuple it goes through it.
  @Test(
    "a one-token value prints as the token writer prints it",
    arguments: [
      HCLExpression.string("plain"), .string("quote \" and \\ and ${x} and %{y}"),
      .string("tab\tnew\nline é 🚀"), .string(""), .number("42"), .number("-1.5e3"),
      .bool(true), .bool(false), .null, .reference("each.value"),
      .traversal(.variable("region")), .traversal(.resource("aws_x", "y") / "id"),
    ])
  func oneToken(_ expression: HCLExpression) {
    let alone = HCLPrinter.printExpression(expression)
    let inTuple = HCLPrinter.printExpression(.tuple([expression]))
    #expect("[\(alone)]" == inTuple)
  }

  @Test("the fast path keeps the printer's escaping of a quoted string")
  func escaping() {
    #expect(HCLPrinter.printExpression(.string("a\"b${c}")) == #""a\"b$${c}""#)
    #expect(HCLPrinter.printExpression(.number("-1")) == "-1")
  }
}
