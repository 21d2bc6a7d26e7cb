import TFEmitter
import Testing

/// The escaping rows of docs/hcl-format.md ("Escaping"), each also evaluated by Terraform where
/// it is installed, plus template escaping, key quoting and heredoc markers.
@Suite("HCL escaping")
struct HCLEscapingTests {
  /// One row: CloudFormation text (JSON-decoded) and its HCL quoted-string literal.
  struct Row: Sendable, CustomTestStringConvertible {
    var text: String
    var literal: String
    var testDescription: String { literal }
  }

  /// The rows of the document's table, then the other characters the escaper handles.
  static let quotedRows: [Row] = [
    Row(
      text: #""s3://${DATOMIC_DEPLOY_BUCKET}/${DATOMIC_VERSION}/startup.sh""#,
      literal: #""\"s3://$${DATOMIC_DEPLOY_BUCKET}/$${DATOMIC_VERSION}/startup.sh\"""#),
    Row(
      text: "host=`curl http://169.254.169.254/latest/meta-data/local-ipv4`",
      literal: #""host=`curl http://169.254.169.254/latest/meta-data/local-ipv4`""#),
    Row(text: "cfn-signal -e $?", literal: #""cfn-signal -e $?""#),
    Row(text: "date +%Y-%m-%d", literal: #""date +%Y-%m-%d""#),
    Row(text: "printf '%{x}'", literal: #""printf '%%{x}'""#),
    Row(text: "a\\b\n", literal: #""a\\b\n""#),
    Row(text: "$${X} stays $${X}", literal: #""$$${X} stays $$${X}""#),
    Row(text: "tab\there\r\nend", literal: #""tab\there\r\nend""#),
    Row(text: "bell\u{7} nbsp\u{A0} zwj\u{200D}", literal: #""bell\u0007 nbsp\u00a0 zwj\u200d""#),
    Row(text: "private \u{F0000}", literal: #""private \U000f0000""#),
    Row(text: "日本 😀 é $ % {}", literal: #""日本 😀 é $ % {}""#),
    Row(text: "", literal: #""""#),
  ]

  @Test(arguments: quotedRows)
  func quotedLiteral(_ row: Row) {
    #expect(HCLEscaping.quoted(row.text) == row.literal)
    let printed = HCLPrinter.print(HCLBody([.attribute(HCLAttribute("x", .string(row.text)))]))
    #expect(printed == "x = \(row.literal)\n")
  }

  @Test(.enabled(if: Oracle.terraformAvailable), arguments: quotedRows)
  func quotedLiteralEvaluatesToText(_ row: Row) throws {
    let configuration = "locals {\n  x = \(row.literal)\n}\n"
    #expect(try Oracle.terraformEvaluate(["local.x"], configuration: configuration) == [row.text])
  }

  static let templateRows: [Row] = [
    Row(text: "echo \"${X}\" \\n", literal: "echo \"$${X}\" \\n"),
    Row(text: "$${X} %{y} %%{z}", literal: "$$${X} %%{y} %%%{z}"),
    Row(text: "50% $ {}\n\ttab", literal: "50% $ {}\n\ttab"),
  ]

  @Test(arguments: templateRows)
  func templateLiteral(_ row: Row) {
    #expect(HCLEscaping.escapeTemplate(row.text) == row.literal)
    #expect(HCLPrinter.printTemplateFile([.literal(row.text)]) == row.literal)
  }

  @Test(.enabled(if: Oracle.terraformAvailable), arguments: templateRows)
  func templateFileEvaluatesToText(_ row: Row) throws {
    let parts: [HCLTemplatePart] = [.literal(row.text + " $"), .interpolation(.reference("xmx"))]
    let values = try Oracle.terraformEvaluate(
      [#"templatefile("t.tftpl", { xmx = "1g" })"#], configuration: "",
      extraFiles: ["t.tftpl": HCLPrinter.printTemplateFile(parts)])
    #expect(values == [row.text + " $1g"])
  }

  @Test(arguments: [
    ("Name", true), ("_x", true), ("a-b", true), ("us-east-1", true), ("a1", true),
    ("aws:cloudformation:stack-name", false), ("64h", false), ("m3.large", false), ("", false),
    ("-a", false), ("日本", false), ("a b", false), ("for", false), ("null", false),
    ("true", false), ("false", false),
  ])
  func objectKeyQuoting(_ key: String, _ isBare: Bool) {
    #expect(HCLEscaping.isBareObjectKey(key) == isBare)
    #expect(HCLEscaping.objectKey(key) == (isBare ? key : HCLEscaping.quoted(key)))
  }

  @Test func heredocMarkerAvoidsBodyLines() {
    #expect(
      HCLEscaping.heredocMarker(preferring: "EOT", avoiding: ["a", "EOTX", "EOT x"]) == "EOT")
    #expect(HCLEscaping.heredocMarker(preferring: "EOT", avoiding: ["  EOT\t"]) == "EOT1")
    #expect(HCLEscaping.heredocMarker(preferring: "EOT", avoiding: ["EOT", "EOT1"]) == "EOT2")
    #expect(HCLEscaping.heredocMarker(preferring: "EOF", avoiding: ["EOT"]) == "EOF")
    #expect(HCLEscaping.heredocMarker(preferring: "not valid", avoiding: []) == "EOT")
  }
}
