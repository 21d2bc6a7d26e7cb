import CFNParser

/// `AWS::CloudTrail::Trail`: trails with their event selectors, advanced event selectors and
/// insight selectors. `AWS::CloudTrail::EventDataStore` has no mapping: provider 5.100's
/// `aws_cloudtrail_event_data_store` has none of its `CreatedTimestamp`, `UpdatedTimestamp` and
/// `Status` attributes, nor its federation, insights, context key selectors and event size.
package enum CloudTrail: MappingFamily {
  /// The mappings of this family.
  static let mappings = [trail]

  /// `Ref` is the trail's name, which Terraform requires: a trail without one is named
  /// `"${var.stack_name}-LogicalId"`. Terraform imports it by its ARN.
  static let trail = ResourceMapping(
    "AWS::CloudTrail::Trail", to: "aws_cloudtrail", ref: "name",
    attributes: ["Arn": "arn", "SnsTopicArn": "sns_topic_arn"],
    properties: [
      .argument("TrailName", "name"),
      .argument("S3BucketName", "s3_bucket_name"),
      .argument("S3KeyPrefix", "s3_key_prefix"),
      .argument("SnsTopicName", "sns_topic_name"),
      .argument("IsLogging", "enable_logging"),
      .argument("IsMultiRegionTrail", "is_multi_region_trail"),
      .argument("IsOrganizationTrail", "is_organization_trail"),
      .argument("IncludeGlobalServiceEvents", "include_global_service_events"),
      .argument("EnableLogFileValidation", "enable_log_file_validation"),
      .custom("KMSKeyId", kmsKeyArn),
      .argument("CloudWatchLogsLogGroupArn", "cloud_watch_logs_group_arn"),
      .argument("CloudWatchLogsRoleArn", "cloud_watch_logs_role_arn"),
      .tags,
      PropertyRule(
        "EventSelectors",
        .blocks(
          "event_selector",
          [
            .argument("ReadWriteType", "read_write_type"),
            .argument("IncludeManagementEvents", "include_management_events"),
            .argument("ExcludeManagementEventSources", "exclude_management_event_sources"),
            PropertyRule(
              "DataResources",
              .blocks("data_resource", [.argument("Type", "type"), .argument("Values", "values")])
            ),
          ])),
      PropertyRule(
        "AdvancedEventSelectors",
        .blocks(
          "advanced_event_selector",
          [
            .argument("Name", "name"),
            PropertyRule(
              "FieldSelectors",
              .blocks(
                "field_selector",
                [
                  .argument("Field", "field"),
                  .argument("Equals", "equals"),
                  .argument("NotEquals", "not_equals"),
                  .argument("StartsWith", "starts_with"),
                  .argument("NotStartsWith", "not_starts_with"),
                  .argument("EndsWith", "ends_with"),
                  .argument("NotEndsWith", "not_ends_with"),
                ])),
          ])),
      PropertyRule(
        "InsightSelectors",
        .blocks(
          "insight_selector",
          [.argument("InsightType", "insight_type"), .custom("EventCategories", eventCategories)])
      ),
      .custom("AggregationConfigurations") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_cloudtrail (provider 5.100) has no event aggregation: set it with 'aws cloudtrail put-event-configuration --aggregation-configurations'"
        )
      },
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("SnsTopicArn", "read-only: GetAtt SnsTopicArn returns it"),
    ],
    importID: .joined(
      [
        .literal("arn:"), .pseudo(.partition), .literal(":cloudtrail:"), .pseudo(.region),
        .literal(":"), .pseudo(.accountId), .literal(":trail/"), .physicalId,
      ], separator: ""),
    finish: { ExtraResources.requireName("name", unless: "TrailName", &$0) })

  /// `KMSKeyId`: CloudFormation takes a key id, a key ARN, an alias name or an alias ARN;
  /// Terraform only an ARN. A key or an alias of the template gives its `arn`; a written id or
  /// alias becomes the ARN in the stack's account and region; any other value is made an ARN
  /// when it is not one.
  @Sendable static func kmsKeyArn(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "kms_key_id"
    let value = member.value
    if case .ref(let id) = value.kind,
      let type = builder.translator.template.resource(id)?.type.value,
      type == "AWS::KMS::Key" || type == "AWS::KMS::Alias",
      let resource = builder.translator.targets[id], !resource.isMissing
    {
      let arn = resource.expression(for: "arn")
      builder.record(
        member, target: target, status: .transformed,
        note: "the \(type == "AWS::KMS::Key" ? "key" : "alias")'s ARN: Terraform takes only an ARN",
        source: value, value: arn)
      parts.argument("kms_key_id", arn)
      return
    }
    if let text = value.stringValue, text.hasPrefix("arn:") {
      parts.argument("kms_key_id", builder.translate(member, as: .string, target: target))
      return
    }
    builder.translator.begin()
    let stackArn = { (suffix: [SubPart]) -> Expr in
      Expr(
        .sub(
          parts: [
            .literal("arn:"), .reference("AWS::Partition"), .literal(":kms:"),
            .reference("AWS::Region"), .literal(":"), .reference("AWS::AccountId"),
            .literal(":"),
          ] + suffix, variables: []), range: value.range)
    }
    let arn: HCLExpression
    if let text = value.stringValue {
      let suffix = text.hasPrefix("alias/") ? text : "key/" + text
      arn = builder.translator.translate(stackArn([.literal(suffix)]), as: .string)
    } else {
      let given = builder.translator.translate(value, as: .string)
      let prefix = builder.translator.translate(stackArn([]), as: .string)
      let rest = HCLExpression.conditional(
        .call("startswith", [given, .string("alias/")]), given,
        .template([.literal("key/"), .interpolation(given)]))
      arn = .conditional(
        .call("startswith", [given, .string("arn:")]), given,
        .template(templateParts(prefix) + [.interpolation(rest)]))
    }
    builder.translator.transformed(
      "made an ARN in the stack's account and region: Terraform takes only an ARN")
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: value, value: arn)
    parts.argument("kms_key_id", arn)
  }

  /// The parts of a string template, or the expression as one interpolation.
  static func templateParts(_ expression: HCLExpression) -> [HCLTemplatePart] {
    switch expression {
    case .template(let parts): parts
    case .string(let text): [.literal(text)]
    default: [.interpolation(expression)]
    }
  }

  /// `EventCategories` of an insight selector: management events alone are what an insight
  /// selector of provider 5.100 covers; data events it cannot.
  @Sendable static func eventCategories(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    if case .list(let items) = member.value.kind,
      items.allSatisfy({ $0.stringValue == "Management" })
    {
      builder.dropped(
        member, reason: "insights cover management events, as insight_selector does without it")
      return
    }
    builder.unsupported(
      member,
      reason:
        "insight_selector (provider 5.100) has no event categories: its insights cover management events only; add data events with 'aws cloudtrail put-insight-selectors'"
    )
  }
}
