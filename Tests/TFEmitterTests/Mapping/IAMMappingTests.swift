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
    #expect(policy?.target == "aws_iam_role_policy.app_role_logs")
    #expect(
      MappingProbe.entry("AppRole.Properties.Policies[1]", in: conversion)?.status == .transformed)
    #expect(
      MappingProbe.entry("Profile.Properties.Roles", in: conversion)?.target
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

  static let people = """
    {"Dev": {"Type": "AWS::IAM::User", "Properties": {"Path": "/", "Groups": [{"Ref": "Devs"}],
       "LoginProfile": {"Password": {"Ref": "Password"}, "PasswordResetRequired": true},
       "ManagedPolicyArns": ["arn:aws:iam::aws:policy/IAMUserChangePassword"]}},
     "Devs": {"Type": "AWS::IAM::Group", "Properties": {"Path": "/devs/"}},
     "Ops": {"Type": "AWS::IAM::Group", "Properties": {"GroupName": "ops"}},
     "Shared": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "shared",
       "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "sqs:*", "Resource": "*"}]},
       "Users": [{"Ref": "Dev"}], "Groups": [{"Ref": "Devs"}, {"Ref": "Ops"}]}},
     "Addition": {"Type": "AWS::IAM::UserToGroupAddition", "Properties": {
       "GroupName": {"Ref": "Ops"}, "Users": [{"Ref": "Dev"}, "alice"]}},
     "Key": {"Type": "AWS::IAM::AccessKey", "DependsOn": "Shared", "Properties": {
       "UserName": {"Ref": "Dev"}, "Status": "Active", "Serial": 2}}}
    """
  static let password = #"{"Password": {"Type": "String", "NoEcho": "true"}}"#

  @Test("users and groups get names; the login profile's password is Terraform's")
  func usersAndGroups() {
    let conversion = MappingProbe.convert(resources: Self.people, parameters: Self.password)
    #expect(
      MappingProbe.messages(conversion) == [
        "the login profile password of 'Dev' cannot be set by Terraform; the provider generates one"
      ])
    #expect(
      MappingProbe.block("aws_iam_user.dev", in: conversion) == """
        # Dev (AWS::IAM::User)
        resource "aws_iam_user" "dev" {
          # cfn2tf: 'UserName' is not set: CloudFormation names it <stack>-Dev-<suffix>;
          # when importing the stack, set the physical name here
          name = "${var.stack_name}-Dev"
          path = "/"
        }

        """)
    #expect(
      MappingProbe.block("aws_iam_user_login_profile.dev", in: conversion) == """
        # Dev.LoginProfile (AWS::IAM::User)
        # cfn2tf: approximated: the password is generated by Terraform, not taken from the template
        resource "aws_iam_user_login_profile" "dev" {
          user                    = aws_iam_user.dev.name
          password_reset_required = true
        }

        """)
    #expect(
      MappingProbe.block("aws_iam_user_group_membership.dev_groups", in: conversion) == """
        # Dev.Groups (AWS::IAM::User)
        resource "aws_iam_user_group_membership" "dev_groups" {
          user   = aws_iam_user.dev.name
          groups = [aws_iam_group.devs.name]
        }

        """)
    #expect(
      MappingProbe.block("aws_iam_group.ops", in: conversion) == """
        # Ops (AWS::IAM::Group)
        resource "aws_iam_group" "ops" {
          name = "ops"
        }

        """)
    let password = MappingProbe.entry("Dev.Properties.LoginProfile.Password", in: conversion)
    #expect(password?.status == .approximated)
    #expect(password?.sourceValue == "(sensitive)")
  }

  @Test("an AWS::IAM::Policy becomes one inline policy per principal, typed by its first one")
  func policyPerPrincipal() {
    let conversion = MappingProbe.convert(resources: Self.people, parameters: Self.password)
    #expect(
      MappingProbe.block("aws_iam_user_policy.shared", in: conversion) == """
        # Shared (AWS::IAM::Policy)
        resource "aws_iam_user_policy" "shared" {
          name = "shared"
          user = aws_iam_user.dev.name
          policy = jsonencode({
            Statement = [
              {
                Effect   = "Allow"
                Action   = "sqs:*"
                Resource = "*"
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_iam_group_policy.shared_ops", in: conversion)?.hasPrefix(
        """
        # Shared.Groups[1] (AWS::IAM::Policy)
        resource "aws_iam_group_policy" "shared_ops" {
          name  = "shared"
          group = aws_iam_group.ops.name
        """) == true)
    #expect(MappingProbe.block("aws_iam_group_policy.shared_devs", in: conversion) != nil)
    // The access key depends on the policy: the reference follows its type.
    #expect(
      MappingProbe.block("aws_iam_access_key.key", in: conversion) == """
        # Key (AWS::IAM::AccessKey)
        # cfn2tf: 'Serial' is dropped: Terraform has no rotation serial: rotate the key with 'terraform apply -replace' on this resource
        resource "aws_iam_access_key" "key" {
          depends_on = [aws_iam_user_policy.shared]

          user   = aws_iam_user.dev.name
          status = "Active"
        }

        """)
    let groups = MappingProbe.entry("Shared.Properties.Groups[1]", in: conversion)
    #expect(groups?.target == "aws_iam_group_policy.shared_ops.group")
    #expect(groups?.status == .transformed)
  }

  @Test("a user-to-group addition adds each user without owning the group's membership")
  func userToGroupAddition() {
    let conversion = MappingProbe.convert(resources: Self.people, parameters: Self.password)
    #expect(
      MappingProbe.block("aws_iam_user_group_membership.addition", in: conversion) == """
        # Addition (AWS::IAM::UserToGroupAddition)
        resource "aws_iam_user_group_membership" "addition" {
          user   = aws_iam_user.dev.name
          groups = [aws_iam_group.ops.name]
        }

        """)
    #expect(
      MappingProbe.block("aws_iam_user_group_membership.addition_alice", in: conversion) == """
        # Addition.Users[1] (AWS::IAM::UserToGroupAddition)
        resource "aws_iam_user_group_membership" "addition_alice" {
          user   = "alice"
          groups = [aws_iam_group.ops.name]
        }

        """)
  }

  @Test("the secret access key is a sensitive output")
  func secretAccessKey() {
    var resources = Self.people
    resources.removeLast()
    let conversion = Converter.convert(
      """
      {"Parameters": \(Self.password), "Resources": \(resources)},
       "Outputs": {"Secret": {"Value": {"Fn::GetAtt": ["Key", "SecretAccessKey"]}},
                   "KeyId": {"Value": {"Ref": "Key"}}}}
      """, fileName: "t.json")
    #expect(
      conversion.file("outputs.tf")?.contents.hasSuffix(
        """
        # Output KeyId
        output "key_id" {
          value = aws_iam_access_key.key.id
        }

        # Output Secret
        output "secret" {
          value     = aws_iam_access_key.key.secret
          sensitive = true
        }

        """) == true)
  }

  @Test("import ids: role:policy for a policy, user/group for an addition, names otherwise")
  func importIDs() {
    let ids = ["Dev": "stack-Dev-1A2B", "Devs": "stack-Devs-3C4D", "Ops": "ops"]
    #expect(
      MappingProbe.importID(
        "Shared", resources: Self.people, physicalId: "stack-Share-XYZ", physicalIds: ids)
        == "stack-Dev-1A2B:shared")
    #expect(
      MappingProbe.importID("Addition", resources: Self.people, physicalId: "id", physicalIds: ids)
        == "stack-Dev-1A2B/ops")
    #expect(
      MappingProbe.importID("Dev", resources: Self.people, physicalId: "stack-Dev-1A2B")
        == "stack-Dev-1A2B")
    #expect(
      MappingProbe.importID("Key", resources: Self.people, physicalId: "AKIAEXAMPLE")
        == "AKIAEXAMPLE")
    #expect(
      MappingProbe.importID(
        "AppRole", resources: Self.role, physicalId: "app") == "app")
    // Without the principal's physical id there is no import id.
    #expect(MappingProbe.importID("Shared", resources: Self.people, physicalId: "x") == nil)
  }

  @Test(
    "every IAM type converts to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    var resources = Self.people
    resources.removeLast()
    var role = Self.role
    role.removeFirst()
    let conversion = MappingProbe.convert(
      resources: resources + ", " + role, parameters: Self.password, conditions: Self.inEast)
    #expect(!conversion.diagnostics.containsErrors)
    let (status, output) = try MappingProbe.validate(conversion, label: "iam")
    #expect(status == 0, "\(output)")
  }
}
