import CFNParser

extension Route53 {
  /// `Ref` is the record's name. The zone is `HostedZoneId`, or the zone `HostedZoneName` names:
  /// a zone of the template by reference, another one looked up with `data.aws_route53_zone`.
  /// Terraform imports a record as `<zone id>_<name>_<type>[_<set identifier>]`.
  static let recordSet = ResourceMapping(
    "AWS::Route53::RecordSet", to: "aws_route53_record", ref: "name",
    properties: [.custom("HostedZoneId", zone), .custom("HostedZoneName", zone)]
      + recordRules
      + [.drop("Comment", "aws_route53_record has no comment; Route 53 keeps none per record")],
    importID: .custom { context in
      recordImport(
        context, zone: context.property("HostedZoneId"), record: context.resource.properties)
    })

  /// One `aws_route53_record` per record: the first is the primary resource, the others
  /// resources of their own. CloudFormation's id of the group has no Terraform counterpart, so
  /// `Ref` becomes null.
  static let recordSetGroup = ResourceMapping(
    "AWS::Route53::RecordSetGroup", to: "aws_route53_record", ref: nil,
    properties: [
      // All three are written by `records`.
      .custom("HostedZoneId") { _, _, _ in },
      .custom("HostedZoneName") { _, _, _ in },
      .custom("RecordSets") { _, _, _ in },
      .drop("Comment", "aws_route53_record has no comment; Route 53 keeps none per change"),
    ],
    importID: groupImport(index: 0), finish: records)

  /// The rules of one record.
  static let recordRules: [PropertyRule] = [
    .argument("Name", "name"),
    .argument("Type", "type"),
    .argument("TTL", "ttl"),
    .argument("ResourceRecords", "records"),
    .argument("SetIdentifier", "set_identifier"),
    .argument("HealthCheckId", "health_check_id"),
    .argument("MultiValueAnswer", "multivalue_answer_routing_policy"),
    .custom("AliasTarget", aliasTarget),
    .custom("Weight") { member, builder, parts in
      policy(member, "weighted_routing_policy", "weight", &builder, &parts)
    },
    .custom("Region") { member, builder, parts in
      policy(member, "latency_routing_policy", "region", &builder, &parts)
    },
    .custom("Failover") { member, builder, parts in
      policy(member, "failover_routing_policy", "type", &builder, &parts)
    },
    PropertyRule(
      "GeoLocation",
      .block(
        "geolocation_routing_policy",
        [
          .argument("ContinentCode", "continent"), .argument("CountryCode", "country"),
          .argument("SubdivisionCode", "subdivision"),
        ])),
    PropertyRule(
      "GeoProximityLocation",
      .block(
        "geoproximity_routing_policy",
        [
          .argument("AWSRegion", "aws_region"), .argument("Bias", "bias"),
          .argument("LocalZoneGroup", "local_zone_group"),
          PropertyRule(
            "Coordinates",
            .block(
              "coordinates",
              [.argument("Latitude", "latitude"), .argument("Longitude", "longitude")])),
        ])),
    PropertyRule(
      "CidrRoutingConfig",
      .block(
        "cidr_routing_policy",
        [
          .argument("CollectionId", "collection_id"), .argument("LocationName", "location_name"),
        ])),
  ]

  /// A routing policy block with one argument.
  static func policy(
    _ member: RuleMember, _ block: String, _ argument: String, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts
  ) {
    let scope = RuleScope.resource(type: builder.primary.type, name: "_").block(block)
    let value = builder.translate(
      member, as: ResourceBuilder.valueType(of: scope.attribute(argument)?.type),
      target: builder.primary.path / block / argument)
    var body = HCLBody()
    body.attribute(argument, value)
    parts.block(HCLBlock(block, body: body))
  }

