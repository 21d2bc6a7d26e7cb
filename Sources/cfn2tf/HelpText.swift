/// Help in swift-argument-parser's layout, wrapped at a fixed 80 columns whatever the terminal:
/// `OVERVIEW:` (the abstract, then the discussion), `USAGE:`, `ARGUMENTS:`, `OPTIONS:` and
/// `SUBCOMMANDS:`, separated by blank lines; entries indented 2 with abstracts at column 26.
enum HelpText {
  static let width = 80
  static let indent = 2
  static let abstractColumn = 26

  /// The usage line of a subcommand. Options show their short name where they have one, which
  /// keeps the line within 80 columns (swift-argument-parser shows the long name).
  /// The usage line; when listing every option would pass 80 columns (with `USAGE: `), the
  /// options collapse to `[<options>]`, as swift-argument-parser does.
  static func usage(_ spec: CommandSpec) -> String {
    var parts = ["cfn2tf", spec.name]
    for argument in spec.arguments { parts.append("<\(argument.name)>") }
    var options: [String] = []
    for option in spec.options {
      let name = option.short.map { "-\($0)" } ?? "--\(option.long)"
      options.append("[\(option.synopsis(as: name))]")
    }
    let full = (parts + options).joined(separator: " ")
    if "USAGE: ".count + full.count <= width || options.isEmpty { return full }
    return (parts + ["[<options>]"]).joined(separator: " ")
  }

  /// The full help of a subcommand.
  static func help(_ spec: CommandSpec) -> String {
    var lines = overview(spec.abstract, discussion: spec.discussion)
    lines += ["USAGE: \(usage(spec))", ""]
    if !spec.arguments.isEmpty {
      lines.append("ARGUMENTS:")
      for argument in spec.arguments { lines += entry("<\(argument.name)>", argument.help) }
      lines.append("")
    }
    lines.append("OPTIONS:")
    for option in spec.options {
      let names = (option.short.map { "-\($0), " } ?? "") + "--\(option.long)"
      var text = option.help
      if let defaultText = option.defaultText { text += " (default: \(defaultText))" }
      lines += entry(option.synopsis(as: names), text)
    }
    lines += builtInEntries
    return lines.joined(separator: "\n") + "\n"
  }

  /// The top-level help: overview, usage, options and the subcommands.
  static func mainHelp(overview text: String, subcommands: [CommandSpec]) -> String {
    var lines = overview(text, discussion: [])
    lines += ["USAGE: cfn2tf <subcommand>", "", "OPTIONS:"]
    lines += builtInEntries
    lines += ["", "SUBCOMMANDS:"]
    for spec in subcommands { lines += entry(spec.name, spec.abstract) }
    lines += ["", "  See 'cfn2tf help <subcommand>' for detailed help."]
    return lines.joined(separator: "\n") + "\n"
  }

  /// `--version` and `-h, --help`, which every command accepts and lists last.
  static var builtInEntries: [String] {
    entry("--version", "Show the version.") + entry("-h, --help", "Show help information.")
  }

  /// `OVERVIEW: abstract`, then each paragraph of the discussion, each followed by a blank line.
  static func overview(_ abstract: String, discussion: [String]) -> [String] {
    var lines = wrap("OVERVIEW: \(abstract)", indent: 0) + [""]
    for paragraph in discussion { lines += wrap(paragraph, indent: 0) + [""] }
    return lines
  }

  /// One `  name   abstract` entry: the abstract at column 26, on the name's line when the
  /// indented name is narrower than that, else on the next.
  static func entry(_ name: String, _ abstract: String) -> [String] {
    let label = String(repeating: " ", count: indent) + name
    let wrapped = wrap(abstract, indent: abstractColumn)
    guard label.count < abstractColumn else { return [label] + wrapped }
    return [label + wrapped[0].dropFirst(label.count)] + wrapped.dropFirst()
  }

  /// `text` in lines of at most 80 columns, each indented by `indent` spaces, broken as
  /// swift-argument-parser breaks them: at the last space that leaves the line within the width,
  /// or after an overlong word.
  static func wrap(_ text: String, indent: Int) -> [String] {
    let columns = width - indent
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var rest = Substring(text)
    while rest.count > columns {
      let chunk = rest.prefix(columns)
      guard let space = chunk.lastIndex(of: " ") ?? rest.firstIndex(of: " ") else { break }
      lines.append(pad + rest[..<space])
      rest = rest[rest.index(after: space)...]
    }
    lines.append(pad + rest)
    return lines
  }
}
