/// What a subcommand accepts, its positional arguments and options, and the text of its help.
struct CommandSpec: Sendable {
  /// A positional argument, shown as `<name>`.
  struct Argument: Sendable {
    var name: String
    var help: String
    /// An option that, when given, stands in for this argument, which may then be left out.
    var replacedBy: String? = nil
  }

  /// A named option: a flag, or an option that takes one value.
  struct Option: Sendable {
    var long: String
    var short: Character?
    /// The value's name (`dir`) when the option takes a value; nil for flags.
    var valueName: String?
    var help: String
    var defaultText: String?
    /// Whether the usage shows `...` after it: the option may be given more than once.
    var repeats = false

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

  func option(long: String) -> Option? { options.first { $0.long == long } }
  func option(short: Character) -> Option? { options.first { $0.short == short } }
}

/// The result of parsing a command line against a spec.
struct ParsedArguments {
  var positional: [String] = []
  /// Each option's value by long name; the last one given wins, as in swift-argument-parser.
  var values: [String: String] = [:]
  /// Every value of each option, in order, for options that may be given more than once.
  var every: [String: [String]] = [:]
  var flags: Set<String> = []
  /// The option names as typed (`-o` or `--output`), for messages about their values.
  var spelling: [String: String] = [:]

  func value(_ long: String) -> String? { values[long] }
  /// Every value given for `long`, in order.
  func all(_ long: String) -> [String] { every[long] ?? [] }
  func has(_ long: String) -> Bool { flags.contains(long) }
}

/// A command-line mistake: printed as `Error: …`, the usage line and where to get help; exit
/// status 64.
struct UsageError: Error {
  var message: String
  /// The subcommand whose usage is shown; nil for the top-level command.
  var command: CommandSpec?
}
