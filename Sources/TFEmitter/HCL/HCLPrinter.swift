/// Prints HCL syntax trees as text that `terraform fmt -check` and `packer fmt -check` accept
/// unchanged (docs/hcl-format.md). It is the only code that decides spaces and newlines.
///
/// The tree is first turned into tokens (`HCLTokenWriter`, which decides the newlines; a token is
/// a small value whose text lies in one byte buffer), then laid out by `HCLFormatter` (which
/// decides every space as `hclwrite` would) into one byte buffer for the file, one top-level
/// item at a time. A tuple of scalars stays
/// on one line unless that line, measured with a single space before `=` (alignment padding
/// aside), would be wider than ``maximumLineWidth``; then the first such tuple on the line is
/// printed one element per line and the file is laid out again.
///
/// Template directives (`HCLTemplatePart.directive`) are printed as given between `%{` and `}`,
/// so their text must already be spaced as `terraform fmt` spaces it (`if var.x`, `endif`).
package enum HCLPrinter {
  /// The widest line a one-line tuple may produce, in grapheme clusters.
  package static let maximumLineWidth = 100

  /// A whole file: LF line endings, exactly one final newline (none for an empty body), no
  /// leading blank line, never two blank lines in a row, no blank line at the start or end of a
  /// block body. Blank lines appear only where the body's items ask for them.
  package static func print(_ body: HCLBody) -> String {
    var brokenTuples: Set<Int> = []
    while true {
      // Each top-level item is laid out once written, and its tokens dropped.
      var layout = HCLFormatter.Layout(maximumWidth: maximumLineWidth)
      var writer = HCLTokenWriter(brokenTuples: brokenTuples)
      writer.writeBody(body) { writer in
        layout.add(writer)
        writer.removeAll()
      }
      layout.add(writer)
      layout.finish()
      if layout.overlongTuples.isEmpty { return String(decoding: layout.bytes, as: UTF8.self) }
      brokenTuples.formUnion(layout.overlongTuples)
    }
  }

  /// A generated file: the `header` comment, then `groups` with a blank line before each.
  static func print(header: String, _ groups: [[HCLItem]]) -> String {
    var body = HCLBody([.comment([header])])
    for group in groups {
      body.blankLine()
      body.items += group
    }
    return print(body)
  }

  /// One expression on a single line, for reports, ledgers and Markdown: objects as
  /// `{ a = 1, b = "x" }`, tuples as `[a, b]`, heredocs as quoted strings, spacing as in
  /// ``print(_:)``. The text is valid HCL but is not what ``print(_:)`` writes in a file.
  package static func printExpression(_ expression: HCLExpression) -> String {
    // A value of one token (most ledger values) is that token's text: no writer is set up.
    switch expression {
    case .string(let text): return HCLEscaping.quoted(text)
    case .number(let lexeme): return lexeme
    case .bool(let value): return value ? "true" : "false"
    case .null: return "null"
    case .reference(let text): return text
    case .traversal(let path): return path.description
    default: break
    }
    var writer = HCLTokenWriter(brokenTuples: [])
    writer.writeExpression(expression, flat: true)
    var bytes: [UInt8] = []
    HCLFormatter.appendFlatText(writer.tokens[...], writer.text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The text of a `templatefile()` template (`.tftpl`): literal parts with only `${` → `$${` and
  /// `%{` → `%%{`, interpolations as `${expr}`, directives as `%{ text }`; nothing else is added
  /// or changed (backslashes and quotes are literal, no final newline is added).
  package static func printTemplateFile(_ parts: [HCLTemplatePart]) -> String {
    var writer = HCLTokenWriter(brokenTuples: [])
    return writer.templateText(parts, style: .templateFile)
  }
}
