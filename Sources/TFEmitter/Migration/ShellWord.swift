/// Text put into a command line of `MIGRATION.md` so that a POSIX shell reads it back as one word.
enum ShellWord {
  /// `text` as it is when every byte is one a shell leaves alone (letters, digits and
  /// `%+,-./:=@_`), single-quoted otherwise, with each `'` written as `'\''`.
  static func word(_ text: String) -> String {
    let plain = !text.isEmpty && text.utf8.allSatisfy(isPlain)
    return plain ? text : quoted(text)
  }

  /// `text` in single quotes, always.
  static func quoted(_ text: String) -> String {
    "'" + text.replacing("'", with: "'\\''") + "'"
  }

  private static func isPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: "%+,-./:=@_".utf8.contains(byte)
    }
  }
}
