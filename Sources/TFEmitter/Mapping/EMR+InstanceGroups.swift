import CFNParser

extension EMR {
  /// `AWS::EMR::InstanceGroupConfig`: a task instance group of a cluster. `Ref` and `Id` are
  /// its id; Terraform imports it as `<cluster id>/<instance group id>`.
  static let instanceGroup = ResourceMapping(
    "AWS::EMR::InstanceGroupConfig", to: "aws_emr_instance_group", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("JobFlowId", "cluster_id"),
      .custom("InstanceRole") { member, builder, _ in
        guard member.value.stringValue == "TASK" else {
          builder.unsupported(
            member,
            reason:
              "aws_emr_instance_group adds task instance groups only: give the cluster's master and core groups in its Instances"
          )
          return
        }
        builder.dropped(
          member, reason: "aws_emr_instance_group adds task instance groups, which TASK says")
      },
      .drop("Id", "read-only: Ref returns it"),
    ] + instanceGroupRules(),
    importID: .custom { context in
      guard let cluster = context.property("JobFlowId"), let group = context.physicalId else {
        return nil
      }
      return "\(cluster)/\(group)"
    })

  /// The rules of an `aws_emr_instance_group` (of the primary resource, or of `group`, a task
  /// instance group of a cluster).
  static func instanceGroupRules(of group: TerraformResource? = nil) -> [PropertyRule] {
    let address = group?.path
    return [
      .argument("Name", "name"),
      .argument("InstanceType", "instance_type"),
      .argument("InstanceCount", "instance_count"),
      .argument("BidPrice", "bid_price"),
      .custom("Market", market),
      .custom(
        "EbsConfiguration",
        ebs(
          type: group?.type, name: group?.name ?? "", path: [], throughput: false,
          optimized: true)),
      .custom("Configurations") { member, builder, body in
        configurations(
          member, "configurations_json", &builder, &body,
          target: (address ?? builder.primary.path) / "configurations_json")
      },
      .custom("AutoScalingPolicy") { member, builder, body in
        let value = PolicyDocument.translate(
          member, &builder, target: (address ?? builder.primary.path) / "autoscaling_policy")
        body.argument("autoscaling_policy", value, comments: builder.approximationComment)
      },
      OpenSearch.notInProvider(
        "CustomAmiId",
        "aws_emr_instance_group (provider 5.100) has no AMI: the group uses the cluster's CustomAmiId"
      ),
    ]
  }

  /// `Instances.TaskInstanceGroups`: an `aws_emr_instance_group` each, in the cluster, named
  /// after the group (or its position). Their ids are not in the stack, so they are not
  /// imported.
  @Sendable static func taskGroups(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let groups = builder.objects(
        of: member, computed: "a computed list of task instance groups cannot be converted",
        notAnObject: "a task instance group must be an object")
    else { return }
    let type = "aws_emr_instance_group"
    for group in groups {
      let label = group.fields.first { $0.key == "Name" }?.value
      let suffix = label.map { ExtraResources.suffix(for: $0, index: group.index) }
      let base = builder.primary.name + "_" + (suffix ?? String(group.index + 1))
      var resource = ExtraResources.make(
        type, name: ExtraResources.uniqueName(base, type: type, builder), from: group.element.key,
        builder)
      resource.content.argument("cluster_id", ExtraResources.primary("id", builder))
      resource.importID = .notImportable(
        "not imported: the instance group's id is not in the stack; import it by hand as <cluster id>/<instance group id> ('aws emr list-instance-groups' lists them)"
      )
      var inner = BodyParts()
      builder.apply(
        instanceGroupRules(of: resource), to: group.fields,
        in: .resource(resource, at: group.element.path), into: &inner)
      resource.content.arguments.items += inner.arguments.items
      resource.content.blocks += inner.blocks
      builder.record(
        group.element, target: resource.path, status: .transformed, note: "became \(type)")
      builder.extras.append(resource)
    }
  }
}
