import TFEmitter
import Testing

/// Output files: text is written as UTF-8, a binary file byte for byte.
@Suite("Generated files")
struct GeneratedFileTests {
  @Test("a text file's bytes are its text in UTF-8")
  func text() {
    let file = GeneratedFile(path: "main.tf", contents: "# café\n")
    #expect(file.binary == nil)
    #expect(file.bytes == Array("# café\n".utf8))
  }

  @Test("a binary file keeps its bytes, even those that are not UTF-8, and has no text")
  func binary() {
    let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00, 0xC3]
    let file = GeneratedFile(path: "functions/f.zip", bytes: bytes)
    #expect(file.bytes == bytes)
    #expect(file.contents == "")
    #expect(file != GeneratedFile(path: "functions/f.zip", contents: ""))
  }

  @Test("a text in UTF-8 pieces reads, writes and compares as its whole text")
  func pieces() {
    // "é" is split between two pieces: the text is joined before it is decoded.
    let pieces: [[UInt8]] = [Array("# caf".utf8), [0xC3], [0xA9] + Array("\nend\n".utf8)]
    var file = GeneratedFile(path: "REPORT.md", utf8Pieces: pieces)
    #expect(file.contents == "# café\nend\n")
    #expect(file.bytes == Array("# café\nend\n".utf8))
    #expect(file == GeneratedFile(path: "REPORT.md", contents: "# café\nend\n"))
    var written: [UInt8] = []
    var calls = 0
    file.withBytes {
      written += $0
      calls += 1
    }
    #expect(written == file.bytes && calls == 3)
    file.contents = "x"
    #expect(file.bytes == [UInt8(ascii: "x")])
  }
}
