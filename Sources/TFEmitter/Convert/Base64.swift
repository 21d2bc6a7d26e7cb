/// Base64 (RFC 4648, the standard alphabet), read strictly: what a template's literal user data
/// encodes, so that the secret scanner can read it.
enum Base64 {
  /// The bytes `text` encodes; nil unless it is padded base64 (line breaks and spaces aside).
  static func decode(_ text: String) -> [UInt8]? {
    var values: [UInt8] = []
    var padding = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): continue
      case UInt8(ascii: "="): padding += 1
      default:
        guard padding == 0, let value = value(of: byte) else { return nil }
        values.append(value)
      }
    }
    guard !values.isEmpty, (values.count + padding) % 4 == 0, padding <= 2 else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(values.count * 3 / 4)
    var index = 0
    while index < values.count {
      let group = values[index..<min(index + 4, values.count)]
      let word = group.enumerated().reduce(0) { $0 | Int($1.element) << (18 - 6 * $1.offset) }
      for i in 0..<(group.count - 1) { bytes.append(UInt8((word >> (16 - 8 * i)) & 0xFF)) }
      index += 4
    }
    return bytes
  }

  private static func value(of byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
    case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
    case UInt8(ascii: "+"): 62
    case UInt8(ascii: "/"): 63
    default: nil
    }
  }
}
