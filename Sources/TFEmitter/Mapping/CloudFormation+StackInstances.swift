import CFNParser

extension CloudFormation.Stacks {
  /// A stack set's `StackInstancesGroup`: each group an `aws_cloudformation_stack_instances` of
  /// the stack set, with the stack set's `CallAs` and `OperationPreferences` (which CloudFormation
  /// applies to creating the instances too) written into it.
  enum StackInstances {
    static let type = "aws_cloudformation_stack_instances"

    /// `StackInstancesGroup`: one resource per group, `_1`, `_2`, … when there are several.
    @Sendable static func groups(
      _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
    ) {
      guard
        let objects = builder.objects(
          of: member,
          computed: "a computed list of stack instance groups is not supported; write it out",
          notAnObject: "each group must be an object with DeploymentTargets and Regions")
      else { return }
      if objects.isEmpty {
        builder.record(
          member, target: nil, status: .exact,
          note: "no groups: the stack set has no stack instances", source: member.value)
      }
      let selfManaged =
        builder.resource.property("PermissionModel")?.value.stringValue == "SELF_MANAGED"
      for object in objects {
        let base =
          objects.count == 1 ? builder.primary.name : "\(builder.primary.name)_\(object.index + 1)"
        let name = ExtraResources.uniqueName(base, type: type, builder)
        var resource = ExtraResources.make(type, name: name, from: object.element.key, builder)
        resource.content.argument("stack_set_name", ExtraResources.primary("name", builder))
        copyCallAs(into: &resource, group: object.element.path, &builder)
        let address = resource.path
        var inner = BodyParts()
        builder.apply(
          [
            .argument("Regions", "regions"),
            .custom("DeploymentTargets") { member, builder, parts in
              deploymentTargets(
                member, name: name, selfManaged: selfManaged, &builder, &parts)
            },
            .custom("ParameterOverrides") { member, builder, parts in
              let target = address / "parameter_overrides"
              if let map = CloudFormation.Stacks.parameterMap(
                member, target: target, &builder)
              {
                parts.argument("parameter_overrides", map)
              }
            },
          ], to: object.fields,
          in: RuleScope.resource(resource, at: object.element.path), into: &inner)
        resource.content.arguments.items += inner.arguments.items
        resource.content.blocks += inner.blocks
        copyOperationPreferences(into: &resource, group: object.element.path, &builder)
        let ou = object.fields.contains { field in
          guard field.key == "DeploymentTargets", case .object(let targets) = field.value.kind
          else { return false }
          return targets.contains { $0.key == "OrganizationalUnitIds" }
        }
        let callAs = builder.resource.property("CallAs")?.value
        resource.importID = .custom { context in
          guard let setName = CloudFormation.Stacks.stackSetName(context) else { return nil }
          let caller = callAs.map { context.resolve($0) } ?? "SELF"
          guard let caller else { return nil }
          return "\(setName),\(caller)" + (ou ? ",OU" : "")
        }
        builder.record(
          object.element, target: address,
          status: .transformed, note: "the group became \(type)")
        builder.extras.append(resource)
      }
    }

    /// `DeploymentTargets`: a `deployment_targets` block; for a self-managed stack set whose
    /// targets are accounts alone, the `accounts` argument Terraform reads for such stack sets.
    static func deploymentTargets(
      _ member: RuleMember, name: String, selfManaged: Bool, _ builder: inout ResourceBuilder,
      _ parts: inout BodyParts
    ) {
      let address = TerraformPath.resource(type, name)
      guard case .object(let fields) = member.value.kind else {
        builder.report(member, .computedObject(block: "deployment_targets"))
        return
      }
      if selfManaged, fields.count == 1, let accounts = fields.first, accounts.key == "Accounts" {
        builder.record(
          member, target: address, status: .transformed,
          note: "a self-managed stack set's target accounts became accounts", source: member.value)
        let value = builder.translate(
          member.field(accounts), as: .list(.string), target: address / "accounts")
        parts.argument("accounts", value)
        return
      }
      let scope = RuleScope.resource(type: type, name: name, at: member.path)
        .block("deployment_targets")
      builder.record(
        member, target: scope.target, status: .exact, note: "")
      var body = BodyParts()
      builder.apply(
        [
          .argument("Accounts", "accounts"),
          .argument("AccountsUrl", "accounts_url"),
          .argument("OrganizationalUnitIds", "organizational_unit_ids"),
          .argument("AccountFilterType", "account_filter_type"),
        ], to: fields, in: scope, into: &body)
      parts.block(HCLBlock("deployment_targets", body: body.body))
    }

    /// The stack set's `CallAs`, which its instances are created with too.
    static func copyCallAs(
      into resource: inout TerraformResource, group: RelativeTemplatePath,
      _ builder: inout ResourceBuilder
    ) {
      guard let callAs = builder.resource.property("CallAs") else { return }
      builder.translator.begin()
      let value = builder.translator.translate(callAs.value, as: .string)
      resource.content.argument("call_as", value)
      addition(
        group / "CallAs", target: resource.path / "call_as", value: value,
        note: "the stack set's CallAs, with which CloudFormation creates its instances too",
        &builder)
    }

    /// The stack set's `OperationPreferences`, which CloudFormation applies to creating its
    /// instances too (with `ConcurrencyMode`, which only the instances have in Terraform).
    static func copyOperationPreferences(
      into resource: inout TerraformResource, group: RelativeTemplatePath,
      _ builder: inout ResourceBuilder
    ) {
      guard let preferences = builder.resource.property("OperationPreferences"),
        case .object(let fields) = preferences.value.kind
      else { return }
      let scope = RuleScope.resource(resource).block("operation_preferences")
      let names = [
        "FailureToleranceCount": "failure_tolerance_count",
        "FailureTolerancePercentage": "failure_tolerance_percentage",
        "MaxConcurrentCount": "max_concurrent_count",
        "MaxConcurrentPercentage": "max_concurrent_percentage",
        "RegionConcurrencyType": "region_concurrency_type", "RegionOrder": "region_order",
        "ConcurrencyMode": "concurrency_mode",
      ]
      var body = HCLBody()
      for field in fields {
        guard let argument = names[field.key] else { continue }
        builder.translator.begin()
        let type = ResourceBuilder.valueType(of: scope.attribute(argument)?.type)
        body.attribute(argument, builder.translator.translate(field.value, as: type))
      }
      guard !body.isEmpty else { return }
      resource.content.block(HCLBlock("operation_preferences", body: body))
      addition(
        group / "OperationPreferences", target: scope.target, value: nil,
        note:
          "the stack set's OperationPreferences, which CloudFormation applies to creating its instances too",
        &builder)
    }

    /// A ledger entry for a value the stack instances take from the stack set.
    static func addition(
      _ property: RelativeTemplatePath, target: TerraformPath, value: HCLExpression?, note: String,
      _ builder: inout ResourceBuilder
    ) {
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(property),
          resourceType: builder.resource.type.value, location: builder.resource.range.start,
          target: target, status: .transformed,
          note: note, targetValue: value.map(HCLPrinter.printExpression)))
    }
  }
}
