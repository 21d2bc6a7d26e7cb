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
}
