import CFNParser

extension HCLFormatter {
  /// A file being laid out: its bytes so far, and the state a line carries to the next (the
  /// indentation levels open, the run of assignment lines not yet aligned). Tokens are added in
  /// pieces that each end with a line, so that a file's tokens need not all be held at once.
  struct Layout {
    /// An assignment line of the current run: where the space before its `=` ends in the
    /// buffer, and the columns of its lead cell, indentation included.
    private struct ChainMember {
      var position: Int
      var columns: Int
    }

    /// The text, each line ending with a newline.
    private(set) var bytes: [UInt8] = []
    /// For each line wider than the limit (a single space before `=`, heredoc text aside) that
    /// starts a one-line tuple: the first such tuple's number.
    private(set) var overlongTuples: [Int] = []
    /// The widest line a one-line tuple may be on, in grapheme clusters.
    let maximumWidth: Int
    private var stack: [Int] = []
    private var chain: [ChainMember] = []
    private var chainStart = 0

    /// An empty file whose lines starting one-line tuples are measured against `maximumWidth`.
    init(maximumWidth: Int) {
      self.maximumWidth = maximumWidth
    }

    /// Lays out the tokens of `writer`, which end with a line (or the file).
    mutating func add(_ writer: HCLTokenWriter) {
      let tokens = writer.tokens
      var lower = 0
      while lower < tokens.count {
        var end = lower
        while end < tokens.count, !tokens[end].endsLine { end += 1 }
        end = min(end + 1, tokens.count)
        let assign = HCLFormatter.assignStart(tokens, lower..<end)
        let indent =
          tokens[lower].trailing == .newline
          ? 0 : HCLFormatter.indent(tokens[lower..<end], &stack)
        if assign == nil {
          closeChain()
        } else if chain.isEmpty {
          chainStart = bytes.count
        }
        writeLine(tokens, lower..<end, assign: assign, indent: indent, writer: writer)
        lower = end
      }
    }

    /// Ends the file: aligns the last run of assignment lines.
    mutating func finish() {
      closeChain()
    }

    /// Writes one format line: its indentation, each token after the spaces `hclwrite` puts
    /// before it (`spaceAfter`), a heredoc's body and marker after its opener, and a newline.
    private mutating func writeLine(
      _ tokens: [HCLToken], _ range: Range<Int>, assign: Int?, indent: Int,
      writer: HCLTokenWriter
    ) {
      let store = writer.text
      var lineStart = bytes.count
      if tokens[range.lowerBound].trailing != .newline {
        bytes.append(contentsOf: repeatElement(0x20, count: indent * 2))
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
            spaced = HCLFormatter.spaceAfter(tokens[subject], before: before, after: token)
          }
          if spaced { bytes.append(0x20) }
          if let assign, index < assign, spaced { columns += 1 }
        }
        if token.trailing == .newline { break }
        if let assign, index < assign { columns += token.width(in: store) }
        if index == assign {
          chain.append(ChainMember(position: bytes.count, columns: columns))
        }
        // Copied as one block from the store's memory: an `ArraySlice` per token cost a retain,
        // a release and the generic append path.
        store.withUnsafeBufferPointer {
          bytes.append(
            contentsOf: UnsafeBufferPointer(
              rebasing: $0[Int(token.start)..<Int(token.start + token.count)]))
        }
        if isMeasured, firstTuple < 0 { firstTuple = token.tupleID }
        guard token.heredoc >= 0 else { continue }
        measure(from: lineStart, firstTuple)
        isMeasured = false
        let heredoc = writer.heredocs[Int(token.heredoc)]
        bytes.append(0x0A)
        for line in heredoc.lines {
          if heredoc.isFlush && !line.isBlank {
            bytes.append(contentsOf: repeatElement(0x20, count: indent * 2 + 2))
          }
          bytes.appendUTF8(line.text)
          bytes.append(0x0A)
        }
        lineStart = bytes.count
        bytes.append(contentsOf: repeatElement(0x20, count: indent * 2))
        bytes.appendUTF8(heredoc.marker)
      }
      if isMeasured { measure(from: lineStart, firstTuple) }
      bytes.append(0x0A)
    }

    /// Notes `tuple` when the line from `lineStart` to the end of the buffer is wider than
    /// `maximumWidth` grapheme clusters.
    private mutating func measure(from lineStart: Int, _ tuple: Int32) {
      guard tuple >= 0 else { return }
      let line = bytes[lineStart...]
      if line.count > maximumWidth, HCLToken.width(of: line) > maximumWidth {
        overlongTuples.append(Int(tuple))
      }
    }

    /// hclwrite `formatCells`: in a run of consecutive assignment lines, every `=` sits one
    /// column after the widest lead (indentation included). The run ends the buffer.
    private mutating func closeChain() {
      defer { chain.removeAll(keepingCapacity: true) }
      let widest = chain.reduce(0) { max($0, $1.columns) }
      var shift = chain.reduce(0) { $0 + widest - $1.columns }
      guard shift > 0 else { return }
      // In place, from the end: each member's text moves right by the padding of the members
      // up to it, and its own padding fills the gap before its `=`.
      var end = bytes.count
      bytes.append(contentsOf: repeatElement(0x20, count: shift))
      bytes.withUnsafeMutableBufferPointer { buffer in
        let base = buffer.baseAddress!
        for member in chain.reversed() where shift > 0 {
          let length = end - member.position
          (base + member.position + shift).update(from: base + member.position, count: length)
          shift -= widest - member.columns
          (base + member.position + shift).update(
            repeating: 0x20, count: widest - member.columns)
          end = member.position
        }
      }
    }
  }
}
