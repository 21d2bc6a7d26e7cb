import TestSupport
import Testing

@testable import CFNParser

@Suite("JSONReader values")
struct JSONReaderTests {
  private func read(_ text: String) throws -> JSONValue {
    try readValid(MarkedText(text))
  }

  // MARK: Order

  @Test("members keep the order they are written in")
  func memberOrder() throws {
    let root = try read(#"{"z": 1, "a": 2, "m": {"y": 3, "b": 4}, "Z": 5, "A": 6}"#)
    #expect(root.members?.map(\.key) == ["z", "a", "m", "Z", "A"])
    #expect(root["m"]?.members?.map(\.key) == ["y", "b"])
  }

  @Test("many members keep their order")
  func manyMembers() throws {
    // 500 distinct keys in a scrambled but fixed order, so no sorted or hashed order matches.
    let keys = (0..<500).map { "key\(($0 * 7919) % 500)" }
    let text = "{" + keys.map { "\"\($0)\": \"\($0)\"" }.joined(separator: ",\n") + "}"
    let root = try read(text)
    #expect(root.members?.map(\.key) == keys)
    #expect(root.members?.map { $0.value.stringValue } == keys)
  }

  // MARK: Scalars

  @Test("literals, empty containers and top-level scalars")
  func literals() throws {
    let root = try read(#"[true, false, null, {}, [], "", 0]"#)
    #expect(
      root.elements?.map(\.kind) == [
        .bool(true), .bool(false), .null, .object([]), .array([]), .string(""), .number("0"),
      ])
    #expect(try read(" \"top\" ").kind == .string("top"))
    #expect(try read("\n42\n").kind == .number("42"))
    #expect(try read("null").kind == .null)
  }

  @Test(
    "every escape decodes",
    arguments: [
      (#"\""#, "\""), (#"\\"#, "\\"), (#"\/"#, "/"), (#"\b"#, "\u{08}"), (#"\f"#, "\u{0C}"),
      (#"\n"#, "\n"), (#"\r"#, "\r"), (#"\t"#, "\t"), (#"\u0041"#, "A"), (#"\u00e9"#, "é"),
      (#"\u00E9"#, "é"), (#"\u4E2D"#, "中"), (#"\u0000"#, "\u{0}"), (#"\uFFFF"#, "\u{FFFF}"),
      (#"\uD83D\uDE00"#, "😀"), (#"\uD800\uDC00"#, "\u{10000}"), (#"\uDBFF\uDFFF"#, "\u{10FFFF}"),
    ])
  func escape(_ escape: String, _ expected: String) throws {
    let value = try read("\"<\(escape)>\"")
    // Compare scalars: String equality would accept a canonically equivalent but different text.
    #expect(
      value.stringValue.map { Array($0.unicodeScalars) } == Array("<\(expected)>".unicodeScalars))
  }

  @Test("escapes mixed with raw text in one string")
  func mixedEscapes() throws {
    let value = try read(#""a\"b\\c\/d\be\ff\ng\rh\ti\u0041j\uD83D\uDE00k""#)
    let expected = "a\"b\\c/d\u{08}e\u{0C}f\ng\rh\ti" + "Aj😀k"
    #expect(value.stringValue.map { Array($0.unicodeScalars) } == Array(expected.unicodeScalars))
  }

  @Test("raw UTF-8 is kept byte for byte, without normalisation")
  func rawUTF8() throws {
    let decomposed = "e\u{301}"
    let value = try read("[\"é😀中\u{7F}\u{2028}\", \"\(decomposed)\"]")
    #expect(
      value.elements?[0].stringValue.map { Array($0.utf8) } == Array("é😀中\u{7F}\u{2028}".utf8))
    #expect(value.elements?[1].stringValue.map { Array($0.utf8) } == [0x65, 0xCC, 0x81])
  }

  @Test("a key is decoded like any string")
  func escapedKey() throws {
    let root = try read(#"{"a\u0062\n": 1, "": 2}"#)
    #expect(root.members?.map(\.key) == ["ab\n", ""])
  }

  @Test(
    "a number keeps its lexeme",
    arguments: [
      "0", "-0", "1.0", "0.5", "-0.0", "1e10", "1E+2", "1e-7", "-1.5E-07", "10.50",
      "123456789012345678901234567890", "-9223372036854775809", "18446744073709551616",
      "1.7976931348623157e309",
    ])
  func numberLexeme(_ lexeme: String) throws {
    let value = try read("[\(lexeme)]")
    #expect(value.elements?.first?.kind == .number(lexeme))
    #expect(value.compactText == "[\(lexeme)]")
  }

  @Test("deep nesting up to the limit reads")
  func nestingAtLimit() throws {
    let depth = JSONReader.maximumDepth
    let text =
      String(repeating: "[", count: depth - 1) + "{\"a\": 1}"
      + String(repeating: "]", count: depth - 1)
    var value: JSONValue? = try read(text)
    var levels = 0
    while let current = value, current.elements != nil || current.members != nil {
      levels += 1
      value = current.elements?.first ?? current["a"]
    }
    #expect(levels == depth)
    #expect(value?.kind == .number("1"))
  }
}
