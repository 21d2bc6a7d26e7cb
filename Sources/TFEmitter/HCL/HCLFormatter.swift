/// Lays a token stream out as the bytes of a file, choosing every space the way hashicorp/hcl
/// `hclwrite/format.go` does (indentation by bracket count, spaces inside a line, `=` alignment
/// of assignment chains), so the result is a fixed point of `terraform fmt` and `packer fmt`.
/// The token stream decides the newlines; this type decides only spaces.
///
/// A format line is the tokens up to and including a newline (a heredoc's body and marker belong
/// to the line that opens it), split into a lead cell and, from its first `=` whose rest of the
/// line is balanced, an assignment cell. Lines are written straight into one buffer with a single
/// space before such an `=`; when a run of assignment lines ends, the spaces that align its `=`
/// are inserted into the run, which is the end of the buffer.
enum HCLFormatter {
  /// A file's bytes, and the tuples printed on one line that make a line too wide.
  struct Layout {
    /// The text, each line ending with a newline.
    var bytes: [UInt8] = []
    /// For each line wider than the limit (a single space before `=`, heredoc text aside) that
    /// starts a one-line tuple: the first such tuple's number.
    var overlongTuples: [Int] = []
  }

  /// An assignment line of the current run: where the space before its `=` ends in the buffer,
  /// and the columns of its lead cell, indentation included.
  private struct ChainMember {
    var position: Int
    var columns: Int
  }

  /// Lays out the tokens of `writer`, measuring lines that start a one-line tuple against
  /// `maximumWidth`.
  static func layout(_ writer: HCLTokenWriter, maximumWidth: Int) -> Layout {
    let tokens = writer.tokens
    let store = writer.text
    var layout = Layout()
    layout.bytes.reserveCapacity(store.count + store.count / 2)
    var stack: [Int] = []
    var chain: [ChainMember] = []
    var chainStart = 0
    var lower = 0
    while lower < tokens.count {
      var end = lower
      while end < tokens.count, !tokens[end].endsLine { end += 1 }
      end = min(end + 1, tokens.count)
      let assign = assignStart(tokens, lower..<end)
      let indent =
        tokens[lower].trailing == .newline ? 0 : self.indent(tokens[lower..<end], &stack)
      if assign == nil {
        closeChain(&chain, from: chainStart, in: &layout.bytes)
      } else if chain.isEmpty {
        chainStart = layout.bytes.count
      }
      writeLine(
        tokens, lower..<end, assign: assign, indent: indent, writer: writer,
        maximumWidth: maximumWidth, chain: &chain, into: &layout)
      lower = end
    }
    closeChain(&chain, from: chainStart, in: &layout.bytes)
    return layout
  }

  /// Appends the text of tokens laid out on a single line with `hclwrite` spacing and no
  /// indentation.
  static func appendFlatText(
    _ tokens: ArraySlice<HCLToken>, _ store: [UInt8], to output: inout [UInt8]
  ) {
    for index in tokens.indices {
      if index > tokens.startIndex {
        let before = index - 2 >= tokens.startIndex ? tokens[index - 2] : nil
        if spaceAfter(tokens[index - 1], before: before, after: tokens[index]) {
          output.append(0x20)
        }
      }
      output.append(contentsOf: tokens[index].bytes(in: store))
    }
  }

  /// The first `=` after the line's first token, when the rest of the line from it is balanced.
  private static func assignStart(_ tokens: [HCLToken], _ range: Range<Int>) -> Int? {
    guard let equals = range.dropFirst().first(where: { tokens[$0].leading == .equals }) else {
      return nil
    }
    var balance = 0
    for index in equals..<range.upperBound { balance += tokens[index].bracketChange }
    return balance == 0 ? equals : nil
  }

  /// hclwrite `formatIndent`: a line with a net opening indents what follows by one level,
  /// however many brackets it opened; a line with a net closing pops as many levels as it closes.
  private static func indent(_ line: ArraySlice<HCLToken>, _ stack: inout [Int]) -> Int {
    let net = line.reduce(0) { $0 + $1.bracketChange }
    if net > 0 {
      defer { stack.append(net) }
      return stack.count
    }
    var closed = -net
    while closed > 0, let top = stack.last {
      if closed >= top {
        closed -= top
        stack.removeLast()
      } else {
        stack[stack.count - 1] = top - closed
        closed = 0
      }
    }
    return stack.count
  }

