import CFNParser

extension CloudFormation {
  /// `AWS::CloudFormation::Stack` (a nested stack, which Terraform manages as a stack of its own)
  /// and `AWS::CloudFormation::StackSet` (with each of its `StackInstancesGroup` an
  /// `aws_cloudformation_stack_instances`).
  enum Stacks: MappingFamily {
    /// The mappings of this family.
    static let mappings = [stack, stackSet]

    /// `Ref` and `StackId` are the stack's id (its ARN), as Terraform's `id`; `Outputs.Name`
    /// is `outputs["Name"]`. The stack is imported by that id, which the parent stack lists.
    static let stack = ResourceMapping(
      "AWS::CloudFormation::Stack", to: "aws_cloudformation_stack", ref: "id",
      attributes: ["Outputs.*": #"outputs["*"]"#, "StackId": "id"],
      properties: [
        .custom("TemplateURL", templateURL),
        .argument("Parameters", "parameters"),
        .argument("NotificationARNs", "notification_arns"),
        .argument("TimeoutInMinutes", "timeout_in_minutes"),
        .tags,
        .drop("StackId", "CloudFormation sets the id when it creates the stack; so does AWS"),
      ],
      finish: nestedStack)

    /// `TemplateURL`, which must be a URL: a local path (a template not yet packaged) is
    /// reported.
    @Sendable static func templateURL(
      _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
    ) {
      if let text = member.value.stringValue, !text.contains("://") {
        builder.unsupported(
          member,
          reason:
            "'\(text)' is a local path: package the template first ('aws cloudformation package' uploads the nested template and writes its URL)"
        )
        return
      }
      let value = builder.translate(
        member, as: .string, target: builder.primary.path / "template_url")
      parts.argument("template_url", value, comments: builder.approximationComment)
    }

    /// The capabilities a parent stack's creator acknowledges for its nested stacks.
    static let capabilities = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]

