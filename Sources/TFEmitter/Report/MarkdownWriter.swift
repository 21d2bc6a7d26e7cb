/// Markdown written line by line as UTF-8: the report's writer, so that no line is built as a
/// string of its own only to be joined later. The text is kept in chunks of about 64 KiB, each
/// handed over whole when a line ends in it, so a large report never holds a buffer grown to
/// twice its size beside the copy it is growing into.
struct MarkdownWriter {
  /// The size a chunk is handed over at.
  private static let chunkSize = 1 << 16
  /// Chunks written out, in order.
  private var chunks: [[UInt8]] = []
  /// The chunk being written, as UTF-8.
  private var bytes: [UInt8] = []

  /// What has been written.
  var text: String {
    let count = chunks.reduce(bytes.count) { $0 + $1.count }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var written = 0
      for chunk in chunks + [bytes] {
        chunk.withUnsafeBufferPointer { source in
          guard let base = source.baseAddress, let target = buffer.baseAddress else { return }
          (target + written).initialize(from: base, count: source.count)
          written += source.count
        }
      }
      return written
    }
  }

  /// What has been written, as UTF-8 pieces in order; the writer is left empty.
  mutating func takePieces() -> [[UInt8]] {
    defer { (chunks, bytes) = ([], []) }
    return bytes.isEmpty ? chunks : chunks + [bytes]
  }

  /// Ends a line, handing the chunk over once it is large enough.
  private mutating func endLine() {
    bytes.append(0x0A)
    guard bytes.count >= Self.chunkSize else { return }
    chunks.append(bytes)
    bytes = []
    bytes.reserveCapacity(Self.chunkSize + Self.chunkSize / 4)
  }

  /// Appends `line` and a line break.
  mutating func line(_ line: String) {
    bytes.appendUTF8(line)
    endLine()
  }

  /// Appends what `body` writes, then a line break.
  mutating func line(_ body: (inout MarkdownWriter) -> Void) {
    body(&self)
    endLine()
  }

  /// Appends each of `lines` as a line.
  mutating func lines(_ lines: String...) {
    for line in lines { self.line(line) }
  }

  /// Appends `block`, lines already ended, adding the last line break if it lacks one.
  mutating func block(_ block: String) {
    if block.utf8.last == 0x0A {
      bytes.append(contentsOf: block.utf8.dropLast())
    } else {
      bytes.append(contentsOf: block.utf8)
    }
    endLine()
  }

  /// Appends a table row, `| a | b |`, each cell written by its closure (one that writes
  /// nothing leaves the cell empty).
  mutating func row(_ cells: ((inout MarkdownWriter) -> Void)...) {
    bytes.append(literal: "| ")
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(literal: " | ") }
      cell(&self)
    }
    bytes.append(literal: " |")
    endLine()
  }

  /// Appends `value` as it is.
  mutating func raw(_ value: String) { bytes.appendUTF8(value) }

  /// Appends the decimal digits of `value`.
  mutating func number(_ value: Int) { PathText.appendDecimal(value, to: &bytes) }

  /// Appends what `body` writes, as it is.
  mutating func raw(writing body: (inout [UInt8]) -> Void) { body(&bytes) }

  /// Appends `value` as prose (see `MarkdownReport.text(_:)`).
  mutating func text(_ value: String) { MarkdownReport.appendText(value, to: &bytes) }

  /// Appends `value` as a code span (see `MarkdownReport.code(_:)`).
  mutating func code(_ value: String) { MarkdownReport.appendCode(value, to: &bytes) }

  /// Appends what `body` writes as UTF-8 as a code span, like `code(_:)`. The text is written in
  /// place, and only when it needs more than two backticks around it is it taken back out as a
  /// string and written by `code(_:)`.
  mutating func code(writing body: (inout [UInt8]) -> Void) {
    let start = bytes.count
    bytes.append(UInt8(ascii: "`"))
    body(&bytes)
    let plain = bytes.withUnsafeBufferPointer {
      MarkdownReport.isPlainCode(UnsafeBufferPointer(rebasing: $0[(start + 1)...]))
    }
    if plain {
      bytes.append(UInt8(ascii: "`"))
      return
    }
    let text = String(decoding: bytes[(start + 1)...], as: UTF8.self)
    bytes.removeSubrange(start...)
    code(text)
  }
}
