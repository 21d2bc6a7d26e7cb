/// Lays a token stream out as the bytes of a file, choosing every space the way hashicorp/hcl
/// `hclwrite/format.go` does (indentation by bracket count, spaces inside a line, `=` alignment
/// of assignment chains), so the result is a fixed point of `terraform fmt` and `packer fmt`.
/// The token stream decides the newlines; this type decides only spaces.
///
/// A format line is the tokens up to and including a newline (a heredoc's body and marker belong
/// to the line that opens it), split into a lead cell and, from its first `=` whose rest of the
/// line is balanced, an assignment cell. Lines are written straight into one buffer with a single
/// space before such an `=`; when a run of assignment lines ends, the spaces that align its `=`
/// are inserted into the run, which is the end of the buffer (`Layout`).
enum HCLFormatter {
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
  static func assignStart(_ tokens: [HCLToken], _ range: Range<Int>) -> Int? {
    guard let equals = range.dropFirst().first(where: { tokens[$0].leading == .equals }) else {
      return nil
    }
    var balance = 0
    for index in equals..<range.upperBound { balance += tokens[index].bracketChange }
    return balance == 0 ? equals : nil
  }

  /// hclwrite `formatIndent`: a line with a net opening indents what follows by one level,
  /// however many brackets it opened; a line with a net closing pops as many levels as it closes.
  static func indent(_ line: ArraySlice<HCLToken>, _ stack: inout [Int]) -> Int {
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

}
