import Testing

@testable import TFEmitter

@Suite("KMS and SSM mappings")
struct KMSMappingTests {
  static let resources = """
    {"Key": {"Type": "AWS::KMS::Key", "Properties": {"Description": "k", "EnableKeyRotation": true,
       "PendingWindowInDays": 7, "Origin": "AWS_KMS",
       "KeyPolicy": {"Version": "2012-10-17", "Statement": [{"Sid": "root", "Effect": "Allow",
         "Principal": {"AWS": {"Fn::Sub": "arn:aws:iam::${AWS::AccountId}:root"}},
         "Action": "kms:*", "Resource": "*"}]}}},
     "Alias": {"Type": "AWS::KMS::Alias", "Properties": {"AliasName": "alias/app",
       "TargetKeyId": {"Ref": "Key"}}},
     "Param": {"Type": "AWS::SSM::Parameter", "Properties": {"Type": "String",
       "Value": {"Fn::GetAtt": ["Key", "Arn"]}, "Tags": {"app": "x"}}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Value": {"Value": {"Fn::GetAtt": ["Param", "Value"]}},
                   "KeyId": {"Value": {"Ref": "Key"}}}}
      """, fileName: "t.json")
  }

  @Test("a key with its policy, an alias to it")
  func keyAndAlias() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_kms_key.key", in: conversion) == """
        # Key (AWS::KMS::Key)
        resource "aws_kms_key" "key" {
          description             = "k"
          enable_key_rotation     = true
          deletion_window_in_days = 7
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Sid    = "root"
                Effect = "Allow"
                Principal = {
                  AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"
                }
                Action   = "kms:*"
                Resource = "*"
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_kms_alias.alias", in: conversion) == """
        # Alias (AWS::KMS::Alias)
        resource "aws_kms_alias" "alias" {
          name          = "alias/app"
          target_key_id = aws_kms_key.key.key_id
        }

        """)
    #expect(MappingProbe.entry("Key.Properties.Origin", in: conversion)?.status == .exact)
  }

  @Test("an SSM parameter is named after the stack; its value output is sensitive")
  func parameter() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ssm_parameter.param", in: conversion) == """
        # Param (AWS::SSM::Parameter)
        resource "aws_ssm_parameter" "param" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Param-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name  = lookup(var.physical_names, "Param", "${var.stack_name}-Param")
          type  = "String"
          value = aws_kms_key.key.arn
          tags = {
            app = "x"
          }
        }

        """)
    #expect(
      conversion.file("outputs.tf")?.contents.contains(
        """
        output "value" {
          value     = aws_ssm_parameter.param.value
          sensitive = true
        }
        """) == true)
  }

  @Test("a key with external key material is not converted")
  func externalKey() {
    let conversion = MappingProbe.convert(
      resources: #"{"Key": {"Type": "AWS::KMS::Key", "Properties": {"Origin": "EXTERNAL"}}}"#)
    #expect(MappingProbe.entry("Key.Properties.Origin", in: conversion)?.status == .unsupported)
  }

  @Test(
    "keys, aliases and parameters convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "kms")
    #expect(status == 0, "\(output)")
  }
}
