import Testing

@testable import TFEmitter

@Suite("IAM inline policy and service-linked role mappings")
struct IAMInlinePolicyMappingTests {
  static let resources = """
    {"Role": {"Type": "AWS::IAM::Role", "Properties": {
       "AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow",
         "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}},
     "Dev": {"Type": "AWS::IAM::User", "Properties": {"UserName": "dev"}},
     "Devs": {"Type": "AWS::IAM::Group", "Properties": {"GroupName": "devs"}},
     "RoleLogs": {"Type": "AWS::IAM::RolePolicy", "Properties": {"PolicyName": "logs",
       "RoleName": {"Ref": "Role"},
       "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]}}},
     "DevKeys": {"Type": "AWS::IAM::UserPolicy", "Properties": {"PolicyName": "own-keys",
       "UserName": {"Ref": "Dev"},
       "PolicyDocument": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"iam:*AccessKey*\\", \\"Resource\\": \\"*\\"}]}"}},
     "DevsRead": {"Type": "AWS::IAM::GroupPolicy", "Properties": {"PolicyName": "read",
       "GroupName": {"Ref": "Devs"},
       "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "s3:Get*",
         "Resource": {"Fn::Sub": "arn:${AWS::Partition}:s3:::data/*"}}]}}},
     "Spot": {"Type": "AWS::IAM::ServiceLinkedRole", "Properties": {
       "AWSServiceName": "autoscaling.amazonaws.com", "CustomSuffix": "web",
       "Description": "Auto Scaling for the web tier"}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Linked": {"Value": {"Ref": "Spot"}},
                   "LinkedName": {"Value": {"Fn::GetAtt": ["Spot", "RoleName"]}}}}
      """, fileName: "t.json")
  }

  @Test("a role policy: the role, the name and the document through jsonencode")
  func rolePolicy() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_iam_role_policy.role_logs", in: conversion) == """
        # RoleLogs (AWS::IAM::RolePolicy)
        resource "aws_iam_role_policy" "role_logs" {
          role = aws_iam_role.role.name
          name = "logs"
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect   = "Allow"
                Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
                Resource = "*"
              },
            ]
          })
        }

        """)
    let document = MappingProbe.entry("RoleLogs.Properties.PolicyDocument", in: conversion)
    #expect(document?.targetText == "aws_iam_role_policy.role_logs.policy")
    #expect(document?.status == .transformed)
  }

  @Test("user and group policies; a document written as a string stays JSON text")
  func userAndGroupPolicies() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_iam_user_policy.dev_keys", in: conversion) == #"""
        # DevKeys (AWS::IAM::UserPolicy)
        resource "aws_iam_user_policy" "dev_keys" {
          user   = aws_iam_user.dev.name
          name   = "own-keys"
          policy = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:*AccessKey*\", \"Resource\": \"*\"}]}"
        }

        """#)
    #expect(
      MappingProbe.block("aws_iam_group_policy.devs_read", in: conversion) == """
        # DevsRead (AWS::IAM::GroupPolicy)
        resource "aws_iam_group_policy" "devs_read" {
          group = aws_iam_group.devs.name
          name  = "read"
          policy = jsonencode({
            Statement = [
              {
                Effect   = "Allow"
                Action   = "s3:Get*"
                Resource = "arn:${data.aws_partition.current.partition}:s3:::data/*"
              },
            ]
          })
        }

        """)
  }

  @Test("a service-linked role; Ref and RoleName are its name")
  func serviceLinkedRole() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_iam_service_linked_role.spot", in: conversion) == """
        # Spot (AWS::IAM::ServiceLinkedRole)
        resource "aws_iam_service_linked_role" "spot" {
          aws_service_name = "autoscaling.amazonaws.com"
          custom_suffix    = "web"
          description      = "Auto Scaling for the web tier"
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_iam_service_linked_role.spot.name"))
    #expect(!outputs.contains("null"))
  }

  @Test("a property the CloudFormation type does not have is reported, not dropped silently")
  func unknownProperty() {
    let conversion = MappingProbe.convert(
      resources: """
        {"P": {"Type": "AWS::IAM::RolePolicy", "Properties": {"PolicyName": "p",
          "RoleName": "r", "PolicyDocument": {"Statement": []}, "Roles": ["r"]}}}
        """)
    #expect(MappingProbe.entry("P.Properties.Roles", in: conversion)?.status == .unsupported)
    #expect(MappingProbe.messages(conversion).count == 1)
  }

  @Test(
    "inline policies and service-linked roles convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "iam-inline")
    #expect(status == 0, "\(output)")
  }
}

extension IAM.InlinePolicies: ImportCaseProvider {
  static let importIds = [
    "Role": "web-Role-1ABC", "Dev": "dev", "Devs": "devs", "RoleLogs": "web-RoleL-2DEF",
    "DevKeys": "web-DevKe-3GHI", "DevsRead": "web-DevsR-4JKL",
    "Spot": "AWSServiceRoleForAutoScaling_web",
  ]

  static func inline(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: IAMInlinePolicyMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Inline policies by `PRINCIPAL:POLICY`; the service-linked role by its ARN, from the name the
  /// stack lists.
  static var importCases: [ImportCase] {
    [
      inline("aws_iam_role_policy.role_logs", "RoleLogs", .id("web-Role-1ABC:logs")),
      inline("aws_iam_user_policy.dev_keys", "DevKeys", .id("dev:own-keys")),
      inline("aws_iam_group_policy.devs_read", "DevsRead", .id("devs:read")),
      inline(
        "aws_iam_service_linked_role.spot", "Spot",
        .id(
          "arn:aws:iam::123456789012:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling_web"
        )),
    ]
  }
}
