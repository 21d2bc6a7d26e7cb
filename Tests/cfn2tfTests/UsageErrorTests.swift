import Testing

/// Bad command lines: `Error: …`, the usage line and where to get help on standard error, nothing
/// on standard output, exit status 64, and nothing written.
@Suite("Usage errors")
struct UsageErrorTests {
  static let rootUsage = """
    Usage: cfn2tf <subcommand>
      See 'cfn2tf --help' for more information.

    """

  static let convertUsage = """
    Usage: cfn2tf convert <template> [<options>]
      See 'cfn2tf convert --help' for more information.

    """

  static let typesUsage = """
    Usage: cfn2tf types
      See 'cfn2tf types --help' for more information.

    """

  struct Case: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var message: String
    var usage: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static func root(_ arguments: [String], _ message: String) -> Case {
    Case(arguments: arguments, message: message, usage: rootUsage)
  }

  static func convert(_ arguments: [String], _ message: String) -> Case {
    Case(arguments: ["convert"] + arguments, message: message, usage: convertUsage)
  }

  static let cases: [Case] = [
    root(["--bogus"], "Unknown option '--bogus'"),
    root(["--hepl"], "Unknown option '--hepl'. Did you mean '--help'?"),
    root(["-x"], "Unknown option '-x'"),
    root(["frobnicate"], "Unknown subcommand 'frobnicate'"),
    root(["conver", "stack.json"], "Unknown subcommand 'conver'. Did you mean 'convert'?"),
    root(["help", "frobnicate"], "Unknown subcommand 'frobnicate'"),
    root(["hlep"], "Unknown subcommand 'hlep'. Did you mean 'help'?"),
    root(["-"], "Unknown subcommand '-'"),
    root(["help", "convert", "types"], "Unexpected argument 'types'"),
    convert([], "Missing expected argument '<template>'"),
    convert(["-o", "out"], "Missing expected argument '<template>'"),
    convert(["stack.json", "other.json"], "Unexpected argument 'other.json'"),
    convert(["stack.json", "a", "b"], "2 unexpected arguments: 'a', 'b'"),
    convert(["stack.json", "--", "--force"], "Unexpected argument '--force'"),
    convert(["stack.json", "--bogus"], "Unknown option '--bogus'"),
    convert(
      ["stack.json", "--outptu", "x"], "Unknown option '--outptu'. Did you mean '--output'?"),
    // Two swapped pairs are two edits (Spelling.distance), within the CLI's limit of 3.
    convert(
      ["stack.json", "--ahrdne"], "Unknown option '--ahrdne'. Did you mean '--harden'?"),
    convert(["stack.json", "-x"], "Unknown option '-x'"),
    convert(["stack.json", "-ox"], "Unknown option '-ox'"),
    convert(["stack.json", "-o"], "Missing value for '-o <dir>'"),
    convert(["stack.json", "--output"], "Missing value for '--output <dir>'"),
    convert(["stack.json", "-o", "--force"], "Missing value for '-o <dir>'"),
    convert(["stack.json", "-o", "--", "x"], "Missing value for '-o <dir>'"),
    convert(
      ["stack.json", "--force=yes"],
      "The option '--force' does not take any value, but 'yes' was specified."),
    convert(["-"], "Missing expected argument '--output <dir>', needed for standard input"),
    convert(
      ["stack.json", "-o", "-"], "The value '-' is invalid for '-o <dir>': a module is a directory"),
    convert(
      ["stack.json", "--output="], "The value '' is invalid for '--output <dir>': the path is empty"
    ),
    convert([""], "The value '' is invalid for '<template>'"),
    Case(arguments: ["types", "extra"], message: "Unexpected argument 'extra'", usage: typesUsage),
  ]

  @Test("exact message, usage and status; nothing written", arguments: cases)
  func usageError(_ test: Case) throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    let result = try sandbox.run(test.arguments, stdin: "{}")
    #expect(
      result == RunResult(status: 64, stdout: "", stderr: "Error: \(test.message)\n" + test.usage))
    #expect(sandbox.listing() == ["stack.json"])
  }
}
