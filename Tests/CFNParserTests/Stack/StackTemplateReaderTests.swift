import TestSupport
import Testing

@testable import CFNParser

/// `StackTemplateReader`: the template out of `aws cloudformation get-template`'s output, its
/// `TemplateBody` an object (a JSON template) or a string (YAML, or JSON left as text).
@Suite("Stack template reader")
struct StackTemplateReaderTests {
  @Test("an object body: its text, and in place with positions of the file itself")
  func objectBody() throws {
    let text = MarkedText(
      "{\n  \"TemplateBody\": {\"Resources\": {\"Q\": {\"Type\": 1️⃣\"AWS::SQS::Queue\"}}},\n"
        + "  \"StagesAvailable\": [\"Original\"]\n}\n")
    let (body, diagnostics) = StackTemplateReader.read(bytes: text.bytes, fileName: "gt.json")
    #expect(diagnostics.isEmpty)
    let read = try #require(body)
    #expect(
      String(decoding: read.text, as: UTF8.self)
        == #"{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}"#)
    #expect(read.name == "gt.json (TemplateBody)")
    #expect(read.inPlaceName == "gt.json")
    let template = try #require(
      TemplateDecoder.decode(bytes: read.inPlace, fileName: read.inPlaceName).template)
    #expect(template.resources.first?.type.location == text.location("1️⃣", file: "gt.json"))
  }

  @Test("a string body: YAML text, read from JSON or from the CLI's YAML output")
  func stringBody() throws {
    for output in [
      #"{"TemplateBody": "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n"}"#,
      "TemplateBody: |\n  Resources:\n    Q:\n      Type: AWS::SQS::Queue\nStagesAvailable:\n- Original\n",
    ] {
      let (body, diagnostics) = StackTemplateReader.read(
        bytes: Array(output.utf8), fileName: "gt")
      #expect(diagnostics.isEmpty)
      let read = try #require(body)
      #expect(
        String(decoding: read.text, as: UTF8.self)
          == "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n")
      #expect(read.inPlace == read.text)
      #expect(read.inPlaceName == "gt (TemplateBody)")
    }
  }

  @Test("not get-template's output: one located error")
  func notGetTemplate() {
    let missing = StackTemplateReader.read(bytes: Array(#"{"StackId": "x"}"#.utf8), fileName: "f")
    #expect(missing.body == nil)
    #expect(
      missing.diagnostics.map(\.message)
        == [StackTemplateReader.Problem.notGetTemplateOutput.description])
    let number = StackTemplateReader.read(bytes: Array(#"{"TemplateBody": 1}"#.utf8), fileName: "f")
    #expect(
      number.diagnostics.map(\.message)
        == [StackTemplateReader.Problem.bodyNotTemplate(found: "a number").description])
    #expect(number.diagnostics.first?.location == SourceLocation(file: "f", line: 1, column: 18))
  }
}
