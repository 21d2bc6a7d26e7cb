import CFNParser
import Testing

@testable import TFEmitter

@Suite("Comparing ledger entries with a plan")
struct ComparerTests {
  static let template = """
    {
      "Parameters": {"Protocol": {"Type": "String", "Default": "dev"}},
      "Conditions": {"Never": {"Fn::Equals": ["a", "b"]}},
      "Resources": {
        "Group": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {
          "MinSize": "1", "MaxSize": "3", "DesiredCapacity": "2", "Tags": [],
          "HealthCheckType": {"Ref": "AWS::NoValue"},
          "LaunchTemplate": {"Version": {"Fn::GetAtt": ["Server", "PrivateIp"]}}}},
        "Server": {"Type": "AWS::EC2::Instance", "Properties": {
          "BlockDeviceMappings": [
            {"DeviceName": "/dev/sdb", "Ebs": {"VolumeSize": 8}},
            {"DeviceName": "/dev/sdc", "Ebs": {"VolumeSize": 20}}],
          "UserData": {"Fn::Base64": {"Fn::Sub": "#!/bin/sh\\nprotocol=${Protocol}\\nport=4334\\n"}}}},
        "Spare": {"Type": "AWS::SQS::Queue", "Condition": "Never",
          "Properties": {"QueueName": "spare"}}
      }
    }
    """

  static let plan = """
    {
      "variables": {"protocol": {"value": "dev"}},
      "resource_changes": [
        {"address": "aws_autoscaling_group.group", "mode": "managed", "change": {
          "after": {"min_size": 1, "max_size": 2, "desired_capacity": 2, "arn": null},
          "after_unknown": {"arn": true, "desired_capacity": true}}},
        {"address": "aws_instance.server", "mode": "managed", "change": {
          "after": {"ebs_block_device": [
            {"device_name": "/dev/sdb", "volume_size": 8},
            {"device_name": "/dev/sdc", "volume_size": 20}]},
          "after_unknown": {"ebs_block_device": [{}, {}]}}}
      ]
    }
    """

