import CFNParser
import Testing

/// Test input whose expected locations are marked inside the text with keycap emoji (`0️⃣` to
/// `9️⃣`), so no test ever counts a column by hand.
///
/// The markers are removed; each records the line, column and byte offset of the byte that
/// followed it. Lines are counted from 1 and end at LF, CRLF or CR; columns are counted from 1 in
/// UTF-8 bytes, and a UTF-8 byte-order mark at the very start takes no column (as the reader, swiftc
/// and editors count). Offsets count every byte, the byte-order mark included.
///
/// Shared by the test targets through the `TestSupport` target.
///
/// `rawBytes` replaces a placeholder scalar with bytes that a Swift string cannot hold (invalid
/// UTF-8), before positions are measured.
package struct MarkedText {
  /// A marker's place in the text without markers.
  package struct Mark: Hashable {
    /// The 1-based line.
    package var line: Int
    /// The 1-based column, in UTF-8 bytes.
    package var column: Int
    /// The byte offset.
    package var offset: Int

    /// Creates a mark.
    package init(line: Int, column: Int, offset: Int) {
      self.line = line
      self.column = column
      self.offset = offset
    }
  }

  /// The text without markers, as bytes.
  package let bytes: [UInt8]
  /// Each marker (`"1️⃣"`) and where it stood.
  package let marks: [String: Mark]

  /// The text without markers (lossy when `rawBytes` put invalid UTF-8 in it).
  package var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Strips the markers from `marked`, recording where each stood.
  package init(_ marked: String, rawBytes: [Unicode.Scalar: [UInt8]] = [:]) {
    var bytes: [UInt8] = []
    var offsets: [(name: String, offset: Int)] = []
    let scalars = Array(marked.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if index + 2 < scalars.count, ("0"..."9").contains(scalar), scalars[index + 1] == "\u{FE0F}",
        scalars[index + 2] == "\u{20E3}"
      {
        let name = String(String.UnicodeScalarView(scalars[index...index + 2]))
        precondition(!offsets.contains { $0.name == name }, "marker \(name) used twice")
        offsets.append((name, bytes.count))
        index += 3
        continue
      }
      if let raw = rawBytes[scalar] {
        bytes.append(contentsOf: raw)
      } else {
        bytes.append(contentsOf: String(scalar).utf8)
      }
      index += 1
    }
    self.bytes = bytes
    let positions = Self.positions(of: offsets.map(\.offset), in: bytes)
    var marks: [String: Mark] = [:]
    for (marker, position) in zip(offsets, positions) {
      marks[marker.name] = Mark(line: position.line, column: position.column, offset: marker.offset)
    }
    self.marks = marks
  }

  /// Line and column of each offset (sorted ascending, as markers appear).
  private static func positions(of offsets: [Int], in bytes: [UInt8]) -> [(line: Int, column: Int)]
  {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    var line = 1
    var lineStart = bytes.starts(with: bom) ? 3 : 0
    var result: [(line: Int, column: Int)] = []
    var next = 0
    var index = 0
    while next < offsets.count {
      if index == offsets[next] {
        result.append((line, index - lineStart + 1))
        next += 1
        continue
      }
      if bytes[index] == 0x0A || (bytes[index] == 0x0D && bytes[safe: index + 1] != 0x0A) {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    return result
  }

  /// The mark named `marker`; records an issue when the text has no such marker.
  package func mark(_ marker: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> Mark
  {
    guard let mark = marks[marker] else {
      Issue.record("no marker \(marker) in the text", sourceLocation: sourceLocation)
      return Mark(line: 0, column: 0, offset: 0)
    }
    return mark
  }

  /// The location of `marker` in a file named `file`.
  package func location(
    _ marker: String, file: String = "test.json",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> CFNParser.SourceLocation {
    let mark = mark(marker, sourceLocation: sourceLocation)
    return CFNParser.SourceLocation(file: file, line: mark.line, column: mark.column)
  }

  /// The byte offset of `marker`.
  package func offset(_ marker: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> Int
  {
    mark(marker, sourceLocation: sourceLocation).offset
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
