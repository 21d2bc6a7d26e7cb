import CFNParser
import Testing

/// Each decoder error as a one-liner: the case, and the place marked `1️⃣` in the input.
@Suite("Template decoder: errors")
struct TemplateDecoderErrorTests {
  static let bucket = #""Resources": {"B": {"Type": "AWS::S3::Bucket"}}"#

  @Test("the root must be an object")
  func rootNotObject() {
    expectTemplateError("1️⃣[1]", .rootNotObject(found: "a list"))
  }

  @Test("an unknown section, with a suggestion")
  func unknownSection() {
    expectTemplateError(
      #"{1️⃣"Output": {}, \#(Self.bucket)}"#, .unknownSection("Output"),
      notes: ["did you mean 'Outputs'?"])
    expectTemplateError(#"{\#(Self.bucket), 1️⃣"Extra": 1}"#, .unknownSection("Extra"), notes: [])
  }

  @Test("no Resources section, or an empty one")
  func missingResources() {
    expectTemplateError(#"1️⃣{"Description": "x"}"#, .missingResources)
    expectTemplateError(
      #"{"Resources": 1️⃣{}}"#,
      .wrongKind(what: "'Resources'", expected: "at least one resource", found: "none"))
    expectTemplateError(
      #"{"Resources": 1️⃣[]}"#,
      .wrongKind(what: "'Resources'", expected: "an object", found: "a list"))
  }

  @Test("a Transform that names no macro, and an Fn::Transform without a Name")
  func transform() {
    expectTemplateError(
      #"{"Transform": 1️⃣3, \#(Self.bucket)}"#,
      .wrongKind(
        what: "'Transform'", expected: "a macro name or an object with a 'Name'", found: "a number")
    )
    expectTemplateError(
      #"{"Transform": [1️⃣{"Parameters": {}}], \#(Self.bucket)}"#,
      .missingKey(what: "an entry of 'Transform'", key: "Name"))
    expectValueError(
      #"{"Fn::Transform": 1️⃣{"Parameters": {}}}"#,
      .functionArguments(
        function: "Fn::Transform",
        expected:
          "an object with the macro's 'Name' and, optionally, its 'Parameters', or a list of them"))
  }

  @Test("a macro's request event is not a template: one error naming its fragment")
  func macroEvent() {
    expectTemplateError(
      #"1️⃣{"requestId": "r", "fragment": {"Resources": {}}}"#, .macroEvent,
      notes: ["convert the fragment: 'jq .fragment test.json > template.json'"])
  }

  @Test("Globals without the serverless transform")
  func globalsWithoutServerless() {
    expectTemplateError(
      #"{1️⃣"Globals": {}, \#(Self.bucket)}"#, .unknownSection("Globals"),
      notes: [
        #"'Globals' is read by the serverless transform: add "Transform": "AWS::Serverless-2016-10-31""#
      ])
  }

  @Test("a resource without Type, or with a Type that is not a string")
  func resourceType() {
    expectTemplateError(
      #"{"Resources": {1️⃣"B": {"Properties": {}}}}"#,
      .missingKey(what: "resource 'B'", key: "Type"),
      notes: [#"add a "Type" such as "AWS::EC2::Instance""#])
    expectTemplateError(
      #"{"Resources": {"B": {"Type": 1️⃣1}}}"#,
      .wrongKind(what: "the 'Type' of resource 'B'", expected: "a string", found: "a number"))
    expectTemplateError(
      #"{"Resources": {"B": 1️⃣"AWS::S3::Bucket"}}"#,
      .wrongKind(what: "resource 'B'", expected: "an object", found: "a string"))
  }

  @Test("resource attributes of the wrong kind")
  func resourceAttributeKinds() {
    expectTemplateError(
      #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": 1️⃣[]}}}"#,
      .wrongKind(what: "'Properties' of resource 'B'", expected: "an object", found: "a list"))
    expectTemplateError(
      #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", "DependsOn": 1️⃣{}}}}"#,
      .wrongKind(
        what: "'DependsOn' of resource 'B'", expected: "a string or a list of strings",
        found: "an object"))
    expectTemplateError(
      #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", "DependsOn": ["A", 1️⃣2]}}}"#,
      .wrongKind(
        what: "an entry of 'DependsOn' of resource 'B'", expected: "a string", found: "a number"))
    expectTemplateError(
      #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", "UpdatePolicy": 1️⃣true}}}"#,
      .wrongKind(what: "'UpdatePolicy' of resource 'B'", expected: "an object", found: "a boolean"))
  }

  @Test("a DeletionPolicy or UpdateReplacePolicy that CloudFormation does not know")
  func badDeletionPolicy() {
    let allowed = "one of Delete, Retain, RetainExceptOnCreate, Snapshot"
    expectTemplateError(
      #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", "DeletionPolicy": 1️⃣"Keep"}}}"#,
      .wrongKind(what: "'DeletionPolicy' of resource 'B'", expected: allowed, found: "'Keep'"))
    expectTemplateError(
      #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", "UpdateReplacePolicy": 1️⃣"retain"}}}"#,
      .wrongKind(
        what: "'UpdateReplacePolicy' of resource 'B'", expected: allowed, found: "'retain'"))
  }

  @Test("an unknown function, with a suggestion when one is close")
  func unknownFunction() {
    expectValueError(
      #"{1️⃣"Fn::Joim": ["-", []]}"#, .unknownFunction("Fn::Joim"),
      notes: ["did you mean 'Fn::Join'?"])
    expectValueError(
      #"{1️⃣"Fn::getatt": ["B", "Arn"]}"#, .unknownFunction("Fn::getatt"),
      notes: ["did you mean 'Fn::GetAtt'?"])
    expectValueError(#"{1️⃣"Fn::Frobnicate": 1}"#, .unknownFunction("Fn::Frobnicate"), notes: [])
  }

  @Test("an unknown parameter type, with the types listed")
  func unknownParameterType() {
    expectTemplateError(
      #"{"Parameters": {"P": {"Type": 1️⃣"Strin"}}, \#(Self.bucket)}"#,
      .unknownParameterType("Strin"),
      notes: [
        "use String, Number, List<Number>, CommaDelimitedList, an AWS-specific type or AWS::SSM::Parameter::Value<…>"
      ])
    expectTemplateError(
      #"{"Parameters": {"P": {"Type": 1️⃣"List<String>"}}, \#(Self.bucket)}"#,
      .unknownParameterType("List<String>"))
  }

  @Test("parameters: missing Type, unknown keys, AllowedValues not a list")
  func parameterShape() {
    expectTemplateError(
      #"{"Parameters": {1️⃣"P": {"Default": "x"}}, \#(Self.bucket)}"#,
      .missingKey(what: "parameter 'P'", key: "Type"))
    expectTemplateError(
      #"{"Parameters": {"P": {"Type": "String", 1️⃣"Defualt": "x"}}, \#(Self.bucket)}"#,
      .unknownKey(what: "parameter 'P'", key: "Defualt"))
    expectTemplateError(
      #"{"Parameters": {"P": {"Type": "String", "AllowedValues": 1️⃣"a"}}, \#(Self.bucket)}"#,
      .wrongKind(what: "'AllowedValues' of parameter 'P'", expected: "a list", found: "a string"))
    expectTemplateError(
      #"{"Parameters": {"P": {"Type": "String", "MinLength": 1️⃣[1]}}, \#(Self.bucket)}"#,
      .wrongKind(what: "'MinLength' of parameter 'P'", expected: "a string", found: "a list"))
  }

  @Test("mappings must be objects at both levels")
  func mappingShape() {
    expectTemplateError(
      #"{"Mappings": {"M": {"k": 1️⃣"v"}}, \#(Self.bucket)}"#,
      .wrongKind(what: "key 'k' of mapping 'M'", expected: "an object", found: "a string"))
  }

  @Test("outputs: missing Value, unknown keys, Export without Name")
  func outputShape() {
    expectTemplateError(
      #"{\#(Self.bucket), "Outputs": {1️⃣"O": {"Description": "d"}}}"#,
      .missingKey(what: "output 'O'", key: "Value"))
    expectTemplateError(
      #"{\#(Self.bucket), "Outputs": {"O": {"Value": 1, 1️⃣"Exports": {}}}}"#,
      .unknownKey(what: "output 'O'", key: "Exports"))
    expectTemplateError(
      #"{\#(Self.bucket), "Outputs": {"O": {"Value": 1, "Export": 1️⃣{"Nmae": "x"}}}}"#,
      .missingKey(what: "'Export' of output 'O'", key: "Name"))
  }

  @Test("bad Fn::Sub text: an empty ${} (an unclosed one: TemplateDecoderSubSecretTests)")
  func badSub() {
    expectValueError(#"{"Fn::Sub": 1️⃣"a${ }b"}"#, .invalidSubstitution("${ }"), notes: [])
  }
}
