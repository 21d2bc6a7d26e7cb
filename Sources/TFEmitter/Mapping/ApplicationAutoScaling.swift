import CFNParser

/// `AWS::ApplicationAutoScaling::*`: scalable targets (their scheduled actions as resources of
/// their own) and scaling policies (`ApplicationAutoScaling+Policies.swift`).
package enum ApplicationAutoScaling: MappingFamily {
  /// The mappings of this family.
  static let mappings = [scalableTarget, scalingPolicy]

  /// What CloudFormation returns for a target: `RESOURCE_ID|DIMENSION|NAMESPACE`.
  static let targetIdentifier = "${resource_id}|${scalable_dimension}|${service_namespace}"

  /// The arguments that name a target, in the order of CloudFormation's identifier.
  static let targetArguments = ["resource_id", "scalable_dimension", "service_namespace"]

  /// `AWS::ApplicationAutoScaling::ScalableTarget`. `Ref` and `Id` are CloudFormation's
  /// identifier, `RESOURCE_ID|DIMENSION|NAMESPACE`, put together from the target's arguments;
  /// Terraform imports it as `NAMESPACE/RESOURCE_ID/DIMENSION`.
  static let scalableTarget = ResourceMapping(
    "AWS::ApplicationAutoScaling::ScalableTarget", to: "aws_appautoscaling_target",
    ref: targetIdentifier, attributes: ["Id": targetIdentifier],
    properties: [
      .argument("ServiceNamespace", "service_namespace"),
      .argument("ResourceId", "resource_id"),
      .argument("ScalableDimension", "scalable_dimension"),
      .argument("MinCapacity", "min_capacity"),
      .argument("MaxCapacity", "max_capacity"),
      .argument("RoleARN", "role_arn"),
      PropertyRule(
        "SuspendedState",
        .block(
          "suspended_state",
          [
            .argument("DynamicScalingInSuspended", "dynamic_scaling_in_suspended"),
            .argument("DynamicScalingOutSuspended", "dynamic_scaling_out_suspended"),
            .argument("ScheduledScalingSuspended", "scheduled_scaling_suspended"),
          ])),
      .custom("ScheduledActions", scheduledActions),
      .drop("Id", "read-only: the target's identifier, which Ref returns"),
    ],
    importID: .custom { context in
      // The physical id is CloudFormation's identifier; the properties say the same.
      let parts = context.physicalId?.split(separator: "|", omittingEmptySubsequences: false)
      if let parts, parts.count == 3 { return "\(parts[2])/\(parts[0])/\(parts[1])" }
      guard let namespace = context.property("ServiceNamespace"),
        let resource = context.property("ResourceId"),
        let dimension = context.property("ScalableDimension")
      else { return nil }
      return "\(namespace)/\(resource)/\(dimension)"
    })

  /// The rules of one element of `ScheduledActions`.
  static let scheduledActionRules: [PropertyRule] = [
    .argument("ScheduledActionName", "name"),
    .argument("Schedule", "schedule"),
    .argument("Timezone", "timezone"),
    .argument("StartTime", "start_time"),
    .argument("EndTime", "end_time"),
    PropertyRule(
      "ScalableTargetAction",
      .block(
        "scalable_target_action",
        [.argument("MinCapacity", "min_capacity"), .argument("MaxCapacity", "max_capacity")])),
  ]

  /// Why a scheduled action is created rather than imported.
  static let scheduledActionImport =
    "created: the Terraform AWS provider cannot import aws_appautoscaling_scheduled_action; putting a scheduled action of the same name again replaces it in place"

  /// `ScheduledActions`: an `aws_appautoscaling_scheduled_action` for each, naming the target by
  /// its arguments (so that it is registered first), named after its `ScheduledActionName`.
  @Sendable static func scheduledActions(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let actions = builder.objects(
        of: member,
        computed:
          "a computed list of scheduled actions cannot become aws_appautoscaling_scheduled_action resources; write it out",
        notAnObject: "each scheduled action must be an object")
    else { return }
    if actions.isEmpty {
      builder.record(
        member, target: nil, status: .exact,
        note: "no scheduled actions: nothing to write", source: member.value)
    }
    let type = "aws_appautoscaling_scheduled_action"
    for action in actions {
      let label = action.fields.first { $0.key == "ScheduledActionName" }?.value.stringValue
      let base = builder.primary.name + "_" + (label.map(Namer.snakeCase) ?? "\(action.index + 1)")
      var resource = ExtraResources.make(
        type, name: ExtraResources.uniqueName(base, type: type, builder),
        from: action.element.key, builder)
      resource.importID = .notImportable(scheduledActionImport)
      for argument in targetArguments {
        resource.content.argument(argument, ExtraResources.primary(argument, builder))
      }
      var inner = BodyParts()
      builder.apply(
        scheduledActionRules, to: action.fields,
        in: .resource(resource, at: action.element.path), into: &inner)
      resource.content.arguments.items += inner.arguments.items
      resource.content.blocks += inner.blocks
      builder.record(
        action.element, target: resource.path,
        status: .transformed, note: "became \(type)", source: action.element.value)
      builder.extras.append(resource)
    }
  }
}
