import CFNParser
import Testing

@testable import TFEmitter

/// References, pseudo parameters and literals, translated for a target type; the HCL printed flat
/// and compared exactly, with the ledger status of each value.
@Suite("Expression translation: references and literals")
struct ExpressionTranslatorTests {
  typealias Probe = TranslationProbe

  @Test("Ref to each kind of parameter, for a string, a number and a list")
  func parameterRefs() {
    #expect(Probe.hcl(#"{"Ref": "Env"}"#) == "var.env")
    #expect(Probe.hcl(#"{"Ref": "Env"}"#, as: .list(.string)) == "[var.env]")
    #expect(Probe.hcl(#"{"Ref": "Size"}"#, as: .number) == "var.size")
    #expect(Probe.hcl(#"{"Ref": "Size"}"#, as: .list(.number)) == "[var.size]")
    #expect(Probe.hcl(#"{"Ref": "Zones"}"#, as: .string) == #"join(",", var.zones)"#)
    #expect(Probe.hcl(#"{"Ref": "Zones"}"#, as: .list(.string)) == "var.zones")
    #expect(Probe.hcl(#"{"Ref": "Ports"}"#, as: .list(.number)) == "var.ports")
    #expect(Probe.hcl(#"{"Ref": "Ports"}"#, as: .string) == #"join(",", var.ports)"#)
    #expect(Probe.hcl(#"{"Ref": "Subnets"}"#, as: .string) == #"join(",", var.subnets)"#)
    #expect(Probe.hcl(#"{"Ref": "Subnets"}"#, as: .any) == "var.subnets")
    #expect(Probe.hcl(#"{"Ref": "Key"}"#, as: .string) == "var.key")
  }

