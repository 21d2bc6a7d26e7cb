import Foundation
import Testing

/// The module is meant for git: the files it holds name the template by its file name, never by
/// the path it was given as (an absolute path names the user's machine), while diagnostics on
/// standard error keep the path as typed.
@Suite("The template's name in the module")
struct InputNameTests {
  /// Converts `arguments` (after `convert`) and returns every file of `out` that holds `path`.
  static func filesNaming(_ path: String, _ arguments: [String], in sandbox: Sandbox) throws
    -> [String]
  {
    let result = try sandbox.run(["convert"] + arguments + ["-o", "out"])
    #expect(result.status == 0, "\(result)")
    return sandbox.tree("out").filter { $0.value.contains(path) }.keys.sorted()
  }

  @Test(
    "an absolute path reaches no file of the module",
    arguments: [
      ("datomic/template.json", []), ("datomic/template.json", ["--generic"]),
      ("datomic-yaml/template.yaml", []),
    ])
  func absolutePath(_ fixture: String, _ extra: [String]) throws {
    let sandbox = try Sandbox()
    let name = (fixture as NSString).lastPathComponent
    try sandbox.copyFixture(fixture, to: "stacks/\(name)")
    let directory = sandbox.url("stacks").path
    let path = directory + "/" + name
    #expect(try Self.filesNaming(directory, [path] + extra, in: sandbox) == [])
    let report = try #require(sandbox.tree("out")["REPORT.md"])
    #expect(report.hasPrefix("# Conversion report for `\(name)`\n"))
    #expect(report.contains("`\(name):"), "locations name the file")
  }

  @Test("a relative path: the module names the file, standard error the path as typed")
  func relativePath() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stacks/web.json")
    let result = try sandbox.run(["convert", "stacks/web.json", "-o", "out"])
    #expect(result.status == 0)
    #expect(result.stderr.hasPrefix("stacks/web.json:"))
    #expect(sandbox.tree("out").filter { $0.value.contains("stacks/") }.keys.sorted() == [])
    #expect(
      sandbox.tree("out")["REPORT.md"]?.hasPrefix("# Conversion report for `web.json`\n") == true)
  }

  @Test("a migration from --stack-template and --stack-resources given as absolute paths")
  func migration() throws {
    let sandbox = try Sandbox()
    let yaml =
      "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n  T:\n    Type: Custom::Thing\n"
      + "    Properties:\n      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:f\n"
    let quoted = try JSONSerialization.data(withJSONObject: ["TemplateBody": yaml])
    try sandbox.write("stack/template.json", String(decoding: quoted, as: UTF8.self))
    try sandbox.write(
      "stack/resources.json",
      #"{"StackResources": [{"StackName": "web", "LogicalResourceId": "Q", "#
        + #""PhysicalResourceId": "https://sqs.us-east-1.amazonaws.com/123456789012/web-Q", "#
        + #""ResourceType": "AWS::SQS::Queue"}]}"#)
    let directory = sandbox.url("stack").path
    let files = try Self.filesNaming(
      directory,
      [
        "--stack-template", directory + "/template.json", "--stack-resources",
        directory + "/resources.json",
      ], in: sandbox)
    #expect(files == [])
    #expect(sandbox.tree("out").keys.contains("MIGRATION.md"))
  }
}
