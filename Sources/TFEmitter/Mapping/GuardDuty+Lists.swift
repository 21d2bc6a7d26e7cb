import CFNParser

extension GuardDuty {
  /// `AWS::GuardDuty::IPSet`: see `trustedList`.
  static let ipSet = trustedList("AWS::GuardDuty::IPSet", to: "aws_guardduty_ipset")

  /// `AWS::GuardDuty::ThreatIntelSet`: see `trustedList`.
  static let threatIntelSet = trustedList(
    "AWS::GuardDuty::ThreatIntelSet", to: "aws_guardduty_threatintelset")

  /// An IP set or threat intel set. Terraform's `id` is `<detector id>:<set id>` and it has no
  /// attribute for the set id alone, which `Ref` returns: `Ref` is not mapped, and `Id` is the
  /// last part of the set's ARN (`…:detector/<detector id>/ipset/<set id>`). Terraform requires
  /// the name, the detector and `Activate` that CloudFormation does not (see `requiredName`,
  /// `requireDetector`; the list is activated, as CloudFormation does unless told otherwise).
  /// Terraform imports it as `<detector id>:<set id>`.
  static func trustedList(_ type: String, to terraformType: String) -> ResourceMapping {
    ResourceMapping(
      type, to: terraformType, ref: nil, attributes: ["Id": "basename(arn)"],
      properties: [
        .argument("DetectorId", "detector_id"),
        .argument("Name", "name"),
        .argument("Format", "format"),
        .argument("Location", "location"),
        .argument("Activate", "activate"),
        .custom("ExpectedBucketOwner") { member, builder, _ in
          builder.unsupported(
            member,
            reason:
              "\(terraformType) (provider 5.100) has no expected bucket owner: GuardDuty reads the list without checking who owns its bucket"
          )
        },
        .tags,
        .drop("Id", "read-only: GetAtt Id returns it"),
      ],
      importID: .custom { context in
        // The stack lists the set id, or `<set id>|<detector id>` (its primary identifier).
        let parts = context.physicalId?.split(separator: "|").map(String.init) ?? []
        guard let set = parts.first,
          let detector = context.property("DetectorId") ?? parts.dropFirst().first
        else { return nil }
        return "\(detector):\(set)"
      },
      finish: { builder in
        requiredName(&builder)
        requireDetector(&builder)
        guard builder.resource.property("Activate") == nil else { return }
        builder.primary.content.argument(
          "activate", .bool(true),
          comments: ["cfn2tf: CloudFormation activates the list unless Activate says otherwise"])
        builder.ledger.append(
          LedgerEntry(
            kind: .addition, path: builder.templatePath(.here / "Activate"),
            resourceType: builder.resource.type.value, location: builder.resource.range.start,
            target: builder.primary.path / "activate", status: .approximated,
            note:
              "not set: Terraform requires it; true is written, as CloudFormation activates the list unless told otherwise",
            targetValue: "true"))
      })
  }

  /// `AWS::GuardDuty::Member`. Its identifier is the detector and the member account, which
  /// `Ref` does not return as one value in Terraform: `Ref` is not mapped. `Status` `Invited`
  /// invites the account (`invite`); the member accepts in its own account. Terraform imports it
  /// as `<detector id>:<account id>`.
  static let member = ResourceMapping(
    "AWS::GuardDuty::Member", to: "aws_guardduty_member", ref: nil,
    properties: [
      .argument("DetectorId", "detector_id"),
      .argument("MemberId", "account_id"),
      .argument("Email", "email"),
      .custom("Status", memberStatus),
      .argument("Message", "invitation_message"),
      .argument("DisableEmailNotification", "disable_email_notification"),
    ],
    importID: .custom { context in
      guard let detector = context.property("DetectorId"),
        let account = context.property("MemberId")
      else { return nil }
      return "\(detector):\(account)"
    },
    finish: { builder in
      requireDetector(&builder)
      guard builder.resource.property("MemberId") == nil else { return }
      report(
        "Terraform requires the member's account id (account_id): write MemberId",
        target: "account_id", for: "MemberId", &builder)
    })

