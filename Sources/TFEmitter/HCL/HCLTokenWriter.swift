import CFNParser

/// Builds the token stream for a tree: decides where lines break, never the spaces.
struct HCLTokenWriter {
  /// The tokens written so far.
  private(set) var tokens: [HCLToken] = []
  /// Tuples that must be printed one element per line (see `HCLPrinter.print(_:)`).
  let brokenTuples: Set<Int>
  /// The number of the next tuple met, counting every tuple in tree order.
  var nextTupleID = 0

  /// A writer; `nextTupleID` continues the numbering of an enclosing writer.
  init(brokenTuples: Set<Int>, nextTupleID: Int = 0, tokens: [HCLToken] = []) {
    self.brokenTuples = brokenTuples
    self.nextTupleID = nextTupleID
    self.tokens = tokens
  }

  /// The class of the last token, `nil` at the start.
  var previousKind: HCLToken.Kind? { tokens.last?.trailing }

  /// Appends a token; a heredoc's closing marker must end its line, so anything else that follows
  /// one starts a new line.
  mutating func append(_ token: HCLToken) {
    if tokens.last?.heredoc != nil, !token.endsLine { newline() }
    tokens.append(token)
  }

  /// Appends tokens one by one.
  mutating func append(contentsOf newTokens: [HCLToken]) {
    for token in newTokens { append(token) }
  }

  /// Ends the line.
  mutating func newline() {
    tokens.append(HCLToken(.newline, ""))
  }

  /// The items of a body, one per line, with at most one blank line between items and none at
  /// the start or the end.
  mutating func writeBody(_ body: HCLBody) {
    var wroteItem = false
    var pendingBlankLine = false
    for item in body.items {
      switch item {
      case .blankLine:
        pendingBlankLine = wroteItem
      case .attribute(let attribute):
        writePendingBlankLine(&pendingBlankLine)
        append(HCLToken(.identifier, attribute.name))
        append(HCLToken(.equals, "="))
        writeExpression(attribute.value, allowsHeredoc: true)
        newline()
      case .block(let block):
        writePendingBlankLine(&pendingBlankLine)
        writeBlock(block)
      case .comment(let lines):
        writePendingBlankLine(&pendingBlankLine)
        writeComment(lines)
      }
      if item != .blankLine { wroteItem = true }
    }
  }

  private mutating func writePendingBlankLine(_ pending: inout Bool) {
    if pending { newline() }
    pending = false
  }

  private mutating func writeBlock(_ block: HCLBlock) {
    append(HCLToken(.identifier, block.type))
    for label in block.labels { append(quotedToken(HCLEscaping.escapeQuoted(label))) }
    append(HCLToken(.openBrace, "{"))
    if block.body.items.allSatisfy({ $0 == .blankLine }) {
      append(HCLToken(.closeBrace, "}"))
    } else {
      newline()
      writeBody(block.body)
      append(HCLToken(.closeBrace, "}"))
    }
    newline()
  }

  /// `# text` lines (`#` alone for an empty line); trailing whitespace is dropped and a line that
  /// contains line breaks becomes several comment lines.
  private mutating func writeComment(_ lines: [String]) {
    for line in lines {
      // Printable ASCII not ending in a space (nearly every comment) needs none of the below.
      if !line.isEmpty, line.utf8.last != 0x20, line.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
        append(HCLToken(.comment, "# " + line))
        continue
      }
      for piece in line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        // Control characters a line break does not split off (ESC, BEL, …) as escapes: a
        // comment may quote the template.
        var text = Substring(String(piece).escapingControlCharacters())
        while let last = text.last, last.isWhitespace { text.removeLast() }
        append(HCLToken(.comment, text.isEmpty ? "#" : "# " + text))
      }
    }
  }

  /// A quoted string token around already-escaped content.
  func quotedToken(_ escapedContent: String) -> HCLToken {
    HCLToken(
      leading: .openQuote, trailing: .closeQuote, text: "\"" + escapedContent + "\"",
      width: HCLToken.width(of: escapedContent) + 2)
  }
}
