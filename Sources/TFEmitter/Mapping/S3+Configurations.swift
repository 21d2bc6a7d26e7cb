import CFNParser

extension S3 {
  /// An object property that becomes an extra resource of `type` with `bucket` set to this
  /// bucket, the object's fields by `rules` (inside the nested block `block` when given),
  /// imported by the bucket's name.
  static func configuration(_ type: String, block: String? = nil, _ rules: [PropertyRule])
    -> PropertyCode
  {
    ExtraResources.separate(
      type, link: .init(argument: "bucket", attribute: "id"), block: block,
      format: "<bucket name>", rules)
  }

  /// A new extra resource of `type` with `bucket` set to this bucket, imported by the bucket's
  /// name (the bucket's physical id).
  static func bucketResource(
    _ type: String, from property: String, _ builder: inout ResourceBuilder
  )
    -> TerraformResource
  {
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: property, builder)
    resource.content.argument("bucket", ExtraResources.primary("id", builder))
    resource.importID = .physicalId
    return resource
  }

  /// `LoggingConfiguration`: an `aws_s3_bucket_logging`. Without `DestinationBucketName` the
  /// logs go to the bucket itself, as in CloudFormation.
  @Sendable static func logging(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.unsupported(member, reason: "a computed logging configuration is not supported")
      return
    }
    var resource = bucketResource("aws_s3_bucket_logging", from: member.key, &builder)
    let field = { (name: String) in fields.first { $0.key == name } }
    if let destination = field("DestinationBucketName") {
      resource.content.argument(
        "target_bucket",
        builder.translate(
          member.field(destination), as: .string, target: resource.path / "target_bucket")
      )
    } else {
      resource.content.argument("target_bucket", ExtraResources.primary("id", builder))
    }
    if let logPrefix = field("LogFilePrefix") {
      resource.content.argument(
        "target_prefix",
        builder.translate(
          member.field(logPrefix), as: .string, target: resource.path / "target_prefix"))
    } else {
      resource.content.argument("target_prefix", .string(""))
    }
    var inner = BodyParts()
    builder.apply(
      [
        .custom("DestinationBucketName") { _, _, _ in }, .custom("LogFilePrefix") { _, _, _ in },
        PropertyRule(
          "TargetObjectKeyFormat",
          .block(
            "target_object_key_format",
            [
              PropertyRule("SimplePrefix", .block("simple_prefix", [])),
              PropertyRule(
                "PartitionedPrefix",
                .block(
                  "partitioned_prefix", [.argument("PartitionDateSource", "partition_date_source")])
              ),
            ])),
      ], to: fields, in: .resource(resource, at: member.path), into: &inner)
    resource.content.blocks += inner.blocks
    builder.record(
      member, target: resource.path, status: .transformed,
      note: "became aws_s3_bucket_logging")
    builder.extras.append(resource)
  }

  /// `MetricsConfigurations`: one `aws_s3_bucket_metric` per configuration.
  static let metrics = configurations(
    "aws_s3_bucket_metric", [.argument("Id", "name")],
    filter: [
      .argument("Prefix", "prefix"), .argument("AccessPointArn", "access_point"),
      PropertyRule("TagFilters", .tagsMap("tags")),
    ])

  /// `IntelligentTieringConfigurations`: one `aws_s3_bucket_intelligent_tiering_configuration`
  /// per configuration.
  static let intelligentTiering = configurations(
    "aws_s3_bucket_intelligent_tiering_configuration",
    [
      .argument("Id", "name"), .argument("Status", "status"),
      PropertyRule(
        "Tierings",
        .blocks("tiering", [.argument("AccessTier", "access_tier"), .argument("Days", "days")])),
    ],
    filter: [.argument("Prefix", "prefix"), PropertyRule("TagFilters", .tagsMap("tags"))])

  /// A list of configurations that become one resource of `type` each: their fields by `rules`,
  /// those that `filter` names inside a `filter` block.
  static func configurations(_ type: String, _ rules: [PropertyRule], filter: [PropertyRule])
    -> PropertyCode
  {
    { member, builder, _ in
      guard case .list(let items) = member.value.kind else {
        builder.unsupported(member, reason: "a computed list of configurations is not supported")
        return
      }
      let filterFields = filter.map(\.property)
      for (i, item) in items.enumerated() {
        let configuration = member.element(i, item)
        guard case .object(let fields) = item.kind else {
          builder.unsupported(configuration, reason: "write the configuration out")
          continue
        }
        var resource = ExtraResources.make(
          type,
          name: ExtraResources.uniqueName("\(builder.primary.name)_\(i + 1)", type: type, builder),
          from: configuration.key, builder)
        resource.content.argument("bucket", ExtraResources.primary("id", builder))
        // BUCKET:ID, the configuration's name being its Id.
        resource.importID =
          fields.first { $0.key == "Id" }.map { .physicalId(":", $0.value) }
          ?? .notImportable("not imported: the configuration has no Id, which its import id needs")
        var inner = BodyParts()
        var filterParts = BodyParts()
        let scope = RuleScope.resource(resource, at: member.path / i)
        builder.apply(
          rules, to: fields.filter { !filterFields.contains($0.key) }, in: scope, into: &inner)
        builder.apply(
          filter, to: fields.filter { filterFields.contains($0.key) }, in: scope.block("filter"),
          into: &filterParts)
        resource.content.arguments.items += inner.arguments.items
        if !filterParts.isEmpty {
          resource.content.block(HCLBlock("filter", body: filterParts.body))
        }
        resource.content.blocks += inner.blocks
        builder.record(
          configuration, target: resource.path, status: .transformed, note: "became \(type)")
        builder.extras.append(resource)
      }
    }
  }

  /// Canned ACL names as CloudFormation spells them → as S3 and Terraform spell them.
  static let cannedACLs: [(String, String)] = [
    ("Private", "private"), ("PublicRead", "public-read"), ("PublicReadWrite", "public-read-write"),
    ("AuthenticatedRead", "authenticated-read"), ("LogDeliveryWrite", "log-delivery-write"),
    ("BucketOwnerRead", "bucket-owner-read"),
    ("BucketOwnerFullControl", "bucket-owner-full-control"),
    ("AwsExecRead", "aws-exec-read"),
  ]

  /// `AccessControl`: an `aws_s3_bucket_acl`. Buckets made since April 2023 have ACLs disabled,
  /// so a canned ACL other than private also gets ownership controls with `ObjectWriter` (the
  /// earlier default) unless the template sets `OwnershipControls`; the replication
  /// configuration waits for versioning.
  static func accessControl(_ builder: inout ResourceBuilder) {
    if let index = builder.extras.firstIndex(where: {
      $0.type == "aws_s3_bucket_replication_configuration"
    }),
      let versioning = builder.extras.first(where: { $0.type == "aws_s3_bucket_versioning" })
    {
      builder.extras[index].meta.attribute("depends_on", .tuple([.traversal(versioning.path)]))
    }
    guard let member = builder.resource.property("AccessControl") else { return }
    builder.translator.begin()
    let acl: HCLExpression
    if let text = member.value.stringValue, let canned = cannedACLs.first(where: { $0.0 == text }) {
      acl = .string(canned.1)
      builder.translator.transformed("the canned ACL \(text) became \(canned.1)")
    } else {
      let table = HCLExpression.object(cannedACLs.map { HCLObjectItem($0.0, .string($0.1)) })
      acl = .index(table, builder.translator.translate(member.value, as: .string))
      builder.translator.transformed(
        "the canned ACL name is looked up in a table of S3's spellings")
    }
    var resource = bucketResource("aws_s3_bucket_acl", from: member.key, &builder)
    resource.content.argument("acl", acl)
    resource.importID = aclImportID(member.value)
    var dependencies: [HCLExpression] = []
    if member.value.stringValue != "Private" {
      if let ownership = builder.extras.first(where: {
        $0.type == "aws_s3_bucket_ownership_controls"
      }) {
        dependencies.append(.traversal(ownership.path))
      } else {
        var ownership = bucketResource(
          "aws_s3_bucket_ownership_controls", from: member.key, &builder)
        var rule = HCLBody()
        rule.attribute("object_ownership", .string("ObjectWriter"))
        ownership.content.block(HCLBlock("rule", body: rule))
        ownership.comments.append(
          "cfn2tf: ACLs are disabled on new buckets since April 2023; ObjectWriter (the earlier default) lets the ACL apply"
        )
        ownership.importID = .notImportable(addedOwnershipOutcome)
        builder.extras.append(ownership)
        dependencies.append(.traversal(ownership.path))
        builder.translator.transformed(
          "ownership controls ObjectWriter (the default before April 2023) enable ACLs")
      }
    }
    if let block = builder.extras.first(where: { $0.type == "aws_s3_bucket_public_access_block" }) {
      dependencies.append(.traversal(block.path))
    } else if let text = member.value.stringValue,
      text.hasPrefix("Public") || text == "AuthenticatedRead"
    {
      builder.diagnostics.append(
        .warning(
          "the canned ACL '\(text)' of '\(builder.logicalId)' is refused by the public access block new buckets have since April 2023",
          at: member.keyRange.start,
          notes: [
            .init(
              "if the bucket must be public, add PublicAccessBlockConfiguration with BlockPublicAcls and IgnorePublicAcls false"
            )
          ]))
    }
    if !dependencies.isEmpty { resource.meta.attribute("depends_on", .tuple(dependencies)) }
    builder.record(
      member, target: resource.path / "acl",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: acl)
    builder.extras.append(resource)
  }

  /// `BUCKET,ACL` with the canned ACL as S3 spells it, so that the imported state has the `acl`
  /// the configuration sets (imported by the bucket alone, it would plan to set it again).
  static func aclImportID(_ value: Expr) -> ImportID {
    .custom { context in
      guard let bucket = context.physicalId, let name = context.resolve(value),
        let canned = cannedACLs.first(where: { $0.0 == name })
      else { return nil }
      return "\(bucket),\(canned.1)"
    }
  }

  /// What the plan does with the ownership controls cfn2tf adds for a canned ACL.
  static let addedOwnershipOutcome =
    "created: cfn2tf adds it so that the canned ACL applies; a bucket whose stack could set that ACL was made before April 2023 and normally has no ownership controls (ObjectWriter in effect), so creating them changes nothing; if 'aws s3api get-bucket-ownership-controls --bucket BUCKET' lists some, import it by hand with the id BUCKET"
}
