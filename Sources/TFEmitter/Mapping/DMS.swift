import CFNParser

/// `AWS::DMS::*`: replication instances (changes applied at once), subnet groups, endpoints
/// (`DMS+Endpoint.swift`: S3 endpoints as `aws_dms_s3_endpoint`, passwords as sensitive
/// variables), replication tasks (table mappings and settings as JSON text) and event
/// subscriptions. Instances, endpoints and tasks are imported by their identifier, which the
/// template must give: their physical id is an ARN.
package enum DMS: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    replicationInstance, replicationSubnetGroup, endpoint, replicationTask, eventSubscription,
  ]

  /// `AWS::DMS::ReplicationInstance`. `Ref` and `Id` are its ARN.
  static let replicationInstance = ResourceMapping(
    "AWS::DMS::ReplicationInstance", to: "aws_dms_replication_instance",
    ref: "replication_instance_arn",
    attributes: [
      "Id": "replication_instance_arn",
      "ReplicationInstancePrivateIpAddresses": "replication_instance_private_ips",
      "ReplicationInstancePublicIpAddresses": "replication_instance_public_ips",
    ],
    properties: [
      .custom(
        "ReplicationInstanceIdentifier", lowercased("replication_instance_id")),
      .argument("ReplicationInstanceClass", "replication_instance_class"),
      .argument("AllocatedStorage", "allocated_storage"),
      .argument("EngineVersion", "engine_version"),
      .argument("AllowMajorVersionUpgrade", "allow_major_version_upgrade"),
      .argument("AutoMinorVersionUpgrade", "auto_minor_version_upgrade"),
      .argument("AvailabilityZone", "availability_zone"),
      .argument("MultiAZ", "multi_az"),
      .argument("NetworkType", "network_type"),
      .argument("PreferredMaintenanceWindow", "preferred_maintenance_window"),
      .argument("PubliclyAccessible", "publicly_accessible"),
      .argument("ReplicationSubnetGroupIdentifier", "replication_subnet_group_id"),
      .argument("VpcSecurityGroupIds", "vpc_security_group_ids"),
      .custom("KmsKeyId", RDS.Clusters.kmsKeyArn("kms_key_arn")),
      .tags,
      OpenSearch.notInProvider(
        "DnsNameServers",
        "aws_dms_replication_instance (provider 5.100) has no DNS name servers: the instance uses the VPC's resolver"
      ),
      OpenSearch.notInProvider(
        "ResourceIdentifier",
        "aws_dms_replication_instance (provider 5.100) has no resource identifier: DMS makes one up, and the instance's ARN ends with it"
      ),
      .drop("Id", "read-only: Ref returns it"),
      .drop("ReplicationInstancePrivateIpAddresses", "read-only: DMS sets it"),
      .drop("ReplicationInstancePublicIpAddresses", "read-only: DMS sets it"),
    ],
    importID: byIdentifier("ReplicationInstanceIdentifier", lowercase: true),
    finish: { builder in
      requireIdentifier(
        "replication_instance_id", unless: "ReplicationInstanceIdentifier", &builder)
      RDS.Clusters.applyImmediately(&builder)
    })

  /// `AWS::DMS::ReplicationSubnetGroup`. `Ref` and `Id` are its identifier, which DMS stores in
  /// lower case.
  static let replicationSubnetGroup = ResourceMapping(
    "AWS::DMS::ReplicationSubnetGroup", to: "aws_dms_replication_subnet_group",
    ref: "replication_subnet_group_id",
    attributes: ["Id": "replication_subnet_group_id"],
    properties: [
      .custom("ReplicationSubnetGroupIdentifier", lowercased("replication_subnet_group_id")),
      .argument("ReplicationSubnetGroupDescription", "replication_subnet_group_description"),
      .argument("SubnetIds", "subnet_ids"),
      .tags,
      .drop("Id", "read-only: Ref returns it"),
    ],
    finish: {
      RDS.Clusters.requireLowercaseName(
        "replication_subnet_group_id", unless: "ReplicationSubnetGroupIdentifier", &$0)
    })

  /// `AWS::DMS::ReplicationTask`. `Ref` and `Id` are its ARN. CloudFormation does not start a
  /// task, nor does Terraform unless told.
  static let replicationTask = ResourceMapping(
    "AWS::DMS::ReplicationTask", to: "aws_dms_replication_task", ref: "replication_task_arn",
    attributes: ["Id": "replication_task_arn"],
    properties: [
      .argument("ReplicationTaskIdentifier", "replication_task_id"),
      .argument("MigrationType", "migration_type"),
      .argument("ReplicationInstanceArn", "replication_instance_arn"),
      .argument("SourceEndpointArn", "source_endpoint_arn"),
      .argument("TargetEndpointArn", "target_endpoint_arn"),
      .custom("TableMappings") { member, builder, parts in
        PolicyDocument.argument(member, "table_mappings", &builder, &parts)
      },
      .custom("ReplicationTaskSettings") { member, builder, parts in
        PolicyDocument.argument(member, "replication_task_settings", &builder, &parts)
      },
      .argument("CdcStartPosition", "cdc_start_position"),
      .argument("CdcStartTime", "cdc_start_time"),
      .argument("ResourceIdentifier", "resource_identifier"),
      .tags,
      OpenSearch.notInProvider(
        "CdcStopPosition",
        "aws_dms_replication_task (provider 5.100) has no CDC stop position: give it when starting the task ('aws dms start-replication-task --cdc-stop-position')"
      ),
      OpenSearch.notInProvider(
        "TaskData",
        "aws_dms_replication_task (provider 5.100) has no task data (premigration assessment and data provider settings): set it with 'aws dms modify-replication-task --task-data'"
      ),
      .drop("Id", "read-only: Ref returns it"),
    ],
    importID: byIdentifier("ReplicationTaskIdentifier", lowercase: false),
    finish: { requireIdentifier("replication_task_id", unless: "ReplicationTaskIdentifier", &$0) })

  /// `AWS::DMS::EventSubscription`. `Ref` and `Id` are its name. Terraform requires the source
  /// type and the event categories; CloudFormation subscribes to every category of the type
  /// when none is given, which are written out.
  static let eventSubscription = ResourceMapping(
    "AWS::DMS::EventSubscription", to: "aws_dms_event_subscription", ref: "name",
    attributes: ["Id": "name"],
    properties: [
      .argument("SubscriptionName", "name"),
      .argument("SnsTopicArn", "sns_topic_arn"),
      .argument("SourceType", "source_type"),
      .argument("SourceIds", "source_ids"),
      .argument("EventCategories", "event_categories"),
      .argument("Enabled", "enabled"),
      .tags,
      .drop("Id", "read-only: Ref returns it"),
    ],
    finish: { builder in
      ExtraResources.requireName("name", unless: "SubscriptionName", &builder)
      allCategories(&builder)
    })

  /// The event categories of each source type (`aws dms describe-event-categories`).
  static let categories = [
    "replication-instance": [
      "configuration change", "creation", "deletion", "failover", "failure", "low storage",
      "maintenance",
    ],
    "replication-task": [
      "configuration change", "creation", "deletion", "failure", "state change",
    ],
  ]

  /// Every category of the subscription's source type, when the template names none.
  static func allCategories(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("EventCategories") == nil else { return }
    let type = builder.resource.property("SourceType")
    guard let name = type?.value.stringValue, let all = categories[name] else {
      builder.diagnostics.append(
        .warning(
          "'\(builder.logicalId)' (AWS::DMS::EventSubscription) subscribes to every category of \(type == nil ? "every source type" : "a computed source type"), which Terraform cannot say",
          at: builder.resource.range.start,
          notes: [.init("give SourceType and EventCategories")]))
      return
    }
    let value = HCLExpression.tuple(all.map { .string($0) })
    builder.primary.content.argument(
      "event_categories", value,
      comments: ["CloudFormation subscribes to every category of the source type"])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "EventCategories"),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "event_categories", status: .transformed,
        note:
          "not set: every category of the source type is written (Terraform requires the list)",
        targetValue: HCLPrinter.printExpression(value)))
  }

  /// An identifier DMS stores in lower case: a written one is lowered.
  static func lowercased(_ argument: String) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / argument
      guard let text = member.value.stringValue, text != text.lowercased() else {
        parts.argument(argument, builder.translate(member, as: .string, target: target))
        return
      }
      let value = HCLExpression.string(text.lowercased())
      builder.record(
        member, target: target, status: .transformed,
        note: "DMS stores it in lower case", source: member.value, value: value)
      parts.argument(argument, value)
    }
  }

  /// Imported by the identifier in `property` (in lower case when DMS stores it so); unknown
  /// when the template gives none, the physical id being an ARN, which does not contain it.
  static func byIdentifier(_ property: String, lowercase: Bool) -> ImportID {
    .custom { context in
      context.property(property).map { lowercase ? $0.lowercased() : $0 }
    }
  }

  /// The identifier Terraform requires, when the template gives none: CloudFormation generated
  /// one, which the stack does not list (the physical id is the ARN), so a name of the stack
  /// and the logical id is written.
  static func requireIdentifier(
    _ argument: String, unless property: String, _ builder: inout ResourceBuilder
  ) {
    guard builder.resource.property(property) == nil else { return }
    let name = HCLExpression.call(
      "lower",
      [
        .template([
          .interpolation(builder.translator.stackName()), .literal("-\(builder.logicalId)"),
        ])
      ])
    builder.primary.content.arguments.items.insert(
      contentsOf: [
        .comment([
          "cfn2tf: '\(property)' is not set: CloudFormation generated one, which the stack does not",
          "list (its physical id is the ARN); write the live one here to adopt the resource",
        ]),
        .attribute(HCLAttribute(argument, name)),
      ], at: 0)
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / property),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / argument,
        status: .approximated,
        note:
          "not set: CloudFormation's generated identifier is not in the stack; the stack name and logical id are written",
        targetValue: HCLPrinter.printExpression(name)))
  }
}
