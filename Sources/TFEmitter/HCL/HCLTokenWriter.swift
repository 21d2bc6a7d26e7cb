import CFNParser

/// Builds the token stream for a tree: decides where lines break, never the spaces. Token texts
/// go into one byte store (`text`); tokens are small values pointing into it.
struct HCLTokenWriter {
  /// The tokens written so far.
  var tokens: [HCLToken] = []
  /// The bytes of every token's text.
  private(set) var text: [UInt8] = []
  /// The heredocs written so far, which their tokens point to.
  private(set) var heredocs: [HCLHeredocLayout] = []
  /// Tuples that must be printed one element per line (see `HCLPrinter.print(_:)`).
  let brokenTuples: Set<Int>
  /// The number of the next tuple met, counting every tuple in tree order.
  var nextTupleID = 0
  /// Where the tokens of the expression being written on its own begin (`subTokens`): before it,
  /// the writer behaves as if nothing had been written.
  private var subStart = 0

  /// A writer.
  init(brokenTuples: Set<Int>) {
    self.brokenTuples = brokenTuples
  }

  /// The class of the last token, `nil` at the start.
  var previousKind: HCLToken.Kind? { tokens.count > subStart ? tokens.last?.trailing : nil }

  /// Appends a token; a heredoc's closing marker must end its line, so anything else that follows
  /// one starts a new line.
  mutating func append(_ token: HCLToken) {
    if tokens.count > subStart, let last = tokens.last, last.heredoc >= 0, !token.endsLine {
      newline()
    }
    tokens.append(token)
  }

  /// Appends tokens one by one.
  mutating func append(contentsOf newTokens: ArraySlice<HCLToken>) {
    for token in newTokens { append(token) }
  }

  /// Appends a token of one class whose text is `literal`.
  mutating func append(_ kind: HCLToken.Kind, _ literal: StaticString) {
    let start = text.count
    text.append(literal: literal)
    append(HCLToken(kind, start: start, count: text.count - start))
  }

  /// Appends a token of one class whose text is `string`.
  mutating func append(_ kind: HCLToken.Kind, string: String) {
    let start = text.count
    text.appendUTF8(string)
    append(HCLToken(kind, start: start, count: text.count - start))
  }

  /// Appends an identifier, a keyword or a reference written as is.
  mutating func appendIdentifier(_ name: String) {
    let start = text.count
    text.appendUTF8(name)
    var token = HCLToken(.identifier, start: start, count: text.count - start)
    token.isInKeyword = name == "in"
    append(token)
  }

  /// Appends a traversal (`aws_x.y.z`, `var.name`), its text written straight into the store.
  mutating func appendTraversal(_ path: TerraformPath) {
    let start = text.count
    path.write(into: &text)
    var token = HCLToken(.identifier, start: start, count: text.count - start)
    token.isInKeyword = isIdentifier(token, "in")
    append(token)
  }

  /// Appends a quoted string token: `"`, the text escaped, `"`.
  mutating func appendQuoted(_ content: String) {
    let start = text.count
    text.append(UInt8(ascii: "\""))
    HCLEscaping.appendQuotedContent(content, to: &text)
    text.append(UInt8(ascii: "\""))
    append(
      HCLToken(leading: .openQuote, trailing: .closeQuote, start: start, count: text.count - start))
  }

  /// Appends a quoted string token around content already escaped.
  mutating func appendQuoted(escaped content: [UInt8]) {
    let start = text.count
    text.append(UInt8(ascii: "\""))
    text.append(contentsOf: content)
    text.append(UInt8(ascii: "\""))
    append(
      HCLToken(leading: .openQuote, trailing: .closeQuote, start: start, count: text.count - start))
  }

  /// Appends a heredoc token laid out as `layout`.
  mutating func appendHeredoc(_ layout: HCLHeredocLayout) {
    let start = text.count
    text.appendUTF8(layout.isFlush ? "<<-" : "<<")
    text.appendUTF8(layout.marker)
    var token = HCLToken(
      leading: .openHeredoc, trailing: .closeHeredoc, start: start, count: text.count - start)
    token.heredoc = Int32(heredocs.count)
    heredocs.append(layout)
    append(token)
  }

  /// Ends the line.
  mutating func newline() {
    tokens.append(HCLToken(.newline, start: text.count, count: 0))
  }

  /// Writes `body` as if nothing had been written before it (no previous token, no heredoc to
  /// end), continuing the tuple numbering; returns the positions of the tokens it wrote.
  mutating func writeOnItsOwn(_ body: (inout HCLTokenWriter) -> Void) -> Range<Int> {
    let enclosing = subStart
    let start = tokens.count
    subStart = start
    body(&self)
    subStart = enclosing
    return start..<tokens.count
  }

