import CFNParser
import Testing

@testable import TFEmitter

@Suite("Translation notes")
struct ExpressionTranslatorNoteTests {
  @Test("approximations first, then transformations, each said once, in the order first said")
  func note() throws {
    let (template, _) = TemplateDecoder.decode(
      bytes: Array(#"{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}"#.utf8), fileName: "t.json")
    let decoded = try #require(template)
    var translator = ExpressionTranslator(
      template: decoded, namer: Namer(template: decoded), targets: [:])
    translator.begin()
    #expect(translator.note == "")
    translator.transformed("b é")
    #expect(translator.note == "b é")
    translator.transformed("a")
    translator.approximated("c")
    translator.transformed("b é")
    translator.approximated("c")
    // Canonically equal parts are one, as they are for a set of strings.
    translator.transformed("b e\u{301}")
    #expect(translator.note == "c; b é; a")
    translator.begin()
    translator.approximated("only")
    #expect(translator.note == "only")
  }
}
