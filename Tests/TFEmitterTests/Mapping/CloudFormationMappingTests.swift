import Testing

@testable import TFEmitter

@Suite("CloudFormation wait conditions")
struct CloudFormationMappingTests {
  static let resources = """
    {"Handle": {"Type": "AWS::CloudFormation::WaitConditionHandle"},
     "Wait": {"Type": "AWS::CloudFormation::WaitCondition", "DependsOn": "Launch",
       "Properties": {"Handle": {"Ref": "Handle"}, "Timeout": "300"}},
     "Launch": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": {
       "ImageId": "ami-12345678", "InstanceType": "t3.micro",
       "UserData": {"Fn::Base64": {"Fn::Join": ["", ["#!/bin/bash\\n",
         "/opt/aws/bin/cfn-signal -e 0 '", {"Ref": "Handle"}, "'\\n"]]}}}}}
    """

  @Test("wait conditions and handles are left out, saying what to do; a signal URL is empty")
  func omitted() {
    let conversion = MappingProbe.convert(resources: Self.resources)
    #expect(
      MappingProbe.messages(conversion) == [
        "'Handle' (AWS::CloudFormation::WaitConditionHandle) is not converted: Terraform has no signal URL to give to cfn-signal: references to the handle are left empty; remove the cfn-signal call that used it",
        "'Wait' (AWS::CloudFormation::WaitCondition) is not converted: Terraform does not wait for cfn-signal: resources that depended on it are created without waiting; check the instance's readiness another way (a health check, or an Auto Scaling group's wait_for_capacity_timeout), and remove the cfn-signal call from its user data",
      ])
    #expect(MappingProbe.entry("Wait", in: conversion)?.status == .dropped)
    #expect(
      conversion.file("templates/launch-user-data.sh")?.contents
        == "#!/bin/bash\n/opt/aws/bin/cfn-signal -e 0 ''\n")
  }

  @Test(
    "a template with wait conditions converts to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(
      MappingProbe.convert(resources: Self.resources), label: "wait")
    #expect(status == 0, "\(output)")
  }
}
