import CFNParser
import TestSupport
import Testing

/// The keys of a resource: the ten CloudFormation knows are decoded (cfn-lint's resource
/// configuration schema lists them); any other key is a warning at the key, and is kept for the
/// ledger.
@Suite("Template decoder: resource attributes")
struct TemplateDecoderResourceAttributeTests {
  static let validKeys =
    "the key is ignored; a resource takes 'Condition', 'CreationPolicy', 'DeletionPolicy', 'DependsOn', 'Metadata', 'Properties', 'Type', 'UpdatePolicy', 'UpdateReplacePolicy', 'Version'"

  @Test("every key CloudFormation knows decodes without a diagnostic")
  func everyKnownKey() throws {
    let template = try decodeValidTemplate(
      """
      {"Conditions": {"C": {"Fn::Equals": ["a", "a"]}},
       "Resources": {
         "A": {"Type": "AWS::SNS::Topic"},
         "B": {"Type": "Custom::Thing", "Properties": {"ServiceToken": "arn"}, "DependsOn": "A",
               "Condition": "C", "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Delete",
               "UpdatePolicy": {}, "CreationPolicy": {}, "Metadata": {}, "Version": "1.0"}}}
      """)
    #expect(template.resource("B")?.version?.value == "1.0")
    #expect(template.resource("B")?.unknownAttributes.isEmpty == true)
  }

  @Test("Version is a string or a number, kept as written, located at its value")
  func version() throws {
    let text = MarkedText(
      #"{"Resources": {"B": {"Type": "Custom::Thing", "Version": 1️⃣2}}}"#)
    let (template, diagnostics) = decodeTemplate(text)
    #expect(diagnostics.isEmpty)
    #expect(template?.resource("B")?.version?.value == "2")
    #expect(template?.resource("B")?.version?.location == text.location("1️⃣"))
    expectTemplateError(
      #"{"Resources": {"B": {"Type": "Custom::Thing", "Version": 1️⃣["1.0"]}}}"#,
      .wrongKind(
        what: "'Version' of resource 'B'", expected: "a string or a number", found: "a list"))
  }

  @Test("an unknown key is a warning at the key, with a suggestion and the valid keys")
  func unknownKey() throws {
    let misspelt = expectTemplateWarning(
      #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", 1️⃣"Propertes": {}}}}"#,
      TemplateError.unknownKey(what: "resource 'B'", key: "Propertes").description,
      notes: ["did you mean 'Properties'?", Self.validKeys])
    #expect(misspelt?.resource("B")?.unknownAttributes.map(\.value) == ["Propertes"])
    let marked = #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", 1️⃣"Color": "red"}}}"#
    let template = expectTemplateWarning(
      marked, TemplateError.unknownKey(what: "resource 'B'", key: "Color").description,
      notes: [Self.validKeys])
    let color = try #require(template?.resource("B")?.unknownAttributes.first)
    #expect(color.value == "Color")
    #expect(color.location == MarkedText(marked).location("1️⃣"))
  }
}
