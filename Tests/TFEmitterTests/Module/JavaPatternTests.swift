import Testing

@testable import CFNParser

/// The `AllowedPattern` matcher the decoder checks defaults with, against Java's answers: every
/// witness of every pattern the RE2 scanner accepts (`RE2PatternCases.swift`, whose answers
/// `java` confirms) gets Java's answer; a pattern the scanner refuses is not evaluated; and no
/// pattern makes a match take long.
@Suite("AllowedPattern: the matcher against Java's answers")
struct JavaPatternTests {
  @Test("the witnesses of accepted patterns get Java's answer", arguments: RE2Case.accepted)
  func accepted(_ row: RE2Case) throws {
    let pattern = try #require(JavaPattern(row.pattern), "\(row.pattern) does not compile")
    for witness in row.witnesses {
      #expect(
        pattern.matchesWhole(Array(witness.value.unicodeScalars)) == witness.java,
        "\(row.pattern) on \(witness.value.debugDescription)")
      let printable = witness.value.utf8.allSatisfy { (0x20...0x7E).contains($0) }
      #expect(
        JavaPattern.wholeMatch(row.pattern, witness.value) == (printable ? witness.java : nil))
    }
  }

  @Test("a refused pattern is not evaluated", arguments: RE2Case.refused)
  func refused(_ row: RE2Case) {
    #expect(JavaPattern(row.pattern) == nil)
    #expect(JavaPattern.wholeMatch(row.pattern, "a") == nil)
  }

  @Test("patterns from templates, on defaults they allow and refuse")
  func templatePatterns() {
    let cases: [(String, String, Bool)] = [
      (#"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/(\d{1,2})"#, "0.0.0.0/0", true),
      (#"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/(\d{1,2})"#, "0.0.0.0", false),
      (#"\d+[GgMm]"#, "2625m", true), (#"\d+[GgMm]"#, "2625k", false),
      ("[a-zA-Z][a-zA-Z0-9]*", "admin", true), ("[a-zA-Z][a-zA-Z0-9]*", "1admin", false),
      ("[-_ a-zA-Z0-9]*", "my key_1", true), ("[a-z]+", "abc1", false),
      ("(?i)t2\\.(micro|small)", "T2.Micro", true), ("a|bc", "bc", true), ("a|bc", "ab", false),
      ("x{2,3}", "xxxx", false), ("x{2,}", "xxxx", true), (#"\bab\b"#, "ab", true),
      (#"a\Bb"#, "ab", true), (#"\w+\s\w+"#, "a b", true), ("[^a-c]+", "xyz", true),
      ("[^a-c]+", "xaz", false), (#"\p{Lu}+"#, "AB", true), (#"\P{Lu}+"#, "AB", false),
      (#"\Q.*\E"#, ".*", true), (#"\Q.*\E"#, "ab", false), ("", "", true), ("a?", "", true),
    ]
    for (pattern, value, java) in cases {
      #expect(JavaPattern.wholeMatch(pattern, value) == java, "\(pattern) on \(value)")
    }
  }

  @Test("no pattern makes a match slow: the automaton runs every thread in step")
  func noBacktracking() {
    let value = String(repeating: "a", count: 4000) + "!"
    for pattern in ["(a+)+$", "(a|a)*b", "(a|aa)*c", #"(\w+\s?)*$"#, "(a*)*b", "a*a*a*a*a*b"] {
      #expect(JavaPattern.wholeMatch(pattern, value) == false, "\(pattern)")
    }
  }

  @Test("deep groups and huge programs are not evaluated, never a crash")
  func limits() {
    let deep = String(repeating: "(", count: 5000) + "a" + String(repeating: ")", count: 5000)
    #expect(JavaPattern.wholeMatch(deep, "a") == nil)
    #expect(JavaPattern.wholeMatch("((a{1000}){1}){1}b{1000}c{1000}", "a") != nil)
    let huge = String(repeating: "(a{1000})", count: 200)
    #expect(JavaPattern.wholeMatch(huge, "a") == nil)
  }
}
