import Testing

@testable import CFNParser

@Suite("MemberList")
struct MemberListTests {
  private static func member(_ key: String) -> JSONMember {
    let place = SourceRange(
      start: CFNParser.SourceLocation(file: "t.json", line: 1, column: 1), startOffset: 0,
      endOffset: 0)
    return JSONMember(key: key, keyRange: place, value: JSONValue(.null, range: place))
  }

  @Test("keys are found by their bytes, by scan and by table alike", arguments: [3, 40])
  func bytes(filler: Int) {
    var list = MemberList()
    for n in 0..<filler { list.append(Self.member("Key\(n)")) }
    // Canonically equivalent, different bytes: two keys, each found as itself.
    list.append(Self.member("caf\u{E9}"))
    list.append(Self.member("cafe\u{301}"))
    list.append(Self.member("a\u{301}\u{323}"))
    #expect(list.index(of: "caf\u{E9}") == filler)
    #expect(list.index(of: "cafe\u{301}") == filler + 1)
    #expect(list.index(of: "a\u{301}\u{323}") == filler + 2)
    #expect(list.index(of: "a\u{323}\u{301}") == nil)
    #expect(list.index(of: "Key\(filler - 1)") == filler - 1)
    #expect(list.index(of: "Key") == nil)
    #expect(list.elements.count == filler + 3)
  }

  @Test("a key's hash is the hash of its bytes, however long the key")
  func hashing() {
    let long = String(repeating: "Ab", count: 40)
    #expect(UTF8Key(long) == UTF8Key(String(long.reversed().reversed())))
    #expect(UTF8Key(long).hashValue == UTF8Key(String(long.reversed().reversed())).hashValue)
    #expect(UTF8Key("\u{E9}") != UTF8Key("e\u{301}"))
  }
}
