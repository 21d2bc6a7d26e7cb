import CFNParser
import TFEmitter
import Testing

/// Markdown escaping: prose and code spans that survive table cells and inline parsing.
@Suite("Markdown report")
struct MarkdownReportTests {
  @Test(
    "prose: inline punctuation and HTML escaped, underscores inside words kept",
    arguments: [
      ("plain words", "plain words"), ("var.license_key", "var.license_key"),
      ("DEPLOY_* keys", "DEPLOY\\_\\* keys"), ("_lead and trail_", "\\_lead and trail\\_"),
      ("a | b", "a \\| b"), ("<script>", "\\<script\\>"), ("[link](x)", "\\[link\\](x)"),
      ("`code`", "\\`code\\`"), ("~~s~~", "\\~\\~s\\~\\~"), ("&amp;", "\\&amp;"),
      ("back\\slash", "back\\\\slash"), ("two\nlines", "two lines"), ("crlf\r\nend", "crlf end"),
    ])
  func text(_ input: String, _ expected: String) {
    #expect(MarkdownReport.text(input) == expected)
  }

  @Test(
    "code spans: fenced past any backtick run, pipes escaped, line breaks as spaces",
    arguments: [
      ("var.x", "`var.x`"), ("a|b", "`a\\|b`"), ("a`b", "``a`b``"), ("``x", "``` ``x ```"),
      ("x`", "`` x` ``"), (" both ", "`  both  `"), ("two\nlines", "`two lines`"), ("", "` `"),
      ("{\"a\":\"b\"}", "`{\"a\":\"b\"}`"),
    ])
  func code(_ input: String, _ expected: String) {
    #expect(MarkdownReport.code(input) == expected)
  }

  @Test("a table row per entry, missing values as empty cells")
  func table() {
    let entry = LedgerEntry(
      kind: .property, path: .property("P", of: "R"), resourceType: "AWS::S3::Bucket",
      location: CFNParser.SourceLocation(file: "t.json", line: 4, column: 7),
      target: .resource("aws_s3_bucket", "r") / "p",
      status: .approximated, note: "a | b", sourceValue: "\"x\"")
    #expect(
      MarkdownReport.table([entry]) == [
        "| Element | Terraform | Status | Note | CloudFormation value | Terraform value | At |",
        "|---|---|---|---|---|---|---|",
        "| `Properties.P` | `aws_s3_bucket.r.p` | approximated | a \\| b | `\"x\"` |  | 4:7 |",
      ])
  }
}
