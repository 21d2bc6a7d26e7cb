import Testing

@testable import TFEmitter

@Suite("User data file names")
struct UserDataFileNameTests {
  @Test(
    "underscores become hyphens; one that carries a combining mark is another character",
    arguments: [
      ("launch_config_1", "launch-config-1"), ("plain", "plain"), ("_", "-"),
      ("é_x", "é-x"), ("a_\u{301}b", "a_\u{301}b"), ("", ""),
    ])
  func hyphenated(_ name: String, _ expected: String) {
    #expect(ResourceBuilder.hyphenated(name) == expected)
  }
}
