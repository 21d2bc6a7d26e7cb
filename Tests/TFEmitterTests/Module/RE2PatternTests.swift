import CFNParser
import Testing

@testable import TFEmitter

/// The RE2 scanner as a table: each accepted pattern with the anchored spelling the validation
/// writes, each refused one with the case that says why (`RE2PatternCases.swift`).
@Suite("AllowedPattern: RE2 compatibility")
struct RE2PatternTests {
  @Test("patterns RE2 reads as Java does are accepted, anchored", arguments: RE2Case.accepted)
  func accepted(_ row: RE2Case) throws {
    guard case .accepted(let anchored) = row.verdict else { return }
    let pattern = try RE2Pattern.check(row.pattern).get()
    #expect(pattern.wholeMatch == anchored)
  }

  @Test(
    "patterns RE2 cannot read as Java does are refused, with the reason", arguments: RE2Case.refused
  )
  func refused(_ row: RE2Case) {
    guard case .refused(let problem, _) = row.verdict else { return }
    #expect(throws: problem) { try RE2Pattern.check(row.pattern).get() }
  }

  @Test("the reasons read as sentences without a final period")
  func descriptions() {
    #expect(
      RE2Incompatibility.lookaround("(?!").description
        == "RE2 has no lookahead or lookbehind ('(?!')")
    #expect(
      RE2Incompatibility.unsupported(#"\Z"#, meaning: "the end").description
        == #"RE2 has no '\Z' (the end)"#)
    #expect(
      RE2Incompatibility.differentMeaning(#"\v"#, java: "j", re2: "r").description
        == #"'\v' is j in Java but r in RE2"#)
    #expect(
      RE2Incompatibility.invalid("**", reason: "why").description
        == "the pattern is not valid at '**': why")
    for row in RE2Case.refused {
      guard case .refused(let problem, _) = row.verdict else { continue }
      #expect(!problem.description.hasSuffix("."), "\(row.pattern)")
      #expect(
        problem.description.first?.isUppercase == false || problem.description.hasPrefix("RE2"))
    }
  }

  @Test("\\a, \\f, \\n, \\r and \\t stand for their characters, as range ends too")
  func controlEscapes() throws {
    // \a 7 < \t 9 < \n 10 < \f 12 < \r 13: ranges in that order are accepted, reversed ones not.
    for pattern in [#"[\a-\t]"#, #"[\t-\n]"#, #"[\n-\f]"#, #"[\f-\r]"#, #"[\a-\r]"#] {
      #expect(throws: Never.self, "\(pattern)") { try RE2Pattern.check(pattern).get() }
    }
    for (pattern, range) in [
      (#"[\t-\a]"#, "\t-\u{07}"), (#"[\n-\t]"#, "\n-\t"), (#"[\r-\f]"#, "\r-\u{0C}"),
      (#"[\r-\a]"#, "\r-\u{07}"),
    ] {
      #expect(throws: RE2Incompatibility.invalid(range, reason: "the range is reversed")) {
        try RE2Pattern.check(pattern).get()
      }
    }
    #expect(try RE2Pattern.check(#"\t\n"#).get().spelling == #"\t\n"#)
  }
}
