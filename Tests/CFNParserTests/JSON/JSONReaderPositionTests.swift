import TestSupport
import Testing

@testable import CFNParser

@Suite("JSONReader positions")
struct JSONReaderPositionTests {
  @Test("nested values and object keys carry their line and column")
  func nested() throws {
    let text = MarkedText(
      """
      1️⃣{
        2️⃣"Resources": 3️⃣{
          4️⃣"Web": { "Type": 5️⃣"AWS::EC2::Instance", "Ports": 6️⃣[7️⃣80, 8️⃣true, 9️⃣null] }
        }
      }
      """)
    let root = try readValid(text)
    #expect(root.location == text.location("1️⃣"))
    let resources = try #require(root.members?.first)
    #expect(resources.keyRange.start == text.location("2️⃣"))
    #expect(resources.value.location == text.location("3️⃣"))
    let web = try #require(resources.value.members?.first)
    #expect(web.keyRange.start == text.location("4️⃣"))
    #expect(web.value["Type"]?.location == text.location("5️⃣"))
    let ports = try #require(web.value["Ports"])
    #expect(ports.location == text.location("6️⃣"))
    #expect(ports.elements?.map(\.location) == ["7️⃣", "8️⃣", "9️⃣"].map { text.location($0) })
  }

  @Test("a key's range spans its quotes")
  func keyRange() throws {
    let text = MarkedText(#"{ 1️⃣"Ke\"y"2️⃣ : 1 }"#)
    let member = try #require(try readValid(text).members?.first)
    #expect(member.key == #"Ke"y"#)
    #expect(member.keyRange.startOffset == text.offset("1️⃣"))
    #expect(member.keyRange.endOffset == text.offset("2️⃣"))
  }

  @Test("CRLF, a lone CR and LF each end one line")
  func lineBreaks() throws {
    let text = MarkedText("{\r\n  1️⃣\"a\": 2️⃣1,\r\n\r\n3️⃣\"b\":\r4️⃣[\n5️⃣null]\r\n}")
    let root = try readValid(text)
    let members = try #require(root.members)
    #expect(members.map(\.keyRange.start) == [text.location("1️⃣"), text.location("3️⃣")])
    #expect(root["a"]?.location == text.location("2️⃣"))
    #expect(root["b"]?.location == text.location("4️⃣"))
    #expect(root["b"]?.elements?.first?.location == text.location("5️⃣"))
    #expect(text.location("5️⃣").line == 6)
  }

  @Test("a tab is one column")
  func tabs() throws {
    let text = MarkedText("{\n\t\t1️⃣\"a\":\t2️⃣true\n}")
    let root = try readValid(text)
    #expect(root.members?.first?.keyRange.start == text.location("1️⃣"))
    #expect(root["a"]?.location == text.location("2️⃣"))
    #expect(text.location("1️⃣").column == "\t\t".utf8.count + 1)
  }

  @Test("a byte-order mark takes no column but counts in byte offsets")
  func byteOrderMark() throws {
    let text = MarkedText("\u{FEFF}1️⃣{\"a\": 2️⃣[]}3️⃣\n4️⃣ ")
    let root = try readValid(text)
    #expect(root.location == text.location("1️⃣"))
    #expect(root.location.column == 1)
    #expect(root.range.startOffset == 3)
    #expect(root.range.endOffset == text.offset("3️⃣"))
    #expect(root["a"]?.location == text.location("2️⃣"))
  }

  @Test("columns count UTF-8 bytes after multi-byte characters")
  func multiByte() throws {
    let text = MarkedText(#"{"é😀": 1️⃣1, "ключ": 2️⃣"значение", 3️⃣"中": 4️⃣[5️⃣2]}"#)
    let root = try readValid(text)
    #expect(root["é😀"]?.location == text.location("1️⃣"))
    #expect(root["ключ"]?.location == text.location("2️⃣"))
    #expect(root.members?.last?.keyRange.start == text.location("3️⃣"))
    #expect(root["中"]?.location == text.location("4️⃣"))
    #expect(root["中"]?.elements?.first?.location == text.location("5️⃣"))
    // The column counts the bytes before the value, not its characters.
    let before = #"{"é😀": "#
    #expect(text.location("1️⃣").column == before.utf8.count + 1)
    #expect(text.location("1️⃣").column != before.count + 1)
  }

  @Test("object and array ranges start at the bracket and end after the closing one")
  func offsets() throws {
    let text = MarkedText(
      """
      1️⃣{
        "list": 2️⃣[1, {"x": 3️⃣{}4️⃣}, "s"]5️⃣,
        "n": 6️⃣-1.5e37️⃣
      }8️⃣
      """)
    let root = try readValid(text)
    #expect(root.range.startOffset == text.offset("1️⃣"))
    #expect(root.range.endOffset == text.offset("8️⃣"))
    let list = try #require(root["list"])
    #expect(list.range.startOffset == text.offset("2️⃣"))
    #expect(list.range.endOffset == text.offset("5️⃣"))
    let inner = try #require(list.elements?[1]["x"])
    #expect(inner.range.startOffset == text.offset("3️⃣"))
    #expect(inner.range.endOffset == text.offset("4️⃣"))
    #expect(root["n"]?.range.startOffset == text.offset("6️⃣"))
    #expect(root["n"]?.range.endOffset == text.offset("7️⃣"))
  }

  @Test("slicing the input by a value's range gives back exactly its text")
  func slicing() throws {
    let text = MarkedText(
      "\u{FEFF}{\r\n\t\"a\": [1, {\"é\": \"x\\ny\"}, [ ]],\r\n  \"b\" : { \"c\" : null } }\n")
    let root = try readValid(text)
    func slice(_ value: JSONValue?) -> String? {
      value.map {
        String(decoding: text.bytes[$0.range.startOffset..<$0.range.endOffset], as: UTF8.self)
      }
    }
    #expect(slice(root["a"]) == #"[1, {"é": "x\ny"}, [ ]]"#)
    #expect(slice(root["a"]?.elements?[1]) == #"{"é": "x\ny"}"#)
    #expect(slice(root["a"]?.elements?[1]["é"]) == #""x\ny""#)
    #expect(slice(root["a"]?.elements?[2]) == "[ ]")
    #expect(slice(root["b"]) == #"{ "c" : null }"#)
    #expect(slice(root)?.hasPrefix("{\r\n\t") == true)
    #expect(slice(root)?.hasSuffix("null } }") == true)
    for value in root.allValues {
      let (reread, _) = JSONReader.read(slice(value)!, fileName: testFileName)
      #expect(reread?.sameContent(as: value) == true, "\(value.compactText)")
    }
  }
}
