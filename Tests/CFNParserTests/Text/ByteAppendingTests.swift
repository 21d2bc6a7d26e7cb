import Testing

@testable import CFNParser

@Suite("Appending UTF-8 bytes")
struct ByteAppendingTests {
  @Test(
    "appendUTF8 appends the same bytes as the UTF-8 view, for small, large and sliced text",
    arguments: [
      "", "id", "déjà vu", "a 15-byte text.", String(repeating: "été → 🚀 ", count: 40),
    ])
  func bytes(_ text: String) {
    var bytes: [UInt8] = [0x3E]
    bytes.appendUTF8(text)
    #expect(bytes == [0x3E] + Array(text.utf8))
    var sliced: [UInt8] = []
    sliced.appendUTF8(text.dropFirst())
    #expect(sliced == Array(text.dropFirst().utf8))
  }

  @Test("allUTF8Bytes reads every byte, of a string and of a substring")
  func predicate() {
    let text = "plain ASCII text, long enough not to be a small string"
    #expect(text.allUTF8Bytes { $0 < 0x80 })
    #expect(!"déjà".allUTF8Bytes { $0 < 0x80 })
    #expect(!"déjà".dropFirst(3).allUTF8Bytes { $0 < 0x80 })
    #expect("déjà".dropLast(1).dropFirst(2).allUTF8Bytes { $0 < 0x80 })
    #expect("".allUTF8Bytes { _ in false })
  }

  @Test(
    "utf8Offset finds the first occurrence of the needle's bytes",
    arguments: [
      ("cat <<EOF >a.properties", 4 as Int?), ("no marker", nil), ("<<", 0), ("<", nil),
      ("été << x", 6), ("a<<b<<c", 1),
    ])
  func offset(_ text: String, _ expected: Int?) {
    #expect(text.utf8Offset(of: "<<") == expected)
    #expect(text.dropFirst(0).utf8Offset(of: "<<") == expected)
    #expect(text.containsUTF8("<<") == (expected != nil))
  }
}
