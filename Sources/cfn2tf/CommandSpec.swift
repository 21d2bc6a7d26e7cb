/// What a subcommand accepts: its positional arguments and options, and the text of its help.
struct CommandSpec {
  struct Argument {
    var name: String
    var help: String
  }

  struct Option {
    var long: String
    var short: Character?
    /// The value's name (`dir`) when the option takes a value; nil for flags.
    var valueName: String?
    var help: String
    var defaultText: String?
    /// The allowed values, listed in errors.
    var allowed: [String] = []
    /// Whether the option may be given more than once.
    var repeats = false
  }

  var name: String
  var abstract: String
  var arguments: [Argument]
  var options: [Option]
  /// Extra paragraphs printed after the options.
  var discussion: [String] = []

  func option(long: String) -> Option? { options.first { $0.long == long } }
  func option(short: Character) -> Option? { options.first { $0.short == short } }
}

/// The result of parsing a command line against a spec.
struct ParsedArguments {
  var positional: [String] = []
  var values: [String: [String]] = [:]
  var flags: Set<String> = []

  func value(_ long: String) -> String? { values[long]?.last }
  func all(_ long: String) -> [String] { values[long] ?? [] }
  func has(_ long: String) -> Bool { flags.contains(long) }
}

/// A command-line mistake: printed as `Error: …` with the usage line, exit status 64.
struct UsageError: Error {
  var message: String
  var command: CommandSpec?
}

/// A failure that is not the command line's fault: printed as `Error: …`, exit status 1.
struct RunError: Error {
  var message: String
}

extension CommandSpec {
  /// Parses `arguments` (without the program and subcommand names). `--opt value`, `--opt=value`,
  /// `-o value`, and `--` to end options are accepted; `-` alone is a positional argument.
  func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
    var result = ParsedArguments()
    var index = 0
    var optionsEnded = false
    func fail(_ message: String) -> UsageError { UsageError(message: message, command: self) }
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        result.positional.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name = argument
      var inlineValue: String?
      let option: Option?
      if argument.hasPrefix("--") {
        if let equals = argument.firstIndex(of: "=") {
          name = String(argument[..<equals])
          inlineValue = String(argument[argument.index(after: equals)...])
        }
        option = self.option(long: String(name.dropFirst(2)))
      } else if argument.count == 2 {
        option = self.option(short: argument.last!)
      } else {
        option = nil
      }
      guard let option else { throw fail("Unknown option '\(name)'") }
      guard option.valueName != nil else {
        if inlineValue != nil { throw fail("The option '\(name)' takes no value") }
        result.flags.insert(option.long)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < arguments.count {
        value = arguments[index]
        index += 1
      } else {
        throw fail("Missing value for '\(name) <\(option.valueName!)>'")
      }
      if !option.allowed.isEmpty, !option.allowed.contains(value) {
        let list = option.allowed.map { "'\($0)'" }.joined(separator: ", ")
        throw fail(
          "The value '\(value)' is invalid for '\(name) <\(option.valueName!)>'. Please provide one of \(list)."
        )
      }
      if !option.repeats, result.values[option.long] != nil {
        throw fail("The option '--\(option.long)' was given more than once")
      }
      result.values[option.long, default: []].append(value)
    }
    if result.positional.count < self.arguments.count {
      throw fail("Missing expected argument '<\(self.arguments[result.positional.count].name)>'")
    }
    if result.positional.count > self.arguments.count {
      throw fail("Unexpected argument '\(result.positional[self.arguments.count])'")
    }
    return result
  }
}
