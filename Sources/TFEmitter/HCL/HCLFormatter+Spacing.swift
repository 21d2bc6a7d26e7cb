extension HCLFormatter {
  /// Whether one space separates `subject` from `after` on a line, `before` being the token before
  /// `subject` in the same cell. The rules and their order are hashicorp/hcl `hclwrite`
  /// `spaceAfterToken`, so the printed spacing is the one `terraform fmt` and `packer fmt` keep.
  static func spaceAfter(_ subject: HCLToken, before: HCLToken?, after: HCLToken) -> Bool {
    let current = subject.trailing
    let next = after.leading
    switch true {
    case next == .newline || next == .comment:
      return false
    case current == .identifier && next == .openParen:
      return false  // `name(`, and also `in(` and `if(` as fmt writes them
    case current == .dot || next == .dot:
      return false
    case next == .comma || next == .ellipsis:
      return false
    case current == .comma:
      return true
    case current == .openQuote || current == .openHeredoc || next == .closeQuote
      || next == .closeHeredoc:
      return false
    case subject.isInKeyword && before?.trailing == .identifier:
      return true  // `in [a, b]`
    case next == .openBracket
      && (current == .identifier || current == .number || current.bracketChange < 0):
      return false  // `x[0]`, `f(x)[0]`
    case current == .minus:
      return !isNegationContext(before?.trailing)
    case current == .openBrace || next == .closeBrace:
      return !(current == .openBrace && next == .closeBrace)
    case (current == .templateInterpolation || current == .templateControl)
      && next == .openBrace:
      return true
    case current == .closeBrace && next == .templateEnd:
      return true
    case current == .templateEnd
      && (next == .templateInterpolation || next == .templateControl):
      return false
    case current.bracketChange > 0:
      return false
    case next.bracketChange < 0:
      return false
    default:
      return true
    }
  }

  /// True when a `-` after a token of class `previous` reads as a negation and is written without
  /// a space after it (`= -1`, `(-1`, `, -1`, `? -1`, `a * -1`); elsewhere (after `=>`, `${`,
  /// `in`, `if`) `hclwrite` writes `- 1`, so the printer wraps a negative number in parentheses.
  static func isNegationContext(_ previous: HCLToken.Kind?) -> Bool {
    guard let previous else { return true }
    switch previous {
    case .newline, .comment, .openParen, .openBrace, .openBracket, .equals, .colon, .comma,
      .question, .arithmetic, .minus, .comparison, .logical:
      return true
    default:
      return false
    }
  }
}
