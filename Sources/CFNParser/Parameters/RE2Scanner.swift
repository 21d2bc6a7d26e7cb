/// Reads a Java regular expression once, left to right, deciding whether RE2 (Go's `regexp`,
/// with the Perl flags Terraform's `regex()` uses) compiles it with the same meaning, and writing
/// the RE2 spelling on the way. The rules follow Go's `regexp/syntax` parser and `java.util.regex`:
///
/// - groups: `(`, `(?:`, `(?<name>` (written `(?P<name>`), inline flags `i`, `m`, `s` with `-`;
///   lookaround, atomic groups, comments and the flags `x`, `d`, `u` and `U` are refused;
/// - quantifiers `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (at most 1000, nested counts multiplied),
///   each optionally lazy (`?`); possessive ones and a quantifier on a quantifier are refused, and
///   so is a `{` that starts no repetition (Java rejects it, RE2 reads a literal);
/// - escapes and classes: `RE2Scanner+Escapes.swift`.
struct RE2Scanner {
  /// What a finished piece of the pattern can be repeated as: nothing (after `(`, `|`, a flag
  /// group), or an operand whose nested `{n,m}` counts multiply to `product`.
  private enum Operand {
    case none
    case some(product: Int)
  }

  /// Whether the last piece was just quantified, to tell a lazy `?` from a nested quantifier.
  private enum Quantified {
    case no
    case greedy(String)
    case lazy(String)
  }

  /// The pattern as scalars.
  let scalars: [Unicode.Scalar]
  /// The index of the next scalar to read.
  var index = 0
  /// The RE2 spelling written so far.
  var output = String.UnicodeScalarView()
  /// For each open group (the first is the whole pattern), the largest product of nested
  /// repetition counts of anything inside it.
  private var groupProducts: [Int] = [1]
  private var operand = Operand.none
  private var quantified = Quantified.no
  private var topLevelAlternation = false
  private var endsAnchored = false
  private var ignoresCase = false

  /// A scanner of `pattern`.
  init(_ pattern: String) {
    scalars = Array(pattern.unicodeScalars)
  }

