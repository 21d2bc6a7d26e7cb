/// Turns a token stream into lines of text, choosing every space the way hashicorp/hcl
/// `hclwrite/format.go` does (indentation by bracket count, spaces inside a line, `=` alignment
/// of assignment chains), so the result is a fixed point of `terraform fmt` and `packer fmt`.
/// The token stream decides the newlines; this type decides only spaces.
enum HCLFormatter {
  /// One line of output.
  struct OutputLine: Equatable {
    /// The text, without its newline.
    var text: String
    /// The tuples printed on one line that start on this line, in order.
    var tupleIDs: [Int] = []
    /// True for a heredoc body or closing-marker line, whose length the printer cannot change.
    var isHeredocText = false
    /// The spaces added before `=` to align it with its chain, beyond the one it always has.
    var alignmentPadding = 0

    /// The width the line would have with a single space before `=`.
    var unalignedWidth: Int { text.count - alignmentPadding }
  }

  /// A format line: the tokens up to and including a newline (a heredoc's body and marker belong
  /// to the line that opens it), split into a lead cell and an optional assignment cell.
  private struct FormatLine {
    var range: Range<Int>
    var assignStart: Int?
    var indent = 0
  }

  /// Formats `tokens` into output lines.
  static func format(_ tokens: [HCLToken]) -> [OutputLine] {
    var lines = splitLines(tokens)
    indent(&lines, tokens)
    var spaces = lineSpaces(lines, tokens)
    align(lines, tokens, &spaces)
    return render(lines, tokens, spaces)
  }

  /// The text of tokens laid out on a single line with `hclwrite` spacing and no indentation.
  static func flatText(_ tokens: [HCLToken]) -> String {
    var text = ""
    for index in tokens.indices {
      if index > 0 {
        let before = index >= 2 ? tokens[index - 2] : nil
        if spaceAfter(tokens[index - 1], before: before, after: tokens[index]) { text += " " }
      }
      text += tokens[index].text
    }
    return text
  }

  private static func splitLines(_ tokens: [HCLToken]) -> [FormatLine] {
    var lines: [FormatLine] = []
    var start = 0
    for index in tokens.indices where tokens[index].endsLine {
      lines.append(FormatLine(range: start..<(index + 1)))
      start = index + 1
    }
    if start < tokens.count { lines.append(FormatLine(range: start..<tokens.count)) }
    for index in lines.indices {
      let range = lines[index].range
      guard
        let equals = range.dropFirst().first(where: { tokens[$0].leading == .equals }),
        tokens[equals..<range.upperBound].reduce(0, { $0 + $1.bracketChange }) == 0
      else { continue }
      lines[index].assignStart = equals
    }
    return lines
  }

  /// hclwrite `formatIndent`: a line with a net opening indents what follows by one level,
  /// however many brackets it opened; a line with a net closing pops as many levels as it closes.
  private static func indent(_ lines: inout [FormatLine], _ tokens: [HCLToken]) {
    var stack: [Int] = []
    for index in lines.indices {
      let range = lines[index].range
      if tokens[range.lowerBound].trailing == .newline { continue }
      let net = tokens[range].reduce(0) { $0 + $1.bracketChange }
      if net > 0 {
        lines[index].indent = stack.count
        stack.append(net)
        continue
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
      lines[index].indent = stack.count
    }
  }

  /// hclwrite `formatSpaces`: the spaces before each token that is not first on its line.
  private static func lineSpaces(_ lines: [FormatLine], _ tokens: [HCLToken]) -> [Int] {
    var spaces = Array(repeating: 0, count: tokens.count)
    for line in lines {
      for index in line.range.dropFirst() {
        if index == line.assignStart {
          spaces[index] = 1
          continue
        }
        let subject = index - 1
        let cellStart = line.assignStart.map { subject >= $0 ? $0 : line.range.lowerBound }
        let before =
          subject - 1 >= (cellStart ?? line.range.lowerBound) ? tokens[subject - 1] : nil
        spaces[index] = spaceAfter(tokens[subject], before: before, after: tokens[index]) ? 1 : 0
      }
    }
    return spaces
  }

  /// hclwrite `formatCells`: in a run of consecutive assignment lines, every `=` sits one column
  /// after the widest lead (indentation included).
  private static func align(_ lines: [FormatLine], _ tokens: [HCLToken], _ spaces: inout [Int]) {
    var chain: [(assign: Int, columns: Int)] = []
    func closeChain() {
      let widest = chain.map(\.columns).max() ?? 0
      for member in chain { spaces[member.assign] = widest - member.columns + 1 }
      chain = []
    }
    for line in lines {
      guard let assign = line.assignStart else {
        closeChain()
        continue
      }
      var columns = line.indent * 2
      for index in line.range.lowerBound..<assign { columns += tokens[index].width + spaces[index] }
      chain.append((assign, columns))
    }
    closeChain()
  }

  private static func render(_ lines: [FormatLine], _ tokens: [HCLToken], _ spaces: [Int])
    -> [OutputLine]
  {
    var output: [OutputLine] = []
    for line in lines {
      let indentation = String(repeating: " ", count: line.indent * 2)
      let isBlank = tokens[line.range.lowerBound].trailing == .newline
      var current = OutputLine(text: isBlank ? "" : indentation)
      if let assign = line.assignStart { current.alignmentPadding = spaces[assign] - 1 }
      for index in line.range {
        let token = tokens[index]
        if index > line.range.lowerBound {
          switch spaces[index] {
          case 0: break
          case 1: current.text += " "
          case let count: current.text += String(repeating: " ", count: count)
          }
        }
        if token.trailing == .newline { break }
        current.text += token.text
        if let id = token.tupleID { current.tupleIDs.append(id) }
        if let heredoc = token.heredoc {
          output.append(current)
          for body in heredoc.lines {
            let deeper = heredoc.isFlush && !body.isBlank ? indentation + "  " : ""
            output.append(OutputLine(text: deeper + body.text, isHeredocText: true))
          }
          current = OutputLine(text: indentation + heredoc.marker, isHeredocText: true)
        }
      }
      output.append(current)
    }
    return output
  }
}
