/// One printed token: its text without surrounding spaces, and the lexical classes that decide the
/// spaces around it (mirroring hashicorp/hcl `hclwrite` tokens). Quoted strings, heredocs and
/// written-as-is references are single tokens whose first and last classes may differ.
struct HCLToken: Sendable {
  /// The lexical classes that `hclwrite` formatting distinguishes.
  enum Kind: Sendable, Equatable {
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
  /// The text; for a heredoc, the opening `<<-EOT` only.
  var text: String
  /// Columns as `hclwrite` counts them (grapheme clusters per lexical token).
  var width: Int
  /// The body and closing marker of a heredoc token.
  var heredoc: HCLHeredocLayout?
  /// For the `[` of a tuple printed on one line: the tuple's number, so an over-long line can ask
  /// for that tuple to be broken.
  var tupleID: Int?

  /// A token of one class.
  init(_ kind: Kind, _ text: String, tupleID: Int? = nil) {
    self.leading = kind
    self.trailing = kind
    self.text = text
    self.width = Self.width(of: text)
    self.tupleID = tupleID
  }

  /// Columns as `hclwrite` counts them: grapheme clusters, which for printable ASCII (nearly
  /// all of what is printed) are its bytes, counted without breaking the text into clusters.
  static func width(of text: String) -> Int {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? text.utf8.count : text.count
  }

  /// A token whose two ends belong to different classes.
  init(leading: Kind, trailing: Kind, text: String, width: Int) {
    self.leading = leading
    self.trailing = trailing
    self.text = text
    self.width = width
  }

  /// The net bracket change of the token; composite tokens are balanced.
  var bracketChange: Int { leading == trailing ? leading.bracketChange : 0 }

  /// True for the keyword `in` of a `for` expression.
  var isInKeyword: Bool { trailing == .identifier && text == "in" }

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
