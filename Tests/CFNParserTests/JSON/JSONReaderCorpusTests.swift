import Foundation
import Testing

@testable import CFNParser

/// The reader over every real template in `../shared/corpus` (found from `#filePath` by `Corpus`).
/// Skipped, by name, when the folder is absent.
@Suite("JSONReader over the corpus")
struct JSONReaderCorpusTests {
  static let wormBase2016 = "WormBase__wormbase-architecture__wb-cf-ensured-2016.json"

  @Test(
    "every corpus file reads; only the 2016 WormBase file has a diagnostic",
    .enabled(if: Corpus.isAvailable, "../shared/corpus is absent"))
  func readAll() throws {
    let files = Corpus.templates()
    #expect(files.count >= 20)
    #expect(files.contains { $0.lastPathComponent == Self.wormBase2016 })
    for file in files {
      let name = file.lastPathComponent
      let bytes = try [UInt8](Data(contentsOf: file))
      let (value, diagnostics) = JSONReader.read(bytes: bytes, fileName: name)
      #expect(value?.members != nil, "\(name) is not an object")
      if name == Self.wormBase2016 {
        try checkWormBase(value, diagnostics, bytes: bytes)
      } else {
        #expect(diagnostics.isEmpty, "\(name): \(diagnostics)")
      }
    }
  }

  /// `Mappings.AWSInstanceType2Arch` writes `"m3.large"` twice. Both values are found in the raw
  /// text, independently of the reader: they are equal, so the reader must warn, not fail.
  private func checkWormBase(_ value: JSONValue?, _ diagnostics: [Diagnostic], bytes: [UInt8])
    throws
  {
    let needle = Array(#""m3.large": {"#.utf8)
    let keyOffsets = bytes.indices.filter { bytes[$0...].starts(with: needle) }
    try #require(keyOffsets.count == 2)
    let values = keyOffsets.map { objectText(in: bytes, from: $0 + needle.count - 1) }
    #expect(values[0] == #"{"Arch":"64h"}"#)
    #expect(values[0] == values[1])

    #expect(diagnostics.count == 1)
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.message == JSONSyntaxError.repeatedKey("m3.large").description)
    #expect(diagnostic.location == position(of: keyOffsets[1], in: bytes))
    #expect(diagnostic.notes.map(\.location) == [position(of: keyOffsets[0], in: bytes)])
    let kept = value?["Mappings"]?["AWSInstanceType2Arch"]?["m3.large"]
    #expect(kept?.range.startOffset == keyOffsets[0] + needle.count - 1)
  }

  /// The compact text of the brace-balanced object starting at `start` (no braces in its strings).
  private func objectText(in bytes: [UInt8], from start: Int) -> String? {
    var depth = 0
    for index in start..<bytes.count {
      if bytes[index] == UInt8(ascii: "{") { depth += 1 }
      if bytes[index] == UInt8(ascii: "}") { depth -= 1 }
      if depth == 0 {
        return JSONReader.read(bytes: Array(bytes[start...index]), fileName: "t.json").value?
          .compactText
      }
    }
    return nil
  }

  /// Line and UTF-8 column of a byte offset, counted here rather than by the reader (LF endings).
  private func position(of offset: Int, in bytes: [UInt8]) -> CFNParser.SourceLocation {
    let before = bytes[..<offset]
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    return CFNParser.SourceLocation(
      file: Self.wormBase2016, line: before.count { $0 == 0x0A } + 1, column: offset - lineStart + 1
    )
  }

  @Test(
    "every value of every corpus file re-reads from its byte range",
    .enabled(if: Corpus.isAvailable, "../shared/corpus is absent"))
  func ranges() throws {
    for file in Corpus.templates() {
      let bytes = try [UInt8](Data(contentsOf: file))
      let value = try #require(JSONReader.read(bytes: bytes, fileName: "t.json").value)
      var checked = 0
      for part in value.allValues where part.elements != nil || part.members != nil {
        let slice = Array(bytes[part.range.startOffset..<part.range.endOffset])
        let reread = JSONReader.read(bytes: slice, fileName: "t.json").value
        #expect(
          reread?.sameContent(as: part) == true, "\(file.lastPathComponent) at \(part.location)")
        checked += 1
      }
      #expect(checked > 0)
    }
  }
}
