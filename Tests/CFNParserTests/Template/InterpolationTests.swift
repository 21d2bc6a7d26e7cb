import CFNParser
import Testing

@Suite("Reading ${…} in text")
struct InterpolationTests {
  /// The pieces as short strings: `t:` text, `p:` placeholder, `e:` escaped, `u:` unclosed.
  static func pieces(_ text: String, _ syntax: Interpolation.Syntax) -> [String] {
    Interpolation.scan(text, as: syntax).map { piece in
      switch piece {
      case .text(let run): "t:\(run)"
      case .placeholder(let inside, let range):
        "p:\(inside)" + (text[range] == "${\(inside)}" ? "" : " (bad range)")
      case .escaped(let inside, let range):
        "e:\(inside)" + (text[range] == "${!\(inside)}" ? "" : " (bad range)")
      case .unclosed(let rest, let start): "u:\(rest)" + (start == rest.startIndex ? "" : " (bad)")
      }
    }
  }

  @Test(
    "text splits into literal runs and placeholders",
    arguments: [
      ("", [String]()),
      ("plain", ["t:plain"]),
      ("${a}", ["p:a"]),
      (
        "arn:${AWS::Partition}:s3:::${Bucket}/*",
        ["t:arn:", "p:AWS::Partition", "t::s3:::", "p:Bucket", "t:/*"]
      ),
      ("${a}${b.c}", ["p:a", "p:b.c"]),
      ("${ spaced }", ["p: spaced "]),
      ("x${}y", ["t:x", "p:", "t:y"]),
      ("a ${b", ["t:a ", "u:${b"]),
      ("a ${b} ${c", ["t:a ", "p:b", "t: ", "u:${c"]),
      ("$ {a} $a {b}", ["t:$ {a} $a {b}"]),
      ("é${ü}ß", ["t:é", "p:ü", "t:ß"]),
    ])
  func scans(_ text: String, _ expected: [String]) {
    #expect(Self.pieces(text, .cloudFormationSub) == expected)
    #expect(Self.pieces(text, .terraformTemplate) == expected)
  }

  @Test("${!…} is a literal in Fn::Sub text and an interpolation in a Terraform template")
  func escape() {
    #expect(Self.pieces("a${!Literal}b", .cloudFormationSub) == ["t:a", "e:Literal", "t:b"])
    #expect(Self.pieces("a${!Literal}b", .terraformTemplate) == ["t:a", "p:!Literal", "t:b"])
  }

  @Test("the placeholders alone, escaped ones left out")
  func placeholders() {
    let text = "${arn}:${!x}/${tokens[0]}.dkim ${open"
    #expect(Interpolation.placeholders(in: text, as: .cloudFormationSub) == ["arn", "tokens[0]"])
    #expect(
      Interpolation.placeholders(in: text, as: .terraformTemplate) == ["arn", "!x", "tokens[0]"])
  }
}
