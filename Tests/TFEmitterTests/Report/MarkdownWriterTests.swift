import Testing

@testable import TFEmitter

/// The report's writer appends UTF-8 in chunks: lines, rows, numbers written digit by digit,
/// prose and code spans escaped as `MarkdownReport.text(_:)` and `code(_:)` escape them.
@Suite("Markdown writer")
struct MarkdownWriterTests {
  @Test(
    "numbers are written as their decimal digits",
    arguments: [0, 7, 10, 120, 4_096, 1_000_000, -1, -305, Int.max, Int.min])
  func numbers(_ value: Int) {
    var out = MarkdownWriter()
    out.number(value)
    #expect(out.text == String(value))
  }

  @Test("a text of many chunks reads back whole, in order, multi-byte characters included")
  func chunks() {
    var out = MarkdownWriter()
    var expected = ""
    for n in 0..<20_000 {
      let line = "line \(n): é ✓ \(String(repeating: "x", count: n % 37))"
      out.line(line)
      expected += line + "\n"
      if n % 1_000 == 0 {
        out.row({ $0.number(n) }, { $0.raw("ü") })
        expected += "| \(n) | ü |\n"
      }
    }
    #expect(expected.utf8.count > 4 * 65_536)
    #expect(out.text == expected)
  }

  @Test("lines, blocks and rows end with one line break; cells are separated by pipes")
  func layout() {
    var out = MarkdownWriter()
    out.line("# Title")
    out.block("a\nb")
    out.block("c\n")
    out.row(
      { $0.raw("x") }, { _ in },
      {
        $0.number(12); $0.raw(":"); $0.number(3)
      })
    out.line {
      $0.raw("- "); $0.code("a|b"); $0.raw(" "); $0.text("_x_")
    }
    #expect(out.text == "# Title\na\nb\nc\n| x |  | 12:3 |\n- `a\\|b` \\_x\\_\n")
  }

  @Test(
    "control characters in prose and code spans are escaped, beyond ASCII too",
    arguments: [
      ("a\u{1B}b", "a\\\\u{1B}b", "`a\\u{1B}b`"), ("x\u{202E}y", "x\\\\u{202E}y", "`x\\u{202E}y`"),
      ("c\u{9B}d", "c\\\\u{9B}d", "`c\\u{9B}d`"), ("tab\tx", "tab\\\\tx", "`tab\\tx`"),
      ("é\u{7F}", "é\\\\u{7F}", "`é\\u{7F}`"), ("日本", "日本", "`日本`"),
      ("\u{2028}", "\u{2028}", "`\u{2028}`"),
    ])
  func controls(_ input: String, _ prose: String, _ code: String) {
    var out = MarkdownWriter()
    out.text(input)
    #expect(out.text == prose)
    #expect(MarkdownReport.text(input) == prose)
    var span = MarkdownWriter()
    span.code(input)
    #expect(span.text == code)
  }

  @Test(
    "a code span written in place reads as one written from a string",
    arguments: [
      "aws_x.y", "", " lead", "a|b", "a`b", "``x", "two\nlines", "é ✓ 日本", "c\u{9B}d",
      "x\u{202E}y", "tab\tx", "caf\u{E9}`",
    ])
  func codeInPlace(_ input: String) {
    var inPlace = MarkdownWriter()
    inPlace.raw("| ")
    inPlace.code { $0.append(contentsOf: input.utf8) }
    var fromString = MarkdownWriter()
    fromString.raw("| ")
    fromString.code(input)
    #expect(inPlace.text == fromString.text)
    #expect(fromString.text == "| " + MarkdownReport.code(input))
  }

  @Test(
    "prose escapes in runs, and text that needs the general path is written once",
    arguments: [
      ("a_b_", "a_b\\_"), ("\r", " "), ("x\ry", "x y"), ("x\r\n", "x "), ("|_|", "\\|\\_\\|"),
      ("x_y | z é_", "x_y \\| z é\\_"), ("ok\u{1B}", "ok\\\\u{1B}"),
    ])
  func proseRuns(_ input: String, _ expected: String) {
    var out = MarkdownWriter()
    out.raw("pre ")
    out.text(input)
    #expect(out.text == "pre " + expected)
  }
}
