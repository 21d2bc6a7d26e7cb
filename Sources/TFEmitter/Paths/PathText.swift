/// Helpers for writing paths as UTF-8: a path is written into bytes, and its `description` is
/// those bytes, so that a report can write a path into its own buffer without a string between.
enum PathText {
  /// The text `write` appends to an empty buffer.
  static func string(_ write: (inout [UInt8]) -> Void) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(64)
    write(&bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the decimal digits of `value`, with a `-` when it is negative.
  static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    // At most 20 digits, written from the end of a buffer on the stack.
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { buffer in
      var start = buffer.count
      repeat {
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      bytes.append(contentsOf: buffer[start...])
    }
  }
}
