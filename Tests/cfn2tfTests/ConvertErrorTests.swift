import Foundation
import TFEmitter
import Testing

/// Templates with errors and templates that cannot be read: compiler-style diagnostics on standard
/// error naming the file as given, exit status 1, and no output directory.
@Suite("Template and input errors")
struct ConvertErrorTests {
  static let summary1 = "cfn2tf: 1 error; nothing was written\n"

  /// Runs `convert <path>` on `template` written at `path`, expecting failure with nothing
  /// written, and returns standard error.
  func failingConversion(_ template: String, at path: String, extra: [String] = []) throws
    -> String
  {
    let sandbox = try Sandbox()
    try sandbox.write(path, template)
    let before = sandbox.listing()
    let result = try sandbox.run(["convert", path] + extra)
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(sandbox.listing() == before, "nothing may be written")
    return result.stderr
  }

  @Test("a syntax error")
  func syntaxError() throws {
    let template = MarkedTemplate(
      """
      {
        "Resources": {1️⃣,
      }

      """)
    let stderr = try failingConversion(template.text, at: "stack.json")
    #expect(
      stderr
        == "stack.json:\(template.place("1️⃣")): error: unexpected character ','; expected a key "
        + "in double quotes\n" + Self.summary1)
  }

  @Test("a dangling Ref, the file named as given")
  func danglingRef() throws {
    let template = MarkedTemplate(
      """
      {
        "Resources": {
          "Group": {
            "Type": "AWS::AutoScaling::AutoScalingGroup",
            "Properties": {"MinSize": 1️⃣{"Ref": "Nope"}, "MaxSize": "2"}
          }
        }
      }

      """)
    let stderr = try failingConversion(template.text, at: "stacks/web.json")
    #expect(
      stderr
        == "stacks/web.json:\(template.place("1️⃣")): error: 'Ref' to 'Nope', which is neither a "
        + "parameter nor a resource\n" + Self.summary1)
  }

  @Test(
    "with --no-fallback, unsupported types: every error, in order, naming how to list the supported types"
  )
  func unsupportedTypes() throws {
    let template = MarkedTemplate(
      """
      {
        "Resources": {
          "Zeta": {"Type": 1️⃣"AWS::Foo::Baz"},
          "Alpha": {"Type": 2️⃣"AWS::Foo::Bar"}
        }
      }

      """)
    let stderr = try failingConversion(template.text, at: "stack.json", extra: ["--no-fallback"])
    let note =
      "  note: cfn2tf converts \(Converter.supportedResourceTypes.count) types; 'cfn2tf types' "
      + "lists them\n"
    #expect(
      stderr
        == "stack.json:\(template.place("1️⃣")): error: unsupported resource type 'AWS::Foo::Baz'\n"
        + note
        + "stack.json:\(template.place("2️⃣")): error: unsupported resource type 'AWS::Foo::Bar'\n"
        + note + "cfn2tf: 2 errors; nothing was written\n")
  }

  @Test("errors in standard input name '<stdin>'")
  func standardInput() throws {
    let sandbox = try Sandbox()
    let template = MarkedTemplate("{\"Resources\": 1️⃣[]}\n")
    let result = try sandbox.run(["convert", "-", "-o", "out"], stdin: template.text)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("<stdin>:\(template.place("1️⃣")): error: "))
    #expect(result.stderr.hasSuffix(Self.summary1))
    #expect(sandbox.listing() == [])
  }

  @Test("a template that does not exist")
  func missingTemplate() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["convert", "stacks/missing.json"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: "error: cannot read 'stacks/missing.json': no such file or directory\n"))
    #expect(sandbox.listing() == [])
  }

  @Test("a directory as the template")
  func directoryTemplate() throws {
    let sandbox = try Sandbox()
    try sandbox.mkdir("stacks")
    let result = try sandbox.run(["convert", "stacks", "-o", "out"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "", stderr: "error: cannot read 'stacks': is a directory\n"))
    #expect(sandbox.listing() == ["stacks"])
  }

  @Test("input errors come before output errors")
  func inputBeforeOutput() throws {
    let sandbox = try Sandbox()
    try sandbox.write("out/keep.txt", "keep\n")
    let result = try sandbox.run(["convert", "missing.json", "-o", "out"])
    #expect(result.stderr == "error: cannot read 'missing.json': no such file or directory\n")
    #expect(sandbox.tree("out") == ["keep.txt": "keep\n"])
  }
}
