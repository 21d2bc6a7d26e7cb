import Foundation
import TFEmitter
import Testing

/// Successful conversions: the files the library produces, written under the output directory;
/// the count on standard output; warnings on standard error; exit status 0.
@Suite("Converting")
struct ConvertTests {
  @Test("the Datomic template: the golden tree, its warnings, and the default output name")
  func datomicGolden() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "template.json")
    let result = try sandbox.run(["convert", "template.json"])
    let golden = Binary.tree(at: Binary.fixtures.appendingPathComponent("datomic/expected"))
    let stderr = try String(
      contentsOf: Binary.fixtures.appendingPathComponent("datomic/expected.stderr"),
      encoding: .utf8)
    #expect(!stderr.isEmpty, "the Datomic template has warnings")
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote \(golden.count) files to template-tf\n", stderr: stderr))
    #expect(sandbox.tree("template-tf") == golden)
    #expect(sandbox.listing() == ["template-tf", "template.json"])
  }

  struct Form: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var output: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  @Test(
    "option forms: '-o dir', '--output dir', '--output=dir', '--', options first",
    arguments: [
      Form(arguments: ["convert", "stacks/web.json", "-o", "out"], output: "out"),
      Form(arguments: ["convert", "stacks/web.json", "--output", "out"], output: "out"),
      Form(arguments: ["convert", "stacks/web.json", "--output=out"], output: "out"),
      Form(arguments: ["convert", "-o", "out", "--", "stacks/web.json"], output: "out"),
      Form(arguments: ["convert", "--output=a", "stacks/web.json", "-o", "out"], output: "out"),
      Form(
        arguments: ["convert", "stacks/web.json", "-o", "deep/er/out/"], output: "deep/er/out/"),
      Form(arguments: ["convert", "stacks/web.json"], output: "web-tf"),
    ])
  func forms(_ form: Form) throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stacks/web.json")
    let expected = try Expected.datomic(fileName: "stacks/web.json")
    let result = try sandbox.run(form.arguments)
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote \(expected.fileCount) files to \(form.output)\n",
          stderr: expected.stderr))
    #expect(sandbox.tree(form.output) == expected.tree)
    let top = String(form.output.split(separator: "/")[0])
    #expect(sandbox.listing() == [top, "stacks"].sorted(), "no staging directory is left")
  }

  @Test("'-' reads standard input, named '<stdin>'")
  func standardInput() throws {
    let sandbox = try Sandbox()
    let template = try Expected.datomicTemplate()
    let expected = Expected(template: template, fileName: "<stdin>")
    let result = try sandbox.run(["convert", "-", "-o", "out"], stdin: template)
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote \(expected.fileCount) files to out\n",
          stderr: expected.stderr))
    #expect(expected.stderr.hasPrefix("<stdin>:"))
    #expect(sandbox.tree("out") == expected.tree)
  }

  @Test("--launch-configuration keeps aws_launch_configuration")
  func launchConfiguration() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    var options = ConversionOptions()
    options.launchConfigurationTarget = .launchConfiguration
    let expected = try Expected.datomic(fileName: "stack.json", options: options)
    let result = try sandbox.run(["convert", "stack.json", "--launch-configuration", "-o", "lc"])
    #expect(result.status == 0)
    #expect(result.stderr == expected.stderr)
    let tree = sandbox.tree("lc")
    #expect(tree == expected.tree)
    #expect(tree["main.tf"]?.contains("resource \"aws_launch_configuration\"") == true)
    #expect(tree["main.tf"]?.contains("resource \"aws_launch_template\"") == false)
    #expect(try Expected.datomic(fileName: "stack.json").tree != expected.tree)
  }

  @Test("types lists the supported CloudFormation types, one a line")
  func types() throws {
    let result = try Sandbox().run(["types"])
    let types = Converter.supportedResourceTypes
    #expect(result == RunResult(status: 0, stdout: types.map { $0 + "\n" }.joined(), stderr: ""))
    #expect(types.contains("AWS::AutoScaling::AutoScalingGroup"))
    #expect(types.contains("AWS::AutoScaling::LaunchConfiguration"))
    #expect(types == types.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
  }
}
