import TestSupport
import Testing

@testable import CFNParser

/// CloudFormation's short-form tags become the long forms the JSON reader reads, nested in each
/// other and in flow style; their objects start at the tag.
@Suite("YAML short-form tags")
struct YAMLTagTests {
  @Test(
    "every short form is its long form",
    arguments: [
      ("!Ref Env", #"{"Ref":"Env"}"#),
      ("!Ref AWS::Region", #"{"Ref":"AWS::Region"}"#),
      ("!GetAtt Bucket.Arn", #"{"Fn::GetAtt":["Bucket","Arn"]}"#),
      ("!GetAtt Db.Endpoint.Address", #"{"Fn::GetAtt":["Db","Endpoint.Address"]}"#),
      ("!GetAtt [Bucket, Arn]", #"{"Fn::GetAtt":["Bucket","Arn"]}"#),
      ("!Sub 'arn:${AWS::Partition}:s3:::${B}'", #"{"Fn::Sub":"arn:${AWS::Partition}:s3:::${B}"}"#),
      ("!Sub ['${A}-x', {A: !Ref B}]", #"{"Fn::Sub":["${A}-x",{"A":{"Ref":"B"}}]}"#),
      ("!Join ['-', [a, !Ref B]]", #"{"Fn::Join":["-",["a",{"Ref":"B"}]]}"#),
      ("!Join [-, [a, -]]", #"{"Fn::Join":["-",["a","-"]]}"#),
      ("!Select [0, !GetAZs '']", #"{"Fn::Select":[0,{"Fn::GetAZs":""}]}"#),
      ("!Split [',', !ImportValue X]", #"{"Fn::Split":[",",{"Fn::ImportValue":"X"}]}"#),
      (
        "!FindInMap [M, !Ref AWS::Region, K]", #"{"Fn::FindInMap":["M",{"Ref":"AWS::Region"},"K"]}"#
      ),
      ("{Fn::Base64: !Sub 'x${A}'}", #"{"Fn::Base64":{"Fn::Sub":"x${A}"}}"#),
      ("!Base64 abc", #"{"Fn::Base64":"abc"}"#),
      ("!Base64 {Fn::Sub: x}", #"{"Fn::Base64":{"Fn::Sub":"x"}}"#),
      (
        "!Cidr [!GetAtt V.CidrBlock, 6, 8]", #"{"Fn::Cidr":[{"Fn::GetAtt":["V","CidrBlock"]},6,8]}"#
      ),
      ("!GetAZs", #"{"Fn::GetAZs":""}"#),
      ("!ImportValue {Fn::Sub: '${S}-Vpc'}", #"{"Fn::ImportValue":{"Fn::Sub":"${S}-Vpc"}}"#),
      (
        "!If [C, !Ref A, !Ref AWS::NoValue]",
        #"{"Fn::If":["C",{"Ref":"A"},{"Ref":"AWS::NoValue"}]}"#
      ),
      ("!Equals [!Ref E, prod]", #"{"Fn::Equals":[{"Ref":"E"},"prod"]}"#),
      (
        "!And [!Condition A, !Not [!Condition B]]",
        #"{"Fn::And":[{"Condition":"A"},{"Fn::Not":[{"Condition":"B"}]}]}"#
      ),
      (
        "!Or [!Equals [a, b], !Condition C]",
        #"{"Fn::Or":[{"Fn::Equals":["a","b"]},{"Condition":"C"}]}"#
      ),
      (
        "!Transform {Name: M, Parameters: {P: 1}}",
        #"{"Fn::Transform":{"Name":"M","Parameters":{"P":1}}}"#
      ),
      ("!Length [a, b]", #"{"Fn::Length":["a","b"]}"#),
      ("!ToJsonString {a: 1}", #"{"Fn::ToJsonString":{"a":1}}"#),
      ("!ForEach [X, [a, b], {'B${X}': {}}]", #"{"Fn::ForEach":["X",["a","b"],{"B${X}":{}}]}"#),
      ("!Ref 12", #"{"Ref":"12"}"#),
      ("!Rain::Embed f.sh", #"{"Rain::Embed":"f.sh"}"#),
      ("!Contains [[a], !Ref P]", #"{"Fn::Contains":[["a"],{"Ref":"P"}]}"#),
    ])
  func shortForms(value: String, json: String) {
    #expect(yamlJSON("X: \(value)\n") == #"{"X":"# + json + "}")
  }

  @Test("block forms: a tag before an indented list, mapping or block scalar")
  func blockForms() {
    #expect(
      yamlJSON("X: !Join\n  - ''\n  - - a\n    - !Ref B\n")
        == #"{"X":{"Fn::Join":["",["a",{"Ref":"B"}]]}}"#)
    #expect(
      yamlJSON("X: !If\n- C\n- a\n- b\n") == #"{"X":{"Fn::If":["C","a","b"]}}"#)
    #expect(
      yamlJSON("X: !Sub |\n  #!/bin/bash\n  echo ${A}\n")
        == ##"{"X":{"Fn::Sub":"#!/bin/bash\necho ${A}\n"}}"##)
    #expect(
      yamlJSON("X: !Transform\n  Name: M\n  Parameters:\n    P: !Ref A\n")
        == #"{"X":{"Fn::Transform":{"Name":"M","Parameters":{"P":{"Ref":"A"}}}}}"#)
    #expect(
      yamlJSON("- !Ref A\n- !GetAtt B.C\n") == #"[{"Ref":"A"},{"Fn::GetAtt":["B","C"]}]"#)
  }

  @Test("a tag's object starts at the tag, its value where the value is written")
  func ranges() throws {
    let text = MarkedText("X: 1️⃣!GetAtt 2️⃣Bucket.3️⃣Arn\nY: 4️⃣!Sub\n  - 5️⃣x\n")
    let root = try readValidYAML(text)
    let x = try #require(root["X"])
    #expect(x.location == text.location("1️⃣", file: yamlFileName))
    #expect(x.member("Fn::GetAtt")?.keyRange.start == text.location("1️⃣", file: yamlFileName))
    let parts = try #require(x["Fn::GetAtt"]?.elements)
    #expect(parts[0].location == text.location("2️⃣", file: yamlFileName))
    #expect(parts[1].location == text.location("3️⃣", file: yamlFileName))
    #expect(x.range.endOffset == text.offset("3️⃣") + 3)
    let y = try #require(root["Y"])
    #expect(y.location == text.location("4️⃣", file: yamlFileName))
    #expect(y["Fn::Sub"]?.elements?.first?.location == text.location("5️⃣", file: yamlFileName))
  }

  @Test("a YAML template decodes to the same template as its JSON twin")
  func decodesAsJSON() throws {
    let yaml = """
      Parameters:
        Env: {Type: String}
      Conditions:
        Prod: !Equals [!Ref Env, prod]
      Resources:
        Bucket:
          Type: AWS::S3::Bucket
          Condition: Prod
          Properties:
            BucketName: !Sub '${AWS::StackName}-${Env}'
      Outputs:
        Arn:
          Value: !If [Prod, !GetAtt Bucket.Arn, !Ref AWS::NoValue]
      """
    let json = """
      {"Parameters": {"Env": {"Type": "String"}},
       "Conditions": {"Prod": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
       "Resources": {"Bucket": {"Type": "AWS::S3::Bucket", "Condition": "Prod",
         "Properties": {"BucketName": {"Fn::Sub": "${AWS::StackName}-${Env}"}}}},
       "Outputs": {"Arn": {"Value": {"Fn::If": ["Prod", {"Fn::GetAtt": ["Bucket", "Arn"]},
         {"Ref": "AWS::NoValue"}]}}}}
      """
    let fromYAML = TemplateDecoder.decode(yaml, fileName: "t.yaml")
    let fromJSON = TemplateDecoder.decode(json, fileName: "t.json")
    #expect(fromYAML.diagnostics.isEmpty, "\(fromYAML.diagnostics)")
    let a = try #require(fromYAML.template)
    let b = try #require(fromJSON.template)
    #expect(a.document.sameContent(as: b.document))
    #expect(a.outputs.map(\.value.dump) == b.outputs.map(\.value.dump))
    #expect(a.conditions.map(\.name) == b.conditions.map(\.name))
  }

  @Test(
    "the standard tags CloudFormation refuses are errors at the tag",
    arguments: ["!!binary", "!!omap", "!!pairs", "!!set", "!!timestamp"])
  func refusedTags(tag: String) {
    expectYAMLError("a: 1️⃣\(tag) x\n", .unsupportedTag(tag))
  }

  @Test("the decoder's errors point into the YAML: a tag's object is located at the tag")
  func decoderErrorsAreLocated() {
    expectTemplateError(
      "Resources:\n  B:\n    Type: 1️⃣!Ref T\n",
      .wrongKind(what: "the 'Type' of resource 'B'", expected: "a string", found: "an object"))
    expectTemplateWarning(
      "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    1️⃣Propertes: {}\n",
      "unknown key 'Propertes' in resource 'B'")
  }
}
