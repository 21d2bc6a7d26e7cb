import Testing

@testable import TFEmitter

@Suite("Markdown table-cell escaping")
struct MarkdownEscapeTests {
  @Test(
    "inline text: pipes escaped, each line break one space, controls as escapes",
    arguments: [
      ("plain text", "plain text"),
      ("a | b", "a \\| b"),
      ("one\ntwo\r\nthree\rfour", "one two three four"),
      ("two\n\nbreaks", "two  breaks"),
      ("`code`", "`code`"),
      ("bell\u{7}", "bell\\u{7}"),
      ("déjà | vu\n→ ok", "déjà \\| vu → ok"),
      ("", ""),
    ])
  func inline(_ text: String, _ expected: String) {
    #expect(Markdown.inline(text) == expected)
  }

  @Test(
    "code-span text: backquotes become quotes so the span stays closed",
    arguments: [
      ("a`b", "a'b"), ("x | `y`\r\nz", "x \\| 'y' z"), ("naïve`", "naïve'"),
    ])
  func code(_ text: String, _ expected: String) {
    #expect(Markdown.code(text) == expected)
  }
}
