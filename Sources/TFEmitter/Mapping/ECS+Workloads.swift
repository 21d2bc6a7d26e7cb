import CFNParser

extension ECS {
  /// `AWS::ECS::*` beyond clusters: task definitions (`ECS+TaskDefinition.swift`, their container
  /// definitions as the ECS API's JSON in `ECS+ContainerDefinitions.swift`), services
  /// (`ECS+Service.swift`), task sets, capacity providers and cluster capacity provider
  /// associations.
  enum Workloads: MappingFamily {
    /// The mappings of this family.
    static let mappings = [
      taskDefinition, service, taskSet, capacityProvider, clusterCapacityProviderAssociations,
    ]
  }
}

extension ECS.Workloads {
  /// `AWS::ECS::CapacityProvider`. `Ref` is its name, which Terraform imports it by.
  static let capacityProvider = ResourceMapping(
    "AWS::ECS::CapacityProvider", to: "aws_ecs_capacity_provider", ref: "name",
    properties: [
      .argument("Name", "name"),
      PropertyRule(
        "AutoScalingGroupProvider",
        .block(
          "auto_scaling_group_provider",
          [
            .argument("AutoScalingGroupArn", "auto_scaling_group_arn"),
            .argument("ManagedDraining", "managed_draining"),
            .argument("ManagedTerminationProtection", "managed_termination_protection"),
            PropertyRule(
              "ManagedScaling",
              .block(
                "managed_scaling",
                [
                  .argument("InstanceWarmupPeriod", "instance_warmup_period"),
                  .argument("MaximumScalingStepSize", "maximum_scaling_step_size"),
                  .argument("MinimumScalingStepSize", "minimum_scaling_step_size"),
                  .argument("Status", "status"),
                  .argument("TargetCapacity", "target_capacity"),
                ])),
          ])),
      absent(
        "ManagedInstancesProvider",
        "aws_ecs_capacity_provider (provider 5.100) has no ECS Managed Instances: it takes an Auto Scaling group only"
      ),
      absent(
        "ClusterName",
        "aws_ecs_capacity_provider (provider 5.100) has no cluster: only a Managed Instances provider belongs to one"
      ),
      .tags,
    ],
    finish: { builder in ExtraResources.requireName("name", unless: "Name", &builder) })

  /// `AWS::ECS::ClusterCapacityProviderAssociations`: the cluster's capacity providers and default
  /// strategy. `Ref` is the cluster's name, which Terraform imports it by.
  static let clusterCapacityProviderAssociations = ResourceMapping(
    "AWS::ECS::ClusterCapacityProviderAssociations", to: "aws_ecs_cluster_capacity_providers",
    ref: "cluster_name",
    properties: [
      .argument("Cluster", "cluster_name"),
      .argument("CapacityProviders", "capacity_providers"),
      PropertyRule(
        "DefaultCapacityProviderStrategy",
        .blocks("default_capacity_provider_strategy", strategyRules)),
    ])

  /// The fields of a capacity provider strategy item.
  static let strategyRules: [PropertyRule] = [
    .argument("CapacityProvider", "capacity_provider"),
    .argument("Base", "base"),
    .argument("Weight", "weight"),
  ]

  /// The fields of a service registry.
  static let registryRules: [PropertyRule] = [
    .argument("RegistryArn", "registry_arn"),
    .argument("Port", "port"),
    .argument("ContainerName", "container_name"),
    .argument("ContainerPort", "container_port"),
  ]

  /// `AWS::ECS::TaskSet`. CloudFormation's `Ref` (its identifier `CLUSTER|SERVICE|ID`) is left
  /// unmapped, as for other composite identifiers; `Id` is the task set's id. Terraform imports it
  /// as `ID,SERVICE,CLUSTER`.
  static let taskSet = ResourceMapping(
    "AWS::ECS::TaskSet", to: "aws_ecs_task_set", ref: nil, attributes: ["Id": "task_set_id"],
    properties: [
      .argument("Cluster", "cluster"),
      .argument("Service", "service"),
      .argument("TaskDefinition", "task_definition"),
      .argument("ExternalId", "external_id"),
      .argument("LaunchType", "launch_type"),
      .argument("PlatformVersion", "platform_version"),
      .custom(
        "CapacityProviderStrategy",
        blocks(
          "capacity_provider_strategy", strategyRules,
          defaults: [
            Default(
              "Weight", "weight", .number("0"),
              "CloudFormation's default weight; Terraform requires one")
          ])),
      PropertyRule(
        "LoadBalancers",
        .blocks(
          "load_balancer",
          [
            .argument("ContainerName", "container_name"),
            .argument("ContainerPort", "container_port"),
            .argument("TargetGroupArn", "target_group_arn"),
          ])),
      .custom("NetworkConfiguration", networkConfiguration("AwsVpcConfiguration")),
      PropertyRule(
        "Scale", .block("scale", [.argument("Unit", "unit"), .argument("Value", "value")])),
      PropertyRule("ServiceRegistries", .blocks("service_registries", registryRules)),
      .tags,
      .drop("Id", "read-only: the task set's id is the task_set_id attribute"),
    ],
    importID: .custom { context in
      guard let id = context.physicalId.map({ lastPart($0, after: "|") }),
        let service = context.property("Service"), let cluster = context.property("Cluster")
      else { return nil }
      return "\(id),\(service),\(cluster)"
    })

