import CFNParser
import Testing

/// `Fn::ForEach` is expanded as CloudFormation expands it, before anything else reads the
/// template; a loop over values known only when the stack is created keeps the template whole.
@Suite("Fn::ForEach expansion")
struct LoopExpanderTests {
  static func decode(_ body: String) -> (Template?, [Diagnostic]) {
    TemplateDecoder.decode(
      #"{"Transform": "AWS::LanguageExtensions", \#(body)}"#, fileName: "t.json")
  }

  @Test("resources and outputs: ${Id} and &{Id} in keys, Ref and Fn::Sub in values")
  func literal() throws {
    let (template, diagnostics) = Self.decode(
      #"""
      "Resources": {"Fn::ForEach::Topics": ["Name", ["a-1", "b-2"],
        {"Topic&{Name}": {"Type": "AWS::SNS::Topic", "Properties": {
          "TopicName": {"Ref": "Name"}, "DisplayName": {"Fn::Sub": "${Name} of ${AWS::StackName}"}}}}]},
      "Outputs": {"Fn::ForEach::Arns": ["Name", ["a1", "b2"],
        {"${Name}Arn": {"Value": {"Fn::GetAtt": [{"Fn::Sub": "Topic${Name}"}, "TopicArn"]}}}]}
      """#)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let decoded = try #require(template)
    #expect(decoded.resources.map(\.logicalId) == ["Topica1", "Topicb2"])
    #expect(decoded.resources[0].property("TopicName")?.value.stringValue == "a-1")
    #expect(
      decoded.resources[1].property("DisplayName")?.value.compactText
        == #"{"Fn::Sub":"b-2 of ${AWS::StackName}"}"#)
    #expect(decoded.outputs.map(\.name) == ["a1Arn", "b2Arn"])
    #expect(decoded.outputs[1].value.compactText == #"{"Fn::GetAtt":["Topicb2","TopicArn"]}"#)
    #expect(decoded.loops.map(\.key) == ["Fn::ForEach::Topics", "Fn::ForEach::Arns"])
    #expect(decoded.loops[0].keys == ["Topica1", "Topicb2"])
    #expect(decoded.wholeTemplateTransform == nil)
  }

  @Test("nested loops, a collection from a mapping, loops inside properties")
  func nested() throws {
    let (template, diagnostics) = Self.decode(
      #"""
      "Mappings": {"Sizes": {"All": {"Names": ["S", "M"]}}},
      "Resources": {"Fn::ForEach::Envs": ["Env", ["Dev", "Prod"],
        {"Fn::ForEach::Sizes": ["Size", {"Fn::FindInMap": ["Sizes", "All", "Names"]},
          {"Q${Env}${Size}": {"Type": "AWS::SQS::Queue", "Properties": {
            "Tags": [{"Key": "env", "Value": {"Ref": "Env"}}]}}}]}],
       "Extra": {"Type": "AWS::SSM::Parameter", "Properties": {"Type": "String", "Value": "x",
         "Fn::ForEach::Tags": ["T", ["A"], {"Name${T}": {"Ref": "T"}}]}}}
      """#)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let decoded = try #require(template)
    #expect(decoded.resources.map(\.logicalId) == ["QDevS", "QDevM", "QProdS", "QProdM", "Extra"])
    #expect(decoded.resources[2].property("Tags")?.value.compactText.contains(#""Prod""#) == true)
    #expect(decoded.resources[4].property("NameA")?.value.stringValue == "A")
  }

  @Test("a collection known only when the stack is created keeps the template whole")
  func deferred() throws {
    let (template, diagnostics) = Self.decode(
      #"""
      "Parameters": {"Names": {"Type": "CommaDelimitedList"}},
      "Resources": {"Fn::ForEach::Q": ["N", {"Ref": "Names"}, {"Q${N}": {"Type": "AWS::SQS::Queue"}}],
                    "Other": {"Type": "AWS::SNS::Topic"}},
      "Outputs": {"First": {"Value": {"Ref": "Qa"}}}
      """#)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let decoded = try #require(template)
    #expect(decoded.resources.map(\.logicalId) == ["Other"])
    #expect(
      decoded.wholeTemplateTransform?.reason?.hasPrefix("'Fn::ForEach::Q' loops over") == true)
    let (_, graphDiagnostics) = GraphBuilder.build(decoded)
    #expect(graphDiagnostics.isEmpty, "a macro's template may name what it makes")
  }

  @Test("without the transform, a loop is an error; a loop that writes an id twice too")
  func errors() {
    expectTemplateError(
      #"{"Resources": {1️⃣"Fn::ForEach::Q": ["N", ["a"], {"Q${N}": {"Type": "AWS::SQS::Queue"}}]}}"#,
      .loopWithoutTransform("Fn::ForEach::Q"),
      notes: [#"add "Transform": "AWS::LanguageExtensions" to the template"#])
    expectTemplateError(
      #"""
      {"Transform": "AWS::LanguageExtensions",
       "Resources": {"Fn::ForEach::Q": ["N", ["a", "a"], {1️⃣"Q${N}": {"Type": "AWS::SQS::Queue"}}]}}
      """#, .duplicateLogicalId("Qa"))
    expectTemplateError(
      #"""
      {"Transform": "AWS::LanguageExtensions", "Resources": {"Fn::ForEach::Q": 1️⃣["N", ["a"]]}}
      """#,
      .functionArguments(
        function: "Fn::ForEach::Q",
        expected: "an identifier, a collection and an object: [Identifier, [values], {Key: value}]")
    )
  }

  @Test("a policy written as an intrinsic: the most retaining value it can give")
  func policies() throws {
    let (template, diagnostics) = Self.decode(
      #"""
      "Conditions": {"C": {"Fn::Equals": ["a", "b"]}},
      "Resources": {
        "A": {"Type": "AWS::S3::Bucket", "DeletionPolicy": {"Fn::If": ["C", "Snapshot", "Delete"]}},
        "B": {"Type": "AWS::S3::Bucket", "DeletionPolicy": {"Fn::If": ["C", "Delete", "Delete"]}},
        "D": {"Type": "AWS::S3::Bucket", "UpdateReplacePolicy": {"Ref": "AWS::NoValue"}}}
      """#)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let decoded = try #require(template)
    #expect(decoded.resources.map { $0.deletionPolicy?.value } == ["Snapshot", "Delete", nil])
    #expect(decoded.resources[2].updateReplacePolicy?.value == "Retain")
    #expect(decoded.resources[0].policyExpressions["DeletionPolicy"] != nil)
  }
}
