import CFNParser

/// Managed node groups and Fargate profiles.
extension EKS {
  /// `AWS::EKS::Nodegroup`. `Ref` and `Id` (CloudFormation's own identifier) are left unmapped;
  /// `Arn` is its ARN. Terraform imports it as `CLUSTER:NODEGROUP`. A node group without a
  /// `NodegroupName` is named by Terraform when created, and keeps its live name when adopted.
  static let nodegroup = ResourceMapping(
    "AWS::EKS::Nodegroup", to: "aws_eks_node_group", ref: nil, attributes: ["Arn": "arn"],
    properties: [
      .argument("ClusterName", "cluster_name"),
      .argument("NodegroupName", "node_group_name"),
      .argument("NodeRole", "node_role_arn"),
      .argument("Subnets", "subnet_ids"),
      .argument("AmiType", "ami_type"),
      .argument("CapacityType", "capacity_type"),
      .argument("InstanceTypes", "instance_types"),
      .argument("DiskSize", "disk_size"),
      .argument("ReleaseVersion", "release_version"),
      .argument("Version", "version"),
      .argument("ForceUpdateEnabled", "force_update_version"),
      .argument("Labels", "labels"),
      .argument("Tags", "tags"),
      PropertyRule(
        "ScalingConfig",
        .block(
          "scaling_config",
          [
            .argument("DesiredSize", "desired_size"), .argument("MaxSize", "max_size"),
            .argument("MinSize", "min_size"),
          ])),
      PropertyRule(
        "RemoteAccess",
        .block(
          "remote_access",
          [
            .argument("Ec2SshKey", "ec2_ssh_key"),
            .argument("SourceSecurityGroups", "source_security_group_ids"),
          ])),
      .custom("LaunchTemplate", launchTemplate),
      PropertyRule(
        "Taints",
        .blocks(
          "taint",
          [.argument("Key", "key"), .argument("Value", "value"), .argument("Effect", "effect")])),
      PropertyRule(
        "UpdateConfig",
        .block(
          "update_config",
          [
            .argument("MaxUnavailable", "max_unavailable"),
            .argument("MaxUnavailablePercentage", "max_unavailable_percentage"),
            absent(
              "UpdateStrategy",
              "update_config (provider 5.100) has no update strategy: node groups update with EKS's DEFAULT strategy"
            ),
          ])),
      PropertyRule(
        "NodeRepairConfig",
        .block(
          "node_repair_config",
          [.argument("Enabled", "enabled")]
            + [
              "MaxParallelNodesRepairedCount", "MaxParallelNodesRepairedPercentage",
              "MaxUnhealthyNodeThresholdCount", "MaxUnhealthyNodeThresholdPercentage",
              "NodeRepairConfigOverrides",
            ].map {
              absent(
                $0,
                "node_repair_config (provider 5.100) has only enabled: EKS repairs with its defaults"
              )
            })),
      absent(
        "WarmPoolConfig",
        "aws_eks_node_group (provider 5.100) has no warm pool: the node group scales without prepared instances"
      ),
      readOnly("Arn", "arn"),
      .drop("Id", "read-only: CloudFormation's identifier of the node group"),
    ],
    importID: .custom { context in
      guard let cluster = context.property("ClusterName"),
        let nodegroup = name("NodegroupName", context)
      else { return nil }
      return "\(cluster):\(nodegroup)"
    },
    finish: { builder in scalingConfigRequired(&builder) })

  /// `LaunchTemplate`: the `launch_template` block. Terraform requires its version, which
  /// CloudFormation takes to be the template's default: the `default_version` of a launch template
  /// of the template, else `$Default` (EKS reads it as the default version's number, which the
  /// next plan shows as a change).
  @Sendable static func launchTemplate(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "launch_template"))
      return
    }
    let scope = builder.scope.block("launch_template", reading: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    var inner = BodyParts()
    builder.apply(
      [.argument("Id", "id"), .argument("Name", "name"), .argument("Version", "version")],
      to: fields, in: scope, into: &inner)
    if !fields.contains(where: { $0.key == "Version" }) {
      let named = fields.first { $0.key == "Id" || $0.key == "Name" }
      var version = HCLExpression.string("$Default")
      var note =
        "not set: Terraform requires it; $Default is written, which EKS reads as the default version's number (the next plan shows a change)"
      var status = LedgerStatus.approximated
      if case .ref(let logicalId) = named?.value.kind,
        let target = builder.translator.targets[logicalId], target.type == "aws_launch_template"
      {
        version = target.expression(for: "default_version")
        note = "not set: the launch template's default version, as CloudFormation takes it"
        status = .transformed
      }
      inner.argument("version", version, comments: ["cfn2tf: \(note)"])
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(member.path / "Version"),
          resourceType: builder.resource.type.value, location: member.keyRange.start,
          target: scope.target / "version", status: status, note: note,
          targetValue: HCLPrinter.printExpression(version)))
    }
    parts.block(HCLBlock("launch_template", body: inner.body))
  }

  /// Terraform requires the three sizes of `scaling_config`, which CloudFormation lets EKS choose:
  /// a node group that leaves one out is reported, for the sizes to be written.
  static func scalingConfigRequired(_ builder: inout ResourceBuilder) {
    var missing = ["DesiredSize", "MaxSize", "MinSize"]
    if let config = builder.resource.property("ScalingConfig") {
      guard case .object(let fields) = config.value.kind else { return }
      missing.removeAll { size in fields.contains { $0.key == size } }
    }
    guard !missing.isEmpty else { return }
    let reason =
      "Terraform requires scaling_config's desired_size, max_size and min_size; EKS chose the missing \(missing.joined(separator: ", ")): write them into ScalingConfig"
    builder.primary.comments.append("cfn2tf: \(reason)")
    builder.diagnostics.append(
      .warning(
        "'\(builder.logicalId)' (AWS::EKS::Nodegroup) is not converted as it is: \(reason)",
        at: builder.resource.range.start))
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "ScalingConfig"),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "scaling_config", status: .unsupported, note: reason))
  }

  /// `AWS::EKS::FargateProfile`. `Ref` is left unmapped; `Arn` is its ARN. Terraform imports it as
  /// `CLUSTER:PROFILE`. A profile without a `FargateProfileName` takes its name from its live
  /// identifier (`CLUSTER|PROFILE`) in `var.physical_names`, else `"${var.stack_name}-LogicalId"`.
  static let fargateProfile = ResourceMapping(
    "AWS::EKS::FargateProfile", to: "aws_eks_fargate_profile", ref: nil,
    attributes: ["Arn": "arn"],
    properties: [
      .argument("ClusterName", "cluster_name"),
      .argument("FargateProfileName", "fargate_profile_name"),
      .argument("PodExecutionRoleArn", "pod_execution_role_arn"),
      .argument("Subnets", "subnet_ids"),
      PropertyRule(
        "Selectors",
        .blocks(
          "selector",
          [.argument("Namespace", "namespace"), PropertyRule("Labels", .tagsMap("labels"))])),
      .tags,
      readOnly("Arn", "arn"),
    ],
    importID: .custom { context in
      guard let cluster = context.property("ClusterName"),
        let profile = name("FargateProfileName", context)
      else { return nil }
      return "\(cluster):\(profile)"
    },
    finish: { builder in
      ExtraResources.requireName(
        "fargate_profile_name", unless: "FargateProfileName", &builder, removing: "^.*[|]")
    })
}
