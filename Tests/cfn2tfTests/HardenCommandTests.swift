import Foundation
import Testing

/// `--harden` on the command line: `convert` writes the hardened module, `diff` reports on the
/// same module, and adopting a live stack refuses it.
@Suite("--harden on the command line")
struct HardenCommandTests {
  static let template = """
    {"Resources": {
      "Web": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1", "InstanceType": "t3.micro"}},
      "Jobs": {"Type": "AWS::SQS::Queue"}}}
    """

  static func sandbox() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.write("web.json", template)
    return sandbox
  }

  @Test("convert --harden writes the hardened settings and says so in REPORT.md")
  func convert() throws {
    let sandbox = try Self.sandbox()
    let result = try sandbox.run(["convert", "web.json", "--harden", "-o", "out"])
    #expect(result.status == 0, "\(result)")
    let main = sandbox.tree("out")["main.tf"] ?? ""
    #expect(main.contains("    http_tokens   = \"required\"\n"), "\(main)")
    #expect(main.contains("  sqs_managed_sse_enabled = true\n"), "\(main)")
    let report = sandbox.tree("out")["REPORT.md"] ?? ""
    #expect(report.contains("| transformed | --harden: not set: IMDSv1 was allowed"), "\(report)")
    // Without the option the module is as the template says, and the report says that too.
    let plain = try sandbox.run(["convert", "web.json", "-o", "plain"])
    #expect(plain.status == 0, "\(plain)")
    #expect(!(sandbox.tree("plain")["main.tf"] ?? "").contains("--harden"))
    #expect((sandbox.tree("plain")["REPORT.md"] ?? "").contains("not set: IMDSv1 stays allowed"))
  }

  @Test("diff --harden reports on the module convert --harden writes, in every format")
  func diff() throws {
    let sandbox = try Self.sandbox()
    #expect(try sandbox.run(["convert", "web.json", "--harden", "-o", "out"]).status == 0)
    let markdown = try sandbox.run(["diff", "web.json", "--harden", "--format", "markdown"])
    #expect(markdown.status == 0)
    #expect(markdown.stdout == sandbox.tree("out")["REPORT.md"])
    for format in ["text", "json"] {
      let hardened = try sandbox.run(["diff", "web.json", "--harden", "--format", format])
      #expect(hardened.stdout.contains("--harden: not set"), "\(format): \(hardened)")
      let plain = try sandbox.run(["diff", "web.json", "--format", format])
      #expect(!plain.stdout.contains("--harden: not set"), "\(format): \(plain)")
    }
  }

  @Test("adopting a live stack refuses --harden: its first plan must change nothing")
  func adoption() throws {
    let sandbox = try Self.sandbox()
    try sandbox.write("resources.json", #"{"StackResources": []}"#)
    let result = try sandbox.run([
      "convert", "web.json", "--harden", "--stack-resources", "resources.json", "-o", "out",
    ])
    #expect(
      result
        == RunResult(
          status: 64, stdout: "",
          stderr: """
            Error: '--harden' and '--stack-resources' cannot be combined: an adopted stack's first plan must change nothing; convert again with '--harden' once it is adopted
            Usage: cfn2tf convert <template> [<options>]
              See 'cfn2tf convert --help' for more information.

            """))
    #expect(sandbox.listing() == ["resources.json", "web.json"])
  }
}
