/// Suggestions for misspelled names: "did you mean …?".
package enum Spelling {
  /// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo
  /// (at most a third of the word's length, and at least one edit), letter case aside.
  package static func closest(to word: String, in candidates: [String]) -> String? {
    closest(to: word.lowercased(), in: candidates, within: max(1, word.count / 3)) {
      $0.lowercased()
    }
  }

  /// The first of the candidates closest to `word` whose distance is at most `limit`, each
  /// compared as `compared(candidate)`; nil when none is that close.
  package static func closest(
    to word: String, in candidates: [String], within limit: Int,
    comparing compared: (String) -> String = { $0 }
  ) -> String? {
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let d = distance(word, compared(candidate))
      if d <= limit, d < (best?.distance ?? .max) { best = (candidate, d) }
    }
    return best?.name
  }

  /// Edit distance over Unicode scalars, a swap of two neighbours counting as one edit
  /// (optimal string alignment), so that `Evn` suggests `Env`: the one edit distance of the
  /// package (names in templates, JSON literals, command-line options and subcommands).
  package static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var beforePrevious = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[y.count]
  }
}
