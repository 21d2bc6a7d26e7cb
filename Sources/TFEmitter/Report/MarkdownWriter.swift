/// Markdown written line by line into one growing text: the report's writer, so that no line
/// is built as a string of its own only to be joined later.
struct MarkdownWriter {
  /// What has been written.
  private(set) var text = ""

  /// Appends `line` and a line break.
  mutating func line(_ line: String) {
    text += line
    text += "\n"
  }

  /// Appends what `body` writes, then a line break.
  mutating func line(_ body: (inout MarkdownWriter) -> Void) {
    body(&self)
    text += "\n"
  }

  /// Appends each of `lines` as a line.
  mutating func lines(_ lines: String...) {
    for line in lines { self.line(line) }
  }

  /// Appends `block`, lines already ended, adding the last line break if it lacks one.
  mutating func block(_ block: String) {
    text += block
    if !block.hasSuffix("\n") { text += "\n" }
  }

  /// Appends a table row, `| a | b |`, each cell written by its closure (one that writes
  /// nothing leaves the cell empty).
  mutating func row(_ cells: ((inout MarkdownWriter) -> Void)...) {
    text += "| "
    for (index, cell) in cells.enumerated() {
      if index > 0 { text += " | " }
      cell(&self)
    }
    text += " |\n"
  }

  /// Appends `value` as it is.
  mutating func raw(_ value: String) { text += value }

  /// Appends `value` as prose (see `MarkdownReport.text(_:)`).
  mutating func text(_ value: String) { MarkdownReport.appendText(value, to: &text) }

  /// Appends `value` as a code span (see `MarkdownReport.code(_:)`).
  mutating func code(_ value: String) { MarkdownReport.appendCode(value, to: &text) }
}
