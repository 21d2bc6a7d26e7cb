extension String {
  /// The text with every character a terminal acts on written as an escape, as a Swift string
  /// literal writes it: `\0`, `\t`, `\n` and `\r`, and `\u{1B}` for the other C0 controls, DEL
  /// (`\u{7F}`), the C1 controls (`\u{80}` to `\u{9F}`, among them the one-byte CSI `\u{9B}`)
  /// and the bidirectional formatting characters (`\u{202E}` and its kin, which reorder what a
  /// terminal or an editor shows). Text quoted from a template goes through it before it reaches
  /// a terminal or a Markdown file, so that it can neither start a line of its own (a forged
  /// `file:line:column: error:`) nor move the cursor, recolour or retitle the terminal. A
  /// backslash stays as it is; `keeping` lists the characters a caller lays out itself (the line
  /// breaks of a multi-line value).
  package func escapingControlCharacters(keeping kept: Set<Unicode.Scalar> = []) -> String {
    // Most text holds none of the lead bytes of these characters: returned without a walk.
    guard mayHoldTerminalControls else { return self }
    var escaped = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      guard scalar.isTerminalControl, !kept.contains(scalar) else {
        escaped.append(scalar)
        continue
      }
      let text: String
      switch scalar {
      case "\0": text = #"\0"#
      case "\t": text = #"\t"#
      case "\n": text = #"\n"#
      case "\r": text = #"\r"#
      default: text = #"\u{"# + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
      escaped.append(contentsOf: text.unicodeScalars)
    }
    return String(escaped)
  }
}

extension String {
  /// Whether the text holds a byte that starts a character `escapingControlCharacters` escapes:
  /// a C0 control or DEL, or the lead byte of a C1 control or a bidirectional formatting
  /// character. False means there is nothing to escape. Read over the string's contiguous UTF-8
  /// (`withUTF8` makes it contiguous if it is not).
  package var mayHoldTerminalControls: Bool {
    var text = self
    return text.withUTF8 { $0.contains { $0.mayStartTerminalControl } }
  }
}

extension UInt8 {
  /// Whether a UTF-8 byte may start a character `escapingControlCharacters` escapes: a C0
  /// control, DEL, or the lead byte of a C1 control (`C2`) or of a bidirectional formatting
  /// character (`D8`, `E2`). Text with no such byte has nothing to escape.
  @inlinable package var mayStartTerminalControl: Bool {
    self < 0x20 || self == 0x7F || self == 0xC2 || self == 0xD8 || self == 0xE2
  }
}

extension Unicode.Scalar {
  /// True for the C0 controls, DEL, the C1 controls and the bidirectional formatting characters
  /// (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069).
  var isTerminalControl: Bool {
    switch value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