  /// `Status`: `Invited` invites the account, `Created` (CloudFormation's default) does not;
  /// the other statuses are the member's, which the member account sets.
  @Sendable static func memberStatus(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "invite"
    switch member.value.stringValue {
    case "Invited", "Created":
      let value = HCLExpression.bool(member.value.stringValue == "Invited")
      builder.record(
        member, target: target, status: .transformed,
        note: "Invited invites the account, Created does not", source: member.value, value: value)
      parts.argument("invite", value)
    case nil:
      builder.translator.begin()
      let status = builder.translator.translate(member.value, as: .string)
      builder.translator.transformed("the status became a comparison with Invited")
      let value = HCLExpression.binary(status, "==", .string("Invited"))
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: value)
      parts.argument("invite", value)
    default:
      builder.unsupported(
        member,
        reason:
          "aws_guardduty_member invites an account or not; the member's account enables or disables its membership (aws_guardduty_invite_accepter there)"
      )
    }
  }

  /// The detector Terraform requires and CloudFormation finds: a set or member without
  /// `DetectorId` takes the template's one detector, or is reported.
  static func requireDetector(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("DetectorId") == nil else { return }
    let detectors = builder.translator.template.resources.filter {
      $0.type.value == "AWS::GuardDuty::Detector"
    }
    guard detectors.count == 1, let target = builder.translator.targets[detectors[0].logicalId],
      !target.isMissing
    else {
      report(
        "Terraform requires the detector's id, which CloudFormation looks up in the account: write DetectorId",
        target: "detector_id", for: "DetectorId", &builder)
      return
    }
    let value = target.expression(for: "id")
    builder.primary.content.arguments.items.insert(
      contentsOf: [
        .comment(["cfn2tf: CloudFormation uses the account's detector, the template's"]),
        .attribute(HCLAttribute("detector_id", value)),
      ], at: 0)
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "DetectorId"),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "detector_id", status: .transformed,
        note:
          "not set: CloudFormation uses the account's detector; the template's \(detectors[0].logicalId) is written",
        targetValue: HCLPrinter.printExpression(value)))
  }

  /// The name Terraform requires and CloudFormation makes up for a set without one:
  /// `"${var.stack_name}-LogicalId"`. The live name is not the set's physical id, so an adopted
  /// set is renamed in place unless its name is written into the template.
  static func requiredName(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("Name") == nil else { return }
    let value = HCLExpression.template([
      .interpolation(builder.translator.stackName()), .literal("-\(builder.logicalId)"),
    ])
    builder.primary.content.arguments.items.insert(
      contentsOf: [
        .comment([
          "cfn2tf: 'Name' is not set: CloudFormation names the list itself; write the live name",
          "into the template before adopting it, or Terraform renames it",
        ]),
        .attribute(HCLAttribute("name", value)),
      ], at: 0)
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "Name"),
        resourceType: builder.resource.type.value,
        location: builder.resource.range.start, target: builder.primary.path / "name",
        status: .approximated,
        note:
          "not set: Terraform requires it; <stack>-\(builder.logicalId) is written, which is not the name CloudFormation chose",
        targetValue: HCLPrinter.printExpression(value)))
  }

  /// Says that Terraform requires argument `argument`, which the template leaves out: a
  /// warning, a comment and the ledger entry of `property`.
  static func report(
    _ reason: String, target argument: String, for property: String,
    _ builder: inout ResourceBuilder
  ) {
    builder.primary.comments.append("cfn2tf: \(reason)")
    builder.diagnostics.append(
      .warning(
        "'\(builder.logicalId)' (\(builder.resource.type.value)) is not converted as it is: \(reason)",
        at: builder.resource.range.start))
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / property),
        resourceType: builder.resource.type.value,
        location: builder.resource.range.start,
        target: builder.primary.path / argument, status: .unsupported, note: reason))
  }
}
