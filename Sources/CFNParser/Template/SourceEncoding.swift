/// Telling a template saved in another Unicode encoding from UTF-8, for the one error both
/// readers give at its first byte.
enum SourceEncoding {
  /// The encoding `bytes` are in when it is UTF-16 or UTF-32, named as `iconv` names it
  /// (`UTF-32LE`, `UTF-16BE`, …), or nil. Told by a byte-order mark, or without one by the zero
  /// bytes around a first character in ASCII, as every template starts (`{`, a key, `#`, `-`, a
  /// space): `00 00 00 7B` is UTF-32BE, `7B 00 00 00` UTF-32LE, `00 7B` UTF-16BE, `7B 00`
  /// UTF-16LE. `FF FE 00 00` is read as UTF-32LE's mark rather than UTF-16LE's followed by a NUL.
  static func foreignEncoding(of bytes: [UInt8]) -> String? {
    if bytes.count >= 4 {
      switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
      case (0x00, 0x00, 0xFE, 0xFF): return "UTF-32BE"
      case (0xFF, 0xFE, 0x00, 0x00): return "UTF-32LE"
      case (0x00, 0x00, 0x00, let fourth) where fourth != 0: return "UTF-32BE"
      case (let first, 0x00, 0x00, 0x00) where first != 0: return "UTF-32LE"
      default: break
      }
    }
    guard bytes.count >= 2 else { return nil }
    switch (bytes[0], bytes[1]) {
    case (0xFE, 0xFF): return "UTF-16BE"
    case (0xFF, 0xFE): return "UTF-16LE"
    case (0x00, let second) where second != 0: return "UTF-16BE"
    case (let first, 0x00) where first != 0: return "UTF-16LE"
    default: return nil
    }
  }
}
