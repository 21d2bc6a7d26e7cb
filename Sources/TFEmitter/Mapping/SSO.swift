import CFNParser

/// `AWS::SSO::PermissionSet` and `AWS::SSO::Assignment`: permission sets (the inline policy, each
/// managed and customer managed policy and the permissions boundary as resources of their own)
/// and account assignments.
package enum SSO: MappingFamily {
  /// The mappings of this family.
  static let mappings = [permissionSet, assignment]

  /// `AWS::SSO::PermissionSet`. Its identifier is the instance and the permission set, which
  /// `Ref` does not return as one value in Terraform: `Ref` is not mapped; `PermissionSetArn` is
  /// its ARN. Terraform imports it and what it attaches as `…,<permission set ARN>,<instance ARN>`.
  static let permissionSet = ResourceMapping(
    "AWS::SSO::PermissionSet", to: "aws_ssoadmin_permission_set", ref: nil,
    attributes: ["PermissionSetArn": "arn"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("InstanceArn", "instance_arn"),
      .argument("SessionDuration", "session_duration"),
      .argument("RelayStateType", "relay_state"),
      .tags,
      .custom("InlinePolicy", inlinePolicy),
      .custom("ManagedPolicies", managedPolicies),
      .custom("CustomerManagedPolicyReferences", customerManagedPolicies),
      .custom(
        "PermissionsBoundary",
        ExtraResources.separate(
          "aws_ssoadmin_permissions_boundary_attachment", link: link, block: "permissions_boundary",
          importID: onPermissionSet([]),
          format: "<permission set ARN>,<instance ARN>",
          [
            .argument("ManagedPolicyArn", "managed_policy_arn"),
            PropertyRule(
              "CustomerManagedPolicyReference",
              .block(
                "customer_managed_policy_reference",
                [.argument("Name", "name"), .argument("Path", "path")])),
          ])),
      .drop("PermissionSetArn", "read-only: GetAtt PermissionSetArn returns it"),
    ],
    importID: onPermissionSet([]),
    finish: { builder in
      // The boundary attachment names the instance too.
      for index in builder.extras.indices
      where builder.extras[index].type == "aws_ssoadmin_permissions_boundary_attachment" {
        builder.extras[index].content.arguments.items.insert(
          .attribute(HCLAttribute("instance_arn", ExtraResources.primary("instance_arn", builder))),
          at: 0)
      }
    })

  /// What the separate resources of a permission set name it by.
  static let link = ExtraResources.Link(argument: "permission_set_arn", attribute: "arn")

  /// The import id `<parts…>,<permission set ARN>,<instance ARN>` of a resource on the
  /// permission set; the stack lists the permission set as its ARN or as
  /// `<instance ARN>|<permission set ARN>`.
  static func onPermissionSet(_ parts: [ImportID.Part]) -> ImportID {
    .custom { context in
      guard let permissionSet = permissionSetArn(context.physicalId),
        let instance = context.property("InstanceArn")
      else { return nil }
      var texts: [String] = []
      for part in parts {
        switch part {
        case .value(let expr):
          guard let text = context.resolve(expr) else { return nil }
          texts.append(text)
        case .literal(let text): texts.append(text)
        default: return nil
        }
      }
      return (texts + [permissionSet, instance]).joined(separator: ",")
    }
  }

  /// The permission set ARN in a physical id.
  static func permissionSetArn(_ physicalId: String?) -> String? {
    physicalId?.split(separator: "|").map(String.init).first { $0.contains(":permissionSet/") }
  }

  /// The attachment resource every policy rule starts from, tied to the permission set and its
  /// instance.
  static func attachment(
    _ type: String, base: String, from property: String, _ builder: ResourceBuilder
  ) -> TerraformResource {
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(base, type: type, builder), from: property, builder)
    resource.content.argument("instance_arn", ExtraResources.primary("instance_arn", builder))
    resource.content.argument("permission_set_arn", ExtraResources.primary("arn", builder))
    return resource
  }

  /// `InlinePolicy`: an `aws_ssoadmin_permission_set_inline_policy`.
  @Sendable static func inlinePolicy(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    var resource = attachment(
      "aws_ssoadmin_permission_set_inline_policy", base: builder.primary.name, from: member.key,
      builder)
    resource.content.argument(
      "inline_policy",
      PolicyDocument.translate(member, &builder, target: resource.path / "inline_policy"))
    resource.importID = onPermissionSet([])
    builder.extras.append(resource)
  }

  /// `ManagedPolicies`: each ARN an `aws_ssoadmin_managed_policy_attachment`, named after the
  /// policy; a computed list, one for each element.
  @Sendable static func managedPolicies(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let type = "aws_ssoadmin_managed_policy_attachment"
    guard let elements = ExtraResources.elements(member.value, builder.translator) else {
      var resource = attachment(type, base: builder.primary.name, from: member.key, builder)
      let list = builder.translate(
        member, as: .list(.string), target: resource.path / "managed_policy_arn")
      resource.meta.attribute("for_each", ExtraResources.forEach(list, builder))
      resource.content.argument("managed_policy_arn", .reference("each.value"))
      resource.importID = .notImportable(
        "not imported: one for each element of a computed list; import each as <policy ARN>,<permission set ARN>,<instance ARN>"
      )
      builder.extras.append(resource)
      return
    }
    builder.record(
      member, target: nil, status: .transformed,
      note: "each element became \(type)")
    for (index, element) in elements.enumerated() {
      let item = member.element(index, element.value)
      let base =
        builder.primary.name + "_" + ExtraResources.suffix(for: element.value, index: index)
      var resource = attachment(type, base: base, from: item.key, builder)
      if let count = ExtraResources.count(element.condition, builder) {
        resource.meta.attribute("count", count)
      }
      resource.content.argument(
        "managed_policy_arn",
        builder.translate(item, as: .string, target: resource.path / "managed_policy_arn"))
      resource.importID = .unlessConditional(
        onPermissionSet([.value(element.value)]), element.condition,
        format: "<policy ARN>,<permission set ARN>,<instance ARN>")
      builder.extras.append(resource)
    }
  }

  /// `CustomerManagedPolicyReferences`: each an `aws_ssoadmin_customer_managed_policy_attachment`
  /// named after the policy, imported as `<name>,<path>,<permission set ARN>,<instance ARN>`.
  @Sendable static func customerManagedPolicies(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let references = builder.objects(
        of: member, computed: "a computed list of policy references cannot be converted",
        notAnObject: "a policy reference must be an object with Name and Path")
    else { return }
    let type = "aws_ssoadmin_customer_managed_policy_attachment"
    builder.record(
      member, target: nil, status: .transformed,
      note: "each element became \(type)")
    for reference in references {
      let name = reference.fields.first { $0.key == "Name" }?.value
      let path = reference.fields.first { $0.key == "Path" }?.value
      let base =
        builder.primary.name + "_"
        + (name.map { ExtraResources.suffix(for: $0, index: reference.index) }
          ?? String(reference.index + 1))
      var resource = attachment(type, base: base, from: reference.element.key, builder)
      let scope = RuleScope.resource(resource, at: reference.element.path)
        .block("customer_managed_policy_reference")
      var inner = BodyParts()
      builder.apply(
        [.argument("Name", "name"), .argument("Path", "path")], to: reference.fields, in: scope,
        into: &inner)
      resource.content.block(HCLBlock("customer_managed_policy_reference", body: inner.body))
      builder.record(
        reference.element, target: resource.path,
        status: .transformed, note: "became \(type)")
      if let name {
        resource.importID = onPermissionSet([
          .value(name), path.map { .value($0) } ?? .literal("/"),
        ])
      } else {
        resource.importID = .notImportable("it has no Name")
      }
      builder.extras.append(resource)
    }
  }

  /// `AWS::SSO::Assignment`. Its identifier is all six of its properties, which `Ref` does not
  /// return as one value in Terraform: `Ref` is not mapped. Terraform imports it as
  /// `<principal id>,<principal type>,<target id>,<target type>,<permission set ARN>,<instance
  /// ARN>`; a permission set of the template is found by its physical id.
  static let assignment = ResourceMapping(
    "AWS::SSO::Assignment", to: "aws_ssoadmin_account_assignment", ref: nil,
    properties: [
      .argument("InstanceArn", "instance_arn"),
      .argument("PermissionSetArn", "permission_set_arn"),
      .argument("PrincipalId", "principal_id"),
      .argument("PrincipalType", "principal_type"),
      .argument("TargetId", "target_id"),
      .argument("TargetType", "target_type"),
    ],
    importID: .custom { context in
      var texts: [String] = []
      for name in ["PrincipalId", "PrincipalType", "TargetId", "TargetType"] {
        guard let text = context.property(name) else { return nil }
        texts.append(text)
      }
      guard let permissionSet = context.resource.property("PermissionSetArn")?.value,
        let instance = context.property("InstanceArn")
      else { return nil }
      let arn: String?
      if case .getAtt(let name, "PermissionSetArn") = permissionSet.kind {
        arn = permissionSetArn(context.resolve(Expr(.ref(name), range: permissionSet.range)))
      } else {
        arn = context.resolve(permissionSet)
      }
      guard let arn else { return nil }
      return (texts + [arn, instance]).joined(separator: ",")
    })
}
