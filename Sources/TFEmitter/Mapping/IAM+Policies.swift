import CFNParser

extension IAM {
  /// `AWS::IAM::Policy`: an inline policy put on each role, user and group it names, that is one
  /// `aws_iam_role_policy`, `aws_iam_user_policy` or `aws_iam_group_policy` per principal. The
  /// first principal's resource is the primary one (its type follows the principal).
  static let policy: ResourceMapping = {
    var mapping = ResourceMapping(
      "AWS::IAM::Policy", to: "aws_iam_role_policy", ref: nil,
      properties: [
        .argument("PolicyName", "name"),
        .custom("PolicyDocument") { member, builder, parts in
          PolicyDocument.argument(member, "policy", &builder, &parts)
        },
        // Placed by `placePolicy`, once every principal is known.
        .custom("Roles") { _, _, _ in },
        .custom("Users") { _, _, _ in },
        .custom("Groups") { _, _, _ in },
      ],
      importID: .custom(policyImportID),
      finish: placePolicy)
    mapping.terraformTypeChoice = { resource in
      let principal = [IAMPrincipal.role, .user, .group].first { principal in
        guard let member = resource.property(principal.property) else { return false }
        if case .list(let items) = member.value.kind { return !items.isEmpty }
        return true
      }
      return (principal ?? .role).policyType
    }
    return mapping
  }()

  /// The principals a policy names, in the order roles, users, groups.
  private struct Placement {
    var principal: IAMPrincipal
    var element: ExtraResources.Element
    /// The principal's property, or its element when it lists several.
    var member: RuleMember
  }

  static func placePolicy(_ builder: inout ResourceBuilder) {
    var placements: [Placement] = []
    for principal in [IAMPrincipal.role, .user, .group] {
      guard let member = builder.resource.property(principal.property) else { continue }
      guard let elements = ExtraResources.elements(member.value, builder.translator) else {
        builder.unsupported(
          member, reason: "a computed list of \(principal.argument)s is not supported; write it out"
        )
        continue
      }
      for (i, element) in elements.enumerated() {
        let property = RuleMember.property(member)
        placements.append(
          Placement(
            principal: principal, element: element,
            member: elements.count == 1 ? property : property.element(i, element.value)))
      }
    }
    guard let first = placements.first else {
      builder.diagnostics.append(
        .warning(
          "policy '\(builder.logicalId)' names no role, user or group; Terraform needs one",
          at: builder.resource.range.start))
      return
    }
    // `terraformTypeChoice` picked the type up front; a computed list it could not see through
    // may still change it.
    builder.primary.type = first.principal.policyType
    builder.translator.targets[builder.logicalId]?.type = first.principal.policyType
    let shared = builder.primary.content.arguments
    let policyName = builder.resource.property("PolicyName")?.value
    for (i, placement) in placements.enumerated() {
      builder.translator.begin()
      let value = builder.translator.translate(placement.element.value, as: .string)
      let arguments = inserting(placement.principal.argument, value, into: shared)
      let type = placement.principal.policyType
      var address = builder.primary.path
      if i == 0 {
        builder.primary.content.arguments = arguments
        if let count = ExtraResources.count(placement.element.condition, builder) {
          if builder.resource.condition == nil {
            builder.primary.meta.attribute("count", count)
            builder.primary.importID = .unlessConditional(
              .custom(policyImportID), placement.element.condition,
              format: "<\(placement.principal.argument) name>:<policy name>")
          } else {
            builder.translator.approximated(
              "the policy is put on this \(placement.principal.argument) even when its Fn::If says not to"
            )
            builder.primary.comments += builder.approximationComment
          }
        }
      } else {
        let base =
          builder.primary.name + "_" + ExtraResources.suffix(for: placement.element.value, index: i)
        var resource = ExtraResources.make(
          type, name: ExtraResources.uniqueName(base, type: type, builder),
          from: placement.member.key,
          builder)
        if let count = ExtraResources.count(placement.element.condition, builder) {
          resource.meta.attribute("count", count)
        }
        resource.importID = .unlessConditional(
          policyName.map { .joined([.value(placement.element.value), .value($0)], separator: ":") }
            ?? .notImportable(
              "not imported: the policy has no PolicyName, which its import id needs"),
          placement.element.condition,
          format: "<\(placement.principal.argument) name>:<policy name>")
        resource.content.arguments = arguments
        address = resource.path
        builder.extras.append(resource)
      }
      builder.translator.transformed(
        "the policy became \(type) for this \(placement.principal.argument)")
      builder.record(
        placement.member, target: address / placement.principal.argument,
        status: builder.translator.status, note: builder.translator.note,
        source: placement.element.value, value: value)
    }
  }

  /// `arguments` with `name = value` after the `name` argument (first when there is none).
  private static func inserting(_ name: String, _ value: HCLExpression, into arguments: HCLBody)
    -> HCLBody
  {
    var result = arguments
    let index =
      result.items.firstIndex {
        if case .attribute(let attribute) = $0 { return attribute.name == "name" }
        return false
      }.map { $0 + 1 } ?? 0
    result.items.insert(.attribute(HCLAttribute(name, value)), at: index)
    return result
  }

  /// `role:policy` (or `user:policy`, `group:policy`) for the first principal the policy names.
  @Sendable static func policyImportID(_ context: ImportContext) -> String? {
    guard let name = context.property("PolicyName") else { return nil }
    for principal in [IAMPrincipal.role, .user, .group] {
      guard let member = context.resource.property(principal.property) else { continue }
      var first = member.value
      if case .list(let items) = member.value.kind {
        guard let item = items.first else { continue }
        first = item
      }
      if case .if(_, let then, let otherwise) = first.kind {
        first = then.isNoValue ? otherwise : then
      }
      guard let principalName = context.resolve(first) else { return nil }
      return "\(principalName):\(name)"
    }
    return nil
  }

  /// `AWS::IAM::ManagedPolicy`: an `aws_iam_policy` and one attachment per role, user and group.
  static let managedPolicy = ResourceMapping(
    "AWS::IAM::ManagedPolicy", to: "aws_iam_policy", ref: "arn",
    attributes: [
      "PolicyArn": "arn", "PolicyId": "policy_id", "AttachmentCount": "attachment_count",
    ],
    properties: [
      .argument("ManagedPolicyName", "name"),
      .argument("Path", "path"),
      .argument("Description", "description"),
      .custom("PolicyDocument") { member, builder, parts in
        PolicyDocument.argument(member, "policy", &builder, &parts)
      },
      .custom("Roles", attachments(to: .role)),
      .custom("Users", attachments(to: .user)),
      .custom("Groups", attachments(to: .group)),
    ])
}