  /// The text after the last of `separators` in `text` (all of it when there is none): the name
  /// in an ARN or a composite identifier.
  static func lastPart(_ text: String, after separators: Character...) -> String {
    String(text.split(omittingEmptySubsequences: false) { separators.contains($0) }.last ?? "")
  }

  /// A property provider 5.100 has no counterpart for, though it changes what is deployed: a
  /// warning, a comment and the ledger entry say so.
  static func absent(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in builder.unsupported(member, reason: reason) }
  }

  /// `NetworkConfiguration`: the fields of its one member `inner` (`AwsvpcConfiguration`) become
  /// the `network_configuration` block; `AssignPublicIp` `ENABLED`/`DISABLED` becomes a bool.
  static func networkConfiguration(_ inner: String) -> PropertyCode {
    { member, builder, parts in
      guard case .object(let outer) = member.value.kind else {
        builder.report(member, .computedObject(block: "network_configuration"))
        return
      }
      for field in outer where field.key != inner {
        builder.report(member.field(field), .noRule(builder.resource.type.value))
      }
      guard let vpc = outer.first(where: { $0.key == inner }) else { return }
      guard case .object(let fields) = vpc.value.kind else {
        builder.report(
          member.field(vpc), .computedObject(block: "network_configuration"))
        return
      }
      let scope = builder.scope.block("network_configuration", reading: member.path / inner)
      builder.record(
        member.field(vpc), target: scope.target, status: .transformed,
        note: "its fields became the network_configuration block")
      var body = BodyParts()
      builder.apply(
        [
          .argument("Subnets", "subnets"),
          .argument("SecurityGroups", "security_groups"),
          .custom("AssignPublicIp") { member, builder, parts in
            let target = scope.target / "assign_public_ip"
            builder.translator.begin()
            var value = builder.translator.translate(member.value, as: .string)
            if let text = member.value.stringValue {
              value = .bool(text == "ENABLED")
              builder.translator.transformed("\(text) became \(text == "ENABLED")")
            } else {
              value = .binary(value, "==", .string("ENABLED"))
              builder.translator.transformed(
                "ENABLED/DISABLED became a comparison with \"ENABLED\"")
            }
            builder.record(
              member, target: target,
              status: builder.translator.status, note: builder.translator.note,
              source: member.value, value: value)
            parts.argument("assign_public_ip", value)
          },
        ], to: fields, in: scope, into: &body)
      parts.block(HCLBlock("network_configuration", body: body.body))
    }
  }

  /// A CloudFormation default that differs from Terraform's (or fills an argument Terraform
  /// requires), written when its property is absent.
  struct Default: Sendable {
    /// The CloudFormation property.
    var property: String
    /// The argument written.
    var argument: String
    /// Its value.
    var value: HCLExpression
    /// The comment above it, which the ledger note repeats.
    var comment: String

    init(_ property: String, _ argument: String, _ value: HCLExpression, _ comment: String) {
      self.property = property
      self.argument = argument
      self.value = value
      self.comment = comment
    }
  }

  /// Writes `fallback` into `parts` (the body at `target`) when `fields` lack its property, with
  /// the ledger entry of the addition below `path` (the object of `fields`).
  static func write(
    _ fallback: Default, unless fields: [ExprMember], at path: RelativeTemplatePath,
    target: TerraformPath,
    into parts: inout BodyParts, _ builder: inout ResourceBuilder
  ) {
    guard !fields.contains(where: { $0.key == fallback.property }) else { return }
    parts.argument(fallback.argument, fallback.value, comments: [fallback.comment])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(path / fallback.property),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: target / fallback.argument, status: .transformed,
        note: "not set: written as \(fallback.comment)",
        targetValue: HCLPrinter.printExpression(fallback.value)))
  }

  /// A list of objects as repeated blocks `name`, each with the `defaults` it does not set.
  static func blocks(_ name: String, _ rules: [PropertyRule], defaults: [Default]) -> PropertyCode {
    { member, builder, parts in
      guard
        let objects = builder.objects(
          of: member, computed: MappingError.computedList(block: name).reason,
          notAnObject: "each element must be an object")
      else { return }
      for object in objects {
        let scope = builder.scope.block(name, reading: object.element.path)
        builder.record(object.element, target: scope.target, status: .exact, note: "")
        var inner = BodyParts()
        builder.apply(rules, to: object.fields, in: scope, into: &inner)
        for fallback in defaults {
          write(
            fallback, unless: object.fields, at: object.element.path, target: scope.target,
            into: &inner, &builder)
        }
        parts.block(HCLBlock(name, body: inner.body))
      }
    }
  }
}
