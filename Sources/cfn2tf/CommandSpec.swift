/// Every named option of every subcommand, by its long name: commands read their options as these
/// values, never by a name written as a string.
enum OptionName: String, Sendable, Hashable {
  case output
  case force
  case launchConfiguration = "launch-configuration"
  case generic
  case noFallback = "no-fallback"
  case keep
  case harden
  case stackTemplate = "stack-template"
  case stackResources = "stack-resources"
  case stackDescription = "stack-description"
  case format
  case strict
  case plan
  case parameter
  case kept
}

/// What a subcommand accepts, its positional arguments and options, and the text of its help.
struct CommandSpec: Sendable {
  /// A positional argument, shown as `<name>`.
  struct Argument: Sendable {
    var name: String
    var help: String
    /// An option that, when given, stands in for this argument, which may then be left out.
    var replacedBy: OptionName? = nil
  }

  /// A named option: a flag, or an option that takes one value.
  struct Option: Sendable {
    var name: OptionName
    var short: Character?
    /// The value's name (`dir`) when the option takes a value; nil for flags.
    var valueName: String?
    var help: String
    var defaultText: String?
    /// Whether the usage shows `...` after it: the option may be given more than once.
    var repeats = false

    /// The long name, without its dashes (`output`).
    var long: String { name.rawValue }

    /// `--output <dir>`: the name and value as messages quote them.
    func synopsis(as name: String) -> String {
      name + (valueName.map { " <\($0)>" } ?? "")
    }
  }

  var name: String
  var abstract: String
  /// Paragraphs printed after the overview, as swift-argument-parser prints a discussion.
  var discussion: [String] = []
  var arguments: [Argument] = []
  var options: [Option] = []

  func option(_ name: OptionName) -> Option? { options.first { $0.name == name } }
  func option(long: String) -> Option? { options.first { $0.long == long } }
  func option(short: Character) -> Option? { options.first { $0.short == short } }
}

/// The result of parsing a command line against a spec. Asking for an option the spec does not
/// have is a programming error (a precondition), not an absent option.
struct ParsedArguments {
  /// The options of the spec parsed against.
  let accepted: [OptionName]
  var positional: [String] = []
  /// Each option's value; the last one given wins, as in swift-argument-parser.
  var values: [OptionName: String] = [:]
  /// Every value of each option, in order, for options that may be given more than once.
  var every: [OptionName: [String]] = [:]
  var flags: Set<OptionName> = []
  /// The option names as typed (`-o` or `--output`), for messages about their values.
  var spelling: [OptionName: String] = [:]

  /// The value of the option `name` (the last given), or nil.
  func value(_ name: OptionName) -> String? { values[checked(name)] }
  /// Every value given for `name`, in order.
  func all(_ name: OptionName) -> [String] { every[checked(name)] ?? [] }
  /// Whether the flag `name` was given.
  func has(_ name: OptionName) -> Bool { flags.contains(checked(name)) }

  private func checked(_ name: OptionName) -> OptionName {
    precondition(accepted.contains(name), "'--\(name.rawValue)' is not an option of this command")
    return name
  }
}

/// A command-line mistake: printed as `Error: …`, the usage line and where to get help; exit
/// status 64.
struct UsageError: Error {
  var message: String
  /// The subcommand whose usage is shown; nil for the top-level command.
  var command: CommandSpec?
}
