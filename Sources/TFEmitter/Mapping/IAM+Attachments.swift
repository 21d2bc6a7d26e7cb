import CFNParser

extension IAM {
  /// `Policies` of a role, user or group: one `aws_iam_<principal>_policy` per entry (never the
  /// principal's own inline policy argument, so that each policy is a resource of its own).
  static func inlinePolicies(of principal: IAMPrincipal) -> PropertyCode {
    { member, builder, _ in
      guard let elements = ExtraResources.elements(member.value, builder.translator) else {
        builder.unsupported(member, reason: "a computed list of policies is not supported")
        return
      }
      for (i, element) in elements.enumerated() {
        let policy = member.element(i, element.value)
        guard case .object(let fields) = element.value.kind,
          let name = fields.first(where: { $0.key == "PolicyName" })?.value,
          let document = fields.first(where: { $0.key == "PolicyDocument" })?.value
        else {
          builder.unsupported(
            policy, reason: "each policy needs a PolicyName and a PolicyDocument")
          continue
        }
        let base =
          builder.primary.name + "_" + (name.stringValue.map(Namer.snakeCase) ?? "policy_\(i + 1)")
        var resource = ExtraResources.make(
          principal.policyType,
          name: ExtraResources.uniqueName(base, type: principal.policyType, builder),
          from: policy.key, builder)
        if let count = ExtraResources.count(element.condition, builder) {
          resource.meta.attribute("count", count)
        }
        resource.importID = .unlessConditional(
          .physicalId(":", name), element.condition,
          format: "<\(principal.argument) name>:<policy name>")
        builder.translator.begin()
        resource.content.argument("name", builder.translator.translate(name, as: .string))
        resource.content.argument(principal.argument, ExtraResources.primary("name", builder))
        resource.content.argument(
          "policy", PolicyDocument.expression(document, &builder.translator))
        builder.translator.transformed("the inline policy became \(principal.policyType)")
        resource.comments += builder.approximationComment
        builder.record(
          policy, target: resource.path, status: builder.translator.status,
          note: builder.translator.note, source: element.value,
          secret: builder.translator.touchesSecret)
        builder.extras.append(resource)
      }
    }
  }

  /// `ManagedPolicyArns` of a role, user or group: one `aws_iam_<principal>_policy_attachment`
  /// per policy (the attachments leave policies attached by others alone, as CloudFormation does).
  static func managedPolicyArns(of principal: IAMPrincipal) -> PropertyCode {
    { member, builder, _ in
      let subject = ExtraResources.primary("name", builder)
      attachments(
        member, type: principal.attachmentType, &builder,
        importID: { .joined([.physicalId, .value($0)], separator: "/") },
        format: "<\(principal.argument) name>/<policy ARN>"
      ) { policy in
        [(principal.argument, subject), ("policy_arn", policy)]
      }
    }
  }

  /// `Roles`, `Users` or `Groups` of a managed policy: one attachment per principal.
  static func attachments(to principal: IAMPrincipal) -> PropertyCode {
    { member, builder, _ in
      let policy = ExtraResources.primary("arn", builder)
      attachments(
        member, type: principal.attachmentType, &builder,
        importID: { .joined([.value($0), .physicalId], separator: "/") },
        format: "<\(principal.argument) name>/<policy ARN>"
      ) { subject in
        [(principal.argument, subject), ("policy_arn", policy)]
      }
    }
  }

  /// One resource of `type` per element of the list `member`, whose arguments `arguments` makes
  /// from the element and whose import id `importID` makes from it (its form named by `format`);
  /// a computed list becomes one resource with `for_each`.
  static func attachments(
    _ member: RuleMember, type: String, _ builder: inout ResourceBuilder,
    importID: (Expr) -> ImportID, format: String,
    arguments: (HCLExpression) -> [(String, HCLExpression)]
  ) {
    guard let elements = ExtraResources.elements(member.value, builder.translator) else {
      builder.translator.begin()
      let list = builder.translator.translate(member.value, as: .list(.string))
      let base = builder.primary.name + "_" + Namer.snakeCase(member.key)
      var resource = ExtraResources.make(
        type, name: ExtraResources.uniqueName(base, type: type, builder), from: member.key,
        builder)
      resource.meta.attribute("for_each", ExtraResources.forEach(list, builder))
      resource.importID = .notImportable(
        "created for each element of a list the template computes, which an import block here cannot name; import each by hand with the id \(format) (attaching an attached policy again changes nothing)"
      )
      for (name, value) in arguments(.reference("each.value")) {
        resource.content.argument(name, value)
      }
      builder.translator.transformed("the list became \(type) with for_each")
      builder.record(
        member, target: resource.path,
        status: builder.translator.status, note: builder.translator.note, source: member.value)
      builder.extras.append(resource)
      return
    }
    for (i, element) in elements.enumerated() {
      let listed = elements.count == 1 ? member : member.element(i, element.value)
      let base = builder.primary.name + "_" + ExtraResources.suffix(for: element.value, index: i)
      var resource = ExtraResources.make(
        type, name: ExtraResources.uniqueName(base, type: type, builder), from: listed.key, builder)
      if let count = ExtraResources.count(element.condition, builder) {
        resource.meta.attribute("count", count)
      }
      resource.importID = .unlessConditional(
        importID(element.value), element.condition, format: format)
      builder.translator.begin()
      let value = builder.translator.translate(element.value, as: .string)
      for (name, argument) in arguments(value) {
        resource.content.argument(name, argument)
      }
      builder.translator.transformed("the list element became \(type)")
      resource.comments += builder.approximationComment
      builder.record(
        listed, target: resource.path, status: builder.translator.status,
        note: builder.translator.note, source: element.value, value: value)
      builder.extras.append(resource)
    }
  }
}
