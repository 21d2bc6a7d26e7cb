import CFNParser

/// `AWS::Cognito::UserPool`.
extension Cognito {
  /// `Ref` is the pool id; `ProviderName` is its endpoint, `ProviderURL` the endpoint's URL.
  /// `EnabledMfas` becomes the MFA configuration blocks it names; `Policies` its policy blocks;
  /// the WebAuthn and email MFA fields their blocks.
  static let userPool = ResourceMapping(
    "AWS::Cognito::UserPool", to: "aws_cognito_user_pool", ref: "id",
    attributes: [
      "Arn": "arn", "UserPoolId": "id", "ProviderName": "endpoint",
      "ProviderURL": "https://${endpoint}",
    ],
    properties: [
      .argument("UserPoolName", "name"),
      .argument("UserPoolTier", "user_pool_tier"),
      .argument("UsernameAttributes", "username_attributes"),
      .argument("AliasAttributes", "alias_attributes"),
      .argument("AutoVerifiedAttributes", "auto_verified_attributes"),
      .argument("DeletionProtection", "deletion_protection"),
      .argument("MfaConfiguration", "mfa_configuration"),
      .argument("EmailVerificationMessage", "email_verification_message"),
      .argument("EmailVerificationSubject", "email_verification_subject"),
      .argument("SmsAuthenticationMessage", "sms_authentication_message"),
      .argument("SmsVerificationMessage", "sms_verification_message"),
      .argument("UserPoolTags", "tags"),
      .custom(
        "Policies",
        ExtraResources.flattened([
          PropertyRule(
            "PasswordPolicy",
            .block(
              "password_policy",
              [
                .argument("MinimumLength", "minimum_length"),
                .argument("PasswordHistorySize", "password_history_size"),
                .argument("RequireLowercase", "require_lowercase"),
                .argument("RequireNumbers", "require_numbers"),
                .argument("RequireSymbols", "require_symbols"),
                .argument("RequireUppercase", "require_uppercase"),
                .argument("TemporaryPasswordValidityDays", "temporary_password_validity_days"),
              ])),
          PropertyRule(
            "SignInPolicy",
            .block(
              "sign_in_policy", [.argument("AllowedFirstAuthFactors", "allowed_first_auth_factors")]
            )),
        ])),
      .custom("Schema", schema),
      PropertyRule(
        "LambdaConfig",
        .block(
          "lambda_config",
          [
            .argument("CreateAuthChallenge", "create_auth_challenge"),
            .argument("CustomMessage", "custom_message"),
            .argument("DefineAuthChallenge", "define_auth_challenge"),
            .argument("KMSKeyID", "kms_key_id"),
            .argument("PostAuthentication", "post_authentication"),
            .argument("PostConfirmation", "post_confirmation"),
            .argument("PreAuthentication", "pre_authentication"),
            .argument("PreSignUp", "pre_sign_up"),
            .argument("PreTokenGeneration", "pre_token_generation"),
            .argument("UserMigration", "user_migration"),
            .argument("VerifyAuthChallengeResponse", "verify_auth_challenge_response"),
            lambdaVersion("CustomEmailSender", "custom_email_sender"),
            lambdaVersion("CustomSMSSender", "custom_sms_sender"),
            lambdaVersion("PreTokenGenerationConfig", "pre_token_generation_config"),
            ApiGateway.unsupported(
              "InboundFederation", "aws_cognito_user_pool", "inbound federation trigger"),
          ])),
      PropertyRule(
        "AccountRecoverySetting",
        .block(
          "account_recovery_setting",
          [
            PropertyRule(
              "RecoveryMechanisms",
              .blocks(
                "recovery_mechanism",
                [.argument("Name", "name"), .argument("Priority", "priority")]
              ))
          ])),
      PropertyRule(
        "AdminCreateUserConfig",
        .block(
          "admin_create_user_config",
          [
            .argument("AllowAdminCreateUserOnly", "allow_admin_create_user_only"),
            PropertyRule(
              "InviteMessageTemplate",
              .block(
                "invite_message_template",
                [
                  .argument("EmailMessage", "email_message"),
                  .argument("EmailSubject", "email_subject"),
                  .argument("SMSMessage", "sms_message"),
                ])),
            .custom("UnusedAccountValidityDays") { member, builder, _ in
              builder.unsupported(
                member,
                reason:
                  "Cognito replaced it with Policies.PasswordPolicy.TemporaryPasswordValidityDays, and provider 5.x has only that: set it there"
              )
            },
          ])),
      PropertyRule(
        "DeviceConfiguration",
        .block(
          "device_configuration",
          [
            .argument("ChallengeRequiredOnNewDevice", "challenge_required_on_new_device"),
            .argument("DeviceOnlyRememberedOnUserPrompt", "device_only_remembered_on_user_prompt"),
          ])),
      PropertyRule(
        "EmailConfiguration",
        .block(
          "email_configuration",
          [
            .argument("EmailSendingAccount", "email_sending_account"),
            .argument("From", "from_email_address"),
            .argument("ReplyToEmailAddress", "reply_to_email_address"),
            .argument("SourceArn", "source_arn"),
            .argument("ConfigurationSet", "configuration_set"),
          ])),
      PropertyRule(
        "SmsConfiguration",
        .block(
          "sms_configuration",
          [
            .argument("ExternalId", "external_id"), .argument("SnsCallerArn", "sns_caller_arn"),
            .argument("SnsRegion", "sns_region"),
          ])),
      PropertyRule(
        "UserAttributeUpdateSettings",
        .block(
          "user_attribute_update_settings",
          [
            .argument(
              "AttributesRequireVerificationBeforeUpdate",
              "attributes_require_verification_before_update")
          ])),
      PropertyRule(
        "UserPoolAddOns",
        .block(
          "user_pool_add_ons",
          [
            .argument("AdvancedSecurityMode", "advanced_security_mode"),
            PropertyRule(
              "AdvancedSecurityAdditionalFlows",
              .block(
                "advanced_security_additional_flows",
                [.argument("CustomAuthMode", "custom_auth_mode")])),
          ])),
      PropertyRule(
        "UsernameConfiguration",
        .block("username_configuration", [.argument("CaseSensitive", "case_sensitive")])),
      PropertyRule(
        "VerificationMessageTemplate",
        .block(
          "verification_message_template",
          [
            .argument("DefaultEmailOption", "default_email_option"),
            .argument("EmailMessage", "email_message"),
            .argument("EmailMessageByLink", "email_message_by_link"),
            .argument("EmailSubject", "email_subject"),
            .argument("EmailSubjectByLink", "email_subject_by_link"),
            .argument("SmsMessage", "sms_message"),
          ])),
      .custom("EnabledMfas", enabledMfas),
      .custom(
        "EmailAuthenticationMessage",
        pair(
          "email_mfa_configuration",
          [("EmailAuthenticationMessage", "message"), ("EmailAuthenticationSubject", "subject")])),
      .custom(
        "EmailAuthenticationSubject",
        pair(
          "email_mfa_configuration",
          [("EmailAuthenticationMessage", "message"), ("EmailAuthenticationSubject", "subject")])),
      .custom(
        "WebAuthnRelyingPartyID",
        pair(
          "web_authn_configuration",
          [
            ("WebAuthnRelyingPartyID", "relying_party_id"),
            ("WebAuthnUserVerification", "user_verification"),
          ])),
      .custom(
        "WebAuthnUserVerification",
        pair(
          "web_authn_configuration",
          [
            ("WebAuthnRelyingPartyID", "relying_party_id"),
            ("WebAuthnUserVerification", "user_verification"),
          ])),
      ApiGateway.unsupported(
        "WebAuthnFactorConfiguration", "aws_cognito_user_pool", "WebAuthn factor configuration"),
    ],
    finish: { ExtraResources.requireName("name", unless: "UserPoolName", &$0) })

