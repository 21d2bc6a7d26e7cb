import TestSupport
import Testing

/// The marker helper is the ruler every location test measures with, so it is tested on its own.
@Suite("MarkedText strips markers and measures where they stood")
struct MarkedTextTests {
  @Test("markers are removed and their line, UTF-8 column and offset recorded")
  func measures() {
    let text = MarkedText("1️⃣ab\n  2️⃣é3️⃣x\r\n4️⃣y\rz5️⃣")
    #expect(text.text == "ab\n  éx\r\ny\rz")
    #expect(text.mark("1️⃣") == .init(line: 1, column: 1, offset: 0))
    #expect(text.mark("2️⃣") == .init(line: 2, column: 3, offset: 5))
    #expect(text.mark("3️⃣") == .init(line: 2, column: 5, offset: 7))
    #expect(text.mark("4️⃣") == .init(line: 3, column: 1, offset: 10))
    #expect(text.mark("5️⃣") == .init(line: 4, column: 2, offset: 13))
  }

  @Test("a leading byte-order mark takes no column but counts in offsets")
  func byteOrderMark() {
    let text = MarkedText("\u{FEFF}1️⃣{}")
    #expect(text.bytes == [0xEF, 0xBB, 0xBF, 0x7B, 0x7D])
    #expect(text.mark("1️⃣") == .init(line: 1, column: 1, offset: 3))
  }

  @Test("a digit directly before a marker stays in the text")
  func digitBeforeMarker() {
    let text = MarkedText("[12️⃣]")
    #expect(text.text == "[1]")
    #expect(text.mark("2️⃣") == .init(line: 1, column: 3, offset: 2))
  }

  @Test("raw bytes replace a placeholder before positions are measured")
  func rawBytes() {
    let text = MarkedText("\"\u{FFFD}1️⃣\"", rawBytes: ["\u{FFFD}": [0xFF]])
    #expect(text.bytes == [0x22, 0xFF, 0x22])
    #expect(text.mark("1️⃣") == .init(line: 1, column: 3, offset: 2))
  }
}
