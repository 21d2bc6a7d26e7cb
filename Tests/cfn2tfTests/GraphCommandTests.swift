import Foundation
import Testing

/// `cfn2tf graph`: DOT or Mermaid on standard output (the golden files of the Datomic fixture),
/// status 0; template errors status 1; bad command lines status 64.
@Suite("Graph command")
struct GraphCommandTests {
  static func golden(_ name: String) throws -> String {
    try String(
      contentsOf: Binary.fixtures.appendingPathComponent("datomic/report/\(name)"), encoding: .utf8)
  }

  @Test(
    "DOT by default, Mermaid on request",
    arguments: [
      (["graph", "template.json"], "graph.dot"),
      (["graph", "template.json", "--format", "dot"], "graph.dot"),
      (["graph", "--format=mermaid", "template.json"], "graph.mmd"),
    ])
  func formats(_ arguments: [String], _ golden: String) throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "template.json")
    let result = try sandbox.run(arguments)
    #expect(result == RunResult(status: 0, stdout: try Self.golden(golden), stderr: ""))
  }

  @Test("'-' reads standard input")
  func standardInput() throws {
    let result = try Sandbox().run(
      ["graph", "-", "--format", "mermaid"],
      stdin: #"{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}"#)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("flowchart LR\n  R_Q[\"Q<br>AWS::SQS::Queue\"]:::resource\n"))
  }

  @Test("a template error: the diagnostic on standard error, nothing on standard output, status 1")
  func templateError() throws {
    let template = MarkedTemplate(
      """
      {"Resources": {"Queue": {"Type": "AWS::SQS::Queue",
        "Properties": {"QueueName": 1️⃣{"Ref": "Nowhere"}}}}}
      """)
    let sandbox = try Sandbox()
    try sandbox.write("bad.json", template.text)
    let result = try sandbox.run(["graph", "bad.json"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: "bad.json:\(template.place("1️⃣")): error: 'Ref' to 'Nowhere', which is neither a "
            + "parameter nor a resource\n"
            + "cfn2tf: 1 error; no graph was written\n"))
  }

  @Test(
    "bad command lines: status 64",
    arguments: [
      (["graph"], "Missing expected argument '<template>'"),
      (
        ["graph", "template.json", "--format", "svg"],
        "The value 'svg' is invalid for '--format <format>': expected 'dot' or 'mermaid'"
      ),
      (["graph", "template.json", "--strict"], "Unknown option '--strict'"),
    ])
  func usage(_ arguments: [String], _ message: String) throws {
    let result = try Sandbox().run(arguments)
    #expect(
      result
        == RunResult(
          status: 64, stdout: "",
          stderr: "Error: \(message)\nUsage: cfn2tf graph <template> [--format <format>]\n"
            + "  See 'cfn2tf graph --help' for more information.\n"))
  }
}
