/// What `-h`, `--help` or `--version` asks for, wherever it stands before `--`.
enum BuiltInRequest {
  case help
  case version

  /// The first help or version flag among the options of `arguments`, if any.
  static func find(in arguments: some Sequence<String>) -> BuiltInRequest? {
    for argument in arguments {
      switch argument {
      case "--": return nil
      case "-h", "--help": return .help
      case "--version": return .version
      default: continue
      }
    }
    return nil
  }
}

extension CommandSpec {
  /// Parses `arguments` (without the program and subcommand names) in swift-argument-parser's
  /// manner: `--opt value`, `--opt=value` and `-o value`; a value given after a space may not
  /// start with `-` unless it is `-` itself; `--` ends the options; `-` alone is a positional
  /// argument.
  func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
    var result = ParsedArguments(accepted: options.map(\.name))
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      if argument == "--" {
        result.positional += remaining
        break
      }
      guard argument.hasPrefix("-"), argument != "-" else {
        result.positional.append(argument)
        continue
      }
      var name = argument
      var inlineValue: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard let option = option(named: name) else { throw unknownOption(name) }
      guard option.valueName != nil else {
        if let inlineValue {
          throw error(
            "The option '\(name)' does not take any value, but '\(inlineValue)' was specified.")
        }
        result.flags.insert(option.name)
        continue
      }
      if let inlineValue {
        result.values[option.name] = inlineValue
        result.every[option.name, default: []].append(inlineValue)
      } else if let next = remaining.first, next == "-" || !next.hasPrefix("-") {
        let value = remaining.removeFirst()
        result.values[option.name] = value
        result.every[option.name, default: []].append(value)
      } else {
        throw error("Missing value for '\(option.synopsis(as: name))'")
      }
      result.spelling[option.name] = name
    }
    if result.positional.count < self.arguments.count {
      let missing = self.arguments[result.positional.count]
      if let option = missing.replacedBy, result.values[option] != nil {
        return result
      }
      throw error("Missing expected argument '<\(missing.name)>'")
    }
    let extra = result.positional.dropFirst(self.arguments.count)
    if extra.count == 1 {
      throw error("Unexpected argument '\(extra.first!)'")
    }
    if extra.count > 1 {
      let list = extra.map { "'\($0)'" }.joined(separator: ", ")
      throw error("\(extra.count) unexpected arguments: \(list)")
    }
    return result
  }

  /// A usage error of this subcommand.
  func error(_ message: String) -> UsageError {
    UsageError(message: message, command: self)
  }

  /// `The value 'x' is invalid for '-o <dir>': reason`, naming the option as it was typed.
  func invalidValue(
    _ value: String, for optionName: OptionName, in parsed: ParsedArguments, _ reason: String
  ) -> UsageError {
    let option = option(optionName)!
    let name = parsed.spelling[optionName] ?? "--\(option.long)"
    return error("The value '\(value)' is invalid for '\(option.synopsis(as: name))': \(reason)")
  }

  private func option(named name: String) -> Option? {
    if name.hasPrefix("--") { return option(long: String(name.dropFirst(2))) }
    if name.count == 2 { return option(short: name.last!) }
    return nil
  }

  private func unknownOption(_ name: String) -> UsageError {
    let names = options.map { "--\($0.long)" } + ["--version", "--help"]
    guard name.hasPrefix("--"), let suggestion = Suggestion.closest(to: name, among: names) else {
      return error("Unknown option '\(name)'")
    }
    return error("Unknown option '\(name)'. Did you mean '\(suggestion)'?")
  }
}
