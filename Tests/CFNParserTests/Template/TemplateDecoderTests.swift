import CFNParser
import TestSupport
import Testing

@Suite("Template decoder: sections")
struct TemplateDecoderTests {
  static let full = """
    {"AWSTemplateFormatVersion": "2010-09-09",
     "Description": "A test stack",
     "Metadata": {"AWS::CloudFormation::Interface": {"ParameterGroups": []}},
     "Parameters": {
       "Env": {"Type": "String", "Default": "prod", "AllowedValues": ["prod", "dev"],
               "Description": "Where", "ConstraintDescription": "prod or dev"},
       "Size": {"Type": "Number", "Default": 3, "MinValue": 1, "MaxValue": "10"},
       "Name": {"Type": "String", "AllowedPattern": "[a-z]+", "MinLength": "1", "MaxLength": 8},
       "Secret": {"Type": "String", "NoEcho": "true"},
       "Loud": {"Type": "String", "NoEcho": false}
     },
     "Mappings": {"RegionMap": {"us-east-1": {"AMI": "ami-1", "Bits": 64},
                                "eu-west-1": {"AMI": "ami-2"}}},
     "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
                    "NotProd": {"Fn::Not": [{"Condition": "IsProd"}]}},
     "Resources": {
       "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16", "Tags": []}},
       "Bucket": {"Type": "AWS::S3::Bucket", "DependsOn": "Vpc", "Condition": "IsProd",
                  "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Snapshot",
                  "Metadata": {"Note": {"Ref": "Env"}}},
       "Group": {"Type": "AWS::AutoScaling::AutoScalingGroup", "DependsOn": ["Vpc", "Bucket"],
                 "UpdatePolicy": {"AutoScalingRollingUpdate": {"MaxBatchSize": 1}},
                 "CreationPolicy": {"ResourceSignal": {"Count": {"Ref": "Size"}}}}
     },
     "Outputs": {
       "VpcId": {"Value": {"Ref": "Vpc"}, "Description": "The VPC",
                 "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-vpc"}}},
       "BucketName": {"Value": {"Ref": "Bucket"}, "Condition": "IsProd"}
     }}
    """

  @Test("format version, description and metadata")
  func header() throws {
    let template = try decodeValidTemplate(Self.full)
    #expect(template.fileName == testFileName)
    #expect(template.formatVersion?.value == "2010-09-09")
    #expect(template.description?.value == "A test stack")
    #expect(
      template.metadata?.compactText
        == #"{"AWS::CloudFormation::Interface":{"ParameterGroups":[]}}"#)
  }

  @Test("parameters keep their order and every field")
  func parameters() throws {
    let template = try decodeValidTemplate(Self.full)
    #expect(template.parameters.map(\.name) == ["Env", "Size", "Name", "Secret", "Loud"])
    let env = try #require(template.parameter("Env"))
    #expect(env.type.value == .string)
    #expect(env.defaultValue?.compactText == #""prod""#)
    #expect(env.allowedValues?.map(\.compactText) == [#""prod""#, #""dev""#])
    #expect(env.description == "Where")
    #expect(env.constraintDescription == "prod or dev")
    #expect(env.noEcho == false)
    let size = try #require(template.parameter("Size"))
    #expect(size.type.value == .number)
    #expect(size.defaultValue?.compactText == "3")
    #expect(size.minValue?.value == "1")
    #expect(size.maxValue?.value == "10")
    let name = try #require(template.parameter("Name"))
    #expect(name.allowedPattern?.value == "[a-z]+")
    #expect(name.minLength?.value == "1")
    #expect(name.maxLength?.value == "8")
    #expect(template.parameter("Secret")?.noEcho == true)
    #expect(template.parameter("Loud")?.noEcho == false)
  }

  @Test(
    "parameter types",
    arguments: [
      ("String", ParameterType.string), ("Number", .number), ("List<Number>", .numberList),
      ("CommaDelimitedList", .commaDelimitedList),
      ("AWS::EC2::KeyPair::KeyName", .awsSpecific("AWS::EC2::KeyPair::KeyName")),
      ("List<AWS::EC2::Subnet::Id>", .awsSpecificList("AWS::EC2::Subnet::Id")),
      (
        "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
        .ssmParameter("AWS::EC2::Image::Id")
      ),
      ("AWS::SSM::Parameter::Value<List<String>>", .ssmParameter("List<String>")),
    ])
  func parameterType(name: String, type: ParameterType) {
    #expect(ParameterType(parsing: name) == type)
    #expect(type.name == name)
  }

  @Test("list parameter types")
  func listTypes() {
    let names = [
      "List<Number>", "CommaDelimitedList", "List<AWS::EC2::Subnet::Id>",
      "AWS::SSM::Parameter::Value<List<String>>", "AWS::SSM::Parameter::Value<CommaDelimitedList>",
      "String", "Number", "AWS::EC2::VPC::Id", "AWS::SSM::Parameter::Value<String>",
    ]
    let isList = names.map { ParameterType(parsing: $0)?.isList }
    #expect(isList == [true, true, true, true, true, false, false, false, false])
    let unknown = ["Strin", "List<String>", "AWS::EC2::<x>", "string"]
    #expect(unknown.map { ParameterType(parsing: $0) } == [nil, nil, nil, nil])
  }

