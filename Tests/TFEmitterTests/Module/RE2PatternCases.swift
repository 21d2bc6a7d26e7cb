import CFNParser
import Testing

@testable import TFEmitter

/// One Java pattern, what the scanner must make of it, and what the oracles must confirm:
/// Terraform (RE2) compiles the anchored spelling of an accepted pattern, compiles a refused one
/// only where `re2Compiles` says so, and answers each witness as Java does for an accepted pattern
/// and otherwise for a pattern refused for its meaning. The witnesses' Java answers are checked
/// with `java` where it is installed.
struct RE2Case: Sendable, CustomTestStringConvertible {
  /// What the scanner decides.
  enum Verdict: Sendable {
    /// RE2 reads it as Java does; the anchored pattern written in the validation.
    case accepted(String)
    /// Refused, and whether RE2 would compile it anyway (a different meaning, or a pattern only
    /// Java rejects).
    case refused(RE2Incompatibility, re2Compiles: Bool)
  }

  var pattern: String
  var verdict: Verdict
  /// Values, and whether Java's `Pattern.matches` accepts each (as CloudFormation does).
  var witnesses: [(value: String, java: Bool)] = []

  var testDescription: String { pattern }

  static func accepted(
    _ pattern: String, _ anchored: String, _ witnesses: [(String, Bool)] = []
  ) -> RE2Case {
    RE2Case(
      pattern: pattern, verdict: .accepted(anchored),
      witnesses: witnesses.map { (value: $0.0, java: $0.1) })
  }

  static func refused(
    _ pattern: String, _ problem: RE2Incompatibility, re2Compiles: Bool = false,
    _ witnesses: [(String, Bool)] = []
  ) -> RE2Case {
    RE2Case(
      pattern: pattern, verdict: .refused(problem, re2Compiles: re2Compiles),
      witnesses: witnesses.map { (value: $0.0, java: $0.1) })
  }