  /// Writes one format line: its indentation, each token after the spaces `hclwrite` puts before
  /// it (`spaceAfter`), a heredoc's body and marker after its opener, and a newline.
  private static func writeLine(
    _ tokens: [HCLToken], _ range: Range<Int>, assign: Int?, indent: Int,
    writer: HCLTokenWriter, maximumWidth: Int, chain: inout [ChainMember],
    into layout: inout Layout
  ) {
    let store = writer.text
    var lineStart = layout.bytes.count
    if tokens[range.lowerBound].trailing != .newline {
      layout.bytes.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }
    var columns = indent * 2
    // The first one-line tuple on the line, while the line is measured (not after a heredoc).
    var firstTuple: Int32 = -1
    var isMeasured = true
    for index in range {
      let token = tokens[index]
      if index > range.lowerBound {
        let spaced: Bool
        if index == assign {
          spaced = true
        } else {
          let subject = index - 1
          let before =
            subject - 1 >= range.lowerBound && subject != assign ? tokens[subject - 1] : nil
          spaced = spaceAfter(tokens[subject], before: before, after: token)
        }
        if spaced { layout.bytes.append(0x20) }
        if let assign, index < assign, spaced { columns += 1 }
      }
      if token.trailing == .newline { break }
      if let assign, index < assign { columns += token.width(in: store) }
      if index == assign {
        chain.append(ChainMember(position: layout.bytes.count, columns: columns))
      }
      layout.bytes.append(contentsOf: token.bytes(in: store))
      if isMeasured, firstTuple < 0 { firstTuple = token.tupleID }
      guard token.heredoc >= 0 else { continue }
      measure(lineStart, firstTuple, maximumWidth, &layout)
      isMeasured = false
      let heredoc = writer.heredocs[Int(token.heredoc)]
      layout.bytes.append(0x0A)
      for line in heredoc.lines {
        if heredoc.isFlush && !line.isBlank {
          layout.bytes.append(contentsOf: repeatElement(0x20, count: indent * 2 + 2))
        }
        layout.bytes.append(contentsOf: line.text.utf8)
        layout.bytes.append(0x0A)
      }
      lineStart = layout.bytes.count
      layout.bytes.append(contentsOf: repeatElement(0x20, count: indent * 2))
      layout.bytes.append(contentsOf: heredoc.marker.utf8)
    }
    if isMeasured { measure(lineStart, firstTuple, maximumWidth, &layout) }
    layout.bytes.append(0x0A)
  }

  /// Notes `tuple` when the line from `lineStart` to the end of the buffer is wider than
  /// `maximumWidth` grapheme clusters.
  private static func measure(
    _ lineStart: Int, _ tuple: Int32, _ maximumWidth: Int, _ layout: inout Layout
  ) {
    guard tuple >= 0 else { return }
    let line = layout.bytes[lineStart...]
    if line.count > maximumWidth, HCLToken.width(of: line) > maximumWidth {
      layout.overlongTuples.append(Int(tuple))
    }
  }

  /// hclwrite `formatCells`: in a run of consecutive assignment lines, every `=` sits one column
  /// after the widest lead (indentation included). The run starts at `start` and ends the buffer.
  private static func closeChain(
    _ chain: inout [ChainMember], from start: Int, in bytes: inout [UInt8]
  ) {
    defer { chain.removeAll(keepingCapacity: true) }
    let widest = chain.reduce(0) { max($0, $1.columns) }
    let padding = chain.reduce(0) { $0 + widest - $1.columns }
    guard padding > 0 else { return }
    var region: [UInt8] = []
    region.reserveCapacity(bytes.count - start + padding)
    var cursor = start
    for member in chain {
      region.append(contentsOf: bytes[cursor..<member.position])
      region.append(contentsOf: repeatElement(0x20, count: widest - member.columns))
      cursor = member.position
    }
    region.append(contentsOf: bytes[cursor...])
    bytes.replaceSubrange(start..., with: region)
  }
}
