extension YAMLReader {
  /// Checks, before anything is read, that the text is UTF-8 without the control characters
  /// YAML forbids; the error is at the first offending byte.
  mutating func checkEncoding() throws(Failure) {
    let bytes = scanner.bytes
    if let encoding = SourceEncoding.foreignEncoding(of: bytes) {
      throw failure(.unsupportedEncoding(encoding), at: place(of: 0))
    }
    var index = scanner.offset
    while index < bytes.count {
      // Runs of printable ASCII, tab and line breaks (nearly all of a template) are passed over
      // in one tight loop on the buffer.
      index = bytes.withUnsafeBufferPointer { buffer in
        var offset = index
        while offset < buffer.count {
          let byte = buffer[offset]
          guard (byte >= 0x20 && byte < 0x7F) || byte == 0x0A || byte == 0x0D || byte == 0x09
          else { break }
          offset += 1
        }
        return offset
      }
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte < 0x80 {
        if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F {
          throw failure(.controlCharacter(UInt32(byte)), at: place(of: index))
        }
        index += 1
        continue
      }
      guard let length = Self.sequenceLength(bytes, at: index) else {
        throw failure(.invalidUTF8(byte), at: place(of: index))
      }
      // C1 controls (U+0080 to U+009F) but NEL, U+0085.
      if byte == 0xC2, bytes[index + 1] < 0xA0, bytes[index + 1] != 0x85 {
        throw failure(.controlCharacter(UInt32(bytes[index + 1])), at: place(of: index))
      }
      index += length
    }
  }

  /// The range of the byte at `offset`, its line and column counted from the start.
  func place(of offset: Int) -> SourceRange {
    let bytes = scanner.bytes
    var line = 1
    var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var index = lineStart
    while index < offset {
      let byte = bytes[index]
      index += 1
      if byte == 0x0D, index < offset, bytes[index] == 0x0A { index += 1 }
      if byte == 0x0A || byte == 0x0D {
        line += 1
        lineStart = index
      }
    }
    return SourceRange(
      start: SourceLocation(file: file, line: line, column: offset - lineStart + 1),
      startOffset: offset, endOffset: offset)
  }

  /// The length of the well-formed UTF-8 sequence at `index` (no overlong forms, no surrogates,
  /// nothing above U+10FFFF), or `nil`.
  static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int? {
    let lead = bytes[index]
    let second: ClosedRange<UInt8>
    let length: Int
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
    case 0xE0: (second, length) = (0xA0...0xBF, 3)
    case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
    case 0xED: (second, length) = (0x80...0x9F, 3)
    case 0xF0: (second, length) = (0x90...0xBF, 4)
    case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
    case 0xF4: (second, length) = (0x80...0x8F, 4)
    default: return nil
    }
    guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return nil }
    for i in index + 2..<index + length where !(0x80...0xBF).contains(bytes[i]) { return nil }
    return length
  }
}