  /// Patterns RE2 reads as Java does, from CloudFormation templates and the edges of the syntax.
  static let accepted: [RE2Case] = [
    .accepted("[a-zA-Z0-9-]+", "^[a-zA-Z0-9-]+$", [("ab-1", true), ("a_b", false)]),
    .accepted(
      #"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/(\d{1,2})"#,
      #"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/(\d{1,2})$"#,
      [("10.0.0.0/16", true), ("10.0.0.0", false)]),
    .accepted(#"[\x20-\x7E]*"#, #"^[\x20-\x7E]*$"#, [("abc ~", true), ("é", false)]),
    .accepted("[ -~]*", "^[ -~]*$"),
    .accepted("[S|N|B]", "^[S|N|B]$", [("|", true), ("SN", false)]),
    .accepted("(false|true)", "^(false|true)$", [("true", true), ("yes", false)]),
    .accepted("^[a-z]+$", "^[a-z]+$"),
    .accepted("a|b", "^(?:a|b)$", [("b", true), ("ab", false)]),
    .accepted("^a|b$", "^(?:^a|b$)$", [("a", true), ("ab", false)]),
    .accepted("", "^$", [("", true), ("a", false)]),
    .accepted("(?<name>x)y", "^(?P<name>x)y$", [("xy", true)]),
    .accepted(#"\Qa.b"#, #"^\Qa.b\E$"#, [("a.b", true), ("axb", false)]),
    .accepted(#"\Qa|b\E"#, #"^\Qa|b\E$"#, [("a|b", true), ("a", false)]),
    .accepted(#"a\Q\E*"#, #"^a\Q\E*$"#, [("aa", true)]),
    .accepted("(?i)abc", "^(?i)abc$", [("ABC", true)]),
    .accepted("(?i-s:a.)b", "^(?i-s:a.)b$", [("Axb", true), ("AxB", false)]),
    .accepted(#"\p{Lu}\pL*"#, #"^\p{Lu}\pL*$"#, [("Ab", true), ("ab", false)]),
    .accepted(#"[\p{L}_]+"#, #"^[\p{L}_]+$"#, [("é_", true)]),
    .accepted(#"\P{N}"#, #"^\P{N}$"#, [("a", true), ("1", false)]),
    .accepted(#"[^\s]+"#, #"^[^\s]+$"#, [("ab", true), ("a b", false)]),
    .accepted(#"\d+\$"#, #"^\d+\$$"#, [("12$", true)]),
    .accepted(#"a\\$"#, #"^a\\$"#, [(#"a\"#, true)]),
    .accepted("[]a]", "^[]a]$", [("]", true)]),
    .accepted("[^]a]", "^[^]a]$", [("b", true), ("]", false)]),
    .accepted(#"[\d-z]"#, #"^[\d-z]$"#, [("-", true), ("y", false)]),
    .accepted("[a-z-0]", "^[a-z-0]$", [("-", true), ("0", true)]),
    .accepted("[a-z&]", "^[a-z&]$", [("&", true)]),
    .accepted(#"[\.-\/]"#, #"^[\.-\/]$"#, [("/", true)]),
    .accepted(#"x{2,3}?y"#, #"^x{2,3}?y$"#, [("xxy", true), ("xy", false)]),
    .accepted("a{1000}", "^a{1000}$"),
    .accepted("a{0,1000}", "^a{0,1000}$"),
    .accepted("(a{2}){500}", "^(a{2}){500}$"),
    .accepted("((a{10}){10}){10}", "^((a{10}){10}){10}$"),
    .accepted("((a{1000}){0}){5}", "^((a{1000}){0}){5}$"),
    .accepted("(a*){1000}", "^(a*){1000}$"),
    .accepted(#"\012"#, #"^\012$"#, [("\n", true)]),
    .accepted(#"\x{1F600}\x41"#, #"^\x{1F600}\x41$"#, [("😀A", true)]),
    .accepted(#"\A\b\w+\b\z"#, #"^\A\b\w+\b\z$"#, [("ab", true)]),
    .accepted("a}", "^a}$", [("a}", true)]),
    .accepted(##"\%\<\ \#\-\_"##, ##"^\%\<\ \#\-\_$"##, [("%< #-_", true)]),
    .accepted("()*(|a)*", "^()*(|a)*$", [("a", true)]),
    .accepted(#"[\t-\r\a\f]"#, #"^[\t-\r\a\f]$"#, [("\n", true)]),
    .accepted("(?m)^a$", "^(?m)^a$", [("a", true)]),
  ]

  /// Patterns refused, each for one reason.
  static let refused: [RE2Case] = [
    .refused("^(?!.*--)[a-z-]+$", .lookaround("(?!")),
    .refused("(?=a)a", .lookaround("(?=")),
    .refused("(?<=a)b", .lookaround("(?<=")),
    .refused("(?<!a)b", .lookaround("(?<!")),
    .refused(#"(a)\1"#, .backreference(#"\1"#)),
    .refused(#"\8"#, .backreference(#"\8"#)),
    .refused(
      #"(a)\12"#, .backreference(#"\12"#), re2Compiles: true, [("a\n", false), ("aa2", true)]),
    .refused(#"(?<n>a)\k<n>"#, .backreference(#"\k<n>"#)),
    .refused("a*+", .possessiveQuantifier("*+")),
    .refused("a++", .possessiveQuantifier("++")),
    .refused("a?+", .possessiveQuantifier("?+")),
    .refused("a{2}+", .possessiveQuantifier("{2}+")),
    .refused("(?>a)", .atomicGroup),
    .refused(
      #"a\Z"#,
      .unsupported(#"\Z"#, meaning: "the end of the input before a final line break; use \\z")),
    .refused(#"\Ga"#, .unsupported(#"\G"#, meaning: "the end of the previous match")),
    .refused(#"\h"#, .unsupported(#"\h"#, meaning: "horizontal whitespace")),
    .refused(#"[\H]"#, .unsupported(#"\H"#, meaning: "anything but horizontal whitespace")),
    .refused(#"\R"#, .unsupported(#"\R"#, meaning: "a line break sequence")),
    .refused(#"\X"#, .unsupported(#"\X"#, meaning: "a grapheme cluster")),
    .refused(
      #"\N{LATIN SMALL LETTER A}"#, .unsupported(#"\N"#, meaning: "a character by its Unicode name")
    ),
    .refused(#"\u0041"#, .unsupported(#"\u"#, meaning: "a UTF-16 code unit; write \\x{hhhh}")),
    .refused(#"\cA"#, .unsupported(#"\c"#, meaning: "a control character")),
    .refused(#"\e"#, .unsupported(#"\e"#, meaning: "the escape character; write \\x1B")),
    .refused(#"\C"#, .unsupported(#"\C"#, meaning: "a single byte")),
    .refused(#"a\E"#, .unsupported(#"\E"#, meaning: "the end of a \\Q quote that was not opened")),
    .refused(
      #"[\Qa]\E]"#,
      .unsupported(#"\Q"#, meaning: "a quoted sequence inside a character class")),
    .refused(
      #"\é"#,
      .unsupported(#"\é"#, meaning: "an escaped non-ASCII character; write the character alone")),
    .refused(#"\p{javaLowerCase}"#, .unsupported(#"\p{javaLowerCase}"#, meaning: Self.property)),
    .refused(#"\p{Lower}"#, .unsupported(#"\p{Lower}"#, meaning: Self.property)),
    .refused(#"\P{IsLatin}"#, .unsupported(#"\P{IsLatin}"#, meaning: Self.property)),
    .refused(#"[\p{InGreek}]"#, .unsupported(#"\p{InGreek}"#, meaning: Self.property)),
    .refused(#"\p{Cn}"#, .unsupported(#"\p{Cn}"#, meaning: Self.property)),
    .refused(
      #"\p{Greek}"#, .invalid(#"\p{Greek}"#, reason: "Java does not know this property"),
      re2Compiles: true),
    .refused(
      #"\p{^L}"#, .invalid(#"\p{^L}"#, reason: "Java does not know this property"),
      re2Compiles: true),
    .refused(
      "[a-z&&[^b]]", .unsupported("&&", meaning: "the intersection of character classes"),
      re2Compiles: true, [("a", true)]),
    .refused(
      "[[:alpha:]]",
      .differentMeaning("[:", java: "a nested class of those characters", re2: "a POSIX class"),
      re2Compiles: true, [("b", false)]),
    .refused(
      "[a[b]]",
      .differentMeaning("[", java: "a nested class (a union)", re2: "a '[' character"),
      re2Compiles: true, [("b", true)]),
    .refused(
      #"\v"#, .differentMeaning(#"\v"#, java: "any vertical whitespace", re2: "a vertical tab"),
      re2Compiles: true, [("\n", true)]),
    .refused(
      #"(?U)\w"#,
      .differentMeaning(
        "(?U", java: "Unicode character classes", re2: "lazy quantifiers by default"),
      re2Compiles: true, [("é", true)]),
    .refused(
      #"\0377"#,
      .differentMeaning(
        #"\0377"#, java: "three octal digits", re2: "two octal digits and a character"),
      re2Compiles: true, [("ÿ", true)]),
    .refused(
      "(?i)é",
      .differentMeaning(
        "(?i)", java: "case-insensitive for ASCII letters only",
        re2: "case-insensitive for every letter"),
      re2Compiles: true, [("É", false)]),
    .refused("(?x)a b", .unsupported("(?x", meaning: "comments and free spacing")),
    .refused("(?d)a", .unsupported("(?d", meaning: "Unix line endings")),
    .refused("(?u)a", .unsupported("(?u", meaning: "Unicode case folding")),
    .refused("(?#c)a", .unsupported("(?#", meaning: "a comment")),
    .refused("a{1001}", .repetitionTooLarge("{1001}")),
    .refused("a{1001,}", .repetitionTooLarge("{1001,}")),
    .refused("(a{2}){501}", .repetitionTooLarge("{501}")),
    .refused("(a{1000}|b{2}){2}", .repetitionTooLarge("{2}")),
    .refused("((a{10}){10}){11}", .repetitionTooLarge("{11}")),
    .refused("((a{1000})*){2}", .repetitionTooLarge("{2}")),
    .refused("a{", .invalid("{", reason: Self.brace), re2Compiles: true),
    .refused("a{,3}", .invalid("{", reason: Self.brace), re2Compiles: true),
    .refused("x{2,1}", .invalid("{2,1}", reason: "the minimum is above the maximum")),
    .refused("a**", .invalid("**", reason: Self.nested)),
    .refused("a*??", .invalid("*??", reason: Self.nested)),
    .refused("a{2}*", .invalid("{2}*", reason: Self.nested)),
    .refused("a*{2}", .invalid("*{2}", reason: Self.nested)),
    .refused("*a", .invalid("*", reason: Self.nothing)),
    .refused("a|*b", .invalid("*", reason: Self.nothing)),
    .refused("(*)", .invalid("*", reason: Self.nothing)),
    .refused("(?i)*", .invalid("*", reason: Self.nothing)),
    .refused("(a", .invalid("(", reason: "a group is not closed")),
    .refused("(?:a", .invalid("(", reason: "a group is not closed")),
    .refused("a)", .invalid(")", reason: "no group is open")),
    .refused("[a-", .invalid("[a-", reason: "the character class is not closed")),
    .refused("[]", .invalid("[]", reason: "the character class is not closed")),
    .refused("[z-a]", .invalid("z-a", reason: "the range is reversed")),
    .refused(#"[\x5A-\x41]"#, .invalid("Z-A", reason: "the range is reversed")),
    .refused(#"[a-\d]"#, .invalid("-", reason: "a range cannot end with a class such as \\d")),
    .refused(#"a\"#, .invalid(#"\"#, reason: "the pattern ends with a lone backslash")),
    .refused(
      #"\0"#, .invalid(#"\0"#, reason: "Java wants an octal digit after '\\0'"), re2Compiles: true),
    .refused(#"\xA"#, .invalid(#"\xA"#, reason: Self.hex)),
    .refused(#"\x+1"#, .invalid(#"\x+1"#, reason: Self.hex)),
    .refused(#"\x{110000}"#, .invalid(#"\x{110000}"#, reason: Self.codePoint)),
    .refused(#"[\b]"#, .invalid(#"\b"#, reason: "it cannot stand in a character class")),
    .refused(#"\q"#, .invalid(#"\q"#, reason: "neither Java nor RE2 knows this escape")),
    .refused("(?-)a", .invalid("(?-)", reason: Self.noFlag)),
    .refused("(?i-)a", .invalid("(?i-)", reason: Self.noFlag)),
    .refused("(?--i)a", .invalid("(?--", reason: "a second '-' among the flags")),
    .refused(
      "(?P<n>a)", .invalid("(?P", reason: "Java does not know this group"), re2Compiles: true),
    .refused("(?<1-n>a)", .invalid("(?<1-n>", reason: "a group name is letters, digits and '_'")),
  ]

  static let property = "a Java character property; RE2 shares only the general categories"
  static let brace =
    "Java rejects a '{' that starts no repetition ({n}, {n,} or {n,m}) and RE2 reads it as a character; write '\\{'"
  static let nested = "a quantifier cannot repeat a quantifier"
  static let nothing = "the quantifier has nothing to repeat"
  static let hex = "'\\x' takes two hexadecimal digits, or some in braces"
  static let codePoint = "a code point is 1 to 6 hexadecimal digits"
  static let noFlag = "a flag group names no flag after '?' or '-'"

  static let all = accepted + refused
}
