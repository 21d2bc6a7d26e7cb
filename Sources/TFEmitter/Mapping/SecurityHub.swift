import CFNParser

/// `AWS::SecurityHub::Hub` and `AWS::SecurityHub::Standard`: the account's hub, and standards
/// (each disabled control an `aws_securityhub_standards_control`).
package enum SecurityHub: MappingFamily {
  /// The mappings of this family.
  static let mappings = [hub, standard]

  /// `AWS::SecurityHub::Hub`. `Ref` and `ARN` are the hub's ARN; `SubscribedAt` has no
  /// Terraform counterpart, so a `Fn::GetAtt` of it becomes null, with a warning. Terraform
  /// imports the hub by the account id.
  static let hub = ResourceMapping(
    "AWS::SecurityHub::Hub", to: "aws_securityhub_account", ref: "arn",
    attributes: ["ARN": "arn"],
    properties: [
      .argument("EnableDefaultStandards", "enable_default_standards"),
      .argument("AutoEnableControls", "auto_enable_controls"),
      .argument("ControlFindingGenerator", "control_finding_generator"),
      .custom("Tags") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_securityhub_account (provider 5.100) has no tags: tag the hub with 'aws securityhub tag-resource'"
        )
      },
      .drop("ARN", "read-only: GetAtt ARN returns it"),
      .drop("SubscribedAt", "read-only: Security Hub sets it"),
    ],
    importID: .joined([.pseudo(.accountId)], separator: ""))

  /// `AWS::SecurityHub::Standard`. `Ref` and `StandardsSubscriptionArn` are the subscription's
  /// ARN, Terraform's `id`, by which it is imported. Security Hub refuses a standard before the
  /// hub is enabled, so a standard the template does not order depends on the template's hub.
  static let standard = ResourceMapping(
    "AWS::SecurityHub::Standard", to: "aws_securityhub_standards_subscription", ref: "id",
    attributes: ["StandardsSubscriptionArn": "id"],
    properties: [
      .argument("StandardsArn", "standards_arn"),
      .custom("DisabledStandardsControls", disabledControls),
      .drop("StandardsSubscriptionArn", "read-only: the subscription's ARN, which Ref returns"),
    ],
    finish: { builder in
      guard builder.resource.dependsOn.isEmpty else { return }
      let hubs = builder.translator.template.resources.filter {
        $0.type.value == "AWS::SecurityHub::Hub"
      }.compactMap { builder.translator.targets[$0.logicalId] }.filter { !$0.isMissing }
      guard !hubs.isEmpty else { return }
      builder.primary.meta.comment([
        "Security Hub refuses a standard before the hub is enabled"
      ])
      builder.primary.meta.attribute("depends_on", .tuple(hubs.map { .traversal($0.path) }))
    })

  /// `DisabledStandardsControls`: each control an `aws_securityhub_standards_control`, disabled
  /// for its `Reason`, after the subscription that enables the standard. Provider 5.100 cannot
  /// import one: applying it disables the control as the template does, which changes nothing
  /// on an adopted account.
  @Sendable static func disabledControls(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let controls = builder.objects(
        of: member, computed: "a computed list of controls cannot be converted; write it out",
        notAnObject: "a control must be an object with StandardsControlArn")
    else { return }
    let type = "aws_securityhub_standards_control"
    builder.record(
      member, target: nil, status: .transformed,
      note: "each element became \(type)")
    for control in controls {
      let arn = control.fields.first { $0.key == "StandardsControlArn" }?.value
      let base =
        builder.primary.name + "_"
        + (arn.map { ExtraResources.suffix(for: $0, index: control.index) }
          ?? String(control.index + 1))
      var resource = ExtraResources.make(
        type, name: ExtraResources.uniqueName(base, type: type, builder),
        from: control.element.key, builder)
      resource.meta.attribute("depends_on", .tuple([.traversal(builder.primary.path)]))
      resource.importID = .notImportable(
        "created: provider 5.100 cannot import aws_securityhub_standards_control; applying it disables the control as the template does, which changes nothing on an adopted account"
      )
      let scope = RuleScope.resource(resource, at: control.element.path)
      var inner = BodyParts()
      builder.apply(
        [
          .argument("StandardsControlArn", "standards_control_arn"),
          .argument("Reason", "disabled_reason"),
        ], to: control.fields, in: scope, into: &inner)
      resource.content.arguments.items += inner.arguments.items
      resource.content.argument("control_status", .string("DISABLED"))
      builder.record(
        control.element, target: resource.path,
        status: .transformed, note: "became \(type) with control_status DISABLED")
      builder.extras.append(resource)
    }
  }
}
