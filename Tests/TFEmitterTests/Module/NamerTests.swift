import CFNParser
import Testing

@testable import TFEmitter

@Suite("Namer")
struct NamerTests {
  @Test(
    "snake_case names",
    arguments: [
      ("LaunchGroup", "launch_group"),
      ("AWSRegionArch2AMI", "aws_region_arch2_ami"),
      ("EC2Instance", "ec2_instance"),
      ("S3Bucket", "s3_bucket"),
      ("MyDBv2", "my_dbv2"),
      ("IPv6CidrBlock", "ipv6_cidr_block"),
      ("HTTPServer", "http_server"),
      ("VPCId", "vpc_id"),
      ("PublicSubnet1A", "public_subnet1a"),
      ("Subnet2", "subnet2"),
      ("already_snake", "already_snake"),
      ("kebab-case.name", "kebab_case_name"),
      ("Trailing_", "trailing"),
      ("xmx", "xmx"),
      ("A", "a"),
      ("2ndBucket", "n2nd_bucket"),
      ("3", "n3"),
      ("Größe", "gr__e"),
      ("Éclair", "_clair"),
      ("日本", "unnamed"),
      ("", "unnamed"),
      ("--", "unnamed"),
    ])
  func snakeCase(id: String, name: String) {
    #expect(Namer.snakeCase(id) == name)
    #expect(Namer.snakeCaseByCharacters(id) == name)
  }

  @Test("ASCII names are cased on bytes exactly as on characters, CR LF and tabs included")
  func snakeCaseOnBytes() {
    let pieces = ["A", "b", "2", "_", "-", " ", "\t", "\r\n", "\r", "\n", "Zz", "9Q", "DBv"]
    var names = [""]
    for _ in 0..<4 { names = names.flatMap { name in pieces.map { name + $0 } } }
    for name in names {
      #expect(Namer.snakeCase(name) == Namer.snakeCaseByCharacters(name), "\(Array(name.utf8))")
    }
  }

  /// What precedes the sections of a template whose names CloudFormation would refuse: a macro,
  /// which may rewrite them (the decoder checks names only where none may), so that the namer
  /// meets them as it would in such a template.
  static let macro = #""Transform": "Renamer", "#

  static func template(_ json: String) throws -> Template {
    let (template, diagnostics) = TemplateDecoder.decode(json, fileName: "t.json")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    return try #require(template)
  }

  @Test("colliding logical ids are numbered in sorted order, whatever the template order")
  func resourceCollisions() throws {
    let bucket = #"{"Type": "AWS::S3::Bucket"}"#
    let forward = try Self.template(
      #"{\#(Self.macro)"Resources": {"MyBucket": \#(bucket), "My_Bucket": \#(bucket), "MYBucket": \#(bucket), "my-bucket": \#(bucket)}}"#
    )
    let backward = try Self.template(
      #"{\#(Self.macro)"Resources": {"my-bucket": \#(bucket), "MYBucket": \#(bucket), "My_Bucket": \#(bucket), "MyBucket": \#(bucket)}}"#
    )
    for template in [forward, backward] {
      let namer = Namer(template: template)
      let names = ["MYBucket", "MyBucket", "My_Bucket", "my-bucket"].map {
        namer.resource(forLogicalId: $0)
      }
      #expect(names == ["my_bucket", "my_bucket_2", "my_bucket_3", "my_bucket_4"])
    }
  }

  @Test("an id whose own name a numbered name took gets a number too")
  func numberedNameTaken() throws {
    let bucket = #"{"Type": "AWS::S3::Bucket"}"#
    let template = try Self.template(
      #"{\#(Self.macro)"Resources": {"b_2": \#(bucket), "b": \#(bucket), "B": \#(bucket)}}"#)
    let namer = Namer(template: template)
    let names = ["B", "b", "b_2"].map { namer.resource(forLogicalId: $0) }
    #expect(names == ["b", "b_2", "b_2_2"])
  }

  @Test("reserved variable names get a suffix; names cfn2tf adds are kept free")
  func reservedVariables() throws {
    let template = try Self.template(
      #"""
      {"Parameters": {"Version": {"Type": "String"}, "Source": {"Type": "String"},
         "Count": {"Type": "Number"}, "ForEach": {"Type": "String"}, "Providers": {"Type": "String"},
         "StackName": {"Type": "String"}, "Lifecycle": {"Type": "String"}},
       "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}
      """#)
    let namer = Namer(template: template, extraVariables: ["stack_name"])
    let names = ["Version", "Source", "Count", "ForEach", "Providers", "StackName", "Lifecycle"].map
    {
      namer.variable(forParameter: $0)
    }
    #expect(
      names == [
        "version_value", "source_value", "count_value", "for_each_value", "providers_value",
        "stack_name_2", "lifecycle_value",
      ])
  }

  @Test("reserved resource names; outputs and locals have their own namespaces")
  func namespaces() throws {
    let template = try Self.template(
      #"""
      {\#(Self.macro)"Parameters": {"Env": {"Type": "String"}},
       "Mappings": {"Env": {"k": {"v": 1}}},
       "Conditions": {"Env": {"Fn::Equals": [1, 1]}},
       "Resources": {"Count": {"Type": "AWS::S3::Bucket"}, "Env": {"Type": "AWS::S3::Bucket"}},
       "Outputs": {"Env": {"Value": 1}}}
      """#)
    var namer = Namer(template: template)
    #expect(namer.variable(forParameter: "Env") == "env")
    #expect(namer.local(forCondition: "Env") == "env")
    #expect(namer.local(forMapping: "Env") == "env_2")
    #expect(namer.resource(forLogicalId: "Count") == "count_value")
    #expect(namer.resource(forLogicalId: "Env") == "env")
    #expect(namer.output(forOutput: "Env") == "env")
    #expect(namer.reserveVariable("Env") == "env_2")
    #expect(namer.reserveVariable("Env") == "env_3")
    #expect(namer.reserveVariable("count") == "count_value")
    #expect(namer.reserveLocal("Env") == "env_3")
  }
}
