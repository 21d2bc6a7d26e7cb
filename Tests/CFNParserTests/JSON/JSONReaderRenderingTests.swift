import TestSupport
import Testing

@testable import CFNParser

/// The exact text users see, compiler style: `file:line:column: severity: message`, notes indented.
@Suite("JSONReader diagnostics as rendered")
struct JSONReaderRenderingTests {
  @Test("a duplicate key renders with its note")
  func duplicateKey() {
    let text = MarkedText(
      """
      {
        "Mappings": {
          1️⃣"a": "x",
          2️⃣"a": "y"
        }
      }
      """)
    let (_, diagnostics) = JSONReader.read(bytes: text.bytes, fileName: "cf.json")
    #expect(
      diagnostics.map(\.description) == [
        """
        cf.json:4:5: error: duplicate key 'a' with a different value; keep one of the two members
          cf.json:3:5: note: first written here
        """
      ])
    // The literal above agrees with the markers.
    #expect(diagnostics.first?.location == text.location("2️⃣", file: "cf.json"))
    #expect(diagnostics.first?.notes.first?.location == text.location("1️⃣", file: "cf.json"))
  }

  @Test("an unclosed object renders the end of the file and the open bracket")
  func endOfInput() {
    let text = MarkedText("{\n  \"A\": 2️⃣{\n    \"B\": [1, 2]\n1️⃣")
    let (value, diagnostics) = JSONReader.read(bytes: text.bytes, fileName: "cf.json")
    #expect(value == nil)
    #expect(
      diagnostics.map(\.description) == [
        """
        cf.json:4:1: error: unexpected end of the file; expected ',' or '}'
          cf.json:2:8: note: the object opened here is not closed
        """
      ])
    #expect(diagnostics.first?.location == text.location("1️⃣", file: "cf.json"))
    #expect(diagnostics.first?.notes.first?.location == text.location("2️⃣", file: "cf.json"))
  }

  @Test("the file name is used exactly as given")
  func fileName() {
    let (_, diagnostics) = JSONReader.read("[1,]", fileName: "<stdin>")
    #expect(
      diagnostics.map(\.description) == [
        "<stdin>:1:3: error: trailing comma in a list; remove the ',' before ']'"
      ])
  }
}
