import CFNParser
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

  @Test("wait conditions and handles are left out, saying what to do; a signal URL is its live one")
  func omitted() {
    let conversion = MappingProbe.convert(resources: Self.resources)
    #expect(
      MappingProbe.messages(conversion) == [
        "'Handle' (AWS::CloudFormation::WaitConditionHandle) is not converted: Terraform has no signal URL to give to cfn-signal: references to the handle read its live URL where a stack is adopted (var.physical_names), and are empty otherwise; remove the cfn-signal call that used it",
        "'Wait' (AWS::CloudFormation::WaitCondition) is not converted: Terraform does not wait for cfn-signal: resources that depended on it are created without waiting; check the instance's readiness another way (a health check, or an Auto Scaling group's wait_for_capacity_timeout), and remove the cfn-signal call from its user data",
      ])
    #expect(MappingProbe.entry("Wait", in: conversion)?.status == .dropped)
    #expect(
      conversion.file("templates/launch-user-data.sh.tftpl")?.contents
        == "#!/bin/bash\n/opt/aws/bin/cfn-signal -e 0 '${handle}'\n")
    #expect(
      MappingProbe.mainFile(conversion).contains(
        #"handle = lookup(var.physical_names, "Handle", "")"#))
  }

  @Test("adopting a stack keeps the live signal URL in the user data: nothing to change")
  func adoptedHandle() throws {
    let template = #"{"Resources": \#(Self.resources)}"#
    let (decoded, _) = TemplateDecoder.decode(template, fileName: "t.json")
    let location = SourceLocation(file: "stack.json", line: 1, column: 1)
    let url = "https://cloudformation-waitcondition-us-east-1.s3.amazonaws.com/x?sig=1"
    let stack = LiveStack(
      name: "web", id: "arn:aws:cloudformation:us-east-1:123456789012:stack/web/1",
      resources: ["Handle": url, "Launch": "web-Launch-1", "Wait": "arn:wait"].sorted {
        $0.key < $1.key
      }
      .map {
        LiveStack.Resource(
          logicalId: $0.key, physicalId: $0.value,
          type: decoded?.resource($0.key)?.type.value ?? "", status: "CREATE_COMPLETE",
          location: location)
      })
    let conversion = Converter.convert(
      bytes: Array(template.utf8), fileName: "t.json", liveStack: stack)
    let values = try #require(conversion.file("migration/terraform.tfvars")).contents
    #expect(values.contains("  Handle = \"\(url)\""), "\(values)")
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
