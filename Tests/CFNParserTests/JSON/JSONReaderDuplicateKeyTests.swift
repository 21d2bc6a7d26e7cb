import TestSupport
import Testing

@testable import CFNParser

@Suite("JSONReader duplicate keys")
struct JSONReaderDuplicateKeyTests {
  @Test("a repeated key with an equal value is one warning, and the first member is kept")
  func equalValues() throws {
    let text = MarkedText(
      """
      {
        1️⃣"m3.large": 3️⃣{ "Arch": "64" },
        2️⃣"m3.large": { "Arch": "64" },
        "m1.small": {}
      }
      """)
    let (value, diagnostics) = readJSON(text)
    #expect(
      diagnostics == [
        .warning(
          JSONSyntaxError.repeatedKey("m3.large").description, at: text.location("2️⃣"),
          notes: [.init("first written here", at: text.location("1️⃣"))])
      ])
    let root = try #require(value)
    #expect(root.members?.map(\.key) == ["m3.large", "m1.small"])
    #expect(root.members?.first?.keyRange.start == text.location("1️⃣"))
    #expect(root["m3.large"]?.location == text.location("3️⃣"))
  }

  @Test("a repeated key with a different value is an error naming both places")
  func differentValues() throws {
    let text = MarkedText(#"{1️⃣"a": 3️⃣1, "b": 2, 2️⃣"a": 1.0}"#)
    let (value, diagnostics) = readJSON(text)
    #expect(
      diagnostics == [
        .error(
          JSONSyntaxError.duplicateKey("a").description, at: text.location("2️⃣"),
          notes: [.init("first written here", at: text.location("1️⃣"))])
      ])
    // Not fatal: reading goes on so that every duplicate is reported; the first member is kept.
    let root = try #require(value)
    #expect(root.members?.map(\.key) == ["a", "b"])
    #expect(root["a"]?.location == text.location("3️⃣"))
  }

  @Test("values equal in content but written differently are different")
  func differentOrder() {
    let text = MarkedText(#"{"a": {"x": 1, "y": 2}, 1️⃣"a": {"y": 2, "x": 1}}"#)
    let (_, diagnostics) = readJSON(text)
    #expect(diagnostics.map(\.severity) == [.error])
    #expect(diagnostics.map(\.location) == [text.location("1️⃣")])
  }

  @Test("duplicates in nested objects are reported in source order")
  func nested() {
    let text = MarkedText(
      """
      {
        1️⃣"Outer": { 2️⃣"x": true, 3️⃣"x": true },
        4️⃣"Outer": { "list": [ { 5️⃣"k": 1, 6️⃣"k": 2 } ] }
      }
      """)
    let (value, diagnostics) = readJSON(text)
    #expect(value != nil)
    #expect(
      diagnostics == [
        .warning(
          JSONSyntaxError.repeatedKey("x").description, at: text.location("3️⃣"),
          notes: [.init("first written here", at: text.location("2️⃣"))]),
        .error(
          JSONSyntaxError.duplicateKey("Outer").description, at: text.location("4️⃣"),
          notes: [.init("first written here", at: text.location("1️⃣"))]),
        .error(
          JSONSyntaxError.duplicateKey("k").description, at: text.location("6️⃣"),
          notes: [.init("first written here", at: text.location("5️⃣"))]),
      ])
  }

  @Test("a key written three times is compared with the first each time")
  func threeTimes() {
    let text = MarkedText(#"{1️⃣"a": 1, 2️⃣"a": 1, 3️⃣"a": 2}"#)
    let (value, diagnostics) = readJSON(text)
    #expect(diagnostics.map(\.severity) == [.warning, .error])
    #expect(diagnostics.map(\.location) == [text.location("2️⃣"), text.location("3️⃣")])
    #expect(
      diagnostics.map { $0.notes.map(\.location) } == [[text.location("1️⃣")], [text.location("1️⃣")]])
    #expect(value?.members?.count == 1)
  }

  @Test("keys compare by code points: escaped and canonically equivalent keys")
  func keyIdentity() throws {
    let text = MarkedText("{1️⃣\"é\": 1, 2️⃣\"\\u00e9\": 1, \"e\u{301}\": 2}")
    let (value, diagnostics) = readJSON(text)
    #expect(diagnostics.map(\.location) == [text.location("2️⃣")])
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(try #require(value).members?.count == 2)
  }

  @Test("a later syntax error keeps the duplicates found before it")
  func duplicateThenSyntaxError() {
    let text = MarkedText(#"{"a": 1, 1️⃣"a": 1, "b": 2️⃣tru}"#)
    let (value, diagnostics) = readJSON(text)
    #expect(value == nil)
    #expect(diagnostics.map(\.severity) == [.warning, .error])
    #expect(diagnostics.map(\.location) == [text.location("1️⃣"), text.location("2️⃣")])
  }
}
