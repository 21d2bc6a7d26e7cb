import CFNParser

/// `AWS::Config::*`: rules, the configuration recorder (with the recorder status that starts it,
/// as CloudFormation does), delivery channels, conformance packs, aggregation authorizations,
/// configuration aggregators and remediation configurations (`Config+Remediation.swift`).
package enum Config: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    configRule, configurationRecorder, deliveryChannel, conformancePack,
    aggregationAuthorization, configurationAggregator, remediationConfiguration,
  ]

  /// `AWS::Config::ConfigRule`. `Ref` is the rule's name, which Terraform requires (a rule
  /// without one is named as CloudFormation would); `Compliance.Type` has no Terraform
  /// counterpart, so a `Fn::GetAtt` of it becomes null, with a warning.
  static let configRule = ResourceMapping(
    "AWS::Config::ConfigRule", to: "aws_config_config_rule", ref: "name",
    attributes: ["Arn": "arn", "ConfigRuleId": "rule_id"],
    properties: [
      .argument("ConfigRuleName", "name"),
      .argument("Description", "description"),
      .custom("InputParameters") { member, builder, parts in
        PolicyDocument.argument(member, "input_parameters", &builder, &parts)
      },
      .argument("MaximumExecutionFrequency", "maximum_execution_frequency"),
      PropertyRule(
        "Scope",
        .block(
          "scope",
          [
            .argument("ComplianceResourceId", "compliance_resource_id"),
            .argument("ComplianceResourceTypes", "compliance_resource_types"),
            .argument("TagKey", "tag_key"),
            .argument("TagValue", "tag_value"),
          ])),
      PropertyRule(
        "Source",
        .block(
          "source",
          [
            .argument("Owner", "owner"),
            .argument("SourceIdentifier", "source_identifier"),
            PropertyRule(
              "SourceDetails",
              .blocks(
                "source_detail",
                [
                  .argument("EventSource", "event_source"),
                  .argument("MessageType", "message_type"),
                  .argument("MaximumExecutionFrequency", "maximum_execution_frequency"),
                ])),
            PropertyRule(
              "CustomPolicyDetails",
              .block(
                "custom_policy_details",
                [
                  .argument("PolicyRuntime", "policy_runtime"),
                  .argument("PolicyText", "policy_text"),
                  .argument("EnableDebugLogDelivery", "enable_debug_log_delivery"),
                ])),
          ])),
      PropertyRule("EvaluationModes", .blocks("evaluation_mode", [.argument("Mode", "mode")])),
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("ConfigRuleId", "read-only: GetAtt ConfigRuleId returns it"),
      .drop("Compliance", "read-only: AWS Config reports the rule's compliance"),
    ],
    finish: { ExtraResources.requireName("name", unless: "ConfigRuleName", &$0) })

  /// `AWS::Config::ConfigurationRecorder`. `Ref` and `Id` are its name (Terraform would name it
  /// `default`; one without a name is named as CloudFormation would). CloudFormation starts the
  /// recorder once a delivery channel exists: an `aws_config_configuration_recorder_status`
  /// does, after the template's delivery channels.
  static let configurationRecorder = ResourceMapping(
    "AWS::Config::ConfigurationRecorder", to: "aws_config_configuration_recorder", ref: "name",
    attributes: ["Id": "id"],
    properties: [
      .argument("Name", "name"),
      .argument("RoleARN", "role_arn"),
      PropertyRule(
        "RecordingGroup",
        .block(
          "recording_group",
          [
            .argument("AllSupported", "all_supported"),
            .argument("IncludeGlobalResourceTypes", "include_global_resource_types"),
            .argument("ResourceTypes", "resource_types"),
            PropertyRule(
              "ExclusionByResourceTypes",
              .block(
                "exclusion_by_resource_types", [.argument("ResourceTypes", "resource_types")])),
            PropertyRule(
              "RecordingStrategy", .block("recording_strategy", [.argument("UseOnly", "use_only")])
            ),
          ])),
      PropertyRule(
        "RecordingMode",
        .block(
          "recording_mode",
          [
            .argument("RecordingFrequency", "recording_frequency"),
            .custom(
              "RecordingModeOverrides",
              firstBlock(
                "recording_mode_override", in: ["recording_mode"],
                [
                  .argument("Description", "description"),
                  .argument("RecordingFrequency", "recording_frequency"),
                  .argument("ResourceTypes", "resource_types"),
                ],
                beyond:
                  "aws_config_configuration_recorder (provider 5.100) takes one recording mode override: merge the overrides that share a frequency into the first"
              )),
          ])),
      .drop("Id", "read-only: the recorder's name, which Ref returns"),
    ],
    finish: { builder in
      ExtraResources.requireName("name", unless: "Name", &builder)
      recorderStatus(&builder)
    })

  /// The `aws_config_configuration_recorder_status` that starts the recorder, as CloudFormation
  /// does once a delivery channel exists: it depends on the template's delivery channels, and is
  /// imported by the recorder's name.
  static func recorderStatus(_ builder: inout ResourceBuilder) {
    let type = "aws_config_configuration_recorder_status"
    var status = TerraformResource(
      type: type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      origin: builder.logicalId)
    status.comments = [
      "\(builder.logicalId) (\(builder.resource.type.value)): CloudFormation starts the recorder"
    ]
    let channels = builder.translator.template.resources.compactMap { resource in
      resource.type.value == "AWS::Config::DeliveryChannel"
        ? builder.translator.targets[resource.logicalId] : nil
    }.filter { !$0.isMissing }.map { HCLExpression.traversal($0.path) }
    if !channels.isEmpty { status.meta.attribute("depends_on", .tuple(channels)) }
    status.content.argument("name", ExtraResources.primary("name", builder))
    status.content.argument("is_enabled", .bool(true))
    status.importID = .physicalId
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: TemplatePath.resource(builder.logicalId) / "RecorderStatus",
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: status.path / "is_enabled", status: .transformed,
        note:
          "written: CloudFormation starts the recorder once a delivery channel exists; Terraform starts it with \(type)",
        targetValue: "true"))
    builder.extras.append(status)
  }

  /// `AWS::Config::DeliveryChannel`. `Ref` and `Id` are its name (Terraform would name it
  /// `default`; one without a name is named as CloudFormation would). AWS Config refuses a
  /// channel before a recorder exists, so the channel depends on the template's recorders.
  static let deliveryChannel = ResourceMapping(
    "AWS::Config::DeliveryChannel", to: "aws_config_delivery_channel", ref: "name",
    attributes: ["Id": "id"],
    properties: [
      .argument("Name", "name"),
      .argument("S3BucketName", "s3_bucket_name"),
      .argument("S3KeyPrefix", "s3_key_prefix"),
      .argument("S3KmsKeyArn", "s3_kms_key_arn"),
      .argument("SnsTopicARN", "sns_topic_arn"),
      PropertyRule(
        "ConfigSnapshotDeliveryProperties",
        .block(
          "snapshot_delivery_properties", [.argument("DeliveryFrequency", "delivery_frequency")])),
      .drop("Id", "read-only: the channel's name, which Ref returns"),
    ],
    finish: { builder in
      ExtraResources.requireName("name", unless: "Name", &builder)
      afterRecorders(&builder)
    })

  /// `depends_on` the template's recorders, for a channel whose template says no order (a
  /// recorder that depends on the channel keeps the template's order).
  static func afterRecorders(_ builder: inout ResourceBuilder) {
    guard builder.resource.dependsOn.isEmpty else { return }
    let logicalId = builder.logicalId
    let recorders = builder.translator.template.resources.filter { resource in
      resource.type.value == "AWS::Config::ConfigurationRecorder"
        && !resource.dependsOn.contains { $0.value == logicalId }
    }.compactMap { builder.translator.targets[$0.logicalId] }.filter { !$0.isMissing }
    guard !recorders.isEmpty else { return }
    builder.primary.meta.comment([
      "AWS Config refuses a delivery channel before the configuration recorder exists"
    ])
    builder.primary.meta.attribute(
      "depends_on", .tuple(recorders.map { .traversal($0.path) }))
  }

  /// `AWS::Config::ConformancePack`. `Ref` is its name.
  static let conformancePack = ResourceMapping(
    "AWS::Config::ConformancePack", to: "aws_config_conformance_pack", ref: "name",
    properties: [
      .argument("ConformancePackName", "name"),
      .argument("TemplateBody", "template_body"),
      .argument("TemplateS3Uri", "template_s3_uri"),
      .custom("TemplateSSMDocumentDetails") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_config_conformance_pack (provider 5.100) cannot read its template from an SSM document: give the document's content as TemplateBody"
        )
      },
      .argument("DeliveryS3Bucket", "delivery_s3_bucket"),
      .argument("DeliveryS3KeyPrefix", "delivery_s3_key_prefix"),
      PropertyRule(
        "ConformancePackInputParameters",
        .blocks(
          "input_parameter",
          [
            .argument("ParameterName", "parameter_name"),
            .argument("ParameterValue", "parameter_value"),
          ])),
    ])

  /// `AWS::Config::AggregationAuthorization`. Its identifier is the account and region it
  /// authorizes, which `Ref` does not return as one value in Terraform: `Ref` is not mapped.
  /// Terraform imports it as `<account id>:<region>`.
  static let aggregationAuthorization = ResourceMapping(
    "AWS::Config::AggregationAuthorization", to: "aws_config_aggregate_authorization",
    ref: nil, attributes: ["AggregationAuthorizationArn": "arn"],
    properties: [
      .argument("AuthorizedAccountId", "account_id"),
      .argument("AuthorizedAwsRegion", "region"),
      .tags,
      .drop(
        "AggregationAuthorizationArn", "read-only: GetAtt AggregationAuthorizationArn returns it"),
    ],
    importID: .custom { context in
      guard let account = context.property("AuthorizedAccountId"),
        let region = context.property("AuthorizedAwsRegion")
      else { return nil }
      return "\(account):\(region)"
    })

  /// `AWS::Config::ConfigurationAggregator`. `Ref` is its name, which Terraform requires (one
  /// without a name is named as CloudFormation would).
  static let configurationAggregator = ResourceMapping(
    "AWS::Config::ConfigurationAggregator", to: "aws_config_configuration_aggregator",
    ref: "name", attributes: ["ConfigurationAggregatorArn": "arn"],
    properties: [
      .argument("ConfigurationAggregatorName", "name"),
      .custom(
        "AccountAggregationSources",
        firstBlock(
          "account_aggregation_source",
          [
            .argument("AccountIds", "account_ids"),
            .argument("AllAwsRegions", "all_regions"),
            .argument("AwsRegions", "regions"),
          ],
          beyond:
            "aws_config_configuration_aggregator (provider 5.100) takes one account aggregation source: merge the accounts that share regions into the first"
        )),
      PropertyRule(
        "OrganizationAggregationSource",
        .block(
          "organization_aggregation_source",
          [
            .argument("RoleArn", "role_arn"),
            .argument("AllAwsRegions", "all_regions"),
            .argument("AwsRegions", "regions"),
          ])),
      .tags,
      .drop(
        "ConfigurationAggregatorArn", "read-only: GetAtt ConfigurationAggregatorArn returns it"),
    ],
    finish: { ExtraResources.requireName("name", unless: "ConfigurationAggregatorName", &$0) })

  /// A list of objects whose first element becomes nested block `name` (inside the blocks
  /// `enclosing` of the body being built), by `rules`; Terraform takes one such block, so each
  /// further element is reported, for `reason`.
  static func firstBlock(
    _ name: String, in enclosing: [String] = [], _ rules: [PropertyRule], beyond reason: String
  ) -> PropertyCode {
    { member, builder, parts in
      guard case .list(let items) = member.value.kind else {
        builder.report(member, .computedList(block: name))
        return
      }
      builder.record(
        member, target: nil, status: .transformed,
        note: "the first element became a '\(name)' block")
      for (index, item) in items.enumerated() {
        let element = member.element(index, item)
        guard index == 0 else {
          builder.unsupported(element, reason: reason)
          continue
        }
        guard case .object(let fields) = item.kind else {
          builder.report(element, .computedObject(block: name))
          continue
        }
        var scope = builder.scope
        for block in enclosing { scope = scope.block(block) }
        scope = scope.block(name).at(element.path)
        builder.record(
          element, target: scope.target, status: .exact, note: "")
        var inner = BodyParts()
        builder.apply(rules, to: fields, in: scope, into: &inner)
        parts.block(HCLBlock(name, body: inner.body))
      }
    }
  }
}