  /// How much has been written: the number of tokens and of bytes of text.
  var mark: (tokens: Int, text: Int) { (tokens.count, text.count) }

  /// Removes what was written after `mark`, tokens and text.
  mutating func rewind(to mark: (tokens: Int, text: Int)) {
    tokens.removeSubrange(mark.tokens...)
    text.removeSubrange(mark.text...)
  }

  /// Removes the tokens from position `start` on and returns them; their text stays in the store.
  mutating func cut(from start: Int) -> [HCLToken] {
    let cut = Array(tokens[start...])
    tokens.removeSubrange(start...)
    return cut
  }

  /// Inserts a token of one class before position `index`.
  mutating func insert(_ kind: HCLToken.Kind, _ literal: StaticString, at index: Int) {
    let start = text.count
    text.append(literal: literal)
    tokens.insert(HCLToken(kind, start: start, count: text.count - start), at: index)
  }

  /// True when the token at `index` is the identifier `word`.
  func isIdentifier(at index: Int, _ word: StaticString) -> Bool {
    isIdentifier(tokens[index], word)
  }

  /// True when `token`, whose text is in the store, is the identifier `word`.
  private func isIdentifier(_ token: HCLToken, _ word: StaticString) -> Bool {
    guard token.trailing == .identifier else { return false }
    return word.withUTF8Buffer { token.bytes(in: text).elementsEqual($0) }
  }

  /// Removes every token, its text and the heredocs (once laid out), keeping the tuple numbering.
  mutating func removeAll() {
    tokens.removeAll(keepingCapacity: true)
    text.removeAll(keepingCapacity: true)
    heredocs.removeAll(keepingCapacity: true)
  }

  /// The items of a body, one per line, with at most one blank line between items and none at
  /// the start or the end; `afterItem` is called after each item of this body (not of the
  /// blocks inside it), when the tokens end with its line.
  mutating func writeBody(
    _ body: HCLBody, afterItem: ((inout HCLTokenWriter) -> Void)? = nil
  ) {
    var wroteItem = false
    var pendingBlankLine = false
    for item in body.items {
      switch item {
      case .blankLine:
        pendingBlankLine = wroteItem
      case .attribute(let attribute):
        writePendingBlankLine(&pendingBlankLine)
        appendIdentifier(attribute.name)
        append(.equals, "=")
        writeExpression(attribute.value, allowsHeredoc: true)
        newline()
      case .block(let block):
        writePendingBlankLine(&pendingBlankLine)
        writeBlock(block)
      case .comment(let lines):
        writePendingBlankLine(&pendingBlankLine)
        writeComment(lines)
      }
      if !item.isBlankLine {
        wroteItem = true
        afterItem?(&self)
      }
    }
  }

  private mutating func writePendingBlankLine(_ pending: inout Bool) {
    if pending { newline() }
    pending = false
  }

  private mutating func writeBlock(_ block: HCLBlock) {
    appendIdentifier(block.type)
    for label in block.labels { appendQuoted(label) }
    append(.openBrace, "{")
    if block.body.items.allSatisfy(\.isBlankLine) {
      append(.closeBrace, "}")
    } else {
      newline()
      writeBody(block.body)
      append(.closeBrace, "}")
    }
    newline()
  }

  /// `# text` lines (`#` alone for an empty line); trailing whitespace is dropped and a line that
  /// contains line breaks becomes several comment lines.
  private mutating func writeComment(_ lines: [String]) {
    for line in lines {
      // Printable ASCII not ending in a space (nearly every comment) needs none of the below.
      if !line.isEmpty, line.utf8.last != 0x20, line.allUTF8Bytes({ $0 >= 0x20 && $0 < 0x7F }) {
        appendComment(line)
        continue
      }
      for piece in line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        // Control characters a line break does not split off (ESC, BEL, …) as escapes: a
        // comment may quote the template.
        var text = Substring(String(piece).escapingControlCharacters())
        while let last = text.last, last.isWhitespace { text.removeLast() }
        appendComment(text)
      }
    }
  }

  /// A comment token: `# ` and `line`, or `#` alone for an empty line.
  private mutating func appendComment(_ line: some StringProtocol) {
    let start = text.count
    text.append(UInt8(ascii: "#"))
    if !line.isEmpty {
      text.append(UInt8(ascii: " "))
      text.appendUTF8(line)
    }
    append(HCLToken(.comment, start: start, count: text.count - start))
  }
}
