import CFNParser

/// "Did you mean …?" for mistyped option and subcommand names, as swift-argument-parser suggests:
/// the closest candidate whose edit distance (`Spelling.distance`, the one the template's
/// suggestions use) is below 4.
enum Suggestion {
  /// The candidate closest to `typed`, the first of equals; nil when none is close enough.
  static func closest(to typed: String, among candidates: [String]) -> String? {
    Spelling.closest(to: typed, in: candidates, within: 3)
  }
}
