import Testing

@testable import TFEmitter

@Suite("EBS volume fields")
struct EBSVolumeMappingTests {
  /// `(path, target, status)` of the ledger entries under `prefix`.
  static func entries(_ prefix: String, in conversion: Conversion) -> [String] {
    conversion.ledger.entries.filter { $0.subject.hasPrefix(prefix) }.map {
      "\($0.subject) -> \($0.targetText ?? "-") \($0.status)"
    }
  }

  @Test("an instance's Ebs fields sit beside DeviceName, each with its own entry")
  func instance() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Web": {"Type": "AWS::EC2::Instance", "Properties": {
           "ImageId": "ami-1",
           "BlockDeviceMappings": [
             {"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 8, "KmsKeyId": "k", "Gone": 1}},
             {"DeviceName": "/dev/sdb", "VirtualName": "ephemeral0", "Ebs": {"Iops": 3}},
             {"DeviceName": "/dev/sdc", "Ebs": {"Fn::If": ["C", {"Iops": 3}, {"Iops": 4}]}}]}}}
        """, conditions: #"{"C": {"Fn::Equals": ["a", "b"]}}"#)
    #expect(
      Self.entries("Web.Properties.BlockDeviceMappings", in: conversion) == [
        "Web.Properties.BlockDeviceMappings[0].DeviceName -> aws_instance.web.ebs_block_device.device_name exact",
        "Web.Properties.BlockDeviceMappings[0].Ebs.KmsKeyId -> aws_instance.web.ebs_block_device.kms_key_id exact",
        "Web.Properties.BlockDeviceMappings[0].Ebs.VolumeSize -> aws_instance.web.ebs_block_device.volume_size exact",
        "Web.Properties.BlockDeviceMappings[0].Ebs.Gone -> - unsupported",
        "Web.Properties.BlockDeviceMappings[1].DeviceName -> aws_instance.web.ephemeral_block_device.device_name exact",
        "Web.Properties.BlockDeviceMappings[1].VirtualName -> aws_instance.web.ephemeral_block_device.virtual_name exact",
        "Web.Properties.BlockDeviceMappings[1].Ebs.Iops -> - unsupported",
        "Web.Properties.BlockDeviceMappings[2].DeviceName -> aws_instance.web.ebs_block_device.device_name exact",
        "Web.Properties.BlockDeviceMappings[2].Ebs -> - unsupported",
      ])
  }

  @Test("a launch configuration's Ebs fields, in aws_launch_configuration")
  func launchConfiguration() {
    let text = """
      {"Resources": {"Lc": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": {
         "ImageId": "ami-1", "InstanceType": "t3.micro",
         "BlockDeviceMappings": [
           {"DeviceName": "/dev/sdf", "Ebs": {"SnapshotId": "snap-1", "Throughput": 125}}]}}}}
      """
    let conversion = Converter.convert(
      text, fileName: "t.json",
      options: ConversionOptions(launchConfigurationTarget: .launchConfiguration))
    #expect(
      Self.entries("Lc.Properties.BlockDeviceMappings", in: conversion) == [
        "Lc.Properties.BlockDeviceMappings[0].DeviceName -> aws_launch_configuration.lc.ebs_block_device.device_name exact",
        "Lc.Properties.BlockDeviceMappings[0].Ebs.SnapshotId -> aws_launch_configuration.lc.ebs_block_device.snapshot_id exact",
        "Lc.Properties.BlockDeviceMappings[0].Ebs.Throughput -> aws_launch_configuration.lc.ebs_block_device.throughput exact",
      ])
  }

  @Test("every field a table names has an argument")
  func tables() {
    for rules in [
      EBSVolume.instanceRules, EBSVolume.rootRules, EBSVolume.launchConfigurationRules,
      EBSVolume.launchTemplateRules,
    ] {
      #expect(Set(rules.map(\.property)).count == rules.count)
      #expect(
        rules.allSatisfy { rule in
          EBSVolume.arguments.contains { $0.field == rule.property }
            || rule.property == "EbsCardIndex"
        })
    }
  }
}
