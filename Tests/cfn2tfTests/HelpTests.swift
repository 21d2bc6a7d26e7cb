import TFEmitter
import Testing

/// Help and version: exact text on standard output, nothing on standard error, exit status 0.
@Suite("Help and version")
struct HelpTests {
  static let mainHelp = """
    OVERVIEW: Convert CloudFormation templates into Terraform and Packer HCL.

    USAGE: cfn2tf <subcommand>

    OPTIONS:
      --version               Show the version.
      -h, --help              Show help information.

    SUBCOMMANDS:
      convert                 Convert a CloudFormation template to Terraform.
      diff                    Compare a template with its Terraform conversion.
      graph                   Draw a template's resource graph in DOT or Mermaid.
      retain                  Set every resource's DeletionPolicy and
                              UpdateReplacePolicy to Retain.
      types                   List the CloudFormation resource types that convert
                              supports.

      See 'cfn2tf help <subcommand>' for detailed help.

    """

  static let convertHelp = """
    OVERVIEW: Convert a CloudFormation template to Terraform.

    Errors in the template are reported as file:line:column diagnostics on standard
    error and nothing is written; warnings do not stop the conversion. The module
    is written to a temporary directory beside the output directory and renamed
    into place, so a failed run leaves nothing behind.

    Exit status: 0 when the module was written, 1 when the template has errors or
    the module cannot be written, 64 for a bad command line.

    USAGE: cfn2tf convert <template> [<options>]

    ARGUMENTS:
      <template>              The CloudFormation template, JSON or YAML, or '-' for
                              standard input.

    OPTIONS:
      -o, --output <dir>      The directory to write the module to. (default: the
                              template's name with '-tf' added)
      --force                 Replace the output directory when it is not empty.
      --launch-configuration  Keep launch configurations (aws_launch_configuration)
                              instead of converting them to launch templates.
      --generic               Convert resource by resource even when the template
                              is one cfn2tf recognises (Datomic's transactor).
      --no-fallback           Fail on what cannot become Terraform (a type with no
                              mapping, a custom resource, a macro) instead of
                              keeping it in CloudFormation as a stack the module
                              deploys.
      --keep <logical-id>     Keep this resource in CloudFormation, in the stack
                              the module deploys, though it could become Terraform.
                              Repeatable.
      --harden                Write the safer form of settings the template left to
                              their defaults where that keeps what it meant: IMDSv2
                              required, queues encrypted, tables backed up, keys
                              rotated (the README lists them). Not with
                              '--stack-resources'.
      --stack-template <file> Instead of <template>, the template a live stack has:
                              the output of 'aws cloudformation get-template',
                              whose TemplateBody is the template (JSON or YAML).
      --stack-resources <file>
                              Adopt a live stack: the output of 'aws cloudformation
                              describe-stack-resources' (or list-stack-resources);
                              writes migration/ with import blocks and MIGRATION.md.
      --stack-description <file>
                              The output of 'aws cloudformation describe-stacks'
                              for the same stack: its parameter values become
                              migration/terraform.tfvars.
      --version               Show the version.
      -h, --help              Show help information.

    """

  static let typesHelp = """
    OVERVIEW: List the CloudFormation resource types that convert supports.

    USAGE: cfn2tf types

    OPTIONS:
      --version               Show the version.
      -h, --help              Show help information.

    """

  @Test(
    "top-level help",
    arguments: [[], ["--help"], ["-h"], ["help"], ["help", "--help"], ["help", "help"]])
  func mainHelp(_ arguments: [String]) throws {
    let result = try Sandbox().run(arguments)
    #expect(result == RunResult(status: 0, stdout: Self.mainHelp, stderr: ""))
  }

  @Test(
    "convert help",
    arguments: [
      ["help", "convert"], ["convert", "--help"], ["convert", "-h"],
      // Help wins over every mistake, and over a value it stands in for.
      ["convert", "missing.json", "--bogus", "--help"], ["convert", "-o", "-h"],
    ])
  func convertHelp(_ arguments: [String]) throws {
    let result = try Sandbox().run(arguments)
    #expect(result == RunResult(status: 0, stdout: Self.convertHelp, stderr: ""))
  }

  @Test("types help", arguments: [["help", "types"], ["types", "--help"]])
  func typesHelp(_ arguments: [String]) throws {
    let result = try Sandbox().run(arguments)
    #expect(result == RunResult(status: 0, stdout: Self.typesHelp, stderr: ""))
  }

  @Test(
    "--version prints only the version",
    arguments: [["--version"], ["convert", "--version"], ["convert", "x.json", "--version"]])
  func version(_ arguments: [String]) throws {
    let result = try Sandbox().run(arguments)
    #expect(result == RunResult(status: 0, stdout: CFN2TF.version + "\n", stderr: ""))
    #expect(result.stdout == "0.1.0\n")
  }

  @Test("after '--', '--help' is a template path")
  func helpAfterTerminator() throws {
    let result = try Sandbox().run(["convert", "-o", "out", "--", "--help"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: "error: cannot read '--help': no such file or directory\n"))
  }

  @Test("help is wrapped at 80 columns with abstracts at column 26")
  func layout() {
    for help in [Self.mainHelp, Self.convertHelp, Self.typesHelp] {
      for line in help.split(separator: "\n") {
        #expect(line.count <= 80, "\(line)")
        let characters = Array(line)
        // A name too long for the column stands alone; its abstract starts on the next line.
        let nameAlone = line.hasPrefix("  -") && !line.dropFirst(2).contains("  ")
        if line.hasPrefix("  "), characters.count > 26, !line.hasPrefix("  See"), !nameAlone {
          #expect(characters[25] == " " && characters[26] != " ", "\(line)")
        }
      }
    }
  }
}
