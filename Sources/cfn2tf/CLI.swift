import CFNParser
import TFEmitter

/// The command line: subcommand dispatch, help, version, and the exit statuses of STYLE.md.
enum CLI {
  static let overview = "Convert CloudFormation templates into Terraform and Packer HCL."

  static var subcommands: [(spec: CommandSpec, run: (ParsedArguments) throws -> Int32)] {
    [(ConvertCommand.spec, ConvertCommand.run)]
  }

  static var mainHelp: String {
    var lines = [
      "OVERVIEW: \(overview)", "", "USAGE: cfn2tf <subcommand>", "", "OPTIONS:",
    ]
    lines += HelpText.entry("--version", "Show the version.")
    lines += HelpText.entry("-h, --help", "Show help information.")
    lines += ["", "SUBCOMMANDS:"]
    for (spec, _) in subcommands { lines += HelpText.entry(spec.name, spec.abstract) }
    lines += ["", "  See 'cfn2tf help <subcommand>' for detailed help."]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Runs the command line and returns the exit status.
  static func run(_ arguments: [String]) -> Int32 {
    let args = Array(arguments.dropFirst())
    guard let first = args.first, first != "-h", first != "--help" else {
      Console.out(mainHelp)
      return 0
    }
    if first == "--version" {
      Console.out(CFN2TF.version + "\n")
      return 0
    }
    if first == "help" {
      guard args.count > 1 else {
        Console.out(mainHelp)
        return 0
      }
      guard let sub = subcommands.first(where: { $0.spec.name == args[1] }) else {
        return usageError(UsageError(message: "Unknown subcommand '\(args[1])'"))
      }
      Console.out(HelpText.help(sub.spec))
      return 0
    }
    guard let sub = subcommands.first(where: { $0.spec.name == first }) else {
      let message =
        first.hasPrefix("-") ? "Unknown option '\(first)'" : "Unknown subcommand '\(first)'"
      return usageError(UsageError(message: message))
    }
    let rest = Array(args.dropFirst())
    if rest.contains(where: { $0 == "-h" || $0 == "--help" }) {
      Console.out(HelpText.help(sub.spec))
      return 0
    }
    if rest.contains("--version") {
      Console.out(CFN2TF.version + "\n")
      return 0
    }
    do {
      let parsed = try sub.spec.parse(rest)
      return try sub.run(parsed)
    } catch let error as UsageError {
      return usageError(error)
    } catch let error as RunError {
      Console.error("Error: \(error.message)\n")
      return 1
    } catch {
      Console.error("Error: \(error)\n")
      return 1
    }
  }

  static func usageError(_ error: UsageError) -> Int32 {
    Console.error("Error: \(error.message)\n")
    if let command = error.command {
      Console.error("Usage: \(HelpText.usage(command))\n")
      Console.error("  See 'cfn2tf \(command.name) --help' for more information.\n")
    } else {
      Console.error("Usage: cfn2tf <subcommand>\n")
      Console.error("  See 'cfn2tf --help' for more information.\n")
    }
    return 64
  }
}
