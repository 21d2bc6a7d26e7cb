import Foundation
import TFEmitter
import Testing

/// `cfn2tf retain` refusing: template errors and failed writes (exit status 1, nothing written),
/// bad command lines (exit status 64), and its help.
@Suite("Retain errors and help")
struct RetainCommandErrorTests {
  static let help = """
    OVERVIEW: Set every resource's DeletionPolicy and UpdateReplacePolicy to Retain.

    The first step of moving a live stack to Terraform: update the stack with the
    retained template, then delete the stack, and every resource is left in place
    for Terraform to import. Only the two policies change; the rest of the text
    stays as it was.

    With '--kept', the template the stack keeps instead, when some of its resources
    stay in CloudFormation: the stack is then updated to it rather than deleted
    (the migration's MIGRATION.md says when).

    The template goes to standard output, or to the file named by '--output',
    written beside it and renamed into place. One line per resource on standard
    error says what changed. Errors in the template are reported as
    file:line:column diagnostics on standard error and nothing is written.

    Exit status: 0 when the template was written, 1 when the template has errors or
    the file cannot be written, 64 for a bad command line.

    USAGE: cfn2tf retain <template> [<options>]

    ARGUMENTS:
      <template>              The CloudFormation template, JSON or YAML, or '-' for
                              standard input.

    OPTIONS:
      -o, --output <file>     The file to write the retained template to, or '-'
                              for standard output. (default: standard output)
      --force                 Replace the output file when it exists, even when it
                              is the template itself.
      --stack-template <file> Instead of <template>, the template a live stack has,
                              whose text is retained: the output of 'aws
                              cloudformation get-template', whose TemplateBody is
                              the template (JSON or YAML).
      --kept                  Write instead the template the stack keeps once
                              Terraform has adopted the rest: what stays in
                              CloudFormation, as the converted module's
                              cloudformation/kept.json.
      --keep <logical-id>     With '--kept': a resource 'convert --keep' kept in
                              CloudFormation. Repeatable.
      --version               Show the version.
      -h, --help              Show help information.

    """

  @Test(
    "help", arguments: [["help", "retain"], ["retain", "--help"], ["retain", "x.json", "-h"]])
  func helpText(_ arguments: [String]) throws {
    let result = try Sandbox().run(arguments)
    #expect(result == RunResult(status: 0, stdout: Self.help, stderr: ""))
    for line in Self.help.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
  }

  @Test("the top-level help lists retain")
  func listed() throws {
    let result = try Sandbox().run(["--help"])
    #expect(
      result.stdout.contains(
        """
          retain                  Set every resource's DeletionPolicy and
                                  UpdateReplacePolicy to Retain.

        """))
  }

  static let usage = """
    Usage: cfn2tf retain <template> [<options>]
      See 'cfn2tf retain --help' for more information.

    """

  @Test(
    "usage errors: exact message, status 64, nothing written",
    arguments: [
      ([], "Missing expected argument '<template>'"),
      (["-o", "out.json"], "Missing expected argument '<template>'"),
      (["stack.json", "other.json"], "Unexpected argument 'other.json'"),
      (["stack.json", "--bogus"], "Unknown option '--bogus'"),
      (["stack.json", "--forse"], "Unknown option '--forse'. Did you mean '--force'?"),
      (["stack.json", "-o"], "Missing value for '-o <file>'"),
      (["stack.json", "--output", "--force"], "Missing value for '--output <file>'"),
      (
        ["stack.json", "--force=yes"],
        "The option '--force' does not take any value, but 'yes' was specified."
      ),
      (
        ["stack.json", "--output="],
        "The value '' is invalid for '--output <file>': the path is empty"
      ),
      ([""], "The value '' is invalid for '<template>'"),
    ])
  func usageError(_ arguments: [String], _ message: String) throws {
    let sandbox = try RetainCommandTests.sandbox()
    let result = try sandbox.run(["retain"] + arguments)
    #expect(result == RunResult(status: 64, stdout: "", stderr: "Error: \(message)\n" + Self.usage))
    #expect(sandbox.listing() == ["stack.json"])
  }

  @Test(
    "a template with errors: its diagnostics, exit status 1, no output file, nothing on stdout",
    arguments: [["-o", "out.json"], ["-o", "out.json", "--force"], []])
  func templateErrors(_ extra: [String]) throws {
    let template = MarkedTemplate(
      """
      {
        "Resources": {
          "A": {"Type": "AWS::SNS::Topic", "DeletionPolicy": 1️⃣"Keep"}
        }
      }

      """)
    let sandbox = try RetainCommandTests.sandbox(template.text)
    let result = try sandbox.run(["retain", "stack.json"] + extra)
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: """
            stack.json:\(template.place("1️⃣")): error: 'DeletionPolicy' of resource 'A' must be \
            one of Delete, Retain, RetainExceptOnCreate, Snapshot, found 'Keep'
            cfn2tf: 1 error; nothing was written

            """))
    #expect(sandbox.listing() == ["stack.json"])
  }

  @Test("a repeated policy would stay unretained: an error in place of the warning")
  func repeatedPolicy() throws {
    let template = MarkedTemplate(
      """
      {"Resources": {"B": {"Type": "AWS::SNS::Topic", 1️⃣"DeletionPolicy": "Delete",
                           2️⃣"DeletionPolicy": "Delete"}}}

      """)
    let result = try Sandbox().run(["retain", "-"], stdin: template.text)
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: """
            <stdin>:\(template.place("2️⃣")): error: \
            \(RetainError.repeatedPolicy("DeletionPolicy", resource: "B"))
              <stdin>:\(template.place("1️⃣")): note: first written here
            cfn2tf: 1 error; nothing was written

            """))
  }

  @Test("an unreadable template and an output directory are errors, exit status 1")
  func fileErrors() throws {
    let sandbox = try RetainCommandTests.sandbox()
    try sandbox.mkdir("out")
    #expect(
      try sandbox.run(["retain", "missing.json"])
        == RunResult(
          status: 1, stdout: "",
          stderr: "error: cannot read 'missing.json': no such file or directory\n"))
    #expect(
      try sandbox.run(["retain", "stack.json", "-o", "out", "--force"])
        == RunResult(
          status: 1, stdout: "",
          stderr: "error: output path 'out' is a directory\n  note: name a file with '--output'\n"))
    #expect(
      try sandbox.run(["retain", "stack.json", "-o", "nowhere/out.json"])
        == RunResult(
          status: 1, stdout: "",
          stderr: "error: cannot write 'nowhere/out.json': no such file or directory\n"))
    #expect(sandbox.listing() == ["out", "stack.json"])
    #expect(sandbox.listing("out") == [])
  }

  @Test("a write failing midway leaves the old file as it was and no temporary file")
  func failedWrite() throws {
    let big = String(repeating: " ", count: 2000)
    let sandbox = try RetainCommandTests.sandbox(RetainCommandTests.template + big)
    try sandbox.write("out.json", "old\n")
    // One 512-byte block: the retained template is larger.
    let result = try sandbox.run(
      ["retain", "stack.json", "-o", "out.json", "--force"], fileSizeLimit: 1)
    #expect(
      result
        == RunResult(
          status: 1, stdout: "", stderr: "error: cannot write 'out.json': file too large\n"))
    #expect(sandbox.listing() == ["out.json", "stack.json"])
    #expect(try String(contentsOf: sandbox.url("out.json"), encoding: .utf8) == "old\n")
  }
}
