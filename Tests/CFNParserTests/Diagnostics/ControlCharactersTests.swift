import Testing

@testable import CFNParser

/// `escapingControlCharacters` and the byte scan that lets most text skip it: text without a
/// lead byte of a control (C0, DEL, C1, bidirectional formatting) is returned as it is, and every
/// text holding one is noticed.
@Suite("Control characters")
struct ControlCharactersTests {
  @Test(
    "the scan finds every control's lead byte and nothing else decides",
    arguments: [
      ("plain ASCII text, punctuation ~!@#$%^&*()", false), ("日本語 é ü ß", false),
      ("a\u{1B}[31m", true), ("tab\there", true), ("line\n", true), ("\0", true),
      ("del\u{7F}", true), ("c1 \u{9B}", true), ("nbsp \u{A0}", true), ("rlo \u{202E}", true),
      ("mark \u{200F}", true), ("arabic \u{061C}", true), ("dash \u{2013}", true), ("", false),
      (String(repeating: "long text ", count: 100), false),
      (String(repeating: "long text ", count: 100) + "\u{1B}", true),
    ])
  func scan(_ text: String, _ mayHold: Bool) {
    #expect(text.mayHoldTerminalControls == mayHold)
    if !text.mayHoldTerminalControls { #expect(text.escapingControlCharacters() == text) }
  }

  @Test("controls are escaped as a Swift string literal writes them; kept ones stay")
  func escapes() {
    #expect("a\u{1B}b\u{9B}c\u{202E}d".escapingControlCharacters() == #"a\u{1B}b\u{9B}c\u{202E}d"#)
    #expect("x\ty\nz\r\0".escapingControlCharacters() == #"x\ty\nz\r\0"#)
    #expect("x\ty\nz".escapingControlCharacters(keeping: ["\n"]) == "x\\ty\nz")
    #expect("dash \u{2013} é".escapingControlCharacters() == "dash \u{2013} é")
  }
}
