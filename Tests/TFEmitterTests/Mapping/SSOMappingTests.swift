import Testing

@testable import TFEmitter

@Suite("SSO mappings")
struct SSOMappingTests {
  static let instance = "arn:aws:sso:::instance/ssoins-2938j0x8920sbj72"
  static let permissionSetArn =
    "arn:aws:sso:::permissionSet/ssoins-2938j0x8920sbj72/ps-80383020jr9302rk"

  static let parameters = """
    {"Instance": {"Type": "String", "Default": "\(instance)"},
     "Extra": {"Type": "CommaDelimitedList"}}
    """

  static let resources = """
    {"ReadOnly": {"Type": "AWS::SSO::PermissionSet", "Properties": {"Name": "ReadOnly",
       "Description": "read only", "InstanceArn": {"Ref": "Instance"},
       "SessionDuration": "PT4H", "RelayStateType": "https://console.aws.amazon.com/",
       "InlinePolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
         "Action": "s3:DeleteObject", "Resource": "*"}]},
       "ManagedPolicies": ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
       "CustomerManagedPolicyReferences": [{"Name": "TeamPolicy", "Path": "/team/"},
         {"Name": "Base"}],
       "PermissionsBoundary": {"CustomerManagedPolicyReference": {"Name": "Boundary"}},
       "Tags": [{"Key": "team", "Value": "platform"}]}},
     "Power": {"Type": "AWS::SSO::PermissionSet", "Properties": {"Name": "Power",
       "InstanceArn": {"Ref": "Instance"}, "ManagedPolicies": {"Ref": "Extra"},
       "PermissionsBoundary": {"ManagedPolicyArn": "arn:aws:iam::aws:policy/PowerUserAccess"}}},
     "Assignment": {"Type": "AWS::SSO::Assignment", "Properties": {
       "InstanceArn": {"Ref": "Instance"},
       "PermissionSetArn": {"Fn::GetAtt": ["ReadOnly", "PermissionSetArn"]},
       "PrincipalId": "f81d4fae-7dec-11d0-a765-00a0c91e6bf6", "PrincipalType": "GROUP",
       "TargetId": "123456789012", "TargetType": "AWS_ACCOUNT"}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Arn": {"Value": {"Fn::GetAtt": ["ReadOnly", "PermissionSetArn"]}}}}
      """, fileName: "t.json")
  }

  @Test("a permission set; its inline policy, policies and boundary as resources of their own")
  func permissionSet() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_ssoadmin_permission_set.read_only", in: conversion) == """
        # ReadOnly (AWS::SSO::PermissionSet)
        resource "aws_ssoadmin_permission_set" "read_only" {
          name             = "ReadOnly"
          description      = "read only"
          instance_arn     = var.instance
          session_duration = "PT4H"
          relay_state      = "https://console.aws.amazon.com/"
          tags = {
            team = "platform"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ssoadmin_permission_set_inline_policy.read_only", in: conversion)
        == """
        # ReadOnly.InlinePolicy (AWS::SSO::PermissionSet)
        resource "aws_ssoadmin_permission_set_inline_policy" "read_only" {
          instance_arn       = aws_ssoadmin_permission_set.read_only.instance_arn
          permission_set_arn = aws_ssoadmin_permission_set.read_only.arn
          inline_policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect   = "Deny"
                Action   = "s3:DeleteObject"
                Resource = "*"
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_ssoadmin_managed_policy_attachment.read_only_read_only_access", in: conversion) == """
          # ReadOnly.ManagedPolicies[0] (AWS::SSO::PermissionSet)
          resource "aws_ssoadmin_managed_policy_attachment" "read_only_read_only_access" {
            instance_arn       = aws_ssoadmin_permission_set.read_only.instance_arn
            permission_set_arn = aws_ssoadmin_permission_set.read_only.arn
            managed_policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
          }

          """)
    #expect(
      MappingProbe.block(
        "aws_ssoadmin_customer_managed_policy_attachment.read_only_team_policy", in: conversion)
          == """
          # ReadOnly.CustomerManagedPolicyReferences[0] (AWS::SSO::PermissionSet)
          resource "aws_ssoadmin_customer_managed_policy_attachment" "read_only_team_policy" {
            instance_arn       = aws_ssoadmin_permission_set.read_only.instance_arn
            permission_set_arn = aws_ssoadmin_permission_set.read_only.arn

            customer_managed_policy_reference {
              name = "TeamPolicy"
              path = "/team/"
            }
          }

          """)
    #expect(
      MappingProbe.block(
        "aws_ssoadmin_permissions_boundary_attachment.read_only", in: conversion) == """
          # ReadOnly.PermissionsBoundary (AWS::SSO::PermissionSet)
          resource "aws_ssoadmin_permissions_boundary_attachment" "read_only" {
            instance_arn       = aws_ssoadmin_permission_set.read_only.instance_arn
            permission_set_arn = aws_ssoadmin_permission_set.read_only.arn

            permissions_boundary {
              customer_managed_policy_reference {
                name = "Boundary"
              }
            }
          }

          """)
    let path = MappingProbe.entry(
      "ReadOnly.Properties.CustomerManagedPolicyReferences[0].Path", in: conversion)
    #expect(
      path?.targetText
        == "aws_ssoadmin_customer_managed_policy_attachment.read_only_team_policy.customer_managed_policy_reference.path"
    )
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_ssoadmin_permission_set.read_only.arn\n"))
  }

  @Test("a computed list of managed policies: one attachment for each element")
  func computedPolicies() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ssoadmin_managed_policy_attachment.power", in: conversion) == """
        # Power.ManagedPolicies (AWS::SSO::PermissionSet)
        resource "aws_ssoadmin_managed_policy_attachment" "power" {
          for_each = toset(var.extra)

          instance_arn       = aws_ssoadmin_permission_set.power.instance_arn
          permission_set_arn = aws_ssoadmin_permission_set.power.arn
          managed_policy_arn = each.value
        }

        """)
  }

  @Test("an assignment of a permission set of the template")
  func assignment() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ssoadmin_account_assignment.assignment", in: conversion) == """
        # Assignment (AWS::SSO::Assignment)
        resource "aws_ssoadmin_account_assignment" "assignment" {
          instance_arn       = var.instance
          permission_set_arn = aws_ssoadmin_permission_set.read_only.arn
          principal_id       = "f81d4fae-7dec-11d0-a765-00a0c91e6bf6"
          principal_type     = "GROUP"
          target_id          = "123456789012"
          target_type        = "AWS_ACCOUNT"
        }

        """)
  }

  @Test(
    "permission sets, their attachments and assignments convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "sso")
    #expect(status == 0, "\(output)")
  }
}

extension SSO: ImportCaseProvider {
  static let set = SSOMappingTests.permissionSetArn
  static let instance = SSOMappingTests.instance

  static func sso(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: SSOMappingTests.resources,
      parameters: SSOMappingTests.parameters,
      physicalIds: [
        "ReadOnly": "\(instance)|\(set)",
        "Power": "arn:aws:sso:::permissionSet/ssoins-2938j0x8920sbj72/ps-1111111111111111",
        "Assignment": "f81d4fae|GROUP|123456789012|AWS_ACCOUNT|\(set)|\(instance)",
      ], values: ["Extra": "arn:aws:iam::aws:policy/PowerUserAccess"], expected: expected)
  }

  /// Everything as `…,<permission set ARN>,<instance ARN>`; an assignment by its six parts;
  /// attachments for each element of a computed list are not imported.
  static var importCases: [ImportCase] {
    [
      sso("aws_ssoadmin_permission_set.read_only", "ReadOnly", .id("\(set),\(instance)")),
      sso(
        "aws_ssoadmin_permission_set_inline_policy.read_only", "ReadOnly",
        .id("\(set),\(instance)")),
      sso(
        "aws_ssoadmin_managed_policy_attachment.read_only_read_only_access", "ReadOnly",
        .id("arn:aws:iam::aws:policy/ReadOnlyAccess,\(set),\(instance)")),
      sso(
        "aws_ssoadmin_managed_policy_attachment.power", "Power",
        .notImported(
          "not imported: one for each element of a computed list; import each as <policy ARN>,<permission set ARN>,<instance ARN>"
        )),
      sso(
        "aws_ssoadmin_customer_managed_policy_attachment.read_only_team_policy", "ReadOnly",
        .id("TeamPolicy,/team/,\(set),\(instance)")),
      sso(
        "aws_ssoadmin_customer_managed_policy_attachment.read_only_base", "ReadOnly",
        .id("Base,/,\(set),\(instance)")),
      sso(
        "aws_ssoadmin_permissions_boundary_attachment.read_only", "ReadOnly",
        .id("\(set),\(instance)")),
      sso(
        "aws_ssoadmin_account_assignment.assignment", "Assignment",
        .id(
          "f81d4fae-7dec-11d0-a765-00a0c91e6bf6,GROUP,123456789012,AWS_ACCOUNT,\(set),\(instance)"
        )),
    ]
  }
}
