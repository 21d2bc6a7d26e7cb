import CFNParser
import TFEmitter

/// The command line: subcommand dispatch, help, version, and the exit statuses of STYLE.md.
enum CLI {
  /// A subcommand: what it accepts, and what runs it once its arguments are parsed.
  struct Subcommand: Sendable {
    var spec: CommandSpec
    var run: @Sendable (ParsedArguments) throws -> Int32
  }

  static let overview = "Convert CloudFormation templates into Terraform and Packer HCL."

  static let subcommands: [Subcommand] = [
    Subcommand(spec: ConvertCommand.spec, run: ConvertCommand.run),
    Subcommand(spec: DiffCommand.spec, run: DiffCommand.run),
    Subcommand(spec: GraphCommand.spec, run: GraphCommand.run),
    Subcommand(spec: RetainCommand.spec, run: RetainCommand.run),
    Subcommand(spec: TypesCommand.spec, run: TypesCommand.run),
  ]

  /// Exit statuses: success, a failure (template or I/O), a bad command line (`EX_USAGE`).
  static let success: Int32 = 0
  static let failure: Int32 = 1
  static let usage: Int32 = 64

  static var mainHelp: String {
    HelpText.mainHelp(overview: overview, subcommands: subcommands.map(\.spec))
  }

  /// Runs the command line (without the program name) and returns the exit status.
  static func run(_ arguments: [String]) -> Int32 {
    do {
      return try dispatch(arguments)
    } catch let error as UsageError {
      return report(error)
    } catch let error as RunError {
      Console.report([error.diagnostic])
      return failure
    } catch {
      Console.report([.error("\(error)", at: nil)])
      return failure
    }
  }

  private static func dispatch(_ arguments: [String]) throws -> Int32 {
    guard let first = arguments.first else { return show(mainHelp) }
    switch first {
    case "-h", "--help": return show(mainHelp)
    case "--version": return show(CFN2TF.version + "\n")
    case "help": return try help(Array(arguments.dropFirst()))
    default: break
    }
    let subcommand = try self.subcommand(named: first)
    let rest = Array(arguments.dropFirst())
    switch BuiltInRequest.find(in: rest) {
    case .help: return show(HelpText.help(subcommand.spec))
    case .version: return show(CFN2TF.version + "\n")
    case nil: return try subcommand.run(subcommand.spec.parse(rest))
    }
  }

  /// `cfn2tf help [<subcommand>]`.
  private static func help(_ arguments: [String]) throws(UsageError) -> Int32 {
    let names = arguments.filter { $0 != "-h" && $0 != "--help" }
    guard let name = names.first, name != "help" else { return show(mainHelp) }
    if names.count > 1 { throw UsageError(message: "Unexpected argument '\(names[1])'") }
    return show(HelpText.help(try subcommand(named: name).spec))
  }

  private static func subcommand(named name: String) throws(UsageError) -> Subcommand {
    if let subcommand = subcommands.first(where: { $0.spec.name == name }) { return subcommand }
    let isOption = name.hasPrefix("-") && name != "-"
    let kind = isOption ? "option" : "subcommand"
    let candidates =
      isOption ? ["--version", "--help"] : subcommands.map(\.spec.name) + ["help"]
    var message = "Unknown \(kind) '\(name)'"
    if !isOption || name.hasPrefix("--"),
      let suggestion = Suggestion.closest(to: name, among: candidates)
    {
      message += ". Did you mean '\(suggestion)'?"
    }
    throw UsageError(message: message)
  }

  private static func show(_ text: String) -> Int32 {
    Console.out(text)
    return success
  }

  /// `Error: …`, the usage line and where to get help, on standard error.
  private static func report(_ error: UsageError) -> Int32 {
    var text = "Error: \(error.message.escapingControlCharacters())\n"
    if let command = error.command {
      text += "Usage: \(HelpText.usage(command))\n"
      text += "  See 'cfn2tf \(command.name) --help' for more information.\n"
    } else {
      text += "Usage: cfn2tf <subcommand>\n"
      text += "  See 'cfn2tf --help' for more information.\n"
    }
    Console.error(text)
    return usage
  }
}