  /// The scalar `offset` places after the next one, if the pattern is that long.
  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  /// The text from the next scalar, `count` scalars long (shorter at the end).
  func text(_ count: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[index..<min(index + count, scalars.count)])
    return String(view)
  }

  /// Copies `count` scalars to the output.
  mutating func take(_ count: Int) {
    output.append(contentsOf: scalars[index..<index + count])
    index += count
  }

  /// Reads the whole pattern.
  mutating func scan() throws(RE2Incompatibility) -> RE2Pattern {
    while let scalar = peek() {
      let isTopLevelDollar = scalar == "$" && groupProducts.count == 1
      switch scalar {
      case "\\": try escape()
      case "[":
        try characterClass()
        piece()
      case "(": try openGroup()
      case ")": try closeGroup()
      case "|":
        if groupProducts.count == 1 { topLevelAlternation = true }
        take(1)
        commitOperand()
        operand = .none
        quantified = .no
      case "*", "+", "?": try quantifier()
      case "{": try repetition()
      default:
        // `^` and `$` can be repeated in both engines, like any character.
        take(1)
        piece()
      }
      endsAnchored = isTopLevelDollar
    }
    if groupProducts.count > 1 {
      throw .invalid("(", reason: "a group is not closed")
    }
    commitOperand()
    if ignoresCase, scalars.contains(where: { !$0.isASCII && $0.properties.isAlphabetic }) {
      throw .differentMeaning(
        "(?i)", java: "case-insensitive for ASCII letters only",
        re2: "case-insensitive for every letter")
    }
    return RE2Pattern(
      spelling: String(output), hasTopLevelAlternation: topLevelAlternation,
      startsAnchored: scalars.first == "^", endsAnchored: endsAnchored)
  }

  /// Records a piece that can be repeated and holds no repetition.
  mutating func piece() {
    finish(product: 1)
  }

  private mutating func finish(product: Int) {
    commitOperand()
    operand = .some(product: product)
    quantified = .no
  }

  /// Counts the last piece, with its quantifier, in the product of the group it stands in.
  private mutating func commitOperand() {
    guard case .some(let product) = operand else { return }
    groupProducts[groupProducts.count - 1] = max(groupProducts[groupProducts.count - 1], product)
    operand = .none
  }

  private mutating func openGroup() throws(RE2Incompatibility) {
    guard peek(1) == "?" else {
      take(1)
      return push()
    }
    switch peek(2) {
    case ":":
      take(3)
      return push()
    case "=", "!":
      throw .lookaround(text(3))
    case ">":
      throw .atomicGroup
    case "#":
      throw .unsupported("(?#", meaning: "a comment")
    case "<":
      if peek(3) == "=" || peek(3) == "!" { throw .lookaround(text(4)) }
      return try namedGroup()
    default:
      try flags()
    }
  }

  private mutating func push() {
    commitOperand()
    groupProducts.append(1)
    operand = .none
    quantified = .no
  }

  /// `(?<name>`, written `(?P<name>`.
  private mutating func namedGroup() throws(RE2Incompatibility) {
    var end = index + 3
    while end < scalars.count, scalars[end] != ">" { end += 1 }
    let name = scalars[(index + 3)..<min(end, scalars.count)]
    guard end < scalars.count,
      !name.isEmpty,
      name.allSatisfy({
        $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0))
      })
    else {
      throw .invalid(text(end - index + 1), reason: "a group name is letters, digits and '_'")
    }
    output.append(contentsOf: "(?P<".unicodeScalars)
    output.append(contentsOf: name)
    output.append(">")
    index = end + 1
    push()
  }

  /// `(?flags)` or `(?flags:`, the flags `i`, `m` and `s`, some after one `-`.
  private mutating func flags() throws(RE2Incompatibility) {
    var end = index + 2
    var sawMinus = false
    var flagsAfterMinus = 0
    var flagCount = 0
    while let scalar = end < scalars.count ? scalars[end] : nil, scalar != ")", scalar != ":" {
      switch scalar {
      case "i", "m", "s":
        if scalar == "i" && !sawMinus { ignoresCase = true }
        flagCount += 1
        if sawMinus { flagsAfterMinus += 1 }
      case "-":
        if sawMinus {
          throw .invalid(text(end - index + 1), reason: "a second '-' among the flags")
        }
        sawMinus = true
      case "U":
        throw .differentMeaning(
          "(?U", java: "Unicode character classes", re2: "lazy quantifiers by default")
      case "x":
        throw .unsupported("(?x", meaning: "comments and free spacing")
      case "d", "u":
        throw .unsupported(
          "(?\(scalar)", meaning: scalar == "d" ? "Unix line endings" : "Unicode case folding")
      default:
        throw .invalid(text(end - index + 1), reason: "Java does not know this group")
      }
      end += 1
    }
    guard end < scalars.count else {
      throw .invalid(text(end - index), reason: "a group is not closed")
    }
    guard flagCount > 0, !sawMinus || flagsAfterMinus > 0 else {
      throw .invalid(text(end - index + 1), reason: "a flag group names no flag after '?' or '-'")
    }
    let opensGroup = scalars[end] == ":"
    take(end - index + 1)
    if opensGroup {
      push()
    } else {
      commitOperand()
      quantified = .no
    }
  }

  private mutating func closeGroup() throws(RE2Incompatibility) {
    guard groupProducts.count > 1 else {
      throw .invalid(")", reason: "no group is open")
    }
    take(1)
    commitOperand()
    let product = groupProducts.removeLast()
    finish(product: product)
  }

  /// `*`, `+` or `?`: a quantifier, or the `?` that makes one lazy.
  private mutating func quantifier() throws(RE2Incompatibility) {
    let symbol = text(1)
    switch quantified {
    case .greedy(let previous):
      if symbol == "?" {
        take(1)
        quantified = .lazy(previous + symbol)
        return
      }
      if symbol == "+" { throw .possessiveQuantifier(previous + symbol) }
      throw .invalid(previous + symbol, reason: "a quantifier cannot repeat a quantifier")
    case .lazy(let previous):
      throw .invalid(previous + symbol, reason: "a quantifier cannot repeat a quantifier")
    case .no:
      guard case .some = operand else {
        throw .invalid(symbol, reason: "the quantifier has nothing to repeat")
      }
      take(1)
      quantified = .greedy(symbol)
    }
  }

  /// `{n}`, `{n,}` or `{n,m}`.
  private mutating func repetition() throws(RE2Incompatibility) {
    var end = index + 1
    func number() -> Int? {
      let start = end
      var value = 0
      while end < scalars.count, ("0"..."9").contains(scalars[end]) {
        value = min(value * 10 + Int(scalars[end].value - 48), 100_000)
        end += 1
      }
      return end > start ? value : nil
    }
    guard let minimum = number() else { throw invalidBrace() }
    var maximum: Int? = minimum
    if end < scalars.count, scalars[end] == "," {
      end += 1
      maximum = number()
    }
    guard end < scalars.count, scalars[end] == "}" else { throw invalidBrace() }
    let written = text(end - index + 1)
    switch quantified {
    case .greedy(let previous), .lazy(let previous):
      throw .invalid(previous + written, reason: "a quantifier cannot repeat a quantifier")
    case .no:
      break
    }
    guard case .some(let inner) = operand else {
      throw .invalid(written, reason: "the quantifier has nothing to repeat")
    }
    if let maximum, maximum < minimum {
      throw .invalid(written, reason: "the minimum is above the maximum")
    }
    if minimum > 1000 || (maximum ?? 0) > 1000 { throw .repetitionTooLarge(written) }
    // Go's `repeatIsValid`: along any nesting, the counts multiply to at most 1000.
    let count = maximum ?? minimum
    let product = count * inner
    if (minimum >= 2 || (maximum ?? 0) >= 2) && product > 1000 {
      throw .repetitionTooLarge(written)
    }
    take(end - index + 1)
    operand = .some(product: product)
    quantified = .greedy(written)
  }

  private func invalidBrace() -> RE2Incompatibility {
    .invalid(
      "{",
      reason:
        "Java rejects a '{' that starts no repetition ({n}, {n,} or {n,m}) and RE2 reads it as a character; write '\\{'"
    )
  }
}
