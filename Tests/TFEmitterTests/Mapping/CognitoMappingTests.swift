import Testing

@testable import TFEmitter

@Suite("Cognito mappings")
struct CognitoMappingTests {
  static let resources = #"""
    {
     "Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"UserPoolName": "users", "UsernameAttributes": ["email"], "AutoVerifiedAttributes": ["email"], "MfaConfiguration": "OPTIONAL", "EnabledMfas": ["SOFTWARE_TOKEN_MFA"],
       "Policies": {"PasswordPolicy": {"MinimumLength": 12, "RequireSymbols": true, "TemporaryPasswordValidityDays": 3}},
       "Schema": [{"Name": "email", "AttributeDataType": "String", "Required": true, "Mutable": true}, {"Name": "tenant", "AttributeDataType": "String", "Mutable": false, "StringAttributeConstraints": {"MinLength": "1", "MaxLength": "64"}}],
       "LambdaConfig": {"PreSignUp": "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up"},
       "AccountRecoverySetting": {"RecoveryMechanisms": [{"Name": "verified_email", "Priority": 1}]},
       "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": true, "InviteMessageTemplate": {"EmailSubject": "Welcome", "EmailMessage": "Your code is {####} for {username}"}},
       "VerificationMessageTemplate": {"DefaultEmailOption": "CONFIRM_WITH_CODE"},
       "EmailConfiguration": {"EmailSendingAccount": "COGNITO_DEFAULT"},
       "UserPoolAddOns": {"AdvancedSecurityMode": "AUDIT"},
       "UsernameConfiguration": {"CaseSensitive": false},
       "UserPoolTags": {"app": "site"}}},
     "Client": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, "ClientName": "web", "GenerateSecret": true, "AllowedOAuthFlows": ["code"], "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthScopes": ["openid", "email"], "CallbackURLs": ["https://example.com/callback"], "SupportedIdentityProviders": ["COGNITO"], "ExplicitAuthFlows": ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"], "AccessTokenValidity": 60, "TokenValidityUnits": {"AccessToken": "minutes"}}},
     "Domain": {"Type": "AWS::Cognito::UserPoolDomain", "Properties": {"UserPoolId": {"Ref": "Pool"}, "Domain": "auth.example.com", "CustomDomainConfig": {"CertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/abc"}}},
     "Admins": {"Type": "AWS::Cognito::UserPoolGroup", "Properties": {"UserPoolId": {"Ref": "Pool"}, "GroupName": "admins", "Precedence": 1}},
     "Api": {"Type": "AWS::Cognito::UserPoolResourceServer", "Properties": {"UserPoolId": {"Ref": "Pool"}, "Identifier": "https://api.example.com", "Name": "api", "Scopes": [{"ScopeName": "read", "ScopeDescription": "Read"}]}},
     "Corp": {"Type": "AWS::Cognito::UserPoolIdentityProvider", "Properties": {"UserPoolId": {"Ref": "Pool"}, "ProviderName": "Corp", "ProviderType": "OIDC", "ProviderDetails": {"client_id": "corp", "authorize_scopes": "openid", "oidc_issuer": "https://idp.example.com"}, "AttributeMapping": {"email": "email"}}},
     "Alice": {"Type": "AWS::Cognito::UserPoolUser", "Properties": {"UserPoolId": {"Ref": "Pool"}, "Username": "alice@example.com", "UserAttributes": [{"Name": "email", "Value": "alice@example.com"}, {"Name": "email_verified", "Value": "true"}], "DesiredDeliveryMediums": ["EMAIL"]}},
     "AliceAdmin": {"Type": "AWS::Cognito::UserPoolUserToGroupAttachment", "Properties": {"UserPoolId": {"Ref": "Pool"}, "GroupName": {"Ref": "Admins"}, "Username": {"Ref": "Alice"}}},
     "Look": {"Type": "AWS::Cognito::UserPoolUICustomizationAttachment", "Properties": {"UserPoolId": {"Ref": "Pool"}, "ClientId": {"Ref": "Client"}, "CSS": ".banner-customizable {background-color: #000;}"}},
     "Risk": {"Type": "AWS::Cognito::UserPoolRiskConfigurationAttachment", "Properties": {"UserPoolId": {"Ref": "Pool"}, "ClientId": "ALL", "CompromisedCredentialsRiskConfiguration": {"Actions": {"EventAction": "BLOCK"}}, "RiskExceptionConfiguration": {"SkippedIPRangeList": ["10.0.0.0/8"]}}},
     "Identities": {"Type": "AWS::Cognito::IdentityPool", "Properties": {"AllowUnauthenticatedIdentities": false, "CognitoIdentityProviders": [{"ClientId": {"Ref": "Client"}, "ProviderName": {"Fn::GetAtt": ["Pool", "ProviderName"]}}]}},
     "Roles": {"Type": "AWS::Cognito::IdentityPoolRoleAttachment", "Properties": {"IdentityPoolId": {"Ref": "Identities"}, "Roles": {"authenticated": "arn:aws:iam::123456789012:role/authenticated"},
       "RoleMappings": {"users": {"IdentityProvider": {"Fn::Sub": "${Pool.ProviderName}:${Client}"}, "Type": "Rules", "AmbiguousRoleResolution": "Deny", "RulesConfiguration": {"Rules": [{"Claim": "custom:tenant", "MatchType": "Equals", "Value": "a", "RoleARN": "arn:aws:iam::123456789012:role/tenant-a"}]}}}}}
     }
    """#

  static func convert() -> Conversion {
    Converter.convert(
      #"""
      {"Resources": \#(resources),
       "Outputs": {"PoolArn": {"Value": {"Fn::GetAtt": ["Pool", "Arn"]}},
                   "Url": {"Value": {"Fn::GetAtt": ["Pool", "ProviderURL"]}},
                   "ClientId": {"Value": {"Ref": "Client"}},
                   "Cdn": {"Value": {"Fn::GetAtt": ["Domain", "CloudFrontDistribution"]}},
                   "IdentityPool": {"Value": {"Ref": "Identities"}},
                   "Group": {"Value": {"Ref": "Admins"}}}}
      """#, fileName: "t.json")
  }

  @Test("a user pool: policies, schema, triggers, MFA, recovery, invitations, messages")
  func userPool() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_cognito_user_pool.pool", in: conversion) == #"""
        # Pool (AWS::Cognito::UserPool)
        resource "aws_cognito_user_pool" "pool" {
          name                     = "users"
          username_attributes      = ["email"]
          auto_verified_attributes = ["email"]
          mfa_configuration        = "OPTIONAL"
          tags = {
            app = "site"
          }

          password_policy {
            minimum_length                   = 12
            require_symbols                  = true
            temporary_password_validity_days = 3
          }

          schema {
            name                = "email"
            attribute_data_type = "String"
            mutable             = true
            required            = true
          }
          schema {
            name                = "tenant"
            attribute_data_type = "String"
            mutable             = false

            string_attribute_constraints {
              min_length = "1"
              max_length = "64"
            }
          }

          lambda_config {
            pre_sign_up = "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up"
          }

          account_recovery_setting {
            recovery_mechanism {
              name     = "verified_email"
              priority = 1
            }
          }

          admin_create_user_config {
            allow_admin_create_user_only = true

            invite_message_template {
              email_message = "Your code is {####} for {username}"
              email_subject = "Welcome"
            }
          }

          email_configuration {
            email_sending_account = "COGNITO_DEFAULT"
          }

          user_pool_add_ons {
            advanced_security_mode = "AUDIT"
          }

          username_configuration {
            case_sensitive = false
          }

          verification_message_template {
            default_email_option = "CONFIRM_WITH_CODE"
          }

          software_token_mfa_configuration {
            enabled = true
          }
        }

        """#)
  }

  @Test("clients, domains, groups, resource servers, identity providers")
  func poolParts() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cognito_user_pool_client.client", in: conversion) == #"""
        # Client (AWS::Cognito::UserPoolClient)
        resource "aws_cognito_user_pool_client" "client" {
          user_pool_id                         = aws_cognito_user_pool.pool.id
          name                                 = "web"
          generate_secret                      = true
          explicit_auth_flows                  = ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"]
          allowed_oauth_flows                  = ["code"]
          allowed_oauth_flows_user_pool_client = true
          allowed_oauth_scopes                 = ["openid", "email"]
          callback_urls                        = ["https://example.com/callback"]
          supported_identity_providers         = ["COGNITO"]
          access_token_validity                = 60

          token_validity_units {
            access_token = "minutes"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_cognito_user_pool_domain.domain", in: conversion) == #"""
        # Domain (AWS::Cognito::UserPoolDomain)
        resource "aws_cognito_user_pool_domain" "domain" {
          user_pool_id    = aws_cognito_user_pool.pool.id
          domain          = "auth.example.com"
          certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
        }

        """#)
    #expect(
      MappingProbe.block("aws_cognito_user_group.admins", in: conversion) == #"""
        # Admins (AWS::Cognito::UserPoolGroup)
        resource "aws_cognito_user_group" "admins" {
          user_pool_id = aws_cognito_user_pool.pool.id
          name         = "admins"
          precedence   = 1
        }

        """#)
    #expect(
      MappingProbe.block("aws_cognito_resource_server.api", in: conversion) == #"""
        # Api (AWS::Cognito::UserPoolResourceServer)
        resource "aws_cognito_resource_server" "api" {
          user_pool_id = aws_cognito_user_pool.pool.id
          identifier   = "https://api.example.com"
          name         = "api"

          scope {
            scope_name        = "read"
            scope_description = "Read"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_cognito_identity_provider.corp", in: conversion) == #"""
        # Corp (AWS::Cognito::UserPoolIdentityProvider)
        resource "aws_cognito_identity_provider" "corp" {
          user_pool_id  = aws_cognito_user_pool.pool.id
          provider_name = "Corp"
          provider_type = "OIDC"
          provider_details = {
            client_id        = "corp"
            authorize_scopes = "openid"
            oidc_issuer      = "https://idp.example.com"
          }
          attribute_mapping = {
            email = "email"
          }
        }

        """#)
  }

  @Test("users and memberships, UI customization, risk configuration")
  func usersAndAttachments() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cognito_user.alice", in: conversion) == #"""
        # Alice (AWS::Cognito::UserPoolUser)
        resource "aws_cognito_user" "alice" {
          user_pool_id = aws_cognito_user_pool.pool.id
          username     = "alice@example.com"
          attributes = {
            email          = "alice@example.com"
            email_verified = "true"
          }
          desired_delivery_mediums = ["EMAIL"]
        }

        """#)
    #expect(
      MappingProbe.block("aws_cognito_user_in_group.alice_admin", in: conversion) == #"""
        # AliceAdmin (AWS::Cognito::UserPoolUserToGroupAttachment)
        resource "aws_cognito_user_in_group" "alice_admin" {
          user_pool_id = aws_cognito_user_pool.pool.id
          group_name   = aws_cognito_user_group.admins.name
          username     = aws_cognito_user.alice.username
        }

        """#)
    #expect(
      MappingProbe.block("aws_cognito_user_pool_ui_customization.look", in: conversion) == #"""
        # Look (AWS::Cognito::UserPoolUICustomizationAttachment)
        resource "aws_cognito_user_pool_ui_customization" "look" {
          user_pool_id = aws_cognito_user_pool.pool.id
          client_id    = aws_cognito_user_pool_client.client.id
          css          = ".banner-customizable {background-color: #000;}"
        }

        """#)
    #expect(
      MappingProbe.block("aws_cognito_risk_configuration.risk", in: conversion) == #"""
        # Risk (AWS::Cognito::UserPoolRiskConfigurationAttachment)
        resource "aws_cognito_risk_configuration" "risk" {
          user_pool_id = aws_cognito_user_pool.pool.id
          client_id    = "ALL"

          compromised_credentials_risk_configuration {
            actions {
              event_action = "BLOCK"
            }
          }

          risk_exception_configuration {
            skipped_ip_range_list = ["10.0.0.0/8"]
          }
        }

        """#)
  }

  @Test("identity pools (named after the logical id when unnamed) and their role mappings")
  func identityPools() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cognito_identity_pool.identities", in: conversion) == #"""
        # Identities (AWS::Cognito::IdentityPool)
        resource "aws_cognito_identity_pool" "identities" {
          # cfn2tf: 'IdentityPoolName' is not set: CloudFormation generates one; var.physical_names keeps the live name when a stack is adopted
          identity_pool_name               = lookup(var.physical_names, "Identities", "Identities")
          allow_unauthenticated_identities = false

          cognito_identity_providers {
            client_id     = aws_cognito_user_pool_client.client.id
            provider_name = aws_cognito_user_pool.pool.endpoint
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_cognito_identity_pool_roles_attachment.roles", in: conversion) == #"""
        # Roles (AWS::Cognito::IdentityPoolRoleAttachment)
        resource "aws_cognito_identity_pool_roles_attachment" "roles" {
          identity_pool_id = aws_cognito_identity_pool.identities.id
          roles = {
            authenticated = "arn:aws:iam::123456789012:role/authenticated"
          }

          role_mapping {
            identity_provider         = "${aws_cognito_user_pool.pool.endpoint}:${aws_cognito_user_pool_client.client.id}"
            type                      = "Rules"
            ambiguous_role_resolution = "Deny"

            mapping_rule {
              claim      = "custom:tenant"
              match_type = "Equals"
              role_arn   = "arn:aws:iam::123456789012:role/tenant-a"
              value      = "a"
            }
          }
        }

        """#)
  }

  @Test("Ref and GetAtt: ARN, provider URL, client id and secret, distribution, names")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_cognito_user_pool.pool.arn", #""https://${aws_cognito_user_pool.pool.endpoint}""#,
      "aws_cognito_user_pool_client.client.id",
      "aws_cognito_user_pool_domain.domain.cloudfront_distribution",
      "aws_cognito_identity_pool.identities.id", "aws_cognito_user_group.admins.name",
    ] {
      #expect(outputs.contains("value = \(value)"), "\(value)")
    }
    #expect(CognitoMappingTests.secretTarget == "client_secret")
  }

  /// The attribute GetAtt ClientSecret becomes.
  static let secretTarget = Cognito.userPoolClient.attributes["ClientSecret"]

  @Test("a schema attribute without a data type gets CloudFormation's, String, written out")
  func schemaDataType() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {
          "Schema": [{"Name": "email", "Required": true},
                     {"Name": "age", "AttributeDataType": "Number"}]}}}
        """)
    #expect(
      MappingProbe.block("aws_cognito_user_pool.pool", in: conversion) == """
        # Pool (AWS::Cognito::UserPool)
        resource "aws_cognito_user_pool" "pool" {
          # cfn2tf: 'UserPoolName' is not set: CloudFormation names it <stack>-Pool-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name = lookup(var.physical_names, "Pool", "${var.stack_name}-Pool")

          schema {
            attribute_data_type = "String"
            name                = "email"
            required            = true
          }
          schema {
            name                = "age"
            attribute_data_type = "Number"
          }
        }

        """)
    let added = conversion.ledger.entries.first {
      $0.subject == "Pool.Properties.Schema[0].AttributeDataType"
    }
    #expect(added?.kind == .addition)
    #expect(added?.note.hasPrefix("CloudFormation's default") == true)
  }

  @Test("what Terraform cannot express is reported")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {
           "AdminCreateUserConfig": {"UnusedAccountValidityDays": 7}}},
         "Identities": {"Type": "AWS::Cognito::IdentityPool", "Properties": {
           "IdentityPoolName": "ids", "AllowUnauthenticatedIdentities": true,
           "PushSync": {"RoleArn": "arn:aws:iam::123456789012:role/sync"}}}}
        """)
    #expect(
      MappingProbe.entry(
        "Pool.Properties.AdminCreateUserConfig.UnusedAccountValidityDays", in: conversion)?
        .status == .unsupported)
    #expect(
      MappingProbe.entry("Identities.Properties.PushSync", in: conversion)?.status == .unsupported)
    #expect(MappingProbe.messages(conversion).count == 2)
    #expect(
      MappingProbe.mainFile(conversion).contains(
        #"lookup(var.physical_names, "Pool", "${var.stack_name}-Pool")"#))
  }

  @Test(
    "Cognito resources convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "cognito")
    #expect(status == 0, "\(output)")
  }
}

extension Cognito: ImportCaseProvider {
  static let importIds = [
    "Pool": "us-east-1_AbCdEf123", "Client": "3ho4ek12345678909nh3fmhpko",
    "Domain": "auth.example.com", "Admins": "admins", "Api": "https://api.example.com",
    "Corp": "Corp", "Alice": "alice@example.com", "AliceAdmin": "web-Alice-1ABC",
    "Look": "web-Look-1ABC", "Risk": "web-Risk-1ABC",
    "Identities": "us-east-1:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
    "Roles": "us-east-1:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
  ]

  static func cognito(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: CognitoMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Pools by id; their parts as `POOL/ID`, `POOL|ID` or `POOL:ID`, as the provider wants.
  static var importCases: [ImportCase] {
    [
      cognito("aws_cognito_user_pool.pool", "Pool", .id("us-east-1_AbCdEf123")),
      cognito(
        "aws_cognito_user_pool_client.client", "Client",
        .id("us-east-1_AbCdEf123/3ho4ek12345678909nh3fmhpko")),
      cognito("aws_cognito_user_pool_domain.domain", "Domain", .id("auth.example.com")),
      cognito("aws_cognito_user_group.admins", "Admins", .id("us-east-1_AbCdEf123/admins")),
      cognito(
        "aws_cognito_resource_server.api", "Api", .id("us-east-1_AbCdEf123|https://api.example.com")
      ),
      cognito("aws_cognito_identity_provider.corp", "Corp", .id("us-east-1_AbCdEf123:Corp")),
      cognito("aws_cognito_user.alice", "Alice", .id("us-east-1_AbCdEf123/alice@example.com")),
      cognito(
        "aws_cognito_user_in_group.alice_admin", "AliceAdmin",
        .notImported("created: adding the user to the group again changes nothing")),
      cognito(
        "aws_cognito_user_pool_ui_customization.look", "Look",
        .id("us-east-1_AbCdEf123,3ho4ek12345678909nh3fmhpko")),
      cognito("aws_cognito_risk_configuration.risk", "Risk", .id("us-east-1_AbCdEf123:ALL")),
      cognito(
        "aws_cognito_identity_pool.identities", "Identities",
        .id("us-east-1:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")),
      cognito(
        "aws_cognito_identity_pool_roles_attachment.roles", "Roles",
        .id("us-east-1:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")),
    ]
  }
}
