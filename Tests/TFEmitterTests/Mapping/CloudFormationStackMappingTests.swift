import Testing

@testable import TFEmitter

@Suite("Nested stack and stack set mappings")
struct CloudFormationStackMappingTests {
  static let parameters = #"{"Subnets": {"Type": "CommaDelimitedList"}, "OU": {"Type": "String"}}"#

  static let resources = #"""
    {"Network": {"Type": "AWS::CloudFormation::Stack", "Properties": {
       "TemplateURL": "https://s3.amazonaws.com/bucket/network.yaml",
       "Parameters": {"Subnets": {"Ref": "Subnets"}, "Cidr": "10.0.0.0/16", "Count": 2,
         "Zones": ["a", "b"]},
       "NotificationARNs": ["arn:aws:sns:us-east-1:123456789012:events"],
       "TimeoutInMinutes": 30, "Tags": [{"Key": "team", "Value": "net"}]}},
     "App": {"Type": "AWS::CloudFormation::Stack", "Properties": {
       "TemplateURL": "https://s3.amazonaws.com/bucket/app.yaml",
       "Parameters": {"VpcId": {"Fn::GetAtt": ["Network", "Outputs.VpcId"]}}}},
     "Common": {"Type": "AWS::CloudFormation::StackSet", "Properties": {
       "StackSetName": "common", "PermissionModel": "SERVICE_MANAGED",
       "Capabilities": ["CAPABILITY_IAM"], "Description": "shared",
       "TemplateBody": "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n",
       "Parameters": [{"ParameterKey": "AppName", "ParameterValue": "demo"}],
       "AutoDeployment": {"Enabled": true, "RetainStacksOnAccountRemoval": true},
       "ManagedExecution": {"Active": true},
       "OperationPreferences": {"FailureToleranceCount": 0, "MaxConcurrentCount": 2,
         "RegionConcurrencyType": "PARALLEL", "ConcurrencyMode": "SOFT_FAILURE_TOLERANCE"},
       "StackInstancesGroup": [
         {"DeploymentTargets": {"OrganizationalUnitIds": [{"Ref": "OU"}]},
          "Regions": ["us-east-1", "us-west-2"]},
         {"DeploymentTargets": {"OrganizationalUnitIds": ["ou-abcd-12345678"],
            "Accounts": ["111111111111"], "AccountFilterType": "INTERSECTION"},
          "Regions": ["eu-west-1"],
          "ParameterOverrides": [{"ParameterKey": "AppName", "ParameterValue": "eu"}]}]}},
     "Own": {"Type": "AWS::CloudFormation::StackSet", "Properties": {
       "StackSetName": "own", "PermissionModel": "SELF_MANAGED", "CallAs": "SELF",
       "AdministrationRoleARN": "arn:aws:iam::123456789012:role/StackSetAdministration",
       "ExecutionRoleName": "StackSetExecution",
       "TemplateURL": "https://s3.amazonaws.com/bucket/own.yaml",
       "StackInstancesGroup": [{"DeploymentTargets": {"Accounts": ["111111111111", "222222222222"]},
         "Regions": ["us-east-1"]}]}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Vpc": {"Value": {"Fn::GetAtt": ["Network", "Outputs.VpcId"]}},
                   "App": {"Value": {"Ref": "App"}},
                   "AppId": {"Value": {"Fn::GetAtt": ["App", "StackId"]}},
                   "Common": {"Value": {"Ref": "Common"}},
                   "OwnId": {"Value": {"Fn::GetAtt": ["Own", "StackSetId"]}}}}
      """, fileName: "t.json")
  }

  @Test("a nested stack: its name from the parent's, parameters as strings, every capability")
  func nestedStack() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_cloudformation_stack.network", in: conversion) == """
        # Network (AWS::CloudFormation::Stack)
        resource "aws_cloudformation_stack" "network" {
          # cfn2tf: CloudFormation names a nested stack <parent stack>-Network-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name         = lookup(var.physical_names, "Network", "${var.stack_name}-Network")
          template_url = "https://s3.amazonaws.com/bucket/network.yaml"
          parameters = {
            Subnets = join(",", var.subnets)
            Cidr    = "10.0.0.0/16"
            Count   = "2"
            Zones   = join(",", ["a", "b"])
          }
          notification_arns  = ["arn:aws:sns:us-east-1:123456789012:events"]
          timeout_in_minutes = 30
          tags = {
            team = "net"
          }
          # cfn2tf: approximated: the parent stack's capabilities; the nested template is not read,
          # so every capability a template may need is granted: remove those it does not need
          capabilities = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]
        }

        """)
    let capabilities = MappingProbe.entry("Network.Capabilities", in: conversion)
    #expect(capabilities?.kind == .addition)
    #expect(capabilities?.status == .approximated)
    #expect(MappingProbe.entry("Network.StackName", in: conversion)?.kind == .addition)
    #expect(
      MappingProbe.entry("Network.Properties.Parameters", in: conversion)?.note.contains(
        "list joined with ','") == true)
  }

  @Test("a nested stack's outputs: Fn::GetAtt Outputs.Name is outputs[\"Name\"]; Ref is the id")
  func outputs() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudformation_stack.app", in: conversion)?.contains(
        #"VpcId = aws_cloudformation_stack.network.outputs["VpcId"]"#) == true)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains(#"value = aws_cloudformation_stack.network.outputs["VpcId"]"#))
    #expect(outputs.contains("value = aws_cloudformation_stack.app.id\n"))
    #expect(outputs.contains("value = aws_cloudformation_stack_set.common.stack_set_id\n"))
    #expect(outputs.contains("value = aws_cloudformation_stack_set.own.stack_set_id\n"))
    #expect(!outputs.contains("null"))
  }

  @Test("a stack set: parameters as a map, its blocks; ConcurrencyMode goes to the instances")
  func stackSet() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudformation_stack_set.common", in: conversion) == #"""
        # Common (AWS::CloudFormation::StackSet)
        # cfn2tf: Terraform reads back every parameter of the template, defaults included: list those Parameters leaves out, or plans show a change
        resource "aws_cloudformation_stack_set" "common" {
          name             = "common"
          description      = "shared"
          permission_model = "SERVICE_MANAGED"
          capabilities     = ["CAPABILITY_IAM"]
          parameters = {
            AppName = "demo"
          }
          template_body = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n"

          auto_deployment {
            enabled                          = true
            retain_stacks_on_account_removal = true
          }

          managed_execution {
            active = true
          }

          operation_preferences {
            failure_tolerance_count = 0
            max_concurrent_count    = 2
            region_concurrency_type = "PARALLEL"
          }
        }

        """#)
    let mode = MappingProbe.entry(
      "Common.Properties.OperationPreferences.ConcurrencyMode", in: conversion)
    #expect(mode?.status == .transformed)
    #expect(mode?.targetText == "aws_cloudformation_stack_instances.*.operation_preferences")
  }

  @Test("each StackInstancesGroup is an aws_cloudformation_stack_instances")
  func stackInstances() {
    let conversion = Self.convert()
    let preferences = """
        operation_preferences {
          failure_tolerance_count = 0
          max_concurrent_count    = 2
          region_concurrency_type = "PARALLEL"
          concurrency_mode        = "SOFT_FAILURE_TOLERANCE"
        }
      }

      """
    #expect(
      MappingProbe.block("aws_cloudformation_stack_instances.common_1", in: conversion) == """
        # Common.StackInstancesGroup[0] (AWS::CloudFormation::StackSet)
        resource "aws_cloudformation_stack_instances" "common_1" {
          stack_set_name = aws_cloudformation_stack_set.common.name
          regions        = ["us-east-1", "us-west-2"]

          deployment_targets {
            organizational_unit_ids = [var.ou]
          }

        \(preferences)
        """)
    #expect(
      MappingProbe.block("aws_cloudformation_stack_instances.common_2", in: conversion) == """
        # Common.StackInstancesGroup[1] (AWS::CloudFormation::StackSet)
        resource "aws_cloudformation_stack_instances" "common_2" {
          stack_set_name = aws_cloudformation_stack_set.common.name
          regions        = ["eu-west-1"]
          parameter_overrides = {
            AppName = "eu"
          }

          deployment_targets {
            accounts                = ["111111111111"]
            organizational_unit_ids = ["ou-abcd-12345678"]
            account_filter_type     = "INTERSECTION"
          }

        \(preferences)
        """)
    #expect(
      MappingProbe.entry(
        "Common.Properties.StackInstancesGroup[1].ParameterOverrides", in: conversion)?
        .targetText == "aws_cloudformation_stack_instances.common_2.parameter_overrides")
    let copied = MappingProbe.entry(
      "Common.Properties.StackInstancesGroup[0].OperationPreferences", in: conversion)
    #expect(copied?.kind == .addition)
  }

  @Test("a self-managed stack set's accounts; CallAs is the instances' too")
  func selfManaged() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudformation_stack_instances.own", in: conversion) == """
        # Own.StackInstancesGroup[0] (AWS::CloudFormation::StackSet)
        resource "aws_cloudformation_stack_instances" "own" {
          stack_set_name = aws_cloudformation_stack_set.own.name
          call_as        = "SELF"
          regions        = ["us-east-1"]
          accounts       = ["111111111111", "222222222222"]
        }

        """)
    #expect(
      MappingProbe.entry(
        "Own.Properties.StackInstancesGroup[0].DeploymentTargets.Accounts", in: conversion)?
        .targetText
        == "aws_cloudformation_stack_instances.own.accounts")
  }

  @Test("a nested template given as a local path is reported: it must be packaged first")
  func localTemplate() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Child": {"Type": "AWS::CloudFormation::Stack",
          "Properties": {"TemplateURL": "templates/child.yaml"}}}
        """)
    #expect(
      MappingProbe.entry("Child.Properties.TemplateURL", in: conversion)?.status == .unsupported)
    #expect(MappingProbe.messages(conversion).count == 1)
  }

  @Test(
    "nested stacks and stack sets convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "cfn-stacks")
    #expect(status == 0, "\(output)")
  }
}