  /// Compares each of `entries` (path, target) as an exact property entry.
  static func compare(_ entries: [(TemplatePath, TerraformPath)], status: LedgerStatus = .exact)
    throws -> EquivalenceReport
  {
    let template = try #require(TemplateDecoder.decode(template, fileName: "t.json").template)
    let planned = try #require(
      PlannedValues.read(bytes: Array(plan.utf8), fileName: "plan.json").0)
    var comparer = Comparer(
      template: template, evaluator: TemplateEvaluator(template: template, values: [:]),
      planned: planned)
    for (path, target) in entries {
      comparer.compare(LedgerEntry(kind: .property, path: path, target: target, status: status))
    }
    return comparer.report
  }

  /// The report as `path -> target: terraform` lines per outcome.
  static func lines(_ items: [EquivalenceReport.Item]) -> [String] {
    items.map { "\($0.path) -> \($0.target): \($0.cloudFormation) | \($0.terraform)" }
  }

  @Test("a value the plan agrees with is equal; one it does not is a difference")
  func equalAndDifferent() throws {
    let report = try Self.compare([
      (
        TemplatePath.resource("Group") / "Properties" / "MinSize",
        TerraformPath.resource("aws_autoscaling_group", "group") / "min_size"
      ),
      (
        TemplatePath.resource("Group") / "Properties" / "MaxSize",
        TerraformPath.resource("aws_autoscaling_group", "group") / "max_size"
      ),
    ])
    #expect(
      Self.lines(report.equal) == [
        "Group.Properties.MinSize -> aws_autoscaling_group.group.min_size: \"1\" | 1"
      ])
    #expect(
      Self.lines(report.differences) == [
        "Group.Properties.MaxSize -> aws_autoscaling_group.group.max_size: \"3\" | 2"
      ])
    #expect(report.notCompared.isEmpty)
    #expect(!report.isEquivalent)
  }

  @Test("a list index in the template path picks the same element of the planned block")
  func listIndex() throws {
    let report = try Self.compare([
      (
        TemplatePath.resource("Server") / "Properties" / "BlockDeviceMappings" / 1 / "Ebs"
          / "VolumeSize",
        TerraformPath.resource("aws_instance", "server") / "ebs_block_device" / "volume_size"
      ),
      (
        TemplatePath.resource("Server") / "Properties" / "BlockDeviceMappings" / 0 / "Ebs"
          / "VolumeSize",
        TerraformPath.resource("aws_instance", "server") / "ebs_block_device" / "volume_size"
      ),
    ])
    #expect(report.equal.map(\.terraform) == ["20", "8"])
    #expect(report.differences.isEmpty && report.notCompared.isEmpty)
  }

  @Test("a script line in brackets is compared by its value, here with a variable")
  func scriptLine() throws {
    let report = try Self.compare([
      (
        (TemplatePath.resource("Server") / "Properties" / "UserData").appending([.line("protocol")]
        ), TerraformPath.variable("protocol")
      ),
      (
        (TemplatePath.resource("Server") / "Properties" / "UserData").appending([.line("port")]),
        TerraformPath.variable("port")
      ),
    ])
    #expect(
      Self.lines(report.equal) == [
        "Server.Properties.UserData[protocol] -> var.protocol: \"dev\" | \"dev\""
      ])
    #expect(
      Self.lines(report.notCompared) == [
        "Server.Properties.UserData[port] -> var.port: \"4334\" | the plan has no variable 'port'"
      ])
  }

  @Test(
    "what cannot be compared says why",
    arguments: [
      (
        TemplatePath.resource("Group") / "Properties" / "Missing",
        TerraformPath.resource("aws_autoscaling_group", "group") / "x",
        "the template path cannot be evaluated"
      ),
      (
        TemplatePath.resource("Group") / "DependsOn",
        TerraformPath.resource("aws_autoscaling_group", "group"),
        "the template path cannot be evaluated"
      ),
      (
        TemplatePath.resource("Group") / "Properties" / "MinSize", TerraformPath.local("min"),
        "local.min is not a resource argument"
      ),
      (
        TemplatePath.resource("Group") / "Properties" / "MinSize",
        TerraformPath.resource("aws_sqs_queue", "other") / "x",
        "the plan has no aws_sqs_queue.other"
      ),
      (
        TemplatePath.resource("Group") / "Properties" / "DesiredCapacity",
        TerraformPath.resource("aws_autoscaling_group", "group") / "desired_capacity",
        "known only after apply"
      ),
      (
        TemplatePath.resource("Group") / "Properties" / "LaunchTemplate" / "Version",
        TerraformPath.resource("aws_autoscaling_group", "group") / "launch_template",
        "known only once created (GetAtt Server.PrivateIp)"
      ),
    ])
  func notCompared(_ path: TemplatePath, _ target: TerraformPath, _ reason: String) throws {
    let report = try Self.compare([(path, target)])
    #expect(report.notCompared.map(\.terraform) == [reason])
    #expect(report.equal.isEmpty && report.differences.isEmpty)
  }

  @Test("an argument the plan leaves out differs from a value and equals no value")
  func absent() throws {
    let report = try Self.compare([
      (
        TemplatePath.resource("Group") / "Properties" / "MinSize",
        TerraformPath.resource("aws_autoscaling_group", "group") / "min_instances"
      ),
      (
        TemplatePath.resource("Group") / "Properties" / "Tags",
        TerraformPath.resource("aws_autoscaling_group", "group") / "tag"
      ),
      (
        TemplatePath.resource("Group") / "Properties" / "HealthCheckType",
        TerraformPath.resource("aws_autoscaling_group", "group") / "health_check_type"
      ),
    ])
    #expect(
      Self.lines(report.differences) == [
        "Group.Properties.MinSize -> aws_autoscaling_group.group.min_instances: \"1\" | (absent)",
        "Group.Properties.Tags -> aws_autoscaling_group.group.tag: [] | (absent)",
      ])
    #expect(
      Self.lines(report.equal) == [
        "Group.Properties.HealthCheckType -> aws_autoscaling_group.group.health_check_type: AWS::NoValue | (absent)"
      ])
    #expect(report.notCompared.isEmpty)
  }

  @Test("a resource whose condition is false is equal when the plan has none of it")
  func notCreated() throws {
    let absent = try Self.compare([
      (
        TemplatePath.resource("Spare") / "Properties" / "QueueName",
        TerraformPath.resource("aws_sqs_queue", "spare") / "name"
      )
    ])
    #expect(
      Self.lines(absent.equal) == [
        "Spare.Properties.QueueName -> aws_sqs_queue.spare.name: (not created: its condition is false) | (not created)"
      ])
    let planned = try Self.compare([
      (
        TemplatePath.resource("Spare") / "Properties" / "QueueName",
        TerraformPath.resource("aws_autoscaling_group", "group") / "name"
      )
    ])
    #expect(planned.differences.map(\.terraform) == ["(planned)"])
  }

  @Test("only mapped property entries are compared")
  func skipped() throws {
    #expect(
      try Self.compare(
        [
          (
            TemplatePath.resource("Group") / "Properties" / "MinSize",
            TerraformPath.resource("aws_autoscaling_group", "group") / "min_size"
          )
        ], status: .dropped)
        == EquivalenceReport())
  }
}
