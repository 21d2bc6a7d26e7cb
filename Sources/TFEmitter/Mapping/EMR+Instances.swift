import CFNParser

extension EMR {
  /// The members of `Instances` that are EC2 attributes; the security group lists are joined
  /// with commas, as Terraform takes them.
  static let ec2Rules: [PropertyRule] = [
    .argument("Ec2SubnetId", "subnet_id"),
    .argument("Ec2SubnetIds", "subnet_ids"),
    .argument("Ec2KeyName", "key_name"),
    .argument("EmrManagedMasterSecurityGroup", "emr_managed_master_security_group"),
    .argument("EmrManagedSlaveSecurityGroup", "emr_managed_slave_security_group"),
    .argument("ServiceAccessSecurityGroup", "service_access_security_group"),
    .argument("AdditionalMasterSecurityGroups", "additional_master_security_groups"),
    .argument("AdditionalSlaveSecurityGroups", "additional_slave_security_groups"),
  ]

  /// The other members of `Instances`: arguments of the cluster, and its instance groups and
  /// fleets.
  static let instanceRules: [PropertyRule] = [
    .argument("KeepJobFlowAliveWhenNoSteps", "keep_job_flow_alive_when_no_steps"),
    .argument("TerminationProtected", "termination_protection"),
    .argument("UnhealthyNodeReplacement", "unhealthy_node_replacement"),
    PropertyRule(
      "MasterInstanceGroup",
      .block("master_instance_group", groupRules("master_instance_group", autoScaling: false))),
    PropertyRule(
      "CoreInstanceGroup",
      .block("core_instance_group", groupRules("core_instance_group", autoScaling: true))),
    PropertyRule(
      "MasterInstanceFleet", .block("master_instance_fleet", fleetRules("master_instance_fleet"))),
    PropertyRule(
      "CoreInstanceFleet", .block("core_instance_fleet", fleetRules("core_instance_fleet"))),
    .custom("TaskInstanceGroups", taskGroups),
    OpenSearch.notInProvider(
      "TaskInstanceFleets",
      "task instance fleets are the resource aws_emr_instance_fleet, which cfn2tf does not write yet: add one per fleet by hand"
    ),
    OpenSearch.notInProvider(
      "Placement",
      "aws_emr_cluster (provider 5.100) has no placement: EMR launches the instances in the zone of their subnet; give Ec2SubnetId a subnet in that zone"
    ),
    .drop(
      "HadoopVersion",
      "it applies to EMR AMI versions 2.x and 3.x only, which ReleaseLabel replaces"),
  ]

