/// A CloudFormation `AllowedPattern` as RE2 reads it. CloudFormation patterns are Java regular
/// expressions; Terraform's `regex()` is Go's `regexp`, which implements RE2. A pattern is
/// accepted only when RE2 compiles it and gives it the meaning Java does, so that the validation
/// built from it neither errors in Terraform nor rejects what CloudFormation accepts.
///
/// The decision is made by a scanner of the Java syntax (`RE2Scanner`), not by an engine: no
/// regex library is asked, since none at hand is RE2. Differences it does not reject, because they
/// concern characters a parameter value hardly holds: Java's `.` also excludes `\r`, `\u0085`,
/// `\u2028` and `\u2029`, RE2's only `\n`; Java's `\s` includes `\x0B`, RE2's does not.
package struct RE2Pattern: Hashable, Sendable {
  /// The pattern spelt for RE2 with the same meaning: a named group `(?<name>` is written
  /// `(?P<name>` (Terraform before 1.8 was built with a Go that knows only that form), and a
  /// `\Q` quote left open at the end is closed with `\E` so that an anchor can follow it.
  package var spelling: String
  /// True when a `|` stands outside every group, so anchoring needs a group round the whole.
  package var hasTopLevelAlternation: Bool
  /// True when the pattern starts with `^`.
  package var startsAnchored: Bool
  /// True when the pattern ends with a `$` anchor outside every group.
  package var endsAnchored: Bool

  /// The pattern for RE2, or the first construct that keeps it from being one.
  package static func check(_ pattern: String) -> Result<RE2Pattern, RE2Incompatibility> {
    var scanner = RE2Scanner(pattern)
    do {
      return .success(try scanner.scan())
    } catch {
      return .failure(error)
    }
  }

  /// The pattern anchored at both ends, since CloudFormation matches the whole value.
  package var wholeMatch: String {
    // `^a|b$` anchors only one branch at each end: the group must be anchored as a whole.
    if hasTopLevelAlternation { return "^(?:\(spelling))$" }
    return (startsAnchored ? "" : "^") + spelling + (endsAnchored ? "" : "$")
  }
}

/// Why a Java pattern cannot be given to RE2: each case names the construct as written.
package enum RE2Incompatibility: Error, Hashable, Sendable, CustomStringConvertible {
  /// Lookahead or lookbehind: `(?=`, `(?!`, `(?<=`, `(?<!`.
  case lookaround(String)
  /// A backreference: `\1`, `\k<name>`.
  case backreference(String)
  /// A possessive quantifier: `*+`, `++`, `?+`, `{n}+`.
  case possessiveQuantifier(String)
  /// An atomic group, `(?>`.
  case atomicGroup
  /// An escape, property, flag or group RE2 does not have, and what it means in Java.
  case unsupported(String, meaning: String)
  /// A construct RE2 accepts with another meaning than Java's.
  case differentMeaning(String, java: String, re2: String)
  /// Not a valid pattern for Java (so not for CloudFormation) or for RE2, and why.
  case invalid(String, reason: String)
  /// A repetition over RE2's limit of 1000, alone or multiplied by the repetitions around it.
  case repetitionTooLarge(String)

  /// The reason, lowercase, without a final period.
  package var description: String {
    switch self {
    case .lookaround(let text): "RE2 has no lookahead or lookbehind ('\(text)')"
    case .backreference(let text): "RE2 has no backreferences ('\(text)')"
    case .possessiveQuantifier(let text): "RE2 has no possessive quantifiers ('\(text)')"
    case .atomicGroup: "RE2 has no atomic groups ('(?>')"
    case .unsupported(let text, let meaning): "RE2 has no '\(text)' (\(meaning))"
    case .differentMeaning(let text, let java, let re2):
      "'\(text)' is \(java) in Java but \(re2) in RE2"
    case .invalid(let text, let reason): "the pattern is not valid at '\(text)': \(reason)"
    case .repetitionTooLarge(let text):
      "RE2 repeats at most 1000 times, nested repetitions multiplied ('\(text)')"
    }
  }
}
