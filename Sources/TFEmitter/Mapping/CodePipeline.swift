import CFNParser

/// `AWS::CodePipeline::*`: pipelines (stages with their actions and conditions, artifact stores,
/// variables, triggers; see `CodePipeline+Actions.swift`), webhooks and custom action types (see
/// `CodePipeline+Webhooks.swift`).
package enum CodePipeline: MappingFamily {
  /// The mappings of this family.
  static let mappings = [pipeline, webhook, customActionType]

  /// `AWS::CodePipeline::Pipeline`. `Ref` is its name, by which it is imported. `Version` is
  /// left out: aws_codepipeline (provider 5.100) does not return the pipeline's version, and a
  /// reference to it becomes null with a warning. CloudFormation's defaults (a V1 pipeline, the
  /// SUPERSEDED execution mode) are Terraform's too.
  static let pipeline = ResourceMapping(
    "AWS::CodePipeline::Pipeline", to: "aws_codepipeline", ref: "name",
    properties: [
      .argument("Name", "name"),
      .argument("RoleArn", "role_arn"),
      .argument("PipelineType", "pipeline_type"),
      .argument("ExecutionMode", "execution_mode"),
      .tags,
      PropertyRule("ArtifactStore", .block("artifact_store", artifactStore)),
      PropertyRule(
        "ArtifactStores",
        .blocks(
          "artifact_store",
          [
            .argument("Region", "region"),
            .custom(
              "ArtifactStore", ExtraResources.flattened(artifactStore, in: ["artifact_store"])),
          ])),
      PropertyRule("Stages", .blocks("stage", stage)),
      PropertyRule(
        "Variables",
        .blocks(
          "variable",
          [
            .argument("Name", "name"), .argument("DefaultValue", "default_value"),
            .argument("Description", "description"),
          ])),
      PropertyRule("Triggers", .blocks("trigger", trigger)),
      .custom("DisableInboundStageTransitions") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_codepipeline (provider 5.100) cannot disable a stage's inbound transition: it stays enabled; disable it after apply with 'aws codepipeline disable-stage-transition --transition-type Inbound'"
        )
      },
      .custom("RestartExecutionOnUpdate", restartExecutionOnUpdate),
    ],
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// The fields of an artifact store.
  static let artifactStore: [PropertyRule] = [
    .argument("Type", "type"),
    .argument("Location", "location"),
    PropertyRule(
      "EncryptionKey",
      .block("encryption_key", [.argument("Id", "id"), .argument("Type", "type")])),
  ]

  /// The fields of a stage.
  static let stage: [PropertyRule] = [
    .argument("Name", "name"),
    PropertyRule("Actions", .blocks("action", action)),
    PropertyRule(
      "BeforeEntry",
      .block("before_entry", [PropertyRule("Conditions", .blocks("condition", condition))])),
    PropertyRule(
      "OnSuccess",
      .block("on_success", [PropertyRule("Conditions", .blocks("condition", condition))])),
    PropertyRule(
      "OnFailure",
      .block(
        "on_failure",
        [
          .argument("Result", "result"),
          PropertyRule(
            "RetryConfiguration",
            .block("retry_configuration", [.argument("RetryMode", "retry_mode")])),
          PropertyRule("Conditions", .blocks("condition", condition)),
        ])),
    .drop(
      "Blockers",
      "CodePipeline reserves stage blockers for future use: they have no effect, and a stage in Terraform has none"
    ),
  ]

  /// The fields of an action.
  static let action: [PropertyRule] = [
    .argument("Name", "name"),
    .custom(
      "ActionTypeId",
      ExtraResources.flattened(
        [
          .argument("Category", "category"), .argument("Owner", "owner"),
          .argument("Provider", "provider"), .argument("Version", "version"),
        ], in: ["stage", "action"])),
    .custom("Configuration", configuration(in: ["stage", "action"])),
    .custom("InputArtifacts", artifactNames("input_artifacts", in: ["stage", "action"])),
    .custom("OutputArtifacts", artifactNames("output_artifacts", in: ["stage", "action"])),
    .argument("Namespace", "namespace"),
    .argument("Region", "region"),
    .argument("RoleArn", "role_arn"),
    .argument("RunOrder", "run_order"),
    .argument("TimeoutInMinutes", "timeout_in_minutes"),
    absent("Commands", computeAction("commands")),
    absent("EnvironmentVariables", computeAction("environment variables")),
    absent("OutputVariables", computeAction("output variables")),
  ]

  /// Why a field of a Commands (compute) action is not converted.
  static func computeAction(_ what: String) -> String {
    "the action block (provider 5.100) has no \(what): a Commands action cannot be written; add it after apply"
  }

  /// The fields of a condition of `BeforeEntry`, `OnSuccess` or `OnFailure`.
  static let condition: [PropertyRule] = [
    .argument("Result", "result"),
    PropertyRule("Rules", .blocks("rule", rule)),
  ]

  /// The fields of a condition's rule.
  static let rule: [PropertyRule] = [
    .argument("Name", "name"),
    PropertyRule(
      "RuleTypeId",
      .block(
        "rule_type_id",
        [
          .argument("Category", "category"), .argument("Owner", "owner"),
          .argument("Provider", "provider"), .argument("Version", "version"),
        ])),
    .custom("Configuration", configuration(in: ["stage", "condition", "rule"])),
    .argument("Commands", "commands"),
    .custom(
      "InputArtifacts", artifactNames("input_artifacts", in: ["stage", "condition", "rule"])),
    .argument("Region", "region"),
    .argument("RoleArn", "role_arn"),
  ]

  /// The fields of a trigger.
  static let trigger: [PropertyRule] = [
    .argument("ProviderType", "provider_type"),
    PropertyRule(
      "GitConfiguration",
      .block(
        "git_configuration",
        [
          .argument("SourceActionName", "source_action_name"),
          PropertyRule(
            "Push",
            .blocks(
              "push",
              [
                filter("Branches", "branches"), filter("FilePaths", "file_paths"),
                filter("Tags", "tags"),
              ])),
          PropertyRule(
            "PullRequest",
            .blocks(
              "pull_request",
              [
                .argument("Events", "events"), filter("Branches", "branches"),
                filter("FilePaths", "file_paths"),
              ])),
        ])),
  ]

  /// A trigger's `Includes`/`Excludes` filter.
  static func filter(_ property: String, _ block: String) -> PropertyRule {
    PropertyRule(
      property,
      .block(block, [.argument("Includes", "includes"), .argument("Excludes", "excludes")]))
  }

  /// A property provider 5.100 has no counterpart for, though it changes what is deployed: a
  /// warning, a comment and the ledger entry say so.
  static func absent(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in builder.unsupported(member, reason: reason) }
  }
}