  /// `Instances`: its network settings (and the cluster's `JobFlowRole`, its instance profile)
  /// as the `ec2_attributes` block; its instance groups and fleets as blocks; its task instance
  /// groups as `aws_emr_instance_group`s; `KeepJobFlowAliveWhenNoSteps` written out when absent.
  @Sendable static func instances(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let role = builder.resource.properties.first { $0.key == "JobFlowRole" }
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedSpread)
      if let role { builder.report(role, .computedSpread) }
      return
    }
    builder.record(
      member, target: builder.primary.path, status: .transformed,
      note:
        "its network settings became ec2_attributes, its instance groups and fleets blocks of their own"
    )
    let address = builder.primary.path
    var ec2 = BodyParts()
    if let role {
      ec2.argument(
        "instance_profile",
        builder.translate(
          role, as: .string, target: address / "ec2_attributes" / "instance_profile"))
    }
    let ec2Names = Set(ec2Rules.map(\.property))
    builder.apply(
      ec2Rules, to: fields.filter { ec2Names.contains($0.key) },
      in: builder.scope.block("ec2_attributes", reading: member.path), into: &ec2)
    builder.apply(
      instanceRules, to: fields.filter { !ec2Names.contains($0.key) },
      in: builder.scope.reading(member.path), into: &parts)
    if !fields.contains(where: { $0.key == "KeepJobFlowAliveWhenNoSteps" }) {
      // CloudFront.writeDefault's ledger entry, at the member's path below `Instances`.
      let value = HCLExpression.bool(true)
      parts.argument(
        "keep_job_flow_alive_when_no_steps", value, comments: ["CloudFormation's default"])
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(member.path / "KeepJobFlowAliveWhenNoSteps"),
          resourceType: builder.resource.type.value, location: builder.resource.range.start,
          target: builder.primary.path / "keep_job_flow_alive_when_no_steps",
          status: .transformed,
          note:
            "not set: CloudFormation keeps the cluster running when its steps are done; true is written",
          targetValue: HCLPrinter.printExpression(value)))
    }
    parts.block(HCLBlock("ec2_attributes", body: ec2.body))
  }

  /// The rules of a master or core instance group of the cluster, the nested block `block`.
  static func groupRules(_ block: String, autoScaling: Bool) -> [PropertyRule] {
    [
      .argument("Name", "name"),
      .argument("InstanceType", "instance_type"),
      .argument("InstanceCount", "instance_count"),
      .argument("BidPrice", "bid_price"),
      .custom("Market", market),
      .custom("EbsConfiguration", ebs(path: [block], throughput: true)),
      autoScaling
        ? .custom("AutoScalingPolicy") { member, builder, parts in
          let value = PolicyDocument.translate(
            member, &builder, target: builder.primary.path / block / "autoscaling_policy")
          parts.argument("autoscaling_policy", value, comments: builder.approximationComment)
        }
        : OpenSearch.notInProvider(
          "AutoScalingPolicy", "EMR scales core and task instance groups only"),
      OpenSearch.notInProvider(
        "Configurations",
        "aws_emr_cluster (provider 5.100) has no configurations per instance group: give them in the cluster's Configurations"
      ),
      OpenSearch.notInProvider(
        "CustomAmiId",
        "aws_emr_cluster (provider 5.100) has no AMI per instance group: give the cluster's CustomAmiId"
      ),
    ]
  }

  /// The rules of a master or core instance fleet, the nested block `block`.
  static func fleetRules(_ block: String) -> [PropertyRule] {
    [
      .argument("Name", "name"),
      .argument("TargetOnDemandCapacity", "target_on_demand_capacity"),
      .argument("TargetSpotCapacity", "target_spot_capacity"),
      PropertyRule(
        "InstanceTypeConfigs",
        .blocks(
          "instance_type_configs",
          [
            .argument("InstanceType", "instance_type"),
            .argument("WeightedCapacity", "weighted_capacity"),
            .argument("BidPrice", "bid_price"),
            .argument(
              "BidPriceAsPercentageOfOnDemandPrice", "bid_price_as_percentage_of_on_demand_price"),
            .custom(
              "EbsConfiguration", ebs(path: [block, "instance_type_configs"], throughput: false)),
            PropertyRule(
              "Configurations",
              .blocks(
                "configurations",
                [
                  .argument("Classification", "classification"),
                  .argument("ConfigurationProperties", "properties"),
                  OpenSearch.notInProvider(
                    "Configurations",
                    "aws_emr_cluster (provider 5.100) takes no nested configurations per instance type: give them in the cluster's Configurations"
                  ),
                ])),
            OpenSearch.notInProvider(
              "CustomAmiId",
              "aws_emr_cluster (provider 5.100) has no AMI per instance type: give the cluster's CustomAmiId"
            ),
            OpenSearch.notInProvider(
              "Priority",
              "aws_emr_cluster (provider 5.100) has no instance type priority: EMR's allocation strategy picks the types"
            ),
          ])),
      PropertyRule(
        "LaunchSpecifications",
        .block(
          "launch_specifications",
          [
            PropertyRule(
              "OnDemandSpecification",
              .block(
                "on_demand_specification",
                [
                  .argument("AllocationStrategy", "allocation_strategy"),
                  OpenSearch.notInProvider(
                    "CapacityReservationOptions",
                    "aws_emr_cluster (provider 5.100) has no capacity reservation options: On-Demand instances use open reservations, EMR's default"
                  ),
                ])),
            PropertyRule(
              "SpotSpecification",
              .block(
                "spot_specification",
                [
                  .argument("AllocationStrategy", "allocation_strategy"),
                  .argument("TimeoutAction", "timeout_action"),
                  .argument("TimeoutDurationMinutes", "timeout_duration_minutes"),
                  .argument("BlockDurationMinutes", "block_duration_minutes"),
                ])),
          ])),
      OpenSearch.notInProvider(
        "ResizeSpecifications",
        "aws_emr_cluster (provider 5.100) has no resize specifications: resizes use EMR's timeouts"
      ),
    ]
  }

  /// `Market`: Terraform makes an instance group Spot by its bid price. `ON_DEMAND` needs no
  /// argument; `SPOT` with a `BidPrice` is said by it; `SPOT` without one is not converted.
  @Sendable static func market(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let bidPath = RelativeTemplatePath(member.path.steps.dropLast() + [.key("BidPrice")])
    switch member.value.stringValue {
    case "ON_DEMAND":
      builder.dropped(member, reason: "without a bid price, Terraform's groups are On-Demand")
    case "SPOT" where value(at: bidPath, in: builder.resource) != nil:
      builder.dropped(member, reason: "the bid price makes the group Spot in Terraform")
    default:
      builder.unsupported(
        member,
        reason:
          "Terraform makes an instance group Spot by its bid price: give BidPrice (EMR's default is the On-Demand price)"
      )
    }
  }

  /// The value at `path` (keys and indices) below the resource's properties; nil where a step
  /// finds no member or element.
  static func value(at path: RelativeTemplatePath, in resource: Resource) -> Expr? {
    var current: Expr? = Expr(.object(resource.properties), range: resource.range)
    for step in path.steps {
      switch (step, current?.kind) {
      case (.key(let key), .object(let fields)?):
        current = fields.first { $0.key == key }?.value
      case (.index(let index), .list(let items)?) where items.indices.contains(index):
        current = items[index]
      default:
        return nil
      }
    }
    return current
  }

  /// `EbsConfiguration` of the body at `path` (nested blocks below the resource `type.name`,
  /// or below the primary resource): each of its `EbsBlockDeviceConfigs` an `ebs_config` block,
  /// `EbsOptimized` as `ebs_optimized` where the body has it.
  static func ebs(
    type: String? = nil, name: String = "", path: [String], throughput: Bool,
    optimized: Bool = false
  ) -> PropertyCode {
    { member, builder, parts in
      guard case .object(let fields) = member.value.kind else {
        builder.report(member, .computedObject(block: "ebs_config"))
        return
      }
      let top = type.map { RuleScope.resource(type: $0, name: name) } ?? builder.scope
      let body = path.reduce(top) { $0.block($1) }
      builder.record(
        member, target: body.target / "ebs_config",
        status: .transformed, note: "each volume specification became an ebs_config block")
      let volume: [PropertyRule] = [
        .argument("SizeInGB", "size"), .argument("VolumeType", "type"),
        .argument("Iops", "iops"),
        throughput
          ? .argument("Throughput", "throughput")
          : OpenSearch.notInProvider(
            "Throughput",
            "this ebs_config (provider 5.100) has no throughput: the volumes get their type's default"
          ),
      ]
      for field in fields {
        let element = member.field(field)
        switch field.key {
        case "EbsBlockDeviceConfigs":
          guard
            let devices = builder.objects(
              of: element, computed: "a computed list cannot become 'ebs_config' blocks",
              notAnObject: "a device configuration must be an object")
          else { continue }
          for device in devices {
            let scope = body.block("ebs_config")
            var inner = BodyParts()
            if let spec = device.fields.first(where: { $0.key == "VolumeSpecification" }),
              case .object(let specFields) = spec.value.kind
            {
              builder.apply(
                volume, to: specFields,
                in: scope.at(device.element.path / "VolumeSpecification"), into: &inner)
            }
            builder.apply(
              [
                .argument("VolumesPerInstance", "volumes_per_instance"),
                .custom("VolumeSpecification") { spec, builder, _ in
                  guard case .object = spec.value.kind else {
                    builder.report(spec, .computedSpread)
                    return
                  }
                  builder.record(
                    spec, target: scope.target,
                    status: .transformed, note: "its fields became arguments")
                },
              ], to: device.fields, in: scope.at(device.element.path), into: &inner)
            parts.block(HCLBlock("ebs_config", body: inner.body))
          }
        case "EbsOptimized" where optimized:
          parts.argument(
            "ebs_optimized",
            builder.translate(element, as: .bool, target: body.target / "ebs_optimized"))
        case "EbsOptimized":
          builder.unsupported(
            element,
            reason:
              "aws_emr_cluster (provider 5.100) has no EBS optimization per instance group: EMR optimizes the instance types that support it"
          )
        default:
          builder.report(element, .noRule(builder.resource.type.value))
        }
      }
    }
  }
}
