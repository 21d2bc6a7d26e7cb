/// One printed token: where its text lies in the writer's byte store, and the lexical classes
/// that decide the spaces around it (mirroring hashicorp/hcl `hclwrite` tokens). Quoted strings,
/// heredocs and written-as-is references are single tokens whose first and last classes may
/// differ. A token is a small plain value: its text is bytes in one buffer shared by the whole
/// file (`HCLTokenWriter.text`), never a `String` of its own.
struct HCLToken: Sendable {
  /// The lexical classes that `hclwrite` formatting distinguishes.
  enum Kind: UInt8, Sendable, Equatable {
    case identifier, number
    case openQuote, closeQuote, openHeredoc, closeHeredoc
    case openBrace, closeBrace, openBracket, closeBracket, openParen, closeParen
    case templateInterpolation, templateControl, templateEnd
    case comma, dot, colon, question, equals, fatArrow, ellipsis
    case minus, arithmetic, comparison, logical
    case newline, comment

    /// `+1` for an opening bracket, `-1` for a closing one (hclwrite `tokenBracketChange`).
    var bracketChange: Int {
      switch self {
      case .openBrace, .openBracket, .openParen, .templateInterpolation, .templateControl: 1
      case .closeBrace, .closeBracket, .closeParen, .templateEnd: -1
      default: 0
      }
    }
  }

  /// The class the previous token sees.
  var leading: Kind
  /// The class the next token sees.
  var trailing: Kind
  /// True for the keyword `in` of a `for` expression.
  var isInKeyword = false
  /// Where the text starts in the byte store; for a heredoc, the opening `<<-EOT` only.
  var start: Int32
  /// The text's length in bytes.
  var count: Int32
  /// For the `[` of a tuple printed on one line: the tuple's number, so an over-long line can ask
  /// for that tuple to be broken; -1 otherwise.
  var tupleID: Int32 = -1
  /// For a heredoc: its body and closing marker, by position in the writer's `heredocs`; -1
  /// otherwise.
  var heredoc: Int32 = -1

  /// A token of one class whose text is `count` bytes of the store from `start`.
  init(_ kind: Kind, start: Int, count: Int) {
    self.init(leading: kind, trailing: kind, start: start, count: count)
  }

  /// A token whose two ends may belong to different classes.
  init(leading: Kind, trailing: Kind, start: Int, count: Int) {
    self.leading = leading
    self.trailing = trailing
    self.start = Int32(truncatingIfNeeded: start)
    self.count = Int32(truncatingIfNeeded: count)
  }

  /// The token's bytes in `store`.
  func bytes(in store: [UInt8]) -> ArraySlice<UInt8> {
    store[Int(start)..<Int(start + count)]
  }

  /// Columns as `hclwrite` counts them (grapheme clusters per lexical token): a quoted string's
  /// content and its two quotes counted apart, a heredoc opener as its marker and `<<-`.
  func width(in store: [UInt8]) -> Int {
    let text = bytes(in: store)
    if Self.isPrintableASCII(text) { return text.count }
    if leading == .openQuote, trailing == .closeQuote, text.count >= 2 {
      return Self.width(of: text.dropFirst().dropLast()) + 2
    }
    return Self.width(of: text)
  }

  /// Columns of `text`: grapheme clusters, which for printable ASCII (nearly all of what is
  /// printed) are its bytes, counted without breaking the text into clusters.
  static func width(of text: ArraySlice<UInt8>) -> Int {
    isPrintableASCII(text) ? text.count : String(decoding: text, as: UTF8.self).count
  }

  /// True when every byte of `text` is printable ASCII.
  static func isPrintableASCII(_ text: ArraySlice<UInt8>) -> Bool {
    text.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// The net bracket change of the token; composite tokens are balanced.
  var bracketChange: Int { leading == trailing ? leading.bracketChange : 0 }

  /// True for a token that ends its line (a newline or a comment, which includes its newline).
  var endsLine: Bool { trailing == .newline || trailing == .comment }
}

/// How a heredoc's body is laid out once the indentation of its line is known.
struct HCLHeredocLayout: Sendable, Hashable {
  /// One body line.
  struct Line: Sendable, Hashable {
    /// The escaped text, without the newline.
    var text: String
    /// Whitespace only: printed as is, since HCL neither counts nor strips such a line.
    var isBlank: Bool
  }

  /// The chosen marker.
  var marker: String
  /// True for `<<-`: non-blank body lines are indented one level deeper than the opener line.
  var isFlush: Bool
  /// The body lines.
  var lines: [Line]
}