  /// `AliasTarget`: an `alias` block; Terraform requires `evaluate_target_health`, false by
  /// default in CloudFormation.
  @Sendable static func aliasTarget(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "alias"))
      return
    }
    let scope = RuleScope(
      target: builder.primary.path / "alias",
      schema: ProviderSchema.resource(builder.primary.type)?.block("alias")?.body,
      at: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    var inner = BodyParts()
    builder.apply(
      [
        .argument("DNSName", "name"), .argument("HostedZoneId", "zone_id"),
        .argument("EvaluateTargetHealth", "evaluate_target_health"),
      ], to: fields, in: scope, into: &inner)
    if !fields.contains(where: { $0.key == "EvaluateTargetHealth" }) {
      inner.argument("evaluate_target_health", .bool(false))
    }
    parts.block(HCLBlock("alias", body: inner.body))
  }

  /// The zone of a record: `HostedZoneId` as it is; `HostedZoneName` as the zone of the template
  /// with that name, or a `data.aws_route53_zone` looked up by name (a private zone needs
  /// `private_zone = true` there).
  @Sendable static func zone(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "zone_id"
    if member.key.hasSuffix("HostedZoneId") {
      parts.argument("zone_id", builder.translate(member, as: .string, target: target))
      return
    }
    let value = zoneByName(member, &builder)
    parts.argument("zone_id", value, comments: builder.approximationComment)
  }

  /// The zone id for a zone given by name (`HostedZoneName`, with or without its final dot).
  static func zoneByName(_ member: RuleMember, _ builder: inout ResourceBuilder) -> HCLExpression {
    let target = builder.primary.path / "zone_id"
    let trimmed = { (name: String) in name.hasSuffix(".") ? String(name.dropLast()) : name }
    if let name = member.value.stringValue,
      let zone = builder.translator.template.resources.first(where: { resource in
        resource.type.value == "AWS::Route53::HostedZone"
          && resource.property("Name")?.value.stringValue.map(trimmed) == trimmed(name)
      }),
      let zoneTarget = builder.translator.targets[zone.logicalId], !zoneTarget.isMissing
    {
      let value = zoneTarget.expression(for: "zone_id")
      builder.record(
        member, target: target, status: .transformed,
        note: "the zone of the template named \(name) is referenced by its id",
        source: member.value, value: value)
      return value
    }
    let name = ExtraResources.uniqueName(
      builder.primary.name + "_zone", type: "aws_route53_zone", builder)
    var lookup = TerraformResource(type: "aws_route53_zone", name: name, origin: builder.logicalId)
    lookup.kind = "data"
    lookup.comments = [
      "\(builder.logicalId) (\(builder.resource.type.value)): the zone its HostedZoneName names, looked up by name"
    ]
    builder.translator.begin()
    lookup.content.argument("name", builder.translator.translate(member.value, as: .string))
    builder.translator.approximated(
      "the zone given by name is looked up with data.aws_route53_zone, which needs the name to be unique (a private zone needs private_zone = true there)"
    )
    let value =
      builder.resource.condition != nil
      ? HCLExpression.call(
        "one", [.traversal(lookup.path.appending([.splat, .attribute("zone_id")]))])
      : .traversal(lookup.path / "zone_id")
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
    builder.extras.append(lookup)
    return value
  }

  /// `<zone id>_<name>_<type>[_<set identifier>]`, the name without its final dot.
  static func recordImport(_ context: ImportContext, zone: String?, record: [ExprMember])
    -> String?
  {
    let field = { (key: String) in
      record.first { $0.key == key }.flatMap { context.resolve($0.value) }
    }
    guard let zone, var name = field("Name"), let type = field("Type") else { return nil }
    if name.hasSuffix(".") { name.removeLast() }
    return [zone, name, type].joined(separator: "_")
      + (field("SetIdentifier").map { "_\($0)" } ?? "")
  }

  /// The import id of record `index` of a group.
  static func groupImport(index: Int) -> ImportID {
    .custom { context in
      guard case .list(let items)? = context.resource.property("RecordSets")?.value.kind,
        index < items.count, case .object(let fields) = items[index].kind
      else { return nil }
      return recordImport(context, zone: context.property("HostedZoneId"), record: fields)
    }
  }

  static func records(_ builder: inout ResourceBuilder) {
    guard let sets = builder.resource.property("RecordSets") else { return }
    var zone: HCLExpression?
    if let id = builder.resource.property("HostedZoneId") {
      zone = builder.translate(id, as: .string, target: builder.primary.path / "zone_id")
      if let name = builder.resource.property("HostedZoneName") {
        builder.dropped(name, reason: "HostedZoneId is set: CloudFormation takes one of the two")
      }
    } else if let name = builder.resource.property("HostedZoneName") {
      zone = zoneByName(RuleMember.property(name), &builder)
    }
    guard
      let objects = builder.objects(
        of: RuleMember.property(sets),
        computed: "a computed list of records cannot be converted; write it out",
        notAnObject: "each record must be written out")
    else { return }
    for object in objects {
      let i = object.index
      var resource = builder.primary
      if i > 0 {
        let name = object.fields.first { $0.key == "Name" }?.value
        let base =
          builder.primary.name + "_"
          + (name.map { ExtraResources.suffix(for: $0, index: i) } ?? String(i + 1))
        resource = ExtraResources.make(
          builder.primary.type,
          name: ExtraResources.uniqueName(base, type: builder.primary.type, builder),
          from: object.element.key, builder)
        resource.importID = groupImport(index: i)
      }
      var inner = BodyParts()
      if let zone { inner.argument("zone_id", zone) }
      let primary = builder.primary
      builder.primary = resource
      builder.apply(
        recordRules, to: object.fields,
        in: .resource(resource, at: object.element.path),
        into: &inner)
      resource = builder.primary
      resource.content.arguments.items += inner.arguments.items
      resource.content.blocks += inner.blocks
      if i == 0 {
        builder.primary = resource
      } else {
        builder.primary = primary
        builder.extras.append(resource)
      }
    }
  }
}
