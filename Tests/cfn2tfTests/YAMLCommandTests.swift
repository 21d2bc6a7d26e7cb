import Foundation
import Testing

/// Every command takes YAML, told from the content: `convert` (a file, standard input, a live
/// stack's `get-template` output), `diff` in each format, `graph`, `retain`. The Datomic fixture
/// in YAML (`datomic-yaml/template.yaml`, made from the JSON one with cfn-flip) converts to the
/// JSON one's golden module.
@Suite("YAML templates on the command line")
struct YAMLCommandTests {
  /// The golden module of the Datomic fixture, each file as converting `name` writes it: the
  /// header comments name the input file.
  static func golden(naming name: String) -> [String: String] {
    Binary.tree(at: Binary.fixtures.appendingPathComponent("datomic/expected")).mapValues {
      $0.replacingOccurrences(of: "template.json", with: name)
    }
  }

  @Test("convert: the Datomic fixture in YAML writes the JSON fixture's module")
  func convertDatomic() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic-yaml/template.yaml", to: "template.yaml")
    let result = try sandbox.run(["convert", "template.yaml"])
    #expect(result.status == 0, "\(result)")
    let written = sandbox.tree("template-tf").filter { !$0.key.hasSuffix("REPORT.md") }
    let golden = Self.golden(naming: "template.yaml").filter { !$0.key.hasSuffix("REPORT.md") }
    #expect(written.keys.sorted() == golden.keys.sorted())
    for (path, text) in golden where written[path] != text {
      Issue.record("\(path) differs from the golden module")
    }
  }

  @Test("convert reads YAML from standard input; diagnostics name '<stdin>' at the YAML's place")
  func standardInput() throws {
    let sandbox = try Sandbox()
    let converted = try sandbox.run(
      ["convert", "-", "-o", "out"], stdin: "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n")
    #expect(converted.status == 0, "\(converted)")
    #expect(sandbox.tree("out")["main.tf"]?.contains(#"resource "aws_sqs_queue" "q""#) == true)
    let failed = try sandbox.run(
      ["convert", "-", "-o", "bad"], stdin: "Resources:\n  Q:\n    Type: !Reff X\n")
    #expect(failed.status == 1)
    #expect(
      failed.stderr
        == "<stdin>:3:11: error: unknown tag '!Reff'; did you mean '!Ref'?\n"
        + "cfn2tf: 1 error; nothing was written\n")
    #expect(!sandbox.exists("bad"))
  }

  @Test("bad YAML: one located diagnostic and nothing written")
  func badYAML() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      "bad.yaml", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n   Properties: {}\n")
    let result = try sandbox.run(["convert", "bad.yaml"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr:
            "bad.yaml:4:4: error: inconsistent indentation: this line is indented 3 spaces, the "
            + "keys of its mapping 2; align it with them, or indent it under a key\n"
            + "cfn2tf: 1 error; nothing was written\n"))
    #expect(sandbox.listing() == ["bad.yaml"])
  }

  @Test("diff prints the report of a YAML template in every format, located in the YAML")
  func diff() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic-yaml/template.yaml", to: "cf.yaml")
    for format in ["text", "markdown", "json"] {
      let result = try sandbox.run(["diff", "cf.yaml", "--format", format])
      #expect(result.status == 0, "\(format): \(result)")
      #expect(result.stdout.contains("cf.yaml"), "\(format)")
    }
  }

  @Test("graph reads YAML")
  func graph() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic-yaml/template.yaml", to: "cf.yaml")
    try sandbox.copyFixture("datomic/template.json", to: "cf.json")
    let yaml = try sandbox.run(["graph", "cf.yaml"])
    #expect(yaml.status == 0)
    #expect(yaml == (try sandbox.run(["graph", "cf.json"])))
  }

  @Test("retain edits the YAML in place: comments and layout kept")
  func retain() throws {
    let sandbox = try Sandbox()
    try sandbox.write("t.yml", "# the queue\nResources:\n  Q:\n    Type: AWS::SQS::Queue # here\n")
    let result = try sandbox.run(["retain", "t.yml"])
    #expect(
      result
        == RunResult(
          status: 0,
          stdout: "# the queue\nResources:\n  Q:\n    Type: AWS::SQS::Queue # here\n"
            + "    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n",
          stderr: "Q: DeletionPolicy Retain (added), UpdateReplacePolicy Retain (added)\n"))
  }

  @Test("--stack-template: get-template's output, its TemplateBody an object or YAML text")
  func stackTemplate() throws {
    let sandbox = try Sandbox()
    let yaml = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n"
    let quoted = try JSONSerialization.data(withJSONObject: ["TemplateBody": yaml])
    try sandbox.write("yaml-body.json", String(decoding: quoted, as: UTF8.self))
    try sandbox.write(
      "object-body.json",
      "{\n    \"TemplateBody\": {\n        \"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}\n"
        + "    },\n    \"StagesAvailable\": [\"Original\", \"Processed\"]\n}\n")
    for file in ["yaml-body.json", "object-body.json"] {
      let result = try sandbox.run(["convert", "--stack-template", file, "-o", "out-\(file)"])
      #expect(result.status == 0, "\(file): \(result)")
      #expect(sandbox.tree("out-\(file)")["main.tf"]?.contains(#""aws_sqs_queue" "q""#) == true)
    }
    let retained = try sandbox.run(["retain", "--stack-template", "yaml-body.json"])
    #expect(
      retained.stdout == yaml + "    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n")
    // An error in an object body points into the file itself.
    try sandbox.write(
      "bad-body.json", "{\n  \"TemplateBody\": {\n    \"Resources\": {\"Q\": {\"Type\": 1}}}}\n")
    let bad = try sandbox.run(["convert", "--stack-template", "bad-body.json", "-o", "bad"])
    #expect(bad.status == 1)
    #expect(bad.stderr.hasPrefix("bad-body.json:3:33: error: "), "\(bad)")
    let both = try sandbox.run(["convert", "t.json", "--stack-template", "yaml-body.json"])
    #expect(both.status == 64)
  }

  @Test("the runbook retains the template the way it was read: a YAML file, or get-template's")
  func runbook() throws {
    let sandbox = try Sandbox()
    let yaml = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n"
    try sandbox.write("cf.yaml", yaml)
    let quoted = try JSONSerialization.data(withJSONObject: ["TemplateBody": yaml])
    try sandbox.write("stack/template.json", String(decoding: quoted, as: UTF8.self))
    try sandbox.write(
      "resources.json",
      #"{"StackResources": [{"StackName": "web", "LogicalResourceId": "Q", "#
        + #""PhysicalResourceId": "https://sqs.us-east-1.amazonaws.com/123456789012/web-Q", "#
        + #""ResourceType": "AWS::SQS::Queue"}]}"#)
    let file = try sandbox.run([
      "convert", "cf.yaml", "-o", "a", "--stack-resources", "resources.json",
    ])
    #expect(file.status == 0, "\(file)")
    #expect(
      sandbox.tree("a")["MIGRATION.md"]?.contains("cfn2tf retain cf.yaml -o cf-retain.yaml\n")
        == true)
    let stack = try sandbox.run(
      [
        "convert", "--stack-template", "stack/template.json", "-o", "b", "--stack-resources",
        "resources.json",
      ])
    #expect(stack.status == 0, "\(stack)")
    #expect(
      sandbox.tree("b")["MIGRATION.md"]?.contains(
        "cfn2tf retain --stack-template template.json -o template-retain.template\n") == true)
  }
}
