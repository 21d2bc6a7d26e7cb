import CFNParser

/// Users, group memberships, UI customizations and risk configurations of a user pool.
extension Cognito {
  /// `AWS::Cognito::UserPoolUser`. `Ref` is the user name. `UserAttributes` and
  /// `ValidationData` (lists of `Name`/`Value`) become maps.
  static let user = ResourceMapping(
    "AWS::Cognito::UserPoolUser", to: "aws_cognito_user", ref: "username",
    properties: [
      .argument("UserPoolId", "user_pool_id"),
      .argument("Username", "username"),
      .custom("UserAttributes", nameValueMap("attributes")),
      .custom("ValidationData", nameValueMap("validation_data")),
      .argument("ClientMetadata", "client_metadata"),
      .argument("DesiredDeliveryMediums", "desired_delivery_mediums"),
      .argument("ForceAliasCreation", "force_alias_creation"),
      .argument("MessageAction", "message_action"),
    ],
    importID: .custom { context in
      guard let pool = context.property("UserPoolId"), let name = context.physicalId else {
        return nil
      }
      return "\(pool)/\(name)"
    },
    finish: { ExtraResources.requireName("username", unless: "Username", &$0) })

  /// A list of `Name`/`Value` objects as map argument `argument`.
  static func nameValueMap(_ argument: String) -> PropertyCode {
    { member, builder, parts in
      guard
        let objects = builder.objects(
          of: member, computed: "a computed list cannot become a map; write it out",
          notAnObject: "write the entry out, with its Name and Value")
      else { return }
      var items: [HCLObjectItem] = []
      for object in objects {
        guard let name = object.fields.first(where: { $0.key == "Name" })?.value.stringValue,
          let value = object.fields.first(where: { $0.key == "Value" })
        else {
          builder.unsupported(object.element, reason: "each entry needs a literal Name and a Value")
          continue
        }
        // The map's element: TerraformPath has no map-key step, so the key is written with its
        // map's name, as the entry has always printed it (`attributes["email"]`).
        items.append(
          HCLObjectItem(
            name,
            builder.translate(
              object.element.field(value), as: .string,
              target: builder.primary.path / "\(argument)[\"\(name)\"]")))
      }
      parts.argument(argument, .object(items))
    }
  }

  /// `AWS::Cognito::UserPoolUserToGroupAttachment`: adding the user to the group again changes
  /// nothing, so it is created rather than imported.
  static let userToGroup = ResourceMapping(
    "AWS::Cognito::UserPoolUserToGroupAttachment", to: "aws_cognito_user_in_group", ref: nil,
    properties: [
      .argument("UserPoolId", "user_pool_id"), .argument("GroupName", "group_name"),
      .argument("Username", "username"),
    ],
    importID: .notImportable(
      "created: adding the user to the group again changes nothing"))

  /// `AWS::Cognito::UserPoolUICustomizationAttachment`: Terraform imports it as
  /// `USER_POOL_ID,CLIENT_ID`.
  static let uiCustomization = ResourceMapping(
    "AWS::Cognito::UserPoolUICustomizationAttachment", to: "aws_cognito_user_pool_ui_customization",
    ref: nil,
    properties: [
      .argument("UserPoolId", "user_pool_id"), .argument("ClientId", "client_id"),
      .argument("CSS", "css"),
    ], importID: inPool("ClientId", ","))

  /// A risk action (`EventAction`, `Notify`).
  static func riskAction(_ property: String, _ block: String) -> PropertyRule {
    PropertyRule(
      property,
      .block(block, [.argument("EventAction", "event_action"), .argument("Notify", "notify")]))
  }

  /// A notification email (`Subject`, `HtmlBody`, `TextBody`).
  static func email(_ property: String, _ block: String) -> PropertyRule {
    PropertyRule(
      property,
      .block(
        block,
        [
          .argument("Subject", "subject"), .argument("HtmlBody", "html_body"),
          .argument("TextBody", "text_body"),
        ]))
  }

  /// `AWS::Cognito::UserPoolRiskConfigurationAttachment`: Terraform imports it as
  /// `USER_POOL_ID:CLIENT_ID` (`ALL` for the pool's default).
  static let riskConfiguration = ResourceMapping(
    "AWS::Cognito::UserPoolRiskConfigurationAttachment", to: "aws_cognito_risk_configuration",
    ref: nil,
    properties: [
      .argument("UserPoolId", "user_pool_id"),
      .argument("ClientId", "client_id"),
      PropertyRule(
        "AccountTakeoverRiskConfiguration",
        .block(
          "account_takeover_risk_configuration",
          [
            PropertyRule(
              "Actions",
              .block(
                "actions",
                [
                  riskAction("HighAction", "high_action"),
                  riskAction("MediumAction", "medium_action"),
                  riskAction("LowAction", "low_action"),
                ])),
            PropertyRule(
              "NotifyConfiguration",
              .block(
                "notify_configuration",
                [
                  .argument("From", "from"), .argument("ReplyTo", "reply_to"),
                  .argument("SourceArn", "source_arn"),
                  email("BlockEmail", "block_email"), email("MfaEmail", "mfa_email"),
                  email("NoActionEmail", "no_action_email"),
                ])),
          ])),
      PropertyRule(
        "CompromisedCredentialsRiskConfiguration",
        .block(
          "compromised_credentials_risk_configuration",
          [
            .argument("EventFilter", "event_filter"),
            PropertyRule("Actions", .block("actions", [.argument("EventAction", "event_action")])),
          ])),
      PropertyRule(
        "RiskExceptionConfiguration",
        .block(
          "risk_exception_configuration",
          [
            .argument("BlockedIPRangeList", "blocked_ip_range_list"),
            .argument("SkippedIPRangeList", "skipped_ip_range_list"),
          ])),
    ], importID: inPool("ClientId", ":"))
}
