import CFNParser
import Testing

/// A malformed `Fn::Sub` is reported by its place in the text (line and column of the `${` that
/// is never closed), never by quoting the text: user data written with `Fn::Sub` holds secrets.
@Suite("Template decoder: Fn::Sub errors quote no text")
struct TemplateDecoderSubSecretTests {
  static let fix = ["close it with '}', or write '${!' for a literal '${'"]

  @Test("an unclosed ${ is named by its line and column in the text")
  func unclosed() {
    expectValueError(
      #"{"Fn::Sub": 1️⃣"arn:${AWS::Partition:s3"}"#,
      .unclosedSubstitution(line: 1, column: 5), notes: Self.fix)
    expectValueError(
      #"{"Fn::Sub": [1️⃣"${A}-${", {"A": "a"}]}"#, .unclosedSubstitution(line: 1, column: 6),
      notes: Self.fix)
  }

  @Test("the secret after an unclosed ${ in a script appears in no diagnostic")
  func script() {
    let diagnostic = expectValueError(
      ##"{"Fn::Sub": 1️⃣"#!/bin/bash\nexport DB_PASSWORD=${plant-secret\necho done\n"}"##,
      .unclosedSubstitution(line: 2, column: 20), notes: Self.fix)
    #expect(diagnostic?.description.contains("plant") == false)
    #expect(
      TemplateError.unclosedSubstitution(line: 2, column: 20).description
        == "unclosed substitution in 'Fn::Sub': the '${' at line 2, column 20 of its text has no '}'"
    )
  }
}
