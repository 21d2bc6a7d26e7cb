/// Markdown written line by line into one growing UTF-8 buffer: the report's writer, so that no
/// line is built as a string of its own only to be joined later.
struct MarkdownWriter {
  /// What has been written, as UTF-8.
  private(set) var bytes: [UInt8] = []

  /// What has been written.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Appends `line` and a line break.
  mutating func line(_ line: String) {
    bytes.append(contentsOf: line.utf8)
    bytes.append(0x0A)
  }

  /// Appends what `body` writes, then a line break.
  mutating func line(_ body: (inout MarkdownWriter) -> Void) {
    body(&self)
    bytes.append(0x0A)
  }

  /// Appends each of `lines` as a line.
  mutating func lines(_ lines: String...) {
    for line in lines { self.line(line) }
  }

  /// Appends `block`, lines already ended, adding the last line break if it lacks one.
  mutating func block(_ block: String) {
    bytes.append(contentsOf: block.utf8)
    if block.utf8.last != 0x0A { bytes.append(0x0A) }
  }

  /// Appends a table row, `| a | b |`, each cell written by its closure (one that writes
  /// nothing leaves the cell empty).
  mutating func row(_ cells: ((inout MarkdownWriter) -> Void)...) {
    bytes.append(contentsOf: "| ".utf8)
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(contentsOf: " | ".utf8) }
      cell(&self)
    }
    bytes.append(contentsOf: " |\n".utf8)
  }

  /// Appends `value` as it is.
  mutating func raw(_ value: String) { bytes.append(contentsOf: value.utf8) }

  /// Appends the decimal digits of `value`.
  mutating func number(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let start = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes[start...].reverse()
  }

  /// Appends `value` as prose (see `MarkdownReport.text(_:)`).
  mutating func text(_ value: String) { MarkdownReport.appendText(value, to: &bytes) }

  /// Appends `value` as a code span (see `MarkdownReport.code(_:)`).
  mutating func code(_ value: String) { MarkdownReport.appendCode(value, to: &bytes) }
}
