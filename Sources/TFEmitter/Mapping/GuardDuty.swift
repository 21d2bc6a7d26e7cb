import CFNParser

/// `AWS::GuardDuty::*`: detectors (their legacy data sources as the `datasources` block, each
/// feature an `aws_guardduty_detector_feature`), filters, IP sets, threat intel sets and members
/// (`GuardDuty+Lists.swift`).
package enum GuardDuty: MappingFamily {
  /// The mappings of this family.
  static let mappings = [detector, filter, ipSet, threatIntelSet, member]

  /// `AWS::GuardDuty::Detector`. `Ref` and `Id` are the detector id, Terraform's `id`.
  static let detector = ResourceMapping(
    "AWS::GuardDuty::Detector", to: "aws_guardduty_detector", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("Enable", "enable"),
      .argument("FindingPublishingFrequency", "finding_publishing_frequency"),
      PropertyRule(
        "DataSources",
        .block(
          "datasources",
          [
            PropertyRule("S3Logs", .block("s3_logs", [.argument("Enable", "enable")])),
            PropertyRule(
              "Kubernetes",
              .block(
                "kubernetes",
                [PropertyRule("AuditLogs", .block("audit_logs", [.argument("Enable", "enable")]))]
              )),
            PropertyRule(
              "MalwareProtection",
              .block(
                "malware_protection",
                [
                  PropertyRule(
                    "ScanEc2InstanceWithFindings",
                    .block(
                      "scan_ec2_instance_with_findings", [.custom("EbsVolumes", ebsVolumes)]))
                ])),
          ])),
      .custom("Features", features),
      .tags,
      .drop("Id", "read-only: the detector id, which Ref returns"),
    ])

  /// `EbsVolumes`, a boolean in CloudFormation: the `ebs_volumes` block's `enable`.
  @Sendable static func ebsVolumes(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target =
      builder.primary.path / "datasources" / "malware_protection"
      / "scan_ec2_instance_with_findings" / "ebs_volumes" / "enable"
    var body = HCLBody()
    body.attribute("enable", builder.translate(member, as: .bool, target: target))
    parts.block(HCLBlock("ebs_volumes", body: body))
  }

  /// `Features`: each feature an `aws_guardduty_detector_feature` of the detector, named after
  /// the feature. Provider 5.100 cannot import one: applying it sets the feature as the
  /// template does, which changes nothing on an adopted detector.
  @Sendable static func features(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let features = builder.objects(
        of: member, computed: "a computed list of features cannot be converted; write it out",
        notAnObject: "a feature must be an object with Name and Status")
    else { return }
    let type = "aws_guardduty_detector_feature"
    builder.record(
      member, target: nil, status: .transformed,
      note: "each element became \(type)")
    for feature in features {
      let name = feature.fields.first { $0.key == "Name" }?.value
      let base =
        builder.primary.name + "_"
        + (name.map { ExtraResources.suffix(for: $0, index: feature.index) }
          ?? String(feature.index + 1))
      var resource = ExtraResources.make(
        type, name: ExtraResources.uniqueName(base, type: type, builder),
        from: feature.element.key, builder)
      resource.content.argument("detector_id", ExtraResources.primary("id", builder))
      resource.importID = .notImportable(
        "created: provider 5.100 cannot import aws_guardduty_detector_feature; applying it sets the feature as the template does, which changes nothing on an adopted detector"
      )
      let scope = RuleScope.resource(resource, at: feature.element.path)
      var inner = BodyParts()
      builder.apply(
        [
          .argument("Name", "name"),
          .argument("Status", "status"),
          PropertyRule(
            "AdditionalConfiguration",
            .blocks(
              "additional_configuration",
              [.argument("Name", "name"), .argument("Status", "status")])),
        ], to: feature.fields, in: scope, into: &inner)
      resource.content.arguments.items += inner.arguments.items
      resource.content.blocks += inner.blocks
      builder.record(
        feature.element, target: resource.path,
        status: .transformed, note: "became \(type)")
      builder.extras.append(resource)
    }
  }

  /// `AWS::GuardDuty::Filter`. `Ref` is the filter's name. Terraform requires the action and
  /// rank that CloudFormation lets GuardDuty choose: GuardDuty's `NOOP` is written for an action
  /// left out, and, for a rank left out, the filter's place among the template's filters
  /// (GuardDuty ranks a new filter last). Terraform imports it as `<detector id>:<name>`.
  static let filter = ResourceMapping(
    "AWS::GuardDuty::Filter", to: "aws_guardduty_filter", ref: "name",
    properties: [
      .argument("DetectorId", "detector_id"),
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("Action", "action"),
      .argument("Rank", "rank"),
      .custom("FindingCriteria", findingCriteria),
      .tags,
    ],
    importID: .custom { context in
      guard let detector = context.property("DetectorId"), let name = context.property("Name")
      else { return nil }
      return "\(detector):\(name)"
    },
    finish: { builder in
      var parts = BodyParts()
      CloudFront.writeDefault(
        "action", .string("NOOP"), for: "Action", in: &parts, &builder,
        note: "GuardDuty's default action, which Terraform requires")
      builder.primary.content.arguments.items += parts.arguments.items
      filterRank(&builder)
    })

  /// The rank Terraform requires, for a filter without one: its place among the template's
  /// filters of the same detector, as GuardDuty ranks filters in the order they are created.
  static func filterRank(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("Rank") == nil else { return }
    let detector = builder.resource.property("DetectorId")?.value.compactText
    let filters = builder.translator.template.resources.filter {
      $0.type.value == "AWS::GuardDuty::Filter"
        && $0.property("DetectorId")?.value.compactText == detector
    }
    let place = (filters.firstIndex { $0.logicalId == builder.logicalId } ?? 0) + 1
    let value = HCLExpression.number(String(place))
    builder.primary.content.argument(
      "rank", value,
      comments: ["cfn2tf: GuardDuty ranks a filter without one after those created before it"])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "Rank"),
        resourceType: builder.resource.type.value,
        location: builder.resource.range.start, target: builder.primary.path / "rank",
        status: .approximated,
        note:
          "not set: Terraform requires it; the filter's place among the template's filters of its detector is written, as GuardDuty ranks a new filter last",
        targetValue: HCLPrinter.printExpression(value)))
  }

  /// The criterion conditions, each a Terraform argument; the short names are the old spellings
  /// of the long ones.
  static let conditions = [
    ("Eq", "equals"), ("Equals", "equals"), ("Neq", "not_equals"), ("NotEquals", "not_equals"),
    ("Gt", "greater_than"), ("GreaterThan", "greater_than"),
    ("Gte", "greater_than_or_equal"), ("GreaterThanOrEqual", "greater_than_or_equal"),
    ("Lt", "less_than"), ("LessThan", "less_than"),
    ("Lte", "less_than_or_equal"), ("LessThanOrEqual", "less_than_or_equal"),
  ]

  /// `FindingCriteria`: its `Criterion`, a map of finding fields to conditions, as a
  /// `criterion` block each, in the template's order.
  @Sendable static func findingCriteria(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "finding_criteria"))
      return
    }
    let target = builder.primary.path / "finding_criteria"
    builder.record(member, target: target, status: .exact, note: "")
    var criteria = HCLBody()
    for field in fields {
      let path = member.field(field)
      guard field.key == "Criterion" else {
        builder.report(path, .noRule(builder.resource.type.value))
        continue
      }
      guard case .object(let entries) = field.value.kind else {
        builder.report(path, .computedObject(block: "criterion"))
        continue
      }
      builder.record(
        path, target: target / "criterion", status: .transformed,
        note: "each finding field became a criterion block")
      for entry in entries {
        let entryPath = path.field(entry)
        guard case .object(let tests) = entry.value.kind else {
          builder.report(entryPath, .computedObject(block: "criterion"))
          continue
        }
        var body = HCLBody()
        body.attribute("field", .string(entry.key))
        var written: [String] = []
        for test in tests {
          let testMember = entryPath.field(test)
          guard let argument = conditions.first(where: { $0.0 == test.key })?.1 else {
            builder.report(testMember, .noRule(builder.resource.type.value))
            continue
          }
          guard !written.contains(argument) else {
            builder.unsupported(
              testMember, reason: "it repeats a condition of the same criterion: keep one")
            continue
          }
          written.append(argument)
          let type: ValueType = argument.hasSuffix("equals") ? .list(.string) : .string
          body.attribute(
            argument,
            builder.translate(testMember, as: type, target: target / "criterion" / argument))
        }
        criteria.block(HCLBlock("criterion", body: body))
      }
    }
    parts.block(HCLBlock("finding_criteria", body: criteria))
  }
}