    /// What a nested stack gets from its parent in CloudFormation and must be written in
    /// Terraform: a name (`<parent>-<LogicalId>-<suffix>`: the live one from
    /// `var.physical_names`, else `${var.stack_name}-LogicalId`) and the capabilities its
    /// template may need, which the parent's creator acknowledged.
    static func nestedStack(_ builder: inout ResourceBuilder) {
      let logicalId = builder.logicalId
      let fallback = HCLExpression.template([
        .interpolation(builder.translator.stackName()), .literal("-\(logicalId)"),
      ])
      let name = HCLExpression.call(
        "lookup",
        [builder.translator.physicalNames(for: logicalId), .string(logicalId), fallback])
      let capabilityList = HCLExpression.tuple(capabilities.map { .string($0) })
      var items: [HCLItem] = [
        .comment([
          "cfn2tf: CloudFormation names a nested stack <parent stack>-\(logicalId)-<suffix>;",
          "var.physical_names keeps the live name when a stack is adopted",
        ]),
        .attribute(HCLAttribute("name", name)),
      ]
      items += builder.primary.content.arguments.items
      items += [
        .comment([
          "cfn2tf: approximated: the parent stack's capabilities; the nested template is not read,",
          "so every capability a template may need is granted: remove those it does not need",
        ]),
        .attribute(HCLAttribute("capabilities", capabilityList)),
      ]
      builder.primary.content.arguments.items = items
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: TemplatePath.resource(logicalId) / "StackName",
          resourceType: builder.resource.type.value,
          location: builder.resource.range.start, target: builder.primary.path / "name",
          status: .transformed,
          note:
            "CloudFormation names a nested stack <parent stack>-\(logicalId)-<suffix>: the name is the live one in var.physical_names, else <stack_name>-\(logicalId)",
          targetValue: HCLPrinter.printExpression(name)))
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: TemplatePath.resource(logicalId) / "Capabilities",
          resourceType: builder.resource.type.value, location: builder.resource.range.start,
          target: builder.primary.path / "capabilities", status: .approximated,
          note:
            "a nested stack is created with the capabilities acknowledged for its parent; cfn2tf does not read the nested template, so it grants every capability: remove those the template does not need",
          targetValue: HCLPrinter.printExpression(capabilityList)))
    }

    /// `Ref` and `StackSetId` are the stack set's id (`NAME:UUID`), Terraform's `stack_set_id`.
    /// The stack set is imported by its name (with `,DELEGATED_ADMIN` when it is called as a
    /// delegated administrator).
    static let stackSet = ResourceMapping(
      "AWS::CloudFormation::StackSet", to: "aws_cloudformation_stack_set", ref: "stack_set_id",
      attributes: ["StackSetId": "stack_set_id"],
      properties: [
        .argument("StackSetName", "name"),
        .argument("Description", "description"),
        .argument("PermissionModel", "permission_model"),
        .argument("AdministrationRoleARN", "administration_role_arn"),
        .argument("ExecutionRoleName", "execution_role_name"),
        .argument("CallAs", "call_as"),
        .argument("Capabilities", "capabilities"),
        .custom("Parameters") { member, builder, parts in
          let target = builder.primary.path / "parameters"
          if let map = parameterMap(member, target: target, &builder) {
            parts.argument("parameters", map)
          }
        },
        .argument("TemplateBody", "template_body"),
        .argument("TemplateURL", "template_url"),
        .tags,
        PropertyRule(
          "AutoDeployment",
          .block(
            "auto_deployment",
            [
              .argument("Enabled", "enabled"),
              .argument("RetainStacksOnAccountRemoval", "retain_stacks_on_account_removal"),
              .drop(
                "DependsOn",
                "aws_cloudformation_stack_set (provider 5.100) has no auto-deployment dependencies: new accounts get this stack set's instances without waiting for the other stack sets'"
              ),
            ])),
        PropertyRule(
          "ManagedExecution", .block("managed_execution", [.argument("Active", "active")])),
        PropertyRule(
          "OperationPreferences",
          .block(
            "operation_preferences",
            operationPreferenceRules + [
              .custom("ConcurrencyMode") { member, builder, _ in
                guard builder.resource.property("StackInstancesGroup") != nil else {
                  builder.dropped(
                    member,
                    reason:
                      "aws_cloudformation_stack_set (provider 5.100) has no concurrency mode; only its stack instances do, and there are none"
                  )
                  return
                }
                builder.record(
                  member,
                  target: TerraformPath.resource("aws_cloudformation_stack_instances", "*")
                    / "operation_preferences",
                  status: .transformed,
                  note:
                    "written into each aws_cloudformation_stack_instances: the stack set's own operation preferences (provider 5.100) have no concurrency mode",
                  source: member.value)
              }
            ])),
        .custom("StackInstancesGroup", StackInstances.groups),
        .drop(
          "StackSetId", "CloudFormation sets the id when it creates the stack set; so does AWS"),
      ],
      importID: .custom { context in
        guard let name = stackSetName(context) else { return nil }
        return context.property("CallAs") == "DELEGATED_ADMIN" ? "\(name),DELEGATED_ADMIN" : name
      },
      finish: { builder in
        builder.primary.comments.append(
          "cfn2tf: Terraform reads back every parameter of the template, defaults included: list those Parameters leaves out, or plans show a change"
        )
      })

    /// The fields of `OperationPreferences` that both Terraform types have.
    static let operationPreferenceRules: [PropertyRule] = [
      .argument("FailureToleranceCount", "failure_tolerance_count"),
      .argument("FailureTolerancePercentage", "failure_tolerance_percentage"),
      .argument("MaxConcurrentCount", "max_concurrent_count"),
      .argument("MaxConcurrentPercentage", "max_concurrent_percentage"),
      .argument("RegionConcurrencyType", "region_concurrency_type"),
      .argument("RegionOrder", "region_order"),
    ]

    /// The stack set's name: `StackSetName`, else the name part of the listed `NAME:UUID` id.
    static func stackSetName(_ context: ImportContext) -> String? {
      if let name = context.property("StackSetName") { return name }
      guard let id = context.physicalId, let colon = id.firstIndex(of: ":") else { return nil }
      return String(id[..<colon])
    }

    /// A list of `ParameterKey`/`ParameterValue` objects as a map of strings, keys in source
    /// order, with its ledger entry against `target`; nil (reported) when it is not written out.
    static func parameterMap(
      _ member: RuleMember, target: TerraformPath, _ builder: inout ResourceBuilder
    ) -> HCLExpression? {
      guard case .list(let items) = member.value.kind else {
        builder.unsupported(
          member, reason: "a computed list of parameters is not supported; write it out")
        return nil
      }
      builder.translator.begin()
      var entries: [HCLObjectItem] = []
      for item in items {
        guard case .object(let fields) = item.kind,
          let key = fields.first(where: { $0.key == "ParameterKey" })?.value,
          let value = fields.first(where: { $0.key == "ParameterValue" })?.value
        else {
          builder.unsupported(
            member, reason: "each parameter must be an object with ParameterKey and ParameterValue")
          return nil
        }
        let translated = builder.translator.translate(value, as: .string)
        if let text = key.stringValue {
          entries.append(HCLObjectItem(text, translated))
        } else {
          entries.append(
            HCLObjectItem(
              key: .expression(builder.translator.translate(key, as: .string)), value: translated))
        }
      }
      builder.translator.transformed("the list of ParameterKey/ParameterValue became a map")
      let expression = HCLExpression.object(entries)
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: expression,
        secret: builder.translator.touchesSecret)
      return expression
    }
  }
}
