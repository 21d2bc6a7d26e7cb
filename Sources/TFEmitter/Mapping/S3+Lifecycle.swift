import CFNParser

extension S3 {
  static let lifecycleRules: [PropertyRule] = [
    .argument("TransitionDefaultMinimumObjectSize", "transition_default_minimum_object_size"),
    .custom("Rules", lifecycleRule),
  ]

  static let transitionRules: [PropertyRule] = [
    .argument("TransitionInDays", "days"),
    .argument("TransitionDate", "date"),
    .argument("StorageClass", "storage_class"),
  ]

  static let noncurrentTransitionRules: [PropertyRule] = [
    .argument("TransitionInDays", "noncurrent_days"),
    .argument("NewerNoncurrentVersions", "newer_noncurrent_versions"),
    .argument("StorageClass", "storage_class"),
  ]

  /// The fields of a lifecycle rule that become its `filter`.
  static let filterFields = ["Prefix", "TagFilters", "ObjectSizeGreaterThan", "ObjectSizeLessThan"]
  /// The fields of a lifecycle rule that become its `expiration`.
  static let expirationFields = ["ExpirationInDays", "ExpirationDate", "ExpiredObjectDeleteMarker"]

  /// The rest of a lifecycle rule's fields, each by its own rule.
  static let ruleRules: [PropertyRule] = [
    .argument("Id", "id"),
    .argument("Status", "status"),
    PropertyRule(
      "AbortIncompleteMultipartUpload",
      .block(
        "abort_incomplete_multipart_upload",
        [.argument("DaysAfterInitiation", "days_after_initiation")])),
    .custom("NoncurrentVersionExpirationInDays") { member, builder, parts in
      let value = builder.translate(
        member, as: .number,
        target: .resource("aws_s3_bucket_lifecycle_configuration", builder.primary.name) / "rule"
          / "noncurrent_version_expiration" / "noncurrent_days")
      var body = HCLBody()
      body.attribute("noncurrent_days", value)
      parts.block(HCLBlock("noncurrent_version_expiration", body: body))
    },
    PropertyRule(
      "NoncurrentVersionExpiration",
      .block(
        "noncurrent_version_expiration",
        [
          .argument("NoncurrentDays", "noncurrent_days"),
          .argument("NewerNoncurrentVersions", "newer_noncurrent_versions"),
        ])),
    PropertyRule("Transition", .block("transition", transitionRules)),
    PropertyRule("Transitions", .blocks("transition", transitionRules)),
    PropertyRule(
      "NoncurrentVersionTransition",
      .block("noncurrent_version_transition", noncurrentTransitionRules)),
    PropertyRule(
      "NoncurrentVersionTransitions",
      .blocks("noncurrent_version_transition", noncurrentTransitionRules)),
  ]

  /// `LifecycleConfiguration.Rules`: one `rule` block each. `Prefix`, `TagFilters` and the size
  /// limits become its `filter` (an empty filter, the whole bucket, when there are none);
  /// `ExpirationInDays`, `ExpirationDate` and `ExpiredObjectDeleteMarker` its `expiration`; a
  /// rule without `Id` is given `rule-N`, since Terraform requires one.
  @Sendable static func lifecycleRule(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed list of lifecycle rules is not supported")
      return
    }
    let type = "aws_s3_bucket_lifecycle_configuration"
    let rule = RuleScope.resource(type: type, name: builder.primary.name).block("rule")
    for (i, item) in items.enumerated() {
      guard case .object(let fields) = item.kind else {
        builder.unsupported(member.element(i, item), reason: "write the rule out")
        continue
      }
      let scope = rule.at(member.path / i)
      var body = BodyParts()
      if !fields.contains(where: { $0.key == "Id" }) {
        body.argument("id", .string("rule-\(i + 1)"))
      }
      var rest = BodyParts()
      builder.apply(
        ruleRules,
        to: fields.filter { !filterFields.contains($0.key) && !expirationFields.contains($0.key) },
        in: scope, into: &rest)
      body.arguments.items += rest.arguments.items
      body.block(
        HCLBlock(
          "filter",
          body: lifecycleFilter(
            fields.filter { filterFields.contains($0.key) }, in: scope.block("filter"), &builder)))
      let expirationMembers = fields.filter { expirationFields.contains($0.key) }
      if !expirationMembers.isEmpty {
        var expiration = BodyParts()
        builder.apply(
          [
            .argument("ExpirationInDays", "days"), .argument("ExpirationDate", "date"),
            .argument("ExpiredObjectDeleteMarker", "expired_object_delete_marker"),
          ], to: expirationMembers, in: scope.block("expiration"), into: &expiration)
        body.block(HCLBlock("expiration", body: expiration.body))
      }
      body.blocks += rest.blocks
      parts.block(HCLBlock("rule", body: body.body))
    }
  }

  /// A lifecycle rule's `filter`: one criterion directly, several inside `and`.
  static func lifecycleFilter(
    _ fields: [ExprMember], in scope: RuleScope, _ builder: inout ResourceBuilder
  ) -> HCLBody {
    let tags = fields.first { $0.key == "TagFilters" }
    var tagCount = 0
    if let tags, case .list(let list) = tags.value.kind { tagCount = list.count }
    let criteria = fields.filter { $0.key != "TagFilters" }.count + tagCount
    var body = BodyParts()
    if criteria > 1 || (tags != nil && tagCount != 1) {
      var inner = BodyParts()
      builder.apply(
        [
          .argument("Prefix", "prefix"), PropertyRule("TagFilters", .tagsMap("tags")),
          .argument("ObjectSizeGreaterThan", "object_size_greater_than"),
          .argument("ObjectSizeLessThan", "object_size_less_than"),
        ], to: fields, in: scope.block("and"), into: &inner)
      body.block(HCLBlock("and", body: inner.body))
    } else {
      builder.apply(
        [
          .argument("Prefix", "prefix"),
          .argument("ObjectSizeGreaterThan", "object_size_greater_than"),
          .argument("ObjectSizeLessThan", "object_size_less_than"),
          .custom("TagFilters") { member, builder, parts in
            guard case .list(let list) = member.value.kind, let tag = list.first else { return }
            let element = member.element(0, tag)
            var inner = BodyParts()
            builder.apply(
              [.argument("Key", "key"), .argument("Value", "value")],
              to: { if case .object(let m) = tag.kind { return m } else { return [] } }(),
              in: scope.block("tag").at(element.path), into: &inner)
            parts.block(HCLBlock("tag", body: inner.body))
          },
        ], to: fields, in: scope, into: &body)
    }
    return body.body
  }
}
