/// A position in a source file: the file name as the user typed it, a 1-based line and a 1-based
/// column counted in UTF-8 bytes (as swiftc and swift-markdown count them).
package struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file name exactly as given on the command line, or `<stdin>`.
  package var file: String
  // Line and column are kept in 32 bits each: every value of a template carries a location, and
  // a line or column past 4 Gi would need a file larger than that.
  private var storedLine: UInt32
  private var storedColumn: UInt32

  /// Creates a location.
  package init(file: String, line: Int, column: Int) {
    self.file = file
    storedLine = UInt32(clamping: line)
    storedColumn = UInt32(clamping: column)
  }

  /// The 1-based line.
  package var line: Int {
    get { Int(storedLine) }
    set { storedLine = UInt32(clamping: newValue) }
  }

  /// The 1-based column, in UTF-8 bytes.
  package var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = UInt32(clamping: newValue) }
  }

  /// `file:line:column`, the form every diagnostic starts with; control characters in the file
  /// name are escaped (`escapingControlCharacters`).
  package var description: String { "\(file.escapingControlCharacters()):\(line):\(column)" }

  /// Orders locations by file, line and column.
  package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}

/// The extent of a value in its source: where it starts (for diagnostics) and its UTF-8 byte offsets
/// (for tools that edit the text in place, such as `retain`).
package struct SourceRange: Hashable, Sendable {
  /// Where the value starts.
  package var start: SourceLocation
  /// The byte offset of the value's first byte.
  package var startOffset: Int
  /// The byte offset one past the value's last byte.
  package var endOffset: Int

  /// Creates a range.
  package init(start: SourceLocation, startOffset: Int, endOffset: Int) {
    self.start = start
    self.startOffset = startOffset
    self.endOffset = endOffset
  }
}

/// A value together with the place it came from.
package struct Located<Value> {
  /// The value.
  package var value: Value
  /// Where it was written.
  package var range: SourceRange

  /// Creates a located value.
  package init(_ value: Value, at range: SourceRange) {
    self.value = value
    self.range = range
  }

  /// Where the value starts.
  package var location: SourceLocation { range.start }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
extension Located: Sendable where Value: Sendable {}
