import CFNParser
import Testing

@testable import TFEmitter

/// The one user data line reader: lines cut wherever the pieces meet, as bytes for the secret
/// scanner, and `key=value` lines read as Java properties.
@Suite("User data lines")
struct UserDataLinesTests {
  /// A piece: written text, or nil for a computed value.
  typealias Piece = String?

  @Test("lines are cut at every line feed, wherever the pieces meet")
  func cutWherePiecesMeet() {
    let pieces: [Piece] = ["a\nb", nil, "c\n", "", "\nd", nil]
    let lines = UserDataLines.lines(pieces) { $0 }
    #expect(
      lines == [
        [.text("a", piece: 0)],
        [.text("b", piece: 0), .value(piece: 1), .text("c", piece: 2)],
        [],
        [.text("d", piece: 4), .value(piece: 5)],
      ])
    #expect(lines.map(UserDataLines.bytes) == [[97], [98, 0, 99], [], [100, 0]])
  }

  @Test("plain text: a final line feed ends an empty line; a carriage return stays in its line")
  func plainText() {
    #expect(UserDataLines.lines(of: "a=1\r\nb=2\n") == ["a=1\r", "b=2", ""])
    #expect(UserDataLines.lines(of: "") == [""])
    #expect(UserDataLines.lines(of: "é\n\nü") == ["é", "", "ü"])
  }

  @Test(
    "key=value lines read as Java properties",
    arguments: [
      ("protocol=ddb", "protocol", "ddb"),
      ("  port = 4334", "port", " 4334"),
      ("sql-url=jdbc:x?a=b", "sql-url", "jdbc:x?a=b"),
      ("empty=", "empty", ""),
    ])
  func property(_ line: String, _ key: String, _ value: String) throws {
    let property = try #require(UserDataLines.property(Substring(line)))
    #expect(property.key == key)
    #expect(property.value == Substring(value))
  }

  @Test("comments, lines without '=' and empty keys are not properties")
  func notProperties() {
    for line in ["# a=b", "#a=b", "echo hello", "=value", "   =value", ""] {
      #expect(UserDataLines.property(Substring(line)) == nil, "\(line)")
    }
  }

  @Test("the Datomic profile reads a joined script's lines as the reader cuts them")
  func datomicScriptLines() throws {
    let template = try #require(
      TemplateDecoder.decode(
        #"""
        {"Parameters": {"Xmx": {"Type": "String", "Default": "4g"}},
         "Resources": {"R": {"Type": "AWS::SNS::Topic", "Properties": {"U": {"Fn::Base64": {
           "Fn::Join": ["", ["#!/bin/bash\nexport XMX=", {"Ref": "Xmx"}, "\ncat <<EOF >a.properties\nprotocol=ddb\n", "port=4334\nEOF\n"]]}}}}}}
        """#, fileName: "t.json"
      ).template)
    let userData = try #require(template.resource("R")?.property("U")?.value)
    let script = try #require(ScriptLines(userData: userData))
    #expect(script.lines.count == 7)
    #expect(
      script.lines.map(\.literal) == [
        "#!/bin/bash", nil, "cat <<EOF >a.properties", "protocol=ddb", "port=4334", "EOF", "",
      ])
    #expect(script.bytes[1] == Array("export XMX=".utf8) + [0])
  }
}
