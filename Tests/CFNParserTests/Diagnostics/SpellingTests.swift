import CFNParser
import Testing

/// The one edit distance (`Spelling.distance`) and the suggestions made with it.
@Suite("Spelling")
struct SpellingTests {
  @Test(
    "the distance: insert, delete and replace a scalar, swap two neighbours, each one edit",
    arguments: [
      ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("Env", "Env", 0),
      ("Evn", "Env", 1), ("Ouptuts", "Outputs", 1), ("ture", "true", 1), ("flase", "false", 1),
      ("kitten", "sitting", 3), ("--hepl", "--help", 1), ("hlep", "help", 1),
      // Optimal string alignment: a swapped pair is not edited again, so "ca" is 3 from "abc"
      // (2 with unrestricted transpositions), and a swap is 1 where Levenshtein counts 2.
      ("ca", "abc", 3), ("ab", "ba", 1),
      // Scalars, case-sensitive: an accented letter is one scalar, a capital another letter.
      ("é", "e", 1), ("Rules", "rules", 1),
    ])
  func distance(_ a: String, _ b: String, _ expected: Int) {
    #expect(Spelling.distance(a, b) == expected)
    #expect(Spelling.distance(b, a) == expected)
  }

  @Test("a suggestion is the closest candidate within a third of the word, ignoring case")
  func closest() {
    let sections = ["Parameters", "Resources", "Outputs", "Conditions"]
    #expect(Spelling.closest(to: "Ouptuts", in: sections) == "Outputs")
    #expect(Spelling.closest(to: "resources", in: sections) == "Resources")
    #expect(Spelling.closest(to: "Output", in: sections) == "Outputs")
    #expect(Spelling.closest(to: "Properties", in: sections) == nil)
    // The first of equals.
    #expect(Spelling.closest(to: "ab", in: ["ax", "xb"]) == "ax")
  }
}