  @Test("mappings keep both levels in order")
  func mappings() throws {
    let template = try decodeValidTemplate(Self.full)
    let mapping = try #require(template.mapping("RegionMap"))
    #expect(mapping.entries.map(\.key) == ["us-east-1", "eu-west-1"])
    #expect(mapping.entries[0].values.map(\.key) == ["AMI", "Bits"])
    #expect(mapping.entries[0].values.map(\.value.compactText) == [#""ami-1""#, "64"])
  }

  @Test("conditions are decoded as condition expressions")
  func conditions() throws {
    let template = try decodeValidTemplate(Self.full)
    #expect(template.conditions.map(\.name) == ["IsProd", "NotProd"])
    #expect(template.condition("IsProd")?.expression.dump == #"equals(ref(Env), "prod")"#)
    #expect(template.condition("NotProd")?.expression.dump == "not(condition(IsProd))")
  }

  @Test("resources and their attributes")
  func resources() throws {
    let template = try decodeValidTemplate(Self.full)
    #expect(template.resources.map(\.logicalId) == ["Vpc", "Bucket", "Group"])
    let vpc = try #require(template.resource("Vpc"))
    #expect(vpc.type.value == "AWS::EC2::VPC")
    #expect(vpc.properties.map(\.key) == ["CidrBlock", "Tags"])
    #expect(vpc.property("CidrBlock")?.value.dump == #""10.0.0.0/16""#)
    #expect(vpc.propertiesRange != nil)
    #expect(vpc.dependsOn.isEmpty && vpc.condition == nil && vpc.deletionPolicy == nil)
    let bucket = try #require(template.resource("Bucket"))
    #expect(bucket.propertiesRange == nil)
    #expect(bucket.dependsOn.map(\.value) == ["Vpc"])
    #expect(bucket.condition?.value == "IsProd")
    #expect(bucket.deletionPolicy?.value == "Retain")
    #expect(bucket.updateReplacePolicy?.value == "Snapshot")
    #expect(bucket.metadata?.dump == "{Note: ref(Env)}")
    let group = try #require(template.resource("Group"))
    #expect(group.dependsOn.map(\.value) == ["Vpc", "Bucket"])
    #expect(group.updatePolicy?.dump == "{AutoScalingRollingUpdate: {MaxBatchSize: 1}}")
    #expect(group.creationPolicy?.dump == "{ResourceSignal: {Count: ref(Size)}}")
  }

  @Test("outputs: value, description, export and condition")
  func outputs() throws {
    let template = try decodeValidTemplate(Self.full)
    #expect(template.outputs.map(\.name) == ["VpcId", "BucketName"])
    let vpc = template.outputs[0]
    #expect(vpc.value.dump == "ref(Vpc)")
    #expect(vpc.description == "The VPC")
    #expect(vpc.exportName?.dump == #"sub([${AWS::StackName}, "-vpc"])"#)
    #expect(vpc.condition == nil)
    #expect(template.outputs[1].condition?.value == "IsProd")
  }

  @Test("Rules and Hooks are recorded as written, in document order, without a diagnostic")
  func rulesAndHooks() throws {
    let text = MarkedText(
      #"""
      {1️⃣"Rules": {"R": {}}, "Resources": {"B": {"Type": "AWS::S3::Bucket"}}, 2️⃣"Hooks": {}}
      """#)
    let (template, diagnostics) = decodeTemplate(text)
    // Whether Terraform has an equivalent is the emitter's judgement (DeploymentSections).
    #expect(diagnostics.isEmpty)
    let sections = try #require(template).deploymentSections
    #expect(sections.map(\.key) == ["Rules", "Hooks"])
    #expect(sections.map(\.keyRange.start) == [text.location("1️⃣"), text.location("2️⃣")])
    #expect(sections.first?.value.members?.map(\.key) == ["R"])
  }

  @Test("every value carries the range it is written at")
  func ranges() throws {
    let text = MarkedText(
      #"""
      {"Resources": {1️⃣"B": {"Type": 2️⃣"AWS::S3::Bucket",
        "Properties": {3️⃣"BucketName": 4️⃣{"Fn::Join": ["-", [5️⃣"a", 6️⃣{"Ref": "AWS::Region"}]]}}}}}
      """#)
    let template = try #require(decodeTemplate(text).template)
    let bucket = try #require(template.resource("B"))
    #expect(bucket.range.start == text.location("1️⃣"))
    #expect(bucket.type.location == text.location("2️⃣"))
    let property = try #require(bucket.property("BucketName"))
    #expect(property.keyRange.start == text.location("3️⃣"))
    #expect(property.value.location == text.location("4️⃣"))
    guard case .join(_, let values) = property.value.kind else {
      Issue.record("not a join: \(property.value.dump)")
      return
    }
    #expect(values.children.map(\.location) == [text.location("5️⃣"), text.location("6️⃣")])
    #expect(property.value.range.startOffset == text.offset("4️⃣"))
  }
}
