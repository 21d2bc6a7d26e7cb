import CFNParser
import TestSupport
import Testing

/// Templates written for `rain` (modules, directives) are one located error with the way to
/// package them, never one error per resource.
@Suite("Template decoder: rain templates")
struct TemplateDecoderRainTests {
  static let fix =
    "package it with rain first: 'rain pkg test.json > packaged.yaml' (older rain releases need '-x' for modules), and convert packaged.yaml"

  @Test("a resource whose Type is a rain module")
  func moduleType() {
    expectTemplateError(
      #"""
      {"Resources": {
        "Storage": {"Type": 1️⃣{"Rain::Module": "bucket.yml"}, "Properties": {"AppName": "a"}},
        "Queue": {"Type": "AWS::SQS::Queue"}}}
      """#,
      .rainModuleTemplate("the 'Type' of resource 'Storage' is a module"), notes: [Self.fix])
  }

  @Test("several modules are still one error, the others located in notes")
  func severalModules() throws {
    let text = MarkedText(
      #"""
      {"Resources": {
        "Network": {"Type": 1️⃣{"Rain::Module": "vpc.yml"}},
        "Server": {"Type": "AWS::EC2::Instance", "Properties": {"UserData": {"Rain::Embed": "x.sh"}}},
        "Cdn": {"Type": 2️⃣{"Rain::Module": "cdn.yml"}, "Overrides": {"Distribution": {}}}}}
      """#)
    let (template, diagnostics) = decodeTemplate(text)
    #expect(template == nil)
    #expect(diagnostics.count == 1, "\(diagnostics)")
    let diagnostic = try #require(diagnostics.first)
    #expect(
      diagnostic.message
        == TemplateError.rainModuleTemplate("the 'Type' of resource 'Network' is a module")
        .description)
    #expect(diagnostic.location == text.location("1️⃣"))
    #expect(
      diagnostic.notes == [
        .init(Self.fix),
        .init(
          "also here: the 'Type' of resource 'Cdn' is a module", at: text.location("2️⃣")),
      ])
  }

  @Test("a top-level Modules section")
  func modulesSection() {
    expectTemplateError(
      #"""
      {1️⃣"Modules": {"Bucket": {"Source": "bucket.yml"}},
       "Resources": {"Queue": {"Type": "AWS::SQS::Queue"}}}
      """#,
      .rainModuleTemplate("it has a 'Modules' section"), notes: [Self.fix])
  }

  @Test("another rain directive, with no module")
  func directive() {
    expectTemplateError(
      #"""
      {"Resources": {"Server": {"Type": "AWS::EC2::Instance",
        "Properties": {"UserData": {"Fn::Base64": 1️⃣{"Rain::Embed": "server.sh"}}}}}}
      """#,
      .rainTemplate("it uses the directive 'Rain::Embed'"), notes: [Self.fix])
  }

  @Test("standard input is named template.json in the fix")
  func standardInput() {
    let (_, diagnostics) = TemplateDecoder.decode(
      #"{"Modules": {}, "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}"#, fileName: "<stdin>")
    #expect(
      diagnostics.first?.notes.first?.message.hasPrefix(
        "package it with rain first: 'rain pkg template.json > packaged.yaml'") == true)
  }

  @Test("a Type that is another object is not rain: the usual error")
  func otherObjectType() {
    expectTemplateError(
      #"{"Resources": {"B": {"Type": 1️⃣{"Ref": "Kind"}}}}"#,
      .wrongKind(what: "the 'Type' of resource 'B'", expected: "a string", found: "an object"))
  }
}
