import Testing

@testable import TFEmitter

@Suite("IAM mappings")
struct IAMMappingTests {
  static let role = """
    {"AppRole": {"Type": "AWS::IAM::Role", "Properties": {
      "RoleName": "app", "Path": "/app/", "MaxSessionDuration": "7200",
      "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"Service": ["ec2.amazonaws.com"]}, "Action": ["sts:AssumeRole"]}]},
      "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
      "Policies": [
        {"PolicyName": "logs", "PolicyDocument": {"Statement": [
          {"Effect": "Allow", "Action": "logs:*", "Resource": "*"}]}},
        {"Fn::If": ["InEast", {"PolicyName": "s3", "PolicyDocument": {"Statement": [
          {"Effect": "Allow", "Action": "s3:GetObject",
           "Resource": {"Fn::Sub": "arn:aws:s3:::b/${AWS::AccountId}/*"}}]}},
         {"Ref": "AWS::NoValue"}]}],
      "Tags": [{"Key": "team", "Value": "core"}]}},
     "Profile": {"Type": "AWS::IAM::InstanceProfile", "Properties": {
       "Path": "/", "Roles": [{"Ref": "AppRole"}]}}}
    """
  static let inEast = #"{"InEast": {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]}}"#

  @Test(
    "a role: the trust policy is jsonencode()d; managed policies and inline policies are resources of their own"
  )
  func role() {
    let conversion = MappingProbe.convert(resources: Self.role, conditions: Self.inEast)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_iam_role.app_role", in: conversion) == """
        # AppRole (AWS::IAM::Role)
        resource "aws_iam_role" "app_role" {
          name = "app"
          path = "/app/"
          assume_role_policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect = "Allow"
                Principal = {
                  Service = ["ec2.amazonaws.com"]
                }
                Action = ["sts:AssumeRole"]
              },
            ]
          })
          max_session_duration = 7200
          tags = {
            team = "core"
          }
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_iam_role_policy_attachment.app_role_read_only_access", in: conversion) == """
          # AppRole.ManagedPolicyArns (AWS::IAM::Role)
          resource "aws_iam_role_policy_attachment" "app_role_read_only_access" {
            role       = aws_iam_role.app_role.name
            policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
          }

          """)
    #expect(
      MappingProbe.block("aws_iam_role_policy.app_role_s3", in: conversion) == """
        # AppRole.Policies[1] (AWS::IAM::Role)
        resource "aws_iam_role_policy" "app_role_s3" {
          count = local.in_east ? 1 : 0

          name = "s3"
          role = aws_iam_role.app_role.name
          policy = jsonencode({
            Statement = [
              {
                Effect   = "Allow"
                Action   = "s3:GetObject"
                Resource = "arn:aws:s3:::b/${data.aws_caller_identity.current.account_id}/*"
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_iam_instance_profile.profile", in: conversion) == """
        # Profile (AWS::IAM::InstanceProfile)
        resource "aws_iam_instance_profile" "profile" {
          path = "/"
          role = aws_iam_role.app_role.name
        }

        """)
    let policy = MappingProbe.entry("AppRole.Properties.Policies[0]", in: conversion)
    #expect(policy?.status == .transformed)
    #expect(policy?.targetText == "aws_iam_role_policy.app_role_logs")
    #expect(
      MappingProbe.entry("AppRole.Properties.Policies[1]", in: conversion)?.status == .transformed)
    #expect(
      MappingProbe.entry("Profile.Properties.Roles", in: conversion)?.targetText
        == "aws_iam_instance_profile.profile.role")
  }

  @Test(
    "a computed list of managed policies becomes one attachment with for_each, under the role's condition"
  )
  func computedManagedPolicies() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Other": {"Type": "AWS::IAM::Role", "Condition": "InEast", "Properties": {
          "AssumeRolePolicyDocument": "{\\"Statement\\": []}",
          "ManagedPolicyArns": {"Ref": "PolicyArns"}}}}
        """, parameters: #"{"PolicyArns": {"Type": "CommaDelimitedList"}}"#,
      conditions: Self.inEast)
    #expect(
      MappingProbe.block("aws_iam_role.other", in: conversion) == """
        # Other (AWS::IAM::Role)
        resource "aws_iam_role" "other" {
          count = local.in_east ? 1 : 0

          assume_role_policy = "{\\"Statement\\": []}"
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_iam_role_policy_attachment.other_managed_policy_arns", in: conversion) == """
          # Other.ManagedPolicyArns (AWS::IAM::Role)
          resource "aws_iam_role_policy_attachment" "other_managed_policy_arns" {
            for_each = local.in_east ? toset(var.policy_arns) : toset([])

            role       = one(aws_iam_role.other[*].name)
            policy_arn = each.value
          }

          """)
  }

  @Test("policy documents keep their keys, escape ${…} and leave out Fn::If with AWS::NoValue")
  func managedPolicyDocument() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Extra": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {
          "ManagedPolicyName": "extra", "Description": "d", "Groups": ["admins"],
          "PolicyDocument": {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",
             "Condition": {"StringLike": {"s3:prefix": "home/${aws:username}/*"}}},
            {"Fn::If": ["InEast", {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"},
             {"Ref": "AWS::NoValue"}]}]}}}}
        """, conditions: Self.inEast)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_iam_policy.extra", in: conversion) == """
        # Extra (AWS::IAM::ManagedPolicy)
        resource "aws_iam_policy" "extra" {
          name        = "extra"
          description = "d"
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [for v in [
              {
                Effect   = "Allow"
                Action   = "s3:ListBucket"
                Resource = "*"
                Condition = {
                  StringLike = {
                    "s3:prefix" = "home/$${aws:username}/*"
                  }
                }
              },
              local.in_east ? {
                Effect   = "Deny"
                Action   = "s3:DeleteObject"
                Resource = "*"
              } : null,
            ] : v if v != null]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_iam_group_policy_attachment.extra_admins", in: conversion) == """
        # Extra.Groups (AWS::IAM::ManagedPolicy)
        resource "aws_iam_group_policy_attachment" "extra_admins" {
          group      = "admins"
          policy_arn = aws_iam_policy.extra.arn
        }

        """)
    #expect(
      MappingProbe.entry("Extra.Properties.PolicyDocument", in: conversion)?.note
        == "the JSON document became jsonencode(); Fn::If became a conditional expression; Fn::If with AWS::NoValue: a null element is left out"
    )
  }

  @Test("import ids: a role by its name, a policy on it as role:policy")
  func roleImportIDs() {
    #expect(MappingProbe.importID("AppRole", resources: Self.role, physicalId: "app") == "app")
    let policy = """
      {"P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p",
        "PolicyDocument": {"Statement": []}, "Roles": [{"Ref": "AppRole"}]}}}
      """
    #expect(
      MappingProbe.importID(
        "P", resources: policy, physicalId: "x", physicalIds: ["AppRole": "app"])
        == "app:p")
  }

  @Test(
    "every IAM type converts to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    var resources = IAMUserMappingTests.people
    resources.removeLast()
    var role = Self.role
    role.removeFirst()
    let conversion = MappingProbe.convert(
      resources: resources + ", " + role, parameters: IAMUserMappingTests.password,
      conditions: Self.inEast)
    #expect(!conversion.diagnostics.containsErrors)
    let (status, output) = try MappingProbe.validate(conversion, label: "iam")
    #expect(status == 0, "\(output)")
  }
}
