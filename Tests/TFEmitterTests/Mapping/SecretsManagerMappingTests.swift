import Testing

@testable import TFEmitter

@Suite("SecretsManager mappings")
struct SecretsManagerMappingTests {
  static let parameters = #"{"DbPassword": {"Type": "String", "NoEcho": true}}"#

  static let resources = #"""
    {"Db": {"Type": "AWS::RDS::DBInstance", "DeletionPolicy": "Delete", "Properties": {
       "Engine": "MySQL", "DBInstanceClass": "db.t3.micro", "AllocatedStorage": "20",
       "MasterUsername": "admin", "MasterUserPassword": {"Ref": "DbPassword"}}},
     "Credentials": {"Type": "AWS::SecretsManager::Secret", "Properties": {"Name": "app/db",
       "Description": "database login", "KmsKeyId": "alias/app",
       "GenerateSecretString": {"SecretStringTemplate": "{\"username\": \"admin\", \"port\": 3306}",
         "GenerateStringKey": "password", "PasswordLength": 20, "ExcludeCharacters": "\"@/\\",
         "ExcludePunctuation": true},
       "ReplicaRegions": [{"Region": "us-west-2", "KmsKeyId": "alias/app-west"}],
       "Tags": [{"Key": "team", "Value": "data"}]}},
     "ApiKey": {"Type": "AWS::SecretsManager::Secret", "Properties": {"SecretString": "s3cr3t"}},
     "Token": {"Type": "AWS::SecretsManager::Secret", "Properties": {"Name": "app/token"}},
     "Rotation": {"Type": "AWS::SecretsManager::RotationSchedule", "Properties": {
       "SecretId": {"Ref": "Credentials"},
       "RotationLambdaARN": "arn:aws:lambda:us-east-1:123456789012:function:rotate",
       "RotateImmediatelyOnUpdate": false,
       "RotationRules": {"ScheduleExpression": "rate(30 days)", "Duration": "2h"}}},
     "Hosted": {"Type": "AWS::SecretsManager::RotationSchedule", "Properties": {
       "SecretId": {"Ref": "ApiKey"},
       "HostedRotationLambda": {"RotationType": "MySQLSingleUser"},
       "RotationRules": {"AutomaticallyAfterDays": 30}}},
     "Attachment": {"Type": "AWS::SecretsManager::SecretTargetAttachment", "Properties": {
       "SecretId": {"Ref": "Credentials"}, "TargetId": {"Ref": "Db"},
       "TargetType": "AWS::RDS::DBInstance"}},
     "Policy": {"Type": "AWS::SecretsManager::ResourcePolicy", "Properties": {
       "SecretId": {"Ref": "Credentials"}, "BlockPublicPolicy": true,
       "ResourcePolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
         "Principal": {"AWS": "*"}, "Action": "secretsmanager:DeleteSecret", "Resource": "*"}]}}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Arn": {"Value": {"Ref": "Credentials"}},
                   "Id": {"Value": {"Fn::GetAtt": ["Credentials", "Id"]}},
                   "Attached": {"Value": {"Ref": "Attachment"}},
                   "Rotation": {"Value": {"Fn::GetAtt": ["Rotation", "Id"]}},
                   "Policy": {"Value": {"Ref": "Policy"}}}}
      """, fileName: "t.json")
  }

  @Test("a generated secret: the random password data source, the version storing it once")
  func generatedSecret() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.messages(conversion) == [
        "the value of the secret 'ApiKey' is written in the template; it becomes the sensitive variable 'api_key_secret_string'",
        "property 'HostedRotationLambda' of 'Hosted' (AWS::SecretsManager::RotationSchedule) is not converted: Terraform has no hosted rotation function: deploy the Serverless Application Repository application for MySQLSingleUser (aws_serverlessapplicationrepository_cloudformation_stack, e.g. SecretsManagerRDSMySQLRotationSingleUser) with these settings, and set var.hosted_rotation_lambda_arn to its function's ARN",
      ])
    #expect(
      MappingProbe.block("aws_secretsmanager_secret.credentials", in: conversion) == """
        # Credentials (AWS::SecretsManager::Secret)
        resource "aws_secretsmanager_secret" "credentials" {
          name        = "app/db"
          description = "database login"
          kms_key_id  = "alias/app"
          tags = {
            team = "data"
          }
          # CloudFormation deletes the secret at once, without a recovery window
          recovery_window_in_days = 0

          replica {
            region     = "us-west-2"
            kms_key_id = "alias/app-west"
          }
        }

        """)
    #expect(
      MappingProbe.block("data.aws_secretsmanager_random_password.credentials", in: conversion)
        == #"""
        # Credentials.GenerateSecretString (AWS::SecretsManager::Secret)
        data "aws_secretsmanager_random_password" "credentials" {
          password_length     = 20
          exclude_characters  = "\"@/\\"
          exclude_punctuation = true
        }

        """#)
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_version.credentials", in: conversion) == """
        # Credentials.GenerateSecretString (AWS::SecretsManager::Secret)
        # cfn2tf: approximated: the password is generated when Terraform first creates the version; ignore_changes keeps it
        resource "aws_secretsmanager_secret_version" "credentials" {
          secret_id = aws_secretsmanager_secret.credentials.id
          secret_string = jsonencode({
            username = "admin"
            port     = 3306
            password = data.aws_secretsmanager_random_password.credentials.random_password
          })

          lifecycle {
            ignore_changes = [secret_string]
          }
        }

        """)
    let generated = MappingProbe.entry(
      "Credentials.Properties.GenerateSecretString", in: conversion)
    #expect(generated?.status == .approximated)
    #expect(generated?.targetText == "aws_secretsmanager_secret_version.credentials.secret_string")
    let key = MappingProbe.entry(
      "Credentials.Properties.GenerateSecretString.GenerateStringKey", in: conversion)
    #expect(key?.status == .transformed)
    let window = MappingProbe.entry("Credentials.RecoveryWindowInDays", in: conversion)
    #expect(window?.targetText == "aws_secretsmanager_secret.credentials.recovery_window_in_days")
  }

  @Test("a secret written in the template becomes a sensitive variable, never module text")
  func literalSecret() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_version.api_key", in: conversion) == """
        # ApiKey.SecretString (AWS::SecretsManager::Secret)
        resource "aws_secretsmanager_secret_version" "api_key" {
          secret_id     = aws_secretsmanager_secret.api_key.id
          secret_string = var.api_key_secret_string
        }

        """)
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(variables.contains(#"variable "api_key_secret_string" {"#))
    for file in conversion.files { #expect(!file.contents.contains("s3cr3t"), "\(file.path)") }
    let entry = MappingProbe.entry("ApiKey.Properties.SecretString", in: conversion)
    #expect(entry?.sourceValue == Redaction.placeholder)
    #expect(entry?.targetText == "aws_secretsmanager_secret_version.api_key.secret_string")
  }

  @Test("a secret with no value gets a password generated with the default settings")
  func defaultValue() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.mainFile(conversion).contains(
        """
        # Token.GenerateSecretString (AWS::SecretsManager::Secret)
        data "aws_secretsmanager_random_password" "token" {}

        """))
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_version.token", in: conversion)?.contains(
        "secret_string = data.aws_secretsmanager_random_password.token.random_password") == true)
    let entry = MappingProbe.entry("Token.Properties.GenerateSecretString", in: conversion)
    #expect(entry?.kind == .addition)
    #expect(entry?.status == .approximated)
  }

  @Test("rotation schedules; a hosted rotation function becomes a variable for its ARN")
  func rotation() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_rotation.rotation", in: conversion) == """
        # Rotation (AWS::SecretsManager::RotationSchedule)
        resource "aws_secretsmanager_secret_rotation" "rotation" {
          secret_id           = aws_secretsmanager_secret.credentials.arn
          rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
          rotate_immediately  = false

          rotation_rules {
            duration            = "2h"
            schedule_expression = "rate(30 days)"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_rotation.hosted", in: conversion) == """
        # Hosted (AWS::SecretsManager::RotationSchedule)
        # cfn2tf: 'HostedRotationLambda' is not converted: Terraform has no hosted rotation function: deploy the Serverless Application Repository application for MySQLSingleUser (aws_serverlessapplicationrepository_cloudformation_stack, e.g. SecretsManagerRDSMySQLRotationSingleUser) with these settings, and set var.hosted_rotation_lambda_arn to its function's ARN
        resource "aws_secretsmanager_secret_rotation" "hosted" {
          secret_id           = aws_secretsmanager_secret.api_key.arn
          rotation_lambda_arn = var.hosted_rotation_lambda_arn

          rotation_rules {
            automatically_after_days = 30
          }
        }

        """)
    let hosted = MappingProbe.entry("Hosted.Properties.HostedRotationLambda", in: conversion)
    #expect(hosted?.status == .unsupported)
  }

  @Test("a target attachment: a further version, the secret's JSON with the database's fields")
  func targetAttachment() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_version.attachment", in: conversion) == """
        # Attachment (AWS::SecretsManager::SecretTargetAttachment)
        resource "aws_secretsmanager_secret_version" "attachment" {
          secret_id = aws_secretsmanager_secret.credentials.arn
          secret_string = jsonencode(merge(jsondecode(aws_secretsmanager_secret_version.credentials.secret_string), {
            engine = lower(aws_db_instance.db.engine)
            host   = aws_db_instance.db.address
            port   = aws_db_instance.db.port
          }))
        }

        """)
    let type = MappingProbe.entry("Attachment.Properties.TargetType", in: conversion)
    #expect(type?.targetText == "aws_secretsmanager_secret_version.attachment.secret_string")
  }

  @Test("an attachment to a secret and a database of another stack reads and asks for them")
  func externalAttachment() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Attached": {"Type": "AWS::SecretsManager::SecretTargetAttachment", "Properties": {
          "SecretId": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf",
          "TargetId": "prod-db", "TargetType": "AWS::RDS::DBInstance"}}}
        """)
    #expect(
      MappingProbe.block(
        "data.aws_secretsmanager_secret_version.attached_current", in: conversion) == """
          # Attached.SecretId (AWS::SecretsManager::SecretTargetAttachment)
          data "aws_secretsmanager_secret_version" "attached_current" {
            secret_id = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"
          }

          """)
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_version.attached", in: conversion)?.contains(
        "secret_string = jsonencode(merge(jsondecode(data.aws_secretsmanager_secret_version.attached_current.secret_string), var.attached_connection))"
      ) == true)
    #expect(
      MappingProbe.messages(conversion) == [
        "the target of 'Attached' is not a database of the template; its engine, host and port become the variable 'attached_connection'"
      ])
  }

  @Test("resource policies; Ref and GetAtt are the secret's ARN")
  func policyAndReferences() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_policy.policy", in: conversion) == """
        # Policy (AWS::SecretsManager::ResourcePolicy)
        resource "aws_secretsmanager_secret_policy" "policy" {
          secret_arn = aws_secretsmanager_secret.credentials.arn
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect = "Deny"
                Principal = {
                  AWS = "*"
                }
                Action   = "secretsmanager:DeleteSecret"
                Resource = "*"
              },
            ]
          })
          block_public_policy = true
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_secretsmanager_secret.credentials.arn"))
    #expect(outputs.contains("value = aws_secretsmanager_secret_version.attachment.arn"))
    #expect(outputs.contains("value = aws_secretsmanager_secret_rotation.rotation.id"))
    #expect(outputs.contains("value = aws_secretsmanager_secret_policy.policy.id"))
  }

  @Test("a lone SecretStringTemplate is reported; the secret holds the bare password")
  func loneTemplate() {
    let conversion = MappingProbe.convert(
      resources: #"""
        {"S": {"Type": "AWS::SecretsManager::Secret", "Properties": {"GenerateSecretString":
          {"SecretStringTemplate": "{\"user\": \"a\"}"}}}}
        """#)
    let entry = MappingProbe.entry(
      "S.Properties.GenerateSecretString.SecretStringTemplate", in: conversion)
    #expect(entry?.status == .unsupported)
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_version.s", in: conversion)?.contains(
        "secret_string = data.aws_secretsmanager_random_password.s.random_password") == true)
  }

  static let conditional = #"""
    {"S": {"Type": "AWS::SecretsManager::Secret", "Condition": "Make", "Properties": {
       "GenerateSecretString": {"SecretStringTemplate": {"Fn::Sub": "{\"user\": \"${User}\"}"},
         "GenerateStringKey": "pass"}}},
     "A": {"Type": "AWS::SecretsManager::SecretTargetAttachment", "Condition": "Make",
       "Properties": {"SecretId": {"Ref": "S"}, "TargetId": {"Ref": "Db"},
         "TargetType": "AWS::RDS::DBInstance"}},
     "Db": {"Type": "AWS::RDS::DBInstance", "DeletionPolicy": "Delete", "Properties": {
       "Engine": "postgres", "DBInstanceClass": "db.t3.micro", "AllocatedStorage": "20",
       "MasterUsername": "admin", "ManageMasterUserPassword": true}}}
    """#

  static func convertConditional() -> Conversion {
    MappingProbe.convert(
      resources: conditional, parameters: #"{"User": {"Type": "String"}}"#,
      conditions: #"{"Make": {"Fn::Equals": [{"Ref": "User"}, "app"]}}"#)
  }

  @Test("a conditional secret: its version and password are read through one(…[*]…)")
  func conditionalSecret() {
    let conversion = Self.convertConditional()
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_version.s", in: conversion)?.contains(
        #"""
          secret_string = jsonencode(merge(jsondecode("{\"user\": \"${var.user}\"}"), {
            pass = one(data.aws_secretsmanager_random_password.s[*].random_password)
          }))
        """#) == true)
    #expect(
      MappingProbe.block("aws_secretsmanager_secret_version.a", in: conversion)?.contains(
        "jsondecode(one(aws_secretsmanager_secret_version.s[*].secret_string))") == true)
  }

  @Test(
    "secrets, rotations, attachments and policies convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "secretsmanager")
    #expect(status == 0, "\(output)")
    let (conditional, detail) = try MappingProbe.validate(
      Self.convertConditional(), label: "secretsmanager-conditional")
    #expect(conditional == 0, "\(detail)")
  }
}

extension SecretsManager: ImportCaseProvider {
  static let secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf"

  static let importIds = [
    "Db": "app-db", "Credentials": secretArn,
    "ApiKey": "arn:aws:secretsmanager:us-east-1:123456789012:secret:ApiKey-AbCdEf",
    "Token": "arn:aws:secretsmanager:us-east-1:123456789012:secret:app/token-AbCdEf",
    "Rotation": secretArn, "Hosted": secretArn, "Attachment": secretArn, "Policy": secretArn,
  ]

  static func secrets(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: SecretsManagerMappingTests.resources,
      parameters: SecretsManagerMappingTests.parameters, physicalIds: importIds,
      values: ["DbPassword": "x"], expected: expected)
  }

  /// Secrets, rotations and policies are imported by the secret's ARN; versions need a version
  /// id the stack does not list.
  static var importCases: [ImportCase] {
    [
      secrets("aws_secretsmanager_secret.credentials", "Credentials", .id(secretArn)),
      secrets(
        "aws_secretsmanager_secret_version.credentials", "Credentials",
        .notImported(
          "not imported: Terraform imports a secret version by '<secret ARN>|<version id>', and the stack lists only the secret; import it by hand with the AWSCURRENT version id ('aws secretsmanager describe-secret --secret-id ARN' lists VersionIdsToStages), or Terraform stores a new generated password that the resources using the secret do not have"
        )),
      secrets(
        "aws_secretsmanager_secret_version.api_key", "ApiKey",
        .notImported(
          "not imported: Terraform imports a secret version by '<secret ARN>|<version id>', and the stack lists only the secret; applying stores the value as a new current version (import it by hand with the AWSCURRENT version id to avoid that)"
        )),
      secrets(
        "aws_secretsmanager_secret_version.attachment", "Attachment",
        .notImported(
          "not imported: Terraform imports a secret version by '<secret ARN>|<version id>', and the stack lists only the secret; applying stores the same JSON as a new current version"
        )),
      secrets("aws_secretsmanager_secret_rotation.rotation", "Rotation", .id(secretArn)),
      secrets("aws_secretsmanager_secret_policy.policy", "Policy", .id(secretArn)),
    ]
  }
}
