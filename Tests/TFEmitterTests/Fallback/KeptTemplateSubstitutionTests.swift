import Testing

@testable import TFEmitter

@Suite("Renaming attributes in kept Fn::Sub text")
struct KeptTemplateSubstitutionTests {
  static func rename(_ text: String) -> String {
    KeptTemplate.substitutingAttributes(in: text) { $0 == "Queue.Arn" ? "QueueArn" : nil }
  }

  @Test(
    "a name the replacement knows is rewritten; the rest, escapes and an unclosed ${ stay",
    arguments: [
      ("arn=${Queue.Arn}", "arn=${QueueArn}"),
      ("${ Queue.Arn }/x", "${QueueArn}/x"),
      ("${Other.Arn} ${Queue.Arn}", "${Other.Arn} ${QueueArn}"),
      ("${!Queue.Arn}", "${!Queue.Arn}"),
      ("plain", "plain"),
      // Before the shared scanner, the text before an unclosed ${ was written twice.
      ("a ${Queue.Arn} b ${open", "a ${QueueArn} b ${open"),
    ])
  func renames(_ text: String, _ expected: String) {
    #expect(Self.rename(text) == expected)
  }
}