  @Test("Ref to an SSM parameter reads it through data.aws_ssm_parameter")
  func ssmParameterRefs() {
    #expect(Probe.hcl(#"{"Ref": "Ami"}"#, as: .string) == "data.aws_ssm_parameter.ami.value")
    #expect(
      Probe.hcl(#"{"Ref": "Names"}"#, as: .list(.string))
        == #"split(",", data.aws_ssm_parameter.names.value)"#)
    let result = Probe.translate(#"{"Ref": "Ami"}"#, as: .string)
    #expect(result.status == .transformed)
    #expect(result.note == #"SSM parameter type read through data "aws_ssm_parameter""#)
  }

  @Test("Ref to a NoEcho parameter marks the value as secret")
  func secretRef() {
    let result = Probe.translate(#"{"Ref": "Secret"}"#)
    #expect(result.text == "var.secret")
    #expect(result.touchesSecret)
    #expect(!Probe.translate(#"{"Ref": "Env"}"#).touchesSecret)
  }

  @Test("Ref and GetAtt to resources; a Condition makes them one(x[*].attr)")
  func resourceRefs() {
    #expect(Probe.hcl(#"{"Ref": "Vpc"}"#) == "aws_vpc.vpc.id")
    #expect(Probe.hcl(#"{"Ref": "Vpc"}"#, as: .list(.string)) == "[aws_vpc.vpc.id]")
    #expect(Probe.hcl(#"{"Fn::GetAtt": ["Vpc", "CidrBlock"]}"#) == "aws_vpc.vpc.cidr_block")
    #expect(Probe.hcl(#"{"Fn::GetAtt": "Vpc.VpcId"}"#) == "aws_vpc.vpc.id")
    #expect(Probe.hcl(#"{"Ref": "Bucket"}"#) == "one(aws_s3_bucket.bucket[*].id)")
    #expect(
      Probe.hcl(#"{"Fn::GetAtt": ["Bucket", "Arn"]}"#) == "one(aws_s3_bucket.bucket[*].arn)")
    #expect(
      Probe.hcl(#"{"Ref": "Bucket"}"#, as: .list(.string)) == "[one(aws_s3_bucket.bucket[*].id)]")
  }

  @Test("a GetAtt attribute with no counterpart is a variable the user sets, said at the GetAtt")
  func attributeWithoutCounterpart() {
    let result = Probe.translate(#"1️⃣{"Fn::GetAtt": ["Bucket", "WebsiteURL"]}"#)
    #expect(result.text == "var.bucket_website_url")
    #expect(result.status == .approximated)
    #expect(result.addedVariables == ["bucket_website_url: string"])
    #expect(
      result.diagnostics == [
        "\(result.marked.location("1️⃣", file: "t.json")): warning: attribute 'WebsiteURL' of 'Bucket' (AWS::S3::Bucket) has no Terraform counterpart; var.bucket_website_url stands for it\n  note: set var.bucket_website_url to the value the template read"
      ])
    #expect(
      Probe.hcl(#"{"Fn::Select": [0, {"Fn::GetAtt": ["Bucket", "WebsiteURL"]}]}"#)
        == "var.bucket_website_url[0]")
  }

  @Test("a GetAtt attribute the type does not have is the decoder's error, never a variable")
  func unknownAttribute() {
    let (template, diagnostics) = TemplateDecoder.decode(
      Probe.templateText(#"{"Fn::GetAtt": ["Bucket", "Nope"]}"#), fileName: "t.json")
    #expect(template == nil)
    #expect(
      diagnostics.map(\.message) == [
        "'Bucket' of type 'AWS::S3::Bucket' has no attribute 'Nope'"
      ])
  }

  @Test("Ref to a resource whose Ref has no counterpart, or that is not converted")
  func refWithoutCounterpart() {
    let attach = Probe.translate(#"1️⃣{"Ref": "Attach"}"#)
    #expect(attach.text == "null")
    #expect(attach.status == .approximated)
    #expect(
      attach.diagnostics == [
        "\(attach.marked.location("1️⃣", file: "t.json")): warning: 'Ref' to 'Attach' (AWS::EC2::VPCGatewayAttachment) has no Terraform counterpart; null is used"
      ])
    let queue = Probe.translate(#"{"Ref": "Queue"}"#)
    #expect(queue.text == "null")
    #expect(queue.status == .approximated)
    #expect(queue.note == "'Ref' to 'Queue', which is not converted")
    #expect(queue.diagnostics.isEmpty)
    let queueArn = Probe.translate(#"{"Fn::GetAtt": ["Queue", "Arn"]}"#)
    #expect(queueArn.text == "null")
    #expect(queueArn.note == "'Fn::GetAtt' of 'Queue', which is not converted")
  }

  @Test("pseudo parameters")
  func pseudoParameters() {
    #expect(Probe.hcl(#"{"Ref": "AWS::Region"}"#) == "data.aws_region.current.name")
    #expect(
      Probe.hcl(#"{"Ref": "AWS::AccountId"}"#) == "data.aws_caller_identity.current.account_id")
    #expect(Probe.hcl(#"{"Ref": "AWS::Partition"}"#) == "data.aws_partition.current.partition")
    #expect(Probe.hcl(#"{"Ref": "AWS::URLSuffix"}"#) == "data.aws_partition.current.dns_suffix")
    #expect(Probe.hcl(#"{"Ref": "AWS::StackName"}"#) == "var.stack_name")
    #expect(Probe.hcl(#"{"Ref": "AWS::StackId"}"#) == "coalesce(var.stack_id, var.stack_name)")
    #expect(Probe.hcl(#"{"Ref": "AWS::NotificationARNs"}"#) == "var.notification_arns")
    #expect(
      Probe.hcl(#"{"Ref": "AWS::NotificationARNs"}"#, as: .string)
        == #"join(",", var.notification_arns)"#)
    #expect(Probe.hcl(#"{"Ref": "AWS::NoValue"}"#) == "null")
  }

  @Test("pseudo parameters: data sources and variables they need, and their status")
  func pseudoNeeds() {
    let region = Probe.translate(#"{"Ref": "AWS::Region"}"#)
    #expect(region.dataSources == [.region])
    #expect(region.status == .transformed)
    #expect(Probe.translate(#"{"Ref": "AWS::AccountId"}"#).dataSources == [.callerIdentity])
    #expect(Probe.translate(#"{"Ref": "AWS::URLSuffix"}"#).dataSources == [.partition])
    let stack = Probe.translate(#"{"Ref": "AWS::StackName"}"#)
    #expect(stack.addedVariables == ["stack_name: string"])
    #expect(stack.status == .transformed)
    let stackId = Probe.translate(#"{"Ref": "AWS::StackId"}"#)
    #expect(stackId.status == .approximated)
    #expect(stackId.addedVariables == ["stack_id: string", "stack_name: string"])
    let arns = Probe.translate(#"{"Ref": "AWS::NotificationARNs"}"#)
    #expect(arns.addedVariables == ["notification_arns: list(string)"])
    #expect(Probe.translate(#"{"Ref": "AWS::NoValue"}"#).status == .transformed)
  }

  @Test("strings become numbers and booleans where the target wants them")
  func stringConversions() {
    #expect(Probe.hcl(#""5""#, as: .number) == "5")
    #expect(Probe.hcl(#""-1.5e3""#, as: .number) == "-1.5e3")
    #expect(Probe.hcl(#""five""#, as: .number) == #""five""#)
    #expect(Probe.hcl(#""05""#, as: .number) == #""05""#)
    #expect(Probe.hcl(#""true""#, as: .bool) == "true")
    #expect(Probe.hcl(#""False""#, as: .bool) == "false")
    #expect(Probe.hcl(#""yes""#, as: .bool) == #""yes""#)
    #expect(Probe.hcl(#""5""#, as: .string) == #""5""#)
    #expect(Probe.hcl(#""5""#, as: .any) == #""5""#)
  }

  @Test("numbers and booleans become strings where the target wants one")
  func scalarToString() {
    #expect(Probe.hcl("5", as: .string) == #""5""#)
    #expect(Probe.hcl("true", as: .string) == #""true""#)
    #expect(Probe.hcl("5", as: .number) == "5")
    #expect(Probe.hcl("false", as: .any) == "false")
    #expect(Probe.hcl("null", as: .string) == "null")
  }

  @Test("a scalar becomes a one-element list where the target is a list")
  func scalarToList() {
    #expect(Probe.hcl(#""a""#, as: .list(.string)) == #"["a"]"#)
    #expect(Probe.hcl(#""5""#, as: .list(.number)) == "[5]")
    #expect(Probe.hcl("5", as: .list(.number)) == "[5]")
    #expect(Probe.hcl("true", as: .list(.bool)) == "[true]")
  }

  @Test("lists: elements converted; a list for a string target is joined with ','")
  func lists() {
    #expect(Probe.hcl(#"["1", "2"]"#, as: .list(.number)) == "[1, 2]")
    #expect(Probe.hcl(#"["a", {"Ref": "Env"}]"#, as: .list(.string)) == #"["a", var.env]"#)
    #expect(Probe.hcl(#"["a", 1]"#, as: .string) == #"join(",", ["a", "1"])"#)
    #expect(Probe.hcl(#"{"K": "v", "N": {"Ref": "Size"}}"#) == #"{ K = "v", N = var.size }"#)
  }

  @Test(
    "ledger status of each kind of value",
    arguments: [
      (#""a""#, ValueType.string, LedgerStatus.exact),
      (#"{"Ref": "Env"}"#, .string, .exact),
      (#"{"Ref": "Vpc"}"#, .string, .exact),
      (#"{"Fn::GetAtt": ["Vpc", "CidrBlock"]}"#, .string, .transformed),
      (#""5""#, .number, .transformed),
      ("5", .string, .transformed),
      (#"{"Ref": "Zones"}"#, .string, .transformed),
      (#"{"Ref": "Env"}"#, .list(.string), .transformed),
      (#"{"Ref": "Queue"}"#, .string, .approximated),
      (#"{"Ref": "AWS::StackId"}"#, .string, .approximated),
      (#"{"Fn::Join": ["-", ["a", {"Ref": "AWS::StackId"}]]}"#, .string, .approximated),
    ])
  func status(value: String, target: ValueType, status: LedgerStatus) {
    #expect(Probe.translate(value, as: target).status == status)
  }
}
