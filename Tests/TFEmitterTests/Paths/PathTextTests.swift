import Testing

@testable import TFEmitter

@Suite("Path text")
struct PathTextTests {
  @Test(
    "a string's UTF-8 is appended whole, short or long, beyond ASCII too",
    arguments: ["", "a", "é✓", String(repeating: "日本-x", count: 40)])
  func appendUTF8(_ text: String) {
    var bytes = Array("[".utf8)
    bytes.appendUTF8(text)
    bytes.append(literal: "]✓")
    #expect(bytes == Array("[\(text)]✓".utf8))
  }

  @Test(
    "decimal digits, negatives and the extremes included", arguments: [0, 9, 10, -7, .max, .min])
  func decimal(_ value: Int) {
    var bytes: [UInt8] = [0x3E]
    PathText.appendDecimal(value, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == ">\(value)")
  }
}