extension CloudFormation.Stacks: ImportCaseProvider {
  static let importIds = [
    "Network": "arn:aws:cloudformation:us-east-1:123456789012:stack/web-Network-1ABC/0a1b",
    "App": "arn:aws:cloudformation:us-east-1:123456789012:stack/web-App-2DEF/2c3d",
    "Common": "common:6b0c1a2e-0000-4000-8000-000000000001",
    "Own": "own:6b0c1a2e-0000-4000-8000-000000000002",
  ]

  static func stacks(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: CloudFormationStackMappingTests.resources,
      parameters: CloudFormationStackMappingTests.parameters, physicalIds: importIds,
      expected: expected)
  }

  /// Nested stacks by their id, stack sets by name, stack instances by the stack set's name,
  /// the caller (`SELF` unless CallAs says otherwise) and `OU` when they target organizational
  /// units.
  static var importCases: [ImportCase] {
    [
      stacks(
        "aws_cloudformation_stack.network", "Network",
        .id("arn:aws:cloudformation:us-east-1:123456789012:stack/web-Network-1ABC/0a1b")),
      stacks("aws_cloudformation_stack_set.common", "Common", .id("common")),
      stacks("aws_cloudformation_stack_instances.common_1", "Common", .id("common,SELF,OU")),
      stacks("aws_cloudformation_stack_instances.common_2", "Common", .id("common,SELF,OU")),
      stacks("aws_cloudformation_stack_set.own", "Own", .id("own")),
      stacks("aws_cloudformation_stack_instances.own", "Own", .id("own,SELF")),
    ]
  }
}
