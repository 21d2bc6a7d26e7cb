import CFNParser

/// `AWS::SES::*`: configuration sets (SESv2) and their event destinations, email identities (DKIM
/// signing, feedback and MAIL FROM attributes as resources of their own), email templates,
/// receipt rule sets and receipt rules, contact lists.
package enum SES: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    configurationSet, eventDestination, emailIdentity, template, receiptRuleSet, receiptRule,
    contactList,
  ]

  /// `AWS::SES::ConfigurationSet`. `Ref` is its name, which Terraform imports.
  static let configurationSet = ResourceMapping(
    "AWS::SES::ConfigurationSet", to: "aws_sesv2_configuration_set",
    ref: "configuration_set_name",
    properties: [
      .argument("Name", "configuration_set_name"),
      PropertyRule(
        "DeliveryOptions",
        .block(
          "delivery_options",
          [
            .argument("MaxDeliverySeconds", "max_delivery_seconds"),
            .argument("SendingPoolName", "sending_pool_name"),
            .argument("TlsPolicy", "tls_policy"),
          ])),
      PropertyRule(
        "ReputationOptions",
        .block(
          "reputation_options",
          [.argument("ReputationMetricsEnabled", "reputation_metrics_enabled")])),
      PropertyRule(
        "SendingOptions",
        .block("sending_options", [.argument("SendingEnabled", "sending_enabled")])),
      PropertyRule(
        "SuppressionOptions",
        .block(
          "suppression_options",
          [
            .argument("SuppressedReasons", "suppressed_reasons"),
            absent(
              "ValidationOptions",
              "aws_sesv2_configuration_set (provider 5.100) has no validation options: set them with 'aws sesv2 put-configuration-set-suppression-options'"
            ),
          ])),
      PropertyRule(
        "TrackingOptions",
        .block(
          "tracking_options",
          [
            .argument("CustomRedirectDomain", "custom_redirect_domain"),
            .argument("HttpsPolicy", "https_policy"),
          ])),
      PropertyRule(
        "VdmOptions",
        .block(
          "vdm_options",
          [
            PropertyRule(
              "DashboardOptions",
              .block(
                "dashboard_options", [.argument("EngagementMetrics", "engagement_metrics")])),
            PropertyRule(
              "GuardianOptions",
              .block(
                "guardian_options",
                [.argument("OptimizedSharedDelivery", "optimized_shared_delivery")])),
          ])),
      absent(
        "ArchivingOptions",
        "aws_sesv2_configuration_set (provider 5.100) has no archiving options: set them with 'aws sesv2 put-configuration-set-archiving-options'"
      ),
      .tags,
    ],
    finish: { ExtraResources.requireName("configuration_set_name", unless: "Name", &$0) })

  /// `AWS::SES::ConfigurationSetEventDestination`. `Ref` and `Id` are the destination's name
  /// (CloudFormation's physical id); Terraform imports it as `<configuration set>|<name>`.
  static let eventDestination = ResourceMapping(
    "AWS::SES::ConfigurationSetEventDestination",
    to: "aws_sesv2_configuration_set_event_destination", ref: "event_destination_name",
    attributes: ["Id": "event_destination_name"],
    properties: [
      .argument("ConfigurationSetName", "configuration_set_name"),
      .custom("EventDestination", eventDestinationBlock),
      .drop("Id", "read-only: the destination's name, which Ref returns"),
    ],
    importID: .custom { context in
      let name =
        field("Name", of: context.resource.property("EventDestination")?.value)
        .map { context.resolve($0) } ?? context.physicalId
      guard let set = context.property("ConfigurationSetName"), let name else { return nil }
      return "\(set)|\(name)"
    },
    finish: { builder in
      let destination = builder.resource.property("EventDestination")?.value
      guard case .object = destination?.kind, field("Name", of: destination) == nil else { return }
      ExtraResources.requireName(
        "event_destination_name", unless: "EventDestination.Name", &builder)
    })

  /// `EventDestination`: its `Name` becomes `event_destination_name`, the rest the
  /// `event_destination` block.
  @Sendable static func eventDestinationBlock(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "event_destination"))
      return
    }
    let top = builder.scope.reading(member.path)
    builder.apply(
      [.argument("Name", "event_destination_name")], to: fields.filter { $0.key == "Name" },
      in: top, into: &parts)
    let scope = builder.scope.block("event_destination", reading: member.path)
    builder.record(
      member, target: scope.target, status: .transformed,
      note: "Name became event_destination_name, the rest the event_destination block")
    var inner = BodyParts()
    let block = "event_destination"
    builder.apply(
      [
        .argument("Enabled", "enabled"),
        .custom(
          "MatchingEventTypes", spelled("matching_event_types", in: scope.target, list: true)),
        PropertyRule(
          "CloudWatchDestination",
          .block(
            "cloud_watch_destination",
            [
              PropertyRule(
                "DimensionConfigurations",
                .blocks(
                  "dimension_configuration",
                  [
                    .argument("DefaultDimensionValue", "default_dimension_value"),
                    .argument("DimensionName", "dimension_name"),
                    .custom(
                      "DimensionValueSource",
                      spelled(
                        "dimension_value_source",
                        in: scope.target / "cloud_watch_destination" / "dimension_configuration")),
                  ]))
            ])),
        PropertyRule(
          "EventBridgeDestination",
          .block("event_bridge_destination", [.argument("EventBusArn", "event_bus_arn")])),
        PropertyRule(
          "KinesisFirehoseDestination",
          .block(
            "kinesis_firehose_destination",
            [
              .argument("DeliveryStreamARN", "delivery_stream_arn"),
              .argument("IAMRoleARN", "iam_role_arn"),
            ])),
        PropertyRule(
          "SnsDestination", .block("sns_destination", [.argument("TopicARN", "topic_arn")])),
      ], to: fields.filter { $0.key != "Name" }, in: scope, into: &inner)
    parts.block(HCLBlock(block, body: inner.body))
  }

  /// A value SESv2 spells in upper case (`MatchingEventTypes`, a list, and
  /// `DimensionValueSource`), as argument `argument` of the block at `body`: CloudFormation also
  /// takes SES's older camel case (`renderingFailure`), which becomes `RENDERING_FAILURE`; a
  /// computed value is converted by `upper(replace(…))`.
  static func spelled(_ argument: String, in body: TerraformPath, list: Bool = false)
    -> PropertyCode
  {
    { member, builder, parts in
      builder.translator.begin()
      let value = spelled(member.value, list: list, &builder.translator)
      builder.record(
        member, target: body / argument,
        status: builder.translator.status, note: builder.translator.note, source: member.value,
        value: value)
      parts.argument(argument, value)
    }
  }

  /// `expr` in SESv2's spelling; `list` when it is a list of names.
  static func spelled(_ expr: Expr, list: Bool, _ translator: inout ExpressionTranslator)
    -> HCLExpression
  {
    switch expr.kind {
    case .string(let text):
      let spelling = upperSnakeCase(text)
      if spelling != text {
        translator.transformed("'\(text)' became '\(spelling)', as SESv2 spells it")
      }
      return list ? .tuple([.string(spelling)]) : .string(spelling)
    case .list(let items):
      return .tuple(items.map { spelled($0, list: false, &translator) })
    default:
      translator.transformed("converted to SESv2's upper-case spelling")
      guard list else { return upperSnakeCase(translator.translate(expr, as: .string)) }
      let clause = HCLForClause(
        valueName: "name", collection: translator.translate(expr, as: .list(.string)))
      return .forTuple(clause, upperSnakeCase(.reference("name")))
    }
  }

  /// `renderingFailure` → `RENDERING_FAILURE`; a name already in upper case stays.
  static func upperSnakeCase(_ text: String) -> String {
    var result = ""
    for character in text {
      if character.isUppercase, let last = result.last, last.isLowercase { result.append("_") }
      result.append(character)
    }
    return result.uppercased()
  }

  /// The same conversion in Terraform, for a computed value.
  static func upperSnakeCase(_ value: HCLExpression) -> HCLExpression {
    .call("upper", [.call("replace", [value, .string("/([a-z])([A-Z])/"), .string("${1}_${2}")])])
  }

  /// Field `name` of an object written in the template.
  static func field(_ name: String, of expr: Expr?) -> Expr? {
    guard case .object(let fields) = expr?.kind else { return nil }
    return fields.first { $0.key == name }?.value
  }

  /// A property provider 5.100 has no counterpart for, though it changes what is deployed: a
  /// warning, a comment and the ledger entry say so.
  static func absent(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in builder.unsupported(member, reason: reason) }
  }
}
