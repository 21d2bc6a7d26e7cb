import CFNParser
import Testing

/// `Transform`, `Fn::Transform` and SAM's `Globals` are read, not run: the emitter decides what
/// stays in CloudFormation because of them.
@Suite("Template decoder: transforms")
struct TemplateDecoderTransformTests {
  static let bucket = #""Resources": {"B": {"Type": "AWS::S3::Bucket"}}"#

  @Test("Transform as a name, a list, and an object with parameters; each classified")
  func topLevel() throws {
    let one = try decodeValidTemplate(
      #"{"Transform": "AWS::Serverless-2016-10-31", \#(Self.bucket)}"#)
    #expect(one.transforms.map(\.name) == ["AWS::Serverless-2016-10-31"])
    #expect(one.transforms.map(\.kind) == [.serverless])
    let several = try decodeValidTemplate(
      #"""
      {"Transform": ["AWS::LanguageExtensions", {"Name": "AWS::Include",
        "Parameters": {"Location": "s3://b/k"}}, "AWS::SecretsManager-2024-09-16", "Mine"],
       \#(Self.bucket)}
      """#)
    #expect(
      several.transforms.map(\.kind) == [.languageExtensions, .macro, .secretsManager, .macro])
    #expect(several.transforms[1].parameters?["Location"]?.stringValue == "s3://b/k")
    #expect(several.wholeTemplateTransform?.name == "AWS::Include")
    #expect(one.wholeTemplateTransform == nil)
  }

  @Test("Fn::Transform in a value is a call kept as written, a single call or a list of them")
  func function() {
    #expect(
      decodedValue(#"{"Fn::Transform": {"Name": "Upper", "Parameters": {"S": {"Ref": "Env"}}}}"#)
        == #"transform({Name: "Upper", Parameters: {S: ref(Env)}})"#)
    #expect(
      decodedValue(#"{"Fn::Transform": [{"Name": "A"}, {"Name": "B"}]}"#)
        == #"transform([{Name: "A"}, {Name: "B"}])"#)
  }

  @Test("Fn::Transform in place of a section's content or a resource is recorded")
  func sections() throws {
    let template = try decodeValidTemplate(
      #"""
      {"Mappings": {"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://m"}}},
       "Resources": {"B": {"Type": "AWS::S3::Bucket"},
                     "Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://r"}}}}
      """#)
    #expect(template.mappings.isEmpty)
    #expect(template.resources.map(\.logicalId) == ["B"])
    #expect(template.sectionTransforms.count == 2)
    #expect(template.wholeTemplateTransform?.parameters?["Location"]?.stringValue == "s3://m")
  }

  @Test("a resource key a user macro reads is no warning; Globals is SAM's")
  func macroInput() throws {
    let counted = try decodeValidTemplate(
      #"{"Transform": "Count", "Resources": {"B": {"Type": "AWS::S3::Bucket", "Count": 3}}}"#)
    #expect(counted.resources.first?.unknownAttributes.map(\.value) == ["Count"])
    let sam = try decodeValidTemplate(
      #"""
      {"Transform": "AWS::Serverless-2016-10-31", "Globals": {"Function": {"Timeout": 5}},
       "Resources": {"F": {"Type": "AWS::Serverless::Function",
         "Properties": {"Handler": "i.h", "Runtime": "python3.12", "InlineCode": "x"}}}}
      """#)
    #expect(sam.globals?["Function"]?["Timeout"]?.compactText == "5")
  }

  @Test("names the serverless transform makes are references to the SAM resource")
  func serverlessNames() throws {
    let template = try decodeValidTemplate(
      #"""
      {"Transform": "AWS::Serverless-2016-10-31",
       "Resources": {"Fn": {"Type": "AWS::Serverless::Function",
                      "Properties": {"Handler": "i.h", "Runtime": "python3.12", "InlineCode": "x"}},
                     "FnLogs": {"Type": "AWS::Logs::LogGroup"}},
       "Outputs": {"Role": {"Value": {"Fn::GetAtt": ["FnRole", "Arn"]}},
                   "Version": {"Value": {"Ref": "Fn.Version"}},
                   "Api": {"Value": {"Ref": "ServerlessRestApi"}}}}
      """#)
    #expect(template.serverlessOwner(of: "FnRole") == "Fn")
    #expect(template.serverlessOwner(of: "Fn.Version") == "Fn")
    #expect(template.serverlessOwner(of: "ServerlessRestApi") == "Fn")
    #expect(template.serverlessOwner(of: "FnLogs") == nil)
    #expect(template.serverlessOwner(of: "Other") == nil)
    let (graph, diagnostics) = GraphBuilder.build(template)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(graph.edges(from: .init(.output, "Role")).map(\.to) == [.init(.resource, "Fn")])
  }
}
