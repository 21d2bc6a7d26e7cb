import CFNParser
import Foundation
import TFEmitter
import TestSupport
import Testing

/// `cfn2tf diff`: the report in each format on standard output, the same bytes as the library's
/// (and the golden files), warnings on standard error; exit statuses 0, 1, 2 (`--strict`) and
/// 64; colour only on a terminal without `NO_COLOR`.
@Suite("Diff command")
struct DiffCommandTests {
  static let golden = Binary.fixtures.appendingPathComponent("datomic/report")

  static func golden(_ name: String) throws -> String {
    try String(contentsOf: golden.appendingPathComponent(name), encoding: .utf8)
  }

  static func sandbox() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "template.json")
    return sandbox
  }

  /// A template whose every element converts exactly or transformed.
  static let faithful = """
    {"Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 5}}}}
    """

  @Test(
    "each format prints the golden report; warnings on standard error; status 0",
    arguments: [
      (["diff", "template.json"], "report.txt"),
      (["diff", "template.json", "--format", "text"], "report.txt"),
      (["diff", "template.json", "--format", "markdown"], "report.md"),
      (["diff", "--format=json", "template.json"], "report.json"),
    ])
  func formats(_ arguments: [String], _ golden: String) throws {
    let expected = try Expected.datomic(fileName: "template.json")
    let result = try Self.sandbox().run(arguments)
    #expect(
      result == RunResult(status: 0, stdout: try Self.golden(golden), stderr: expected.stderr))
  }

  @Test("--strict exits 2 when anything is approximated, dropped or unsupported, still printing")
  func strictDifferences() throws {
    let result = try Self.sandbox().run(["diff", "template.json", "--strict", "--format", "json"])
    #expect(result.status == 2)
    #expect(result.stdout == (try Self.golden("report.json")))
  }

  @Test("--strict exits 2 when a resource stays in CloudFormation; the report lists it first")
  func strictKept() throws {
    let sandbox = try Sandbox()
    try sandbox.write("queue.json", Self.faithful)
    let result = try sandbox.run(["diff", "queue.json", "--strict", "--keep", "Queue"])
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stdout.hasPrefix(
        "cfn2tf \(CFN2TF.version) report for queue.json\n\nKEPT IN CLOUDFORMATION (1)\n"
          + "  kept          Queue -> aws_cloudformation_stack.kept\n"),
      "\(result.stdout)")
    let unknown = try sandbox.run(["diff", "queue.json", "--keep", "Queu"])
    #expect(unknown.status == 1)
    #expect(
      unknown.stderr
        == "error: '--keep' names 'Queu', which is not a resource of the template\n"
        + "  note: did you mean 'Queue'?\n" + "cfn2tf: 1 error; no report was written\n")
  }

  @Test("--strict exits 0 when every element is exact or transformed")
  func strictFaithful() throws {
    let sandbox = try Sandbox()
    try sandbox.write("queue.json", Self.faithful)
    let result = try sandbox.run(["diff", "queue.json", "--strict"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr == "")
    #expect(
      result.stdout.contains("\nTO REVIEW (0)\n  nothing: every element is exact or transformed\n"))
    let model = ReportModel(
      Converter.convert(Self.faithful, fileName: "queue.json"), templateName: "queue.json")
    #expect(!model.needsReview)
    #expect(result.stdout == TextReport.render(model, colour: false))
  }

  @Test(
    "--generic and --launch-configuration report on the conversion those options give",
    arguments: [
      (["--generic"], ConversionOptions(useProfiles: false)),
      (
        ["--launch-configuration"],
        ConversionOptions(launchConfigurationTarget: .launchConfiguration)
      ),
      (
        ["--generic", "--launch-configuration"],
        ConversionOptions(launchConfigurationTarget: .launchConfiguration, useProfiles: false)
      ),
    ])
  func options(_ flags: [String], _ options: ConversionOptions) throws {
    let template = try Expected.datomicTemplate()
    let conversion = Converter.convert(template, fileName: "template.json", options: options)
    let model = ReportModel(conversion, templateName: "template.json")
    let sandbox = try Self.sandbox()
    let text = try sandbox.run(["diff", "template.json"] + flags)
    #expect(text.status == 0)
    #expect(text.stdout == TextReport.render(model, colour: false))
    let markdown = try sandbox.run(["diff", "template.json", "--format", "markdown"] + flags)
    #expect(markdown.stdout == conversion.file("REPORT.md")?.contents)
    // The Datomic profile always makes a launch template; the generic conversion differs.
    if flags.contains("--generic") { #expect(text.stdout != (try Self.golden("report.txt"))) }
  }

  @Test("'-' reads standard input, named <stdin>")
  func standardInput() throws {
    let result = try Sandbox().run(["diff", "-", "--format", "json"], stdin: Self.faithful)
    #expect(result.status == 0)
    #expect(result.stdout.contains(#""template": "<stdin>","#))
    #expect(result.stdout.contains(#""file": "<stdin>","#))
  }

  @Test("a template error: the diagnostic on standard error, nothing on standard output, status 1")
  func templateError() throws {
    let template = MarkedTemplate(
      """
      {"Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Condition": 1️⃣"Missing"}}}
      """)
    let sandbox = try Sandbox()
    try sandbox.write("bad.json", template.text)
    for arguments in [["diff", "bad.json"], ["diff", "bad.json", "--strict", "--format", "json"]] {
      let result = try sandbox.run(arguments)
      #expect(
        result
          == RunResult(
            status: 1, stdout: "",
            stderr: "bad.json:\(template.place("1️⃣")): error: unknown condition 'Missing'\n"
              + "cfn2tf: 1 error; no report was written\n"))
    }
    #expect(sandbox.listing() == ["bad.json"])
  }

  @Test(
    "the corpus's EC2Conditions.json names a condition it never declares: status 1",
    .enabled(if: FileManager.default.fileExists(atPath: corpus.path), "../shared/corpus is absent"))
  func corpusError() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      "EC2Conditions.json",
      String(
        contentsOf: Self.corpus.appendingPathComponent("general/EC2Conditions.json"),
        encoding: .utf8))
    let result = try sandbox.run(["diff", "EC2Conditions.json", "--strict"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: "EC2Conditions.json:149:16: error: unknown condition 'ConditionNameEqualsFoo'\n"
            + "cfn2tf: 1 error; no report was written\n"))
  }

  /// `../shared/corpus`, beside the repository.
  static let corpus = RepositoryPaths.root.deletingLastPathComponent()
    .appendingPathComponent("shared/corpus")

  @Test("a missing template: status 1")
  func missingFile() throws {
    let result = try Sandbox().run(["diff", "missing.json"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: "error: cannot read 'missing.json': no such file or directory\n"))
  }

  @Test(
    "bad command lines: status 64",
    arguments: [
      (["diff"], "Missing expected argument '<template>'"),
      (
        ["diff", "template.json", "--format", "xml"],
        "The value 'xml' is invalid for '--format <format>': expected 'text', 'markdown' or 'json'"
      ),
      (["diff", "template.json", "--format"], "Missing value for '--format <format>'"),
      (
        ["diff", "template.json", "--strcit"], "Unknown option '--strcit'. Did you mean '--strict'?"
      ),
      (["diff", "a.json", "b.json"], "Unexpected argument 'b.json'"),
      (["diff", ""], "The value '' is invalid for '<template>'"),
    ])
  func usage(_ arguments: [String], _ message: String) throws {
    let result = try Self.sandbox().run(arguments)
    #expect(
      result
        == RunResult(
          status: 64, stdout: "",
          stderr: "Error: \(message)\nUsage: cfn2tf diff <template> [<options>]\n"
            + "  See 'cfn2tf diff --help' for more information.\n"))
  }

  @Test("two processes give the same bytes in every format")
  func deterministic() throws {
    let sandbox = try Self.sandbox()
    for format in ["text", "markdown", "json"] {
      let first = try sandbox.run(["diff", "template.json", "--format", format, "--generic"])
      let second = try sandbox.run(["diff", "template.json", "--format", format, "--generic"])
      #expect(first.status == 0)
      #expect(first == second, "\(format)")
    }
  }

  @Test("convert writes the same Markdown report as REPORT.md")
  func convertWritesReport() throws {
    let sandbox = try Self.sandbox()
    #expect(try sandbox.run(["convert", "template.json", "-o", "out"]).status == 0)
    #expect(sandbox.tree("out")["REPORT.md"] == (try Self.golden("report.md")))
  }
}
