import Foundation
import TFEmitter
import Testing

/// Successful conversions: the files the library produces, written under the output directory;
/// the count on standard output; warnings on standard error; exit status 0.
@Suite("Converting")
struct ConvertTests {
  @Test("the Datomic template: its files, its warnings, and the default output name")
  func datomic() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "template.json")
    let expected = try Expected.datomic(fileName: "template.json")
    let result = try sandbox.run(["convert", "template.json"])
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote \(expected.fileCount) files to template-tf\n",
          stderr: expected.stderr))
    #expect(sandbox.tree("template-tf") == expected.tree)
    #expect(sandbox.listing() == ["template-tf", "template.json"])
  }

  @Test("warnings go to standard error and leave the exit status 0; secrets stay out of them")
  func warnings() throws {
    let template = MarkedTemplate(
      """
      {
        "Resources": {
          "Config": {
            "Type": "AWS::AutoScaling::LaunchConfiguration",
            "Properties": {
              "ImageId": "ami-12345678",
              "InstanceType": "t3.micro",
              "UserData": {"Fn::Base64": 1️⃣"#!/bin/sh\\nLICENSE_KEY=abc123\\n"}
            }
          }
        }
      }

      """)
    let sandbox = try Sandbox()
    try sandbox.write("stacks/web.json", template.text)
    let expected = Expected(template: template.text, fileName: "stacks/web.json")
    let result = try sandbox.run(["convert", "stacks/web.json", "-o", "out"])
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote \(expected.fileCount) files to out\n",
          stderr: expected.stderr))
    #expect(result.stderr.hasPrefix("stacks/web.json:\(template.place("1️⃣")): warning: "))
    #expect(!result.stderr.contains("abc123"))
    #expect(sandbox.tree("out") == expected.tree)
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

  static let launchConfigurationTemplate = """
    {
      "Resources": {
        "Config": {
          "Type": "AWS::AutoScaling::LaunchConfiguration",
          "Properties": {"ImageId": "ami-12345678", "InstanceType": "t3.micro"}
        },
        "Group": {
          "Type": "AWS::AutoScaling::AutoScalingGroup",
          "Properties": {
            "MinSize": "1", "MaxSize": "1", "AvailabilityZones": ["us-east-1a"],
            "LaunchConfigurationName": {"Ref": "Config"}
          }
        }
      }
    }

    """

  @Test(
    "--launch-configuration keeps aws_launch_configuration instead of aws_launch_template",
    arguments: [
      ([], ConversionOptions.LaunchConfigurationTarget.launchTemplate, "aws_launch_template"),
      (["--launch-configuration"], .launchConfiguration, "aws_launch_configuration"),
    ])
  func launchConfiguration(
    _ extra: [String], _ target: ConversionOptions.LaunchConfigurationTarget, _ type: String
  ) throws {
    let sandbox = try Sandbox()
    try sandbox.write("stack.json", Self.launchConfigurationTemplate)
    var options = ConversionOptions()
    options.launchConfigurationTarget = target
    let expected = Expected(
      template: Self.launchConfigurationTemplate, fileName: "stack.json", options: options)
    let result = try sandbox.run(["convert", "stack.json", "-o", "out"] + extra)
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote \(expected.fileCount) files to out\n",
          stderr: expected.stderr))
    let tree = sandbox.tree("out")
    #expect(tree == expected.tree)
    let resources = tree.values.joined().split(separator: "\n").filter {
      $0.hasPrefix("resource \"aws_launch_")
    }
    #expect(resources == ["resource \"\(type)\" \"config\" {"])
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
