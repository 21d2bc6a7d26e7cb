import CFNParser

/// `AWS::CertificateManager::Certificate`. CloudFormation waits until a public certificate is
/// issued, and writes the DNS validation records itself in the zones `DomainValidationOptions`
/// names: Terraform writes them as `aws_route53_record` resources and waits with an
/// `aws_acm_certificate_validation`.
package enum CertificateManager: MappingFamily {
  /// The mappings of this family.
  static let mappings = [certificate]

  /// `Ref` and `Id` are the certificate's ARN.
  static let certificate = ResourceMapping(
    "AWS::CertificateManager::Certificate", to: "aws_acm_certificate", ref: "arn",
    attributes: ["Id": "arn"],
    properties: [
      .argument("DomainName", "domain_name"),
      .argument("SubjectAlternativeNames", "subject_alternative_names"),
      .argument("ValidationMethod", "validation_method"),
      .argument("CertificateAuthorityArn", "certificate_authority_arn"),
      .argument("KeyAlgorithm", "key_algorithm"),
      .custom("DomainValidationOptions", validationOptions),
      .custom("CertificateTransparencyLoggingPreference") { member, builder, parts in
        var body = BodyParts()
        body.argument(
          "certificate_transparency_logging_preference",
          builder.translate(
            member, as: .string,
            target: builder.primary.path / "options" / "certificate_transparency_logging_preference"
          ))
        parts.block(HCLBlock("options", body: body.body))
      },
      .custom("CertificateExport") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_acm_certificate (provider 5.100) cannot request an exportable public certificate: request it with 'aws acm request-certificate --options Export=ENABLED', then import it"
        )
      },
      .tags,
      .drop("Id", "read-only: the certificate's ARN, which Ref returns"),
    ],
    finish: { builder in
      guard builder.resource.property("CertificateAuthorityArn") == nil else { return }
      if builder.resource.property("ValidationMethod") == nil {
        var content = builder.primary.content
        CloudFront.writeDefault(
          "validation_method", .string("EMAIL"), for: "ValidationMethod", in: &content, &builder,
          note: "not set: CloudFormation validates a public certificate by email")
        builder.primary.content = content
      }
      awaitIssuance(&builder)
    })

  /// The DNS validation: the zone of each domain whose option gives one.
  struct Zone {
    var domain: HCLExpression
    var zone: HCLExpression
  }

  /// `DomainValidationOptions`: a `ValidationDomain` becomes a `validation_option` block (email
  /// validation); a `HostedZoneId`, with DNS validation, the zone of the domain's validation
  /// record (`dnsRecords`).
  @Sendable static func validationOptions(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let options = builder.objects(
        of: member, computed: "a computed list of domain validation options cannot be converted",
        notAnObject: "each domain validation option must be an object")
    else { return }
    let isDNS = builder.resource.property("ValidationMethod")?.value.stringValue == "DNS"
    let address = builder.primary.path
    var zones: [Zone] = []
    for option in options {
      let domain = option.fields.first { $0.key == "DomainName" }
      let validationDomain = option.fields.first { $0.key == "ValidationDomain" }
      let zoneMember = option.fields.first { $0.key == "HostedZoneId" }
      // Each field is written below; the rules report the fields an option should not have.
      builder.apply(
        [
          .custom("DomainName") { _, _, _ in }, .custom("ValidationDomain") { _, _, _ in },
          .custom("HostedZoneId") { _, _, _ in },
        ], to: option.fields, in: builder.scope.at(option.element.path), into: &parts)
      var hostedZone: HCLExpression?
      if let zoneMember {
        let zone = option.element.field(zoneMember)
        if isDNS {
          hostedZone = builder.translate(
            zone, as: .string,
            target: TerraformPath.resource("aws_route53_record", recordName(builder)) / "zone_id")
        } else {
          builder.dropped(
            zone, reason: "CloudFormation writes validation records only for DNS validation")
        }
      }
      guard let domain else {
        builder.unsupported(option.element, reason: "the option names no DomainName")
        continue
      }
      let domainValue = builder.translate(
        option.element.field(domain), as: .string,
        target: address / "validation_option" / "domain_name")
      if let validationDomain {
        var block = BodyParts()
        block.argument("domain_name", domainValue)
        block.argument(
          "validation_domain",
          builder.translate(
            option.element.field(validationDomain), as: .string,
            target: address / "validation_option" / "validation_domain"))
        parts.block(HCLBlock("validation_option", body: block.body))
      }
      if let hostedZone { zones.append(Zone(domain: domainValue, zone: hostedZone)) }
    }
    if !zones.isEmpty { dnsRecords(zones, &builder) }
  }

  /// The name of the validation records' resource.
  static func recordName(_ builder: ResourceBuilder) -> String {
    ExtraResources.uniqueName(
      builder.primary.name + "_validation", type: "aws_route53_record", builder)
  }

  /// The validation records of the domains of `zones`, an `aws_route53_record` for each domain
  /// validation option ACM gives (keyed by domain), in the zone the template names for it. A
  /// wildcard and its base domain share one record: `allow_overwrite` lets both write it, as
  /// CloudFormation does.
  static func dnsRecords(_ zones: [Zone], _ builder: inout ResourceBuilder) {
    let type = "aws_route53_record"
    var record = ExtraResources.make(
      type, name: recordName(builder), from: "DomainValidationOptions", builder)
    let options =
      builder.resource.condition == nil
      ? HCLExpression.traversal(builder.primary.path / "domain_validation_options")
      : .call(
        "flatten",
        [
          .traversal(
            builder.primary.path.appending([.splat, .attribute("domain_validation_options")]))
        ])
    // Domains without a zone are left out, unless every domain has one.
    var domains = [builder.resource.property("DomainName")?.value]
    if case .list(let names) = builder.resource.property("SubjectAlternativeNames")?.value.kind {
      domains += names.map(Optional.some)
    } else if let names = builder.resource.property("SubjectAlternativeNames") {
      domains.append(names.value)
    }
    let given = zones.map(\.domain)
    let covered = domains.allSatisfy { domain in
      guard let domain else { return false }
      return given.contains(builder.translator.translate(domain, as: .string))
    }
    let clause = HCLForClause(
      valueName: "option", collection: options,
      condition: covered
        ? nil
        : .call("contains", [.tuple(zones.map(\.domain)), .reference("option.domain_name")]))
    record.meta.attribute(
      "for_each", .forObject(clause, .reference("option.domain_name"), .reference("option")))
    let byDomain = HCLExpression.object(
      zones.map { zone in
        if case .string(let text) = zone.domain { return HCLObjectItem(text, zone.zone) }
        return HCLObjectItem(key: .expression(zone.domain), value: zone.zone)
      })
    record.content.argument("zone_id", .index(byDomain, .reference("each.key")))
    record.content.argument("name", .reference("each.value.resource_record_name"))
    record.content.argument("type", .reference("each.value.resource_record_type"))
    record.content.argument("records", .tuple([.reference("each.value.resource_record_value")]))
    record.content.argument("ttl", .number("60"))
    record.content.argument("allow_overwrite", .bool(true))
    record.importID = .notImportable(
      "created: the stack does not list the validation records CloudFormation wrote; allow_overwrite lets Terraform take them over"
    )
    builder.extras.append(record)
  }

  /// An `aws_acm_certificate_validation` that waits until the certificate is issued, as
  /// CloudFormation does, after the validation records when there are some.
  static func awaitIssuance(_ builder: inout ResourceBuilder) {
    let type = "aws_acm_certificate_validation"
    var validation = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: "ValidationMethod", builder)
    validation.comments = [
      "\(builder.logicalId) (\(builder.resource.type.value)): CloudFormation waits until the certificate is issued"
    ]
    validation.content.argument("certificate_arn", ExtraResources.primary("arn", builder))
    if let records = builder.extras.first(where: { $0.type == "aws_route53_record" }) {
      let clause = HCLForClause(valueName: "record", collection: .traversal(records.path))
      validation.content.argument(
        "validation_record_fqdns", .forTuple(clause, .reference("record.fqdn")))
    }
    validation.importID = .notImportable(
      "created: provider 5.100 cannot import aws_acm_certificate_validation; creating it waits for the certificate, which is issued already"
    )
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: TemplatePath.resource(builder.logicalId) / "Issuance",
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: validation.path, status: .transformed,
        note:
          "CloudFormation waits until a public certificate is issued; aws_acm_certificate_validation waits the same way (75 minutes at most, CloudFormation longer), though resources using the certificate's ARN do not wait for it"
      ))
    builder.extras.append(validation)
  }
}
