import CFNParser

extension DynamoDB {
  /// `KeySchema` of the table or of an index (`block`): the `HASH` element becomes `hash_key`, the
  /// `RANGE` element `range_key`. A local index shares the table's hash key, so it names only its
  /// range key. The table also takes the 2012 form `{HashKeyElement, RangeKeyElement}`, whose
  /// elements carry their types: they become `attribute` blocks too.
  static func keySchema(in block: String?) -> PropertyCode {
    { member, builder, parts in
      let target = block.map { builder.primary.path / $0 } ?? builder.primary.path
      builder.translator.begin()
      switch member.value.kind {
      case .list(let items):
        for item in items {
          guard case .object(let fields) = item.kind,
            let name = fields.first(where: { $0.key == "AttributeName" })?.value,
            let keyType = fields.first(where: { $0.key == "KeyType" })?.value.stringValue,
            keyType == "HASH" || keyType == "RANGE"
          else {
            builder.unsupported(
              member, reason: "each key needs an AttributeName and a literal KeyType, HASH or RANGE"
            )
            return
          }
          if keyType == "HASH", block == "local_secondary_index" {
            builder.translator.transformed("a local index shares the table's hash key")
            continue
          }
          let argument = keyType == "HASH" ? "hash_key" : "range_key"
          parts.argument(argument, builder.translator.translate(name, as: .string))
        }
        builder.translator.transformed("KeySchema became hash_key and range_key")
      case .object(let fields) where block == nil:
        for (element, argument) in [
          ("HashKeyElement", "hash_key"), ("RangeKeyElement", "range_key"),
        ] {
          guard let field = fields.first(where: { $0.key == element }) else { continue }
          guard case .object(let keyFields) = field.value.kind,
            let name = keyFields.first(where: { $0.key == "AttributeName" })?.value,
            let type = keyFields.first(where: { $0.key == "AttributeType" })?.value
          else {
            builder.unsupported(member, reason: "\(element) needs AttributeName and AttributeType")
            return
          }
          let nameValue = builder.translator.translate(name, as: .string)
          parts.argument(argument, nameValue)
          var attribute = HCLBody()
          attribute.attribute("name", nameValue)
          attribute.attribute("type", builder.translator.translate(type, as: .string))
          parts.block(HCLBlock("attribute", body: attribute))
        }
        builder.translator.transformed(
          "the 2012 KeySchema form became hash_key, range_key and attribute blocks")
      default:
        builder.unsupported(member, reason: "a computed key schema is not supported; write it out")
        return
      }
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value)
    }
  }

  /// `StreamSpecification`: `stream_enabled = true` and `stream_view_type`; its
  /// `ResourcePolicy` becomes an `aws_dynamodb_resource_policy` on the stream.
  @Sendable static func stream(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.unsupported(member, reason: "a computed stream specification is not supported")
      return
    }
    parts.argument("stream_enabled", .bool(true))
    builder.record(
      member, target: builder.primary.path / "stream_enabled",
      status: .transformed, note: "a stream specification means stream_enabled = true")
    var inner = BodyParts()
    builder.apply(
      [
        .argument("StreamViewType", "stream_view_type"),
        .custom("ResourcePolicy") { policy, builder, _ in
          resourcePolicy(policy, arn: ExtraResources.primary("stream_arn", builder), &builder)
        },
      ], to: fields, in: builder.scope.reading(member.path), into: &inner)
    parts.arguments.items += inner.arguments.items
  }

  /// `ResourcePolicy` (of the table or of its stream): an `aws_dynamodb_resource_policy`.
  static func resourcePolicy(
    _ member: RuleMember, arn: HCLExpression, _ builder: inout ResourceBuilder
  ) {
    guard case .object(let fields) = member.value.kind,
      let document = fields.first(where: { $0.key == "PolicyDocument" })
    else {
      builder.unsupported(member, reason: "the resource policy needs a written-out PolicyDocument")
      return
    }
    let type = "aws_dynamodb_resource_policy"
    let isStream = member.key.hasPrefix("StreamSpecification")
    let base = builder.primary.name + (isStream ? "_stream" : "")
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(base, type: type, builder), from: member.key, builder)
    // Imported by the ARN of the table or stream it is on.
    resource.importID =
      isStream
      ? .notImportable(
        "not imported: its id is the stream's ARN, whose label the stack does not list; find it with 'aws dynamodb describe-table --table-name TABLE --query Table.LatestStreamArn' and import it by hand (creating it puts the same policy on the stream again)"
      )
      : .joined(
        [
          .literal("arn:"), .pseudo(.partition), .literal(":dynamodb:"), .pseudo(.region),
          .literal(":"), .pseudo(.accountId), .literal(":table/"), .physicalId,
        ], separator: "")
    resource.content.argument("resource_arn", arn)
    let policy = PolicyDocument.translate(
      member.field(document), &builder, target: resource.path / "policy")
    resource.content.argument("policy", policy)
    builder.extras.append(resource)
  }

  /// `SSESpecification.KMSMasterKeyId`: Terraform takes the key's ARN, so a `Ref` to a key of
  /// the template (its id) becomes the key's `arn`.
  @Sendable static func kmsKeyArn(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "server_side_encryption" / "kms_key_arn"
    if case .ref(let name) = member.value.kind,
      builder.translator.template.resource(name)?.type.value == "AWS::KMS::Key",
      let key = builder.translator.targets[name], !key.isMissing
    {
      let value = key.expression(for: "arn")
      builder.record(
        member, target: target, status: .transformed,
        note: "Ref to the key (its id) became its arn", source: member.value, value: value)
      parts.argument("kms_key_arn", value)
      return
    }
    parts.argument("kms_key_arn", builder.translate(member, as: .string, target: target))
  }

  /// `ContributorInsightsSpecification`: an `aws_dynamodb_contributor_insights` when enabled.
  @Sendable static func contributorInsights(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind,
      let enabled = fields.first(where: { $0.key == "Enabled" })
    else {
      builder.unsupported(member, reason: "write Enabled out")
      return
    }
    let literal: Bool? =
      switch enabled.value.kind {
      case .bool(let b): b
      case .string(let s) where ["true", "false"].contains(s.lowercased()): s.lowercased() == "true"
      default: nil
      }
    if literal == false {
      builder.record(
        member, target: nil, status: .exact,
        note: "disabled, as a table without aws_dynamodb_contributor_insights is")
      return
    }
    let type = "aws_dynamodb_contributor_insights"
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    // name:TABLE/index:/ACCOUNT, the form the provider gives the table's own insights.
    resource.importID = .joined(
      [.literal("name:"), .physicalId, .literal("/index:/"), .pseudo(.accountId)], separator: "")
    if literal == nil {
      builder.translator.begin()
      let condition = builder.translator.translate(enabled.value, as: .bool)
      if let count = ExtraResources.count(condition, builder) {
        resource.meta.attribute("count", count)
      }
      resource.importID = .notImportable(
        "not imported: it exists only when Enabled is true, which cfn2tf does not evaluate against the stack; if it is, import it by hand with the id name:<table name>/index:/<account id>"
      )
    }
    resource.content.argument("table_name", ExtraResources.primary("name", builder))
    builder.record(
      member, target: resource.path, status: .transformed,
      note: "became \(type)", source: member.value)
    for field in fields where field.key != "Enabled" {
      builder.unsupported(
        member.field(field),
        reason: "\(type) has no mode in provider 5.x: the default mode applies")
    }
    builder.extras.append(resource)
  }

  /// `KinesisStreamSpecification`: an `aws_dynamodb_kinesis_streaming_destination`.
  @Sendable static func kinesisStream(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.unsupported(
        member, reason: "a computed Kinesis stream specification is not supported")
      return
    }
    let type = "aws_dynamodb_kinesis_streaming_destination"
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    resource.content.argument("table_name", ExtraResources.primary("name", builder))
    resource.importID =
      fields.first { $0.key == "StreamArn" }.map { .physicalId(",", $0.value) }
      ?? .notImportable(
        "not imported: the specification has no StreamArn, which its import id needs")
    var inner = BodyParts()
    builder.apply(
      [
        .argument("StreamArn", "stream_arn"),
        .argument(
          "ApproximateCreationDateTimePrecision", "approximate_creation_date_time_precision"),
      ], to: fields, in: .resource(resource, at: member.path), into: &inner)
    resource.content.arguments.items += inner.arguments.items
    builder.record(
      member, target: resource.path, status: .transformed,
      note: "became \(type)")
    builder.extras.append(resource)
  }
}
