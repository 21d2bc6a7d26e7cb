/// Help in swift-argument-parser's layout, wrapped at a fixed 80 columns: `OVERVIEW:`, `USAGE:`,
/// `ARGUMENTS:`, `OPTIONS:`, entries indented 2 with abstracts at column 26.
enum HelpText {
  static let width = 80
  static let abstractColumn = 26

  static func usage(_ spec: CommandSpec) -> String {
    var parts = ["cfn2tf", spec.name]
    for argument in spec.arguments { parts.append("<\(argument.name)>") }
    for option in spec.options {
      let shown = option.short.map { "-\($0)" } ?? "--\(option.long)"
      let value = option.valueName.map { " <\($0)>" } ?? ""
      parts.append("[\(shown)\(value)]" + (option.repeats ? " ..." : ""))
    }
    return parts.joined(separator: " ")
  }

  static func help(_ spec: CommandSpec) -> String {
    var lines = ["OVERVIEW: \(spec.abstract)", "", "USAGE: \(usage(spec))", ""]
    if !spec.arguments.isEmpty {
      lines.append("ARGUMENTS:")
      for argument in spec.arguments {
        lines += entry("<\(argument.name)>", argument.help)
      }
      lines.append("")
    }
    lines.append("OPTIONS:")
    for option in spec.options {
      var names = option.short.map { "-\($0), " } ?? ""
      names += "--\(option.long)"
      if let value = option.valueName { names += " <\(value)>" }
      var text = option.help
      if let defaultText = option.defaultText { text += " (default: \(defaultText))" }
      lines += entry(names, text)
    }
    lines += entry("--version", "Show the version.")
    lines += entry("-h, --help", "Show help information.")
    for paragraph in spec.discussion {
      lines.append("")
      lines += wrap(paragraph, indent: 2, width: width)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One `  name   abstract` entry, the abstract wrapped at column 26.
  static func entry(_ name: String, _ abstract: String) -> [String] {
    let lead = "  " + name
    let wrapped = wrap(abstract, indent: abstractColumn, width: width)
    if lead.count <= abstractColumn - 2 {
      var first = wrapped[0]
      first = lead + String(first.dropFirst(lead.count))
      return [first] + wrapped.dropFirst()
    }
    return [lead] + wrapped
  }

  /// Words of `text` in lines no wider than `width`, each indented by `indent` spaces.
  static func wrap(_ text: String, indent: Int, width: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = pad
    for word in text.split(separator: " ") {
      if line.count > indent, line.count + 1 + word.count > width {
        lines.append(line)
        line = pad
      }
      line += (line.count > indent ? " " : "") + word
    }
    lines.append(line)
    return lines
  }
}
