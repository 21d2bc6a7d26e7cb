extension YAMLScanner {
  /// Reads a literal (`|`) or folded (`>`) block scalar with its header: chomping (`-` strips
  /// the final line breaks, `+` keeps them all, neither keeps one) and an indentation digit;
  /// without the digit, the first non-empty line sets the indentation.
  mutating func fetchBlockScalar(literal: Bool) throws(Failure) {
    simpleKeyAllowed = true
    try removeSimpleKey()
    var token = token(.scalar)
    token.style = literal ? .literal : .folded
    offset += 1
    var chomping = 0
    var increment = 0
    for _ in 0..<2 {
      guard let byte = current else { break }
      if chomping == 0, byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
        chomping = byte == UInt8(ascii: "+") ? 1 : -1
        offset += 1
      } else if increment == 0, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        guard byte != UInt8(ascii: "0") else { throw fail(.invalidBlockScalarHeader) }
        increment = Int(byte - UInt8(ascii: "0"))
        offset += 1
      }
    }
    while Self.isBlank(current) { offset += 1 }
    if current == UInt8(ascii: "#") {
      while let byte = current, !Self.isBreak(byte) { offset += 1 }
    }
    guard Self.isBlankZ(current) else { throw fail(.invalidBlockScalarHeader) }
    var end = offset
    if current != nil { skipBreak() }

    var blockIndent = increment > 0 ? max(indent, 0) + increment : 0
    var value: [UInt8] = []
    var trailingBreaks = try scanBreaks(indent: &blockIndent)
    var leadingBreak = false
    var leadingBlank = false
    while column == blockIndent, let first = current {
      let trailingBlank = Self.isBlank(first)
      if !literal, leadingBreak, !leadingBlank, !trailingBlank {
        if trailingBreaks == 0 { value.append(0x20) }
      } else if leadingBreak {
        value.append(0x0A)
      }
      value.append(contentsOf: repeatElement(0x0A, count: trailingBreaks))
      leadingBlank = trailingBlank
      let lineStartOffset = offset
      while let byte = current, !Self.isBreak(byte) { offset += 1 }
      value.append(contentsOf: bytes[lineStartOffset..<offset])
      end = offset
      guard current != nil else {
        leadingBreak = false
        trailingBreaks = 0
        break
      }
      skipBreak()
      leadingBreak = true
      trailingBreaks = try scanBreaks(indent: &blockIndent)
    }
    if chomping != -1, leadingBreak { value.append(0x0A) }
    if chomping == 1 { value.append(contentsOf: repeatElement(0x0A, count: trailingBreaks)) }
    token.end = end
    token.text = String(decoding: value, as: UTF8.self)
    atLineStart = true
    emit(token)
  }

  /// Skips the empty lines (and their indentation) before a block scalar's next content line,
  /// returning how many there were. With `indent` 0, sets it from the deepest of those lines
  /// and the content line: at least one more than the enclosing block.
  private mutating func scanBreaks(indent blockIndent: inout Int) throws(Failure) -> Int {
    var breaks = 0
    var maximum = 0
    while true {
      while blockIndent == 0 || column < blockIndent, current == 0x20 { offset += 1 }
      maximum = max(maximum, column)
      // A tab in the indentation; within the content it is text.
      if blockIndent == 0 || column < blockIndent, current == 0x09 {
        throw fail(.tabInIndentation)
      }
      guard let byte = current, Self.isBreak(byte) else { break }
      skipBreak()
      breaks += 1
    }
    if blockIndent == 0 {
      blockIndent = max(maximum, indent + 1, 1)
    }
    return breaks
  }
}
