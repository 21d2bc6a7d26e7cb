import CFNParser

extension CodePipeline {
  /// `AWS::CodePipeline::Webhook`. `Ref` and `Id` are its name; Terraform imports it by its
  /// ARN, put together from the name. The secret token never reaches the module: one written in
  /// the template becomes a sensitive variable.
  static let webhook = ResourceMapping(
    "AWS::CodePipeline::Webhook", to: "aws_codepipeline_webhook", ref: "name",
    attributes: ["Id": "name", "Url": "url"],
    properties: [
      .argument("Name", "name"),
      .argument("TargetPipeline", "target_pipeline"),
      .argument("TargetAction", "target_action"),
      .argument("Authentication", "authentication"),
      PropertyRule(
        "AuthenticationConfiguration",
        .block(
          "authentication_configuration",
          [
            .argument("AllowedIPRange", "allowed_ip_range"),
            .custom("SecretToken") { member, builder, parts in
              let value = CodeBuild.secret(
                member, &builder, variable: builder.primary.name + "_secret_token",
                what: "secret token",
                target: builder.primary.path / "authentication_configuration" / "secret_token")
              parts.argument("secret_token", value)
            },
          ])),
      PropertyRule(
        "Filters",
        .blocks(
          "filter", [.argument("JsonPath", "json_path"), .argument("MatchEquals", "match_equals")])),
      .drop(
        "TargetPipelineVersion",
        "CodePipeline's webhook API takes no pipeline version: the webhook starts the pipeline's current version, in CloudFormation as in Terraform"
      ),
      .custom("RegisterWithThirdParty", registerWithThirdParty),
    ],
    importID: .joined(
      [
        .literal("arn:"), .pseudo(.partition), .literal(":codepipeline:"), .pseudo(.region),
        .literal(":"), .pseudo(.accountId), .literal(":webhook:"), .physicalId,
      ], separator: ""),
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// `RegisterWithThirdParty`: Terraform does not register the webhook with GitHub. False is
  /// what Terraform does; true, or a computed value, is reported with what to add.
  @Sendable static func registerWithThirdParty(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let isFalse =
      switch member.value.kind {
      case .bool(let value): !value
      case .string(let text): text.lowercased() == "false"
      default: false
      }
    if isFalse {
      builder.dropped(
        member,
        reason:
          "false is what Terraform does: aws_codepipeline_webhook never registers the webhook with GitHub"
      )
    } else {
      builder.unsupported(
        member,
        reason:
          "aws_codepipeline_webhook does not register the webhook with GitHub: add a github_repository_webhook (GitHub provider) with the webhook's url and secret token"
      )
    }
  }

  /// `AWS::CodePipeline::CustomActionType`. `Ref` and `Id` are Terraform's id,
  /// `Category/Provider/Version`, by which it is imported.
  static let customActionType = ResourceMapping(
    "AWS::CodePipeline::CustomActionType", to: "aws_codepipeline_custom_action_type", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("Category", "category"),
      .argument("Provider", "provider_name"),
      .argument("Version", "version"),
      PropertyRule(
        "ConfigurationProperties",
        .blocks(
          "configuration_property",
          [
            .argument("Name", "name"), .argument("Description", "description"),
            .argument("Key", "key"), .argument("Required", "required"),
            .argument("Secret", "secret"), .argument("Queryable", "queryable"),
            .argument("Type", "type"),
          ])),
      PropertyRule("InputArtifactDetails", .block("input_artifact_details", artifactDetails)),
      PropertyRule("OutputArtifactDetails", .block("output_artifact_details", artifactDetails)),
      PropertyRule(
        "Settings",
        .block(
          "settings",
          [
            .argument("EntityUrlTemplate", "entity_url_template"),
            .argument("ExecutionUrlTemplate", "execution_url_template"),
            .argument("RevisionUrlTemplate", "revision_url_template"),
            .argument("ThirdPartyConfigurationUrl", "third_party_configuration_url"),
          ])),
      .tags,
    ],
    importID: .custom { context in
      guard let category = context.property("Category"),
        let provider = context.property("Provider"), let version = context.property("Version")
      else { return nil }
      return "\(category)/\(provider)/\(version)"
    })

  /// The minimum and maximum number of artifacts.
  static let artifactDetails: [PropertyRule] = [
    .argument("MinimumCount", "minimum_count"), .argument("MaximumCount", "maximum_count"),
  ]
}
