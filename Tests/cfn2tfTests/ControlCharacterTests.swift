import Foundation
import TFEmitter
import Testing

/// Control characters in a template (ESC, BEL, CR, LF, other C0 controls, DEL, C1 controls,
/// bidirectional overrides) never reach a terminal or a generated file raw: quoted in a
/// diagnostic, a report, a graph or a README they are written as escapes (`\u{1B}`, `\r`, …),
/// so a template can neither forge a diagnostic line nor send the terminal a sequence.
@Suite("Control characters from the template")
struct ControlCharacterTests {
  /// The characters a terminal acts on or that reorder what it shows, found raw in `text`
  /// (line breaks aside: every output has its own).
  static func rawControls(_ text: String) -> [String] {
    text.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
        || [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E].contains($0.value)
        || (0x2066...0x2069).contains($0.value)
    }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  /// Runs `convert` on `template` at `path`, expecting one error and nothing written; standard
  /// error.
  func failingConversion(_ template: String, at path: String, extra: [String] = []) throws
    -> String
  {
    let sandbox = try Sandbox()
    try sandbox.write(path, template)
    let before = sandbox.listing()
    let result = try sandbox.run(["convert", path, "-o", "out"] + extra)
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(sandbox.listing() == before, "nothing may be written")
    #expect(Self.rawControls(result.stderr) == [])
    return result.stderr
  }

  @Test("a Ref forging a diagnostic line and colouring the terminal: escaped, on one line")
  func forgedLine() throws {
    let template = MarkedTemplate(
      #"""
      {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {
        "QueueName": 1️⃣{"Ref": "X\u001b[31m\r\nforged.json:1:1: error: fake\u0007"}}}}}

      """#)
    let stderr = try failingConversion(template.text, at: "t.json")
    #expect(
      stderr
        == "t.json:\(template.place("1️⃣")): error: 'Ref' to "
        + #"'X\u{1B}[31m\r\nforged.json:1:1: error: fake\u{7}', which is neither a parameter "#
        + "nor a resource\n" + ConvertErrorTests.summary1)
  }

  @Test("a Type with ESC, DEL and a C1 CSI, and a name in Fn::Sub with BEL and an RTL override")
  func typeAndSub() throws {
    let type = MarkedTemplate(
      #"""
      {"Resources": {"Q": {"Type": 1️⃣"AWS::Foo::Bar\u001b[2J\u007f\u009b5m"}}}

      """#)
    let typeError = try failingConversion(type.text, at: "t.json", extra: ["--no-fallback"])
    #expect(
      typeError.hasPrefix(
        "t.json:\(type.place("1️⃣")): error: unsupported resource type "
          + #"'AWS::Foo::Bar\u{1B}[2J\u{7F}\u{9B}5m'"# + "\n"))
    let sub = MarkedTemplate(
      #"""
      {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {
        "QueueName": {"Fn::Sub": 1️⃣"${Miss\u0007ing\u202e}"}}}}}

      """#)
    let subError = try failingConversion(sub.text, at: "t.json")
    #expect(subError.contains(#"'Miss\u{7}ing\u{202E}'"#), "\(subError)")
  }

  @Test("a file name with control characters is escaped where it locates a diagnostic")
  func fileName() throws {
    let name = "st\u{1B}[2Jack\t.json"
    let stderr = try failingConversion("{\"Resources\": []}\n", at: name)
    #expect(stderr.hasPrefix(#"st\u{1B}[2Jack\t.json:1:15: error: "#), "\(stderr)")
  }

  /// A template that converts, with control characters in the description, a parameter's
  /// default and description, a property, a resource type and an output's description.
  static let hostile = #"""
    {
      "Description": "Web\u001b[2J stack\u0007 | `x`",
      "Parameters": {
        "Name": {"Type": "String", "Default": "a\u001b[31mb", "Description": "the\u009b31m name\r\nforged"}
      },
      "Resources": {
        "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": "${Name}-\u001b]0;title\u0007"}}},
        "Thing": {"Type": "AWS::Foo::Bar\u001b[5m"}
      },
      "Outputs": {
        "Out": {"Description": "out\u202eput\u007f", "Value": {"Ref": "Bucket"}}
      }
    }

    """#

  @Test("convert: nothing raw on standard error or in any file of the module")
  func module() throws {
    let sandbox = try Sandbox()
    try sandbox.write("h.json", Self.hostile)
    let result = try sandbox.run(["convert", "h.json", "-o", "out"])
    #expect(result.status == 0, "\(result)")
    #expect(Self.rawControls(result.stderr) == [])
    #expect(result.stderr.contains(#"'AWS::Foo::Bar\u{1B}[5m'"#), "\(result.stderr)")
    let tree = sandbox.tree("out")
    #expect(tree.keys.contains("README.md") && tree.keys.contains("REPORT.md"))
    for (path, text) in tree.sorted(by: { $0.key < $1.key }) {
      #expect(Self.rawControls(text) == [], "\(path)")
    }
    // Markdown stays well-formed: the description is one heading line, its pipe escaped.
    let readme = try #require(tree["README.md"])
    #expect(readme.hasPrefix(#"# Web\u{1B}[2J stack\u{7} \| `x`"# + "\n\n"), "\(readme)")
    #expect(tree["REPORT.md"]?.contains(#"`Thing` (AWS::Foo::Bar\\u{1B}\[5m)"#) == true)
  }

  @Test(
    "diff in every format and graph in both: nothing raw on standard output",
    arguments: [
      ["diff", "h.json"], ["diff", "h.json", "--format", "markdown"],
      ["diff", "h.json", "--format", "json"], ["graph", "h.json"],
      ["graph", "h.json", "--format", "mermaid"],
    ])
  func reports(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    try sandbox.write("h.json", Self.hostile)
    let result = try sandbox.run(arguments)
    #expect(result.status == 0, "\(result)")
    #expect(Self.rawControls(result.stdout) == [])
    #expect(Self.rawControls(result.stderr) == [])
    #expect(sandbox.listing() == ["h.json"])
  }

  @Test("a template file name with control characters: nothing raw in the migration's files")
  func migration() throws {
    let sandbox = try Sandbox()
    let name = "we\u{1B}[2Jb\u{7}.json"
    try sandbox.write(name, #"{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}"# + "\n")
    try sandbox.write(
      "resources.json",
      #"{"StackResources": [{"StackName": "web", "LogicalResourceId": "Q", "#
        + #""PhysicalResourceId": "https://sqs.us-east-1.amazonaws.com/123456789012/web-Q", "#
        + #""ResourceType": "AWS::SQS::Queue"}]}"#)
    let result = try sandbox.run([
      "convert", name, "-o", "out", "--stack-resources", "resources.json",
    ])
    #expect(result.status == 0, "\(result)")
    let tree = sandbox.tree("out")
    #expect(tree["MIGRATION.md"]?.contains(#"cfn2tf retain 'we\u{1B}[2Jb\u{7}.json'"#) == true)
    for (path, text) in tree.sorted(by: { $0.key < $1.key }) {
      #expect(Self.rawControls(text) == [], "\(path)")
    }
  }

  @Test("retain: the summary on standard error quotes logical ids escaped")
  func retainSummary() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      "t.json", #"{"Resources": {"Q\u001b[2J": {"Type": "AWS::SQS::Queue"}}}"# + "\n")
    let result = try sandbox.run(["retain", "t.json"])
    #expect(Self.rawControls(result.stderr) == [], "\(result)")
    #expect(Self.rawControls(result.stdout) == [])
  }
}