  /// A Lambda trigger with its version (`LambdaArn`, `LambdaVersion`).
  static func lambdaVersion(_ property: String, _ block: String) -> PropertyRule {
    PropertyRule(
      property,
      .block(
        block,
        [.argument("LambdaArn", "lambda_arn"), .argument("LambdaVersion", "lambda_version")]))
  }

  /// Top-level properties that together become one block, `block`: the first of them present
  /// writes it, with each present one as its argument.
  static func pair(_ block: String, _ fields: [(String, String)]) -> PropertyCode {
    { member, builder, parts in
      let present = fields.filter { builder.resource.property($0.0) != nil }
      guard present.first?.0 == member.key else { return }
      var inner = BodyParts()
      builder.apply(
        fields.map { .argument($0.0, $0.1) },
        to: builder.resource.properties.filter { property in
          fields.contains { $0.0 == property.key }
        },
        in: builder.scope.block(block), into: &inner)
      parts.block(HCLBlock(block, body: inner.body))
    }
  }

  /// `EnabledMfas`: `SOFTWARE_TOKEN_MFA` becomes `software_token_mfa_configuration`; `SMS_MFA`
  /// and `EMAIL_OTP` are enabled by the SMS and email configurations themselves in Terraform.
  @Sendable static func enabledMfas(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed list of MFA methods cannot be converted")
      return
    }
    let names = items.compactMap(\.stringValue)
    guard names.count == items.count else {
      builder.unsupported(member, reason: "write the MFA methods out as strings")
      return
    }
    let target = builder.primary.path / "software_token_mfa_configuration"
    builder.record(
      member, target: target, status: .transformed,
      note:
        "SOFTWARE_TOKEN_MFA became software_token_mfa_configuration; SMS_MFA and EMAIL_OTP follow sms_configuration and email_mfa_configuration",
      source: member.value)
    var body = HCLBody()
    body.attribute("enabled", .bool(names.contains("SOFTWARE_TOKEN_MFA")))
    parts.block(HCLBlock("software_token_mfa_configuration", body: body))
  }

  /// `Schema`: one `schema` block per attribute. CloudFormation (like Cognito) takes an attribute
  /// without `AttributeDataType` as a string; Terraform requires the type, so it is written out.
  static let schemaRule = PropertyRule(
    "Schema",
    .blocks(
      "schema",
      [
        .argument("Name", "name"),
        .argument("AttributeDataType", "attribute_data_type"),
        .argument("DeveloperOnlyAttribute", "developer_only_attribute"),
        .argument("Mutable", "mutable"),
        .argument("Required", "required"),
        PropertyRule(
          "NumberAttributeConstraints",
          .block(
            "number_attribute_constraints",
            [.argument("MinValue", "min_value"), .argument("MaxValue", "max_value")])),
        PropertyRule(
          "StringAttributeConstraints",
          .block(
            "string_attribute_constraints",
            [.argument("MinLength", "min_length"), .argument("MaxLength", "max_length")])),
      ]))

  @Sendable static func schema(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    var written = BodyParts()
    builder.apply(schemaRule.action, to: member, in: .resource(builder.primary), into: &written)
    guard case .list(let items) = member.value.kind else {
      parts.blocks += written.blocks
      return
    }
    for (index, (comments, block)) in written.blocks.enumerated() {
      var block = block
      let typed = block.body.items.contains {
        if case .attribute(let attribute) = $0 { return attribute.name == "attribute_data_type" }
        return false
      }
      if !typed, index < items.count, case .object = items[index].kind {
        block.body.items.insert(
          .attribute(HCLAttribute("attribute_data_type", .string("String"))), at: 0)
        builder.ledger.append(
          LedgerEntry(
            kind: .addition,
            path: builder.templatePath(.here / "Schema" / index / "AttributeDataType"),
            resourceType: builder.resource.type.value, location: items[index].location,
            target: builder.primary.path / "schema" / "attribute_data_type", status: .transformed,
            note: "CloudFormation's default, String, written out: Terraform requires the type",
            targetValue: "\"String\""))
      }
      parts.block(block, comments: comments)
    }
  }
}
