import CFNParser

/// "Did you mean …?" for mistyped option and subcommand names, as swift-argument-parser suggests:
/// the closest candidate whose edit distance (`Spelling.distance`, the one the template's
/// suggestions use) is below 4.
enum Suggestion {
  /// The candidate closest to `typed`, the first of equals; nil when none is close enough.
  static func closest(to typed: String, among candidates: [String]) -> String? {
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = Spelling.distance(typed, candidate)
      if distance < 4, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
  }
}
