import CFNParser
import Testing

@testable import TFEmitter

/// Each intrinsic function but the condition functions, translated and printed flat.
@Suite("Expression translation: functions")
struct ExpressionTranslatorFunctionTests {
  typealias Probe = TranslationProbe

  @Test("Fn::Join of a written-out list becomes a string template")
  func joinLiteral() {
    #expect(Probe.hcl(#"{"Fn::Join": ["-", ["a", {"Ref": "Env"}, 3]]}"#) == #""a-${var.env}-3""#)
    #expect(Probe.hcl(#"{"Fn::Join": ["-", ["a", "b"]]}"#) == #""a-b""#)
    #expect(Probe.hcl(#"{"Fn::Join": ["", []]}"#) == #""""#)
    #expect(Probe.hcl(#"{"Fn::Join": ["", [{"Ref": "Env"}]]}"#) == "var.env")
    #expect(Probe.hcl(#"{"Fn::Join": ["-", ["a", true]]}"#) == #""a-true""#)
    #expect(
      Probe.hcl(#"{"Fn::Join": [":", [{"Ref": "AWS::Region"}, {"Ref": "AWS::AccountId"}]]}"#)
        == #""${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}""#)
    let result = Probe.translate(#"{"Fn::Join": ["-", ["a", "b"]]}"#)
    #expect(result.status == .transformed)
    #expect(result.note == "Fn::Join became a string template")
  }

  @Test("nested Joins and Subs are flattened into one template")
  func joinNested() {
    #expect(
      Probe.hcl(#"{"Fn::Join": ["", ["x", {"Fn::Join": [":", ["a", {"Ref": "Env"}]]}, "y"]]}"#)
        == #""xa:${var.env}y""#)
    #expect(
      Probe.hcl(#"{"Fn::Join": ["/", [{"Fn::Sub": "${Env}-s"}, "t"]]}"#) == #""${var.env}-s/t""#)
  }

  @Test("Fn::Join of a computed list becomes join()")
  func joinComputed() {
    #expect(Probe.hcl(#"{"Fn::Join": [",", {"Ref": "Zones"}]}"#) == #"join(",", var.zones)"#)
    // Of a string parameter, CloudFormation refuses it: TemplateDecoderArgumentTests.
    #expect(
      Probe.hcl(#"{"Fn::Join": [",", {"Fn::GetAZs": ""}]}"#)
        == #"join(",", data.aws_availability_zones.available.names)"#)
    #expect(
      Probe.hcl(#"{"Fn::Join": ["-", ["a", {"Fn::Join": [",", {"Ref": "Zones"}]}]]}"#)
        == #""a-${join(",", var.zones)}""#)
    #expect(Probe.translate(#"{"Fn::Join": [",", {"Ref": "Zones"}]}"#).status == .transformed)
  }

  @Test("Fn::Sub: references, attributes, pseudo parameters and ${!Literal}")
  func sub() {
    #expect(
      Probe.hcl(#"{"Fn::Sub": "${AWS::StackName}-${Env}-${!Literal}"}"#)
        == #""${var.stack_name}-${var.env}-$${Literal}""#)
    #expect(Probe.hcl(#"{"Fn::Sub": "${Bucket.Arn}"}"#) == "one(aws_s3_bucket.bucket[*].arn)")
    #expect(
      Probe.hcl(#"{"Fn::Sub": "arn:${AWS::Partition}:s3:::${Bucket}/*"}"#)
        == #""arn:${data.aws_partition.current.partition}:s3:::${one(aws_s3_bucket.bucket[*].id)}/*""#
    )
    #expect(Probe.hcl(#"{"Fn::Sub": "plain"}"#) == #""plain""#)
    #expect(Probe.translate(#"{"Fn::Sub": "plain"}"#).status == .transformed)
  }

  @Test("Fn::Sub with variables: the values are put in place, joins flattened")
  func subVariables() {
    #expect(
      Probe.hcl(#"{"Fn::Sub": ["${A}/${B}/${Env}", {"A": {"Ref": "Size"}, "B": "x"}]}"#)
        == #""${var.size}/x/${var.env}""#)
    #expect(
      Probe.hcl(#"{"Fn::Sub": ["${A}!", {"A": {"Fn::Join": ["-", ["p", {"Ref": "Env"}]]}}]}"#)
        == #""p-${var.env}!""#)
    #expect(Probe.hcl(#"{"Fn::Sub": ["${X.Y}", {"X.Y": "dotted"}]}"#) == #""dotted""#)
  }

  @Test("shell ${VAR} survives: it prints as $${VAR}, and %{ as %%{")
  func shellVariables() {
    #expect(Probe.hcl(#"{"Fn::Sub": "echo ${!HOME} $HOME"}"#) == #""echo $${HOME} $HOME""#)
    #expect(Probe.hcl(#""echo ${HOME}""#) == #""echo $${HOME}""#)
    #expect(
      Probe.hcl(#"{"Fn::Join": ["", ["echo ${HOME} %{x} ", {"Ref": "Env"}]]}"#)
        == #""echo $${HOME} %%{x} ${var.env}""#)
  }

  @Test("Fn::FindInMap becomes an index into the mapping's local")
  func findInMap() {
    #expect(
      Probe.hcl(#"{"Fn::FindInMap": ["RegionMap", {"Ref": "AWS::Region"}, "AMI"]}"#)
        == #"local.region_map[data.aws_region.current.name]["AMI"]"#)
    #expect(
      Probe.hcl(#"{"Fn::FindInMap": ["RegionMap", "us-east-1", {"Ref": "Env"}]}"#)
        == #"local.region_map["us-east-1"][var.env]"#)
    let result = Probe.translate(#"{"Fn::FindInMap": ["RegionMap", "us-east-1", "AMI"]}"#)
    #expect(result.status == .transformed)
  }

  @Test("Fn::FindInMap with a computed mapping name is null and a warning")
  func findInMapComputed() {
    let result = Probe.translate(#"{"Fn::FindInMap": [1️⃣{"Ref": "Env"}, "a", "b"]}"#)
    #expect(result.text == "null")
    #expect(result.status == .approximated)
    #expect(
      result.diagnostics == [
        "\(result.marked.location("1️⃣", file: "t.json")): warning: 'Fn::FindInMap' with a computed mapping name is not supported"
      ])
  }

  @Test("Fn::GetAZs lists the provider region's zones")
  func getAZs() {
    let names = "data.aws_availability_zones.available.names"
    #expect(Probe.hcl(#"{"Fn::GetAZs": ""}"#) == names)
    #expect(Probe.hcl(#"{"Fn::GetAZs": null}"#) == names)
    #expect(Probe.translate(#"{"Fn::GetAZs": null}"#).status == .transformed)
    #expect(Probe.translate(#"{"Fn::GetAZs": null}"#).dataSources == [.availabilityZones])
    #expect(Probe.hcl(#"{"Fn::GetAZs": {"Ref": "AWS::Region"}}"#) == names)
    #expect(Probe.hcl(#"{"Fn::GetAZs": "eu-west-1"}"#) == names)
    #expect(Probe.translate(#"{"Fn::GetAZs": ""}"#).status == .transformed)
    #expect(Probe.translate(#"{"Fn::GetAZs": ""}"#).dataSources == [.availabilityZones])
    #expect(Probe.translate(#"{"Fn::GetAZs": {"Ref": "AWS::Region"}}"#).status == .transformed)
    #expect(Probe.translate(#"{"Fn::GetAZs": "eu-west-1"}"#).status == .approximated)
    #expect(Probe.translate(#"{"Fn::GetAZs": {"Ref": "Env"}}"#).status == .approximated)
  }

  @Test("Fn::Select of a written-out list is resolved; of a computed list, an index")
  func select() {
    #expect(Probe.hcl(#"{"Fn::Select": [1, ["a", {"Ref": "Env"}]]}"#) == "var.env")
    #expect(Probe.hcl(#"{"Fn::Select": ["0", ["a", "b"]]}"#) == #""a""#)
    #expect(Probe.hcl(#"{"Fn::Select": [0, ["5"]]}"#, as: .number) == "5")
    // Past the end of the list, CloudFormation refuses it: TemplateDecoderArgumentTests.
    #expect(
      Probe.hcl(#"{"Fn::Select": [0, {"Fn::GetAZs": ""}]}"#)
        == "data.aws_availability_zones.available.names[0]")
    #expect(
      Probe.hcl(#"{"Fn::Select": [{"Ref": "Size"}, {"Ref": "Zones"}]}"#) == "var.zones[var.size]")
    #expect(
      Probe.hcl(#"{"Fn::Select": ["1", {"Fn::Split": [",", {"Ref": "Env"}]}]}"#)
        == #"split(",", var.env)[1]"#)
    #expect(
      Probe.translate(#"{"Fn::Select": [1, ["a", "b"]]}"#).note
        == "Fn::Select of a written-out list resolved at conversion")
    #expect(
      Probe.translate(#"{"Fn::Select": [0, {"Ref": "Zones"}]}"#).note
        == "Fn::Select became an index")
  }

  @Test("Fn::Split, Fn::Base64, Fn::Length, Fn::ToJsonString")
  func simpleFunctions() {
    #expect(Probe.hcl(#"{"Fn::Split": [",", {"Ref": "Env"}]}"#) == #"split(",", var.env)"#)
    #expect(Probe.hcl(#"{"Fn::Split": ["|", "a|b"]}"#) == #"split("|", "a|b")"#)
    #expect(
      Probe.hcl(#"{"Fn::Base64": {"Fn::Sub": "x=${Env}"}}"#) == #"base64encode("x=${var.env}")"#)
    #expect(Probe.hcl(#"{"Fn::Length": {"Ref": "Zones"}}"#) == "length(var.zones)")
    #expect(Probe.hcl(#"{"Fn::Length": [1, {"Ref": "Env"}]}"#) == "length([1, var.env])")
    #expect(
      Probe.hcl(#"{"Fn::ToJsonString": {"A": {"Ref": "Env"}, "B": [1, true]}}"#)
        == "jsonencode({ A = var.env, B = [1, true] })")
    for value in [
      #"{"Fn::Split": [",", "a"]}"#, #"{"Fn::Base64": "a"}"#, #"{"Fn::Length": [1]}"#,
      #"{"Fn::ToJsonString": [1]}"#,
    ] {
      #expect(Probe.translate(value).status == .transformed, "\(value)")
    }
  }

  @Test("Fn::ImportValue becomes a variable the user sets")
  func importValue() {
    let result = Probe.translate(#"{"Fn::ImportValue": "Network-VpcId"}"#)
    #expect(result.text == "var.import_network_vpc_id")
    #expect(result.addedVariables == ["import_network_vpc_id: string"])
    #expect(result.status == .approximated)
    let list = Probe.translate(#"{"Fn::ImportValue": "Subnets"}"#, as: .list(.string))
    #expect(list.addedVariables == ["import_subnets: list(string)"])
    #expect(Probe.hcl(#"{"Fn::ImportValue": {"Fn::Sub": "${Env}-vpc"}}"#) == "var.import")
  }

  @Test("Fn::Cidr of a written-out block becomes cidrsubnets()")
  func cidrLiteral() {
    #expect(
      Probe.hcl(#"{"Fn::Cidr": ["10.0.0.0/16", 4, 8]}"#)
        == #"cidrsubnets("10.0.0.0/16", 8, 8, 8, 8)"#)
    #expect(
      Probe.hcl(#"{"Fn::Cidr": ["10.0.0.0/16", "2", "12"]}"#)
        == #"cidrsubnets("10.0.0.0/16", 4, 4)"#)
    #expect(
      Probe.hcl(#"{"Fn::Cidr": ["2001:db8::/56", 2, 64]}"#)
        == #"cidrsubnets("2001:db8::/56", 8, 8)"#)
    #expect(Probe.translate(#"{"Fn::Cidr": ["10.0.0.0/16", 4, 8]}"#).status == .transformed)
  }

  @Test("Fn::Cidr of a computed block becomes a for expression over cidrsubnet()")
  func cidrComputed() {
    #expect(
      Probe.hcl(#"{"Fn::Cidr": [{"Fn::GetAtt": ["Vpc", "CidrBlock"]}, 3, 5]}"#)
        == #"[for i in range(3) : cidrsubnet(aws_vpc.vpc.cidr_block, 32 - 5 - tonumber(split("/", aws_vpc.vpc.cidr_block)[1]), i)]"#
    )
    #expect(
      Probe.hcl(#"{"Fn::Cidr": ["10.0.0.0/16", {"Ref": "Size"}, "8"]}"#)
        == #"[for i in range(var.size) : cidrsubnet("10.0.0.0/16", 32 - 8 - tonumber(split("/", "10.0.0.0/16")[1]), i)]"#
    )
  }
}
