import CFNParser

/// `AWS::ElastiCache::*`: cache clusters and replication groups (changes applied at once, a final
/// snapshot for `DeletionPolicy: Snapshot`, the AUTH token a sensitive variable), subnet and
/// parameter groups, users and user groups, serverless caches (`ElastiCache+Groups.swift`).
/// Cache security groups (EC2-Classic) are left out.
package enum ElastiCache: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    cacheCluster, replicationGroup, subnetGroup, parameterGroup, securityGroup,
    securityGroupIngress, user, userGroup, serverlessCache,
  ]

  /// `AWS::ElastiCache::CacheCluster`. `Ref` is the cluster id. A Redis cluster has one node,
  /// whose address is `RedisEndpoint.Address`; a Memcached cluster's configuration endpoint is
  /// `cluster_address`. Both ports are the cluster's port.
  static let cacheCluster = ResourceMapping(
    "AWS::ElastiCache::CacheCluster", to: "aws_elasticache_cluster", ref: "id",
    attributes: [
      "ConfigurationEndpoint.Address": "cluster_address", "ConfigurationEndpoint.Port": "port",
      "RedisEndpoint.Address": "cache_nodes[0].address", "RedisEndpoint.Port": "port",
    ],
    properties: [
      .custom("ClusterName", lowercased("cluster_id")),
      .custom("Engine", lowercased("engine")),
      .argument("EngineVersion", "engine_version"),
      .argument("CacheNodeType", "node_type"),
      .argument("NumCacheNodes", "num_cache_nodes"),
      .argument("AZMode", "az_mode"),
      .argument("PreferredAvailabilityZone", "availability_zone"),
      .argument("PreferredAvailabilityZones", "preferred_availability_zones"),
      .argument("Port", "port"),
      .argument("CacheParameterGroupName", "parameter_group_name"),
      .argument("CacheSubnetGroupName", "subnet_group_name"),
      .argument("VpcSecurityGroupIds", "security_group_ids"),
      classicSecurityGroups,
      .argument("NetworkType", "network_type"),
      .argument("IpDiscovery", "ip_discovery"),
      .argument("TransitEncryptionEnabled", "transit_encryption_enabled"),
      .argument("AutoMinorVersionUpgrade", "auto_minor_version_upgrade"),
      .argument("PreferredMaintenanceWindow", "maintenance_window"),
      .argument("NotificationTopicArn", "notification_topic_arn"),
      .argument("SnapshotArns", "snapshot_arns"),
      .argument("SnapshotName", "snapshot_name"),
      .argument("SnapshotRetentionLimit", "snapshot_retention_limit"),
      .argument("SnapshotWindow", "snapshot_window"),
      logDelivery,
      .tags,
      .drop("ConfigurationEndpoint", "read-only: ElastiCache sets it"),
      .drop("RedisEndpoint", "read-only: ElastiCache sets it"),
    ],
    finish: { builder in
      requireLowercaseName("cluster_id", unless: "ClusterName", &builder)
      applyImmediately(&builder)
      finalSnapshot(after: "cluster_id", &builder)
    })

  /// `AWS::ElastiCache::ReplicationGroup`. `Ref` is the replication group id. `ReadEndPoint`'s
  /// lists of reader addresses and ports have no counterpart (provider 5.100 lists the member
  /// clusters' ids only): a reference to them becomes null, with a warning.
  static let replicationGroup = ResourceMapping(
    "AWS::ElastiCache::ReplicationGroup", to: "aws_elasticache_replication_group", ref: "id",
    attributes: [
      "ConfigurationEndPoint.Address": "configuration_endpoint_address",
      "ConfigurationEndPoint.Port": "port",
      "PrimaryEndPoint.Address": "primary_endpoint_address", "PrimaryEndPoint.Port": "port",
      "ReaderEndPoint.Address": "reader_endpoint_address", "ReaderEndPoint.Port": "port",
    ],
    properties: [
      .custom("ReplicationGroupId", lowercased("replication_group_id")),
      .argument("ReplicationGroupDescription", "description"),
      .custom("Engine", lowercased("engine")),
      .argument("EngineVersion", "engine_version"),
      .argument("CacheNodeType", "node_type"),
      .argument("ClusterMode", "cluster_mode"),
      .argument("NumCacheClusters", "num_cache_clusters"),
      .argument("NumNodeGroups", "num_node_groups"),
      .argument("ReplicasPerNodeGroup", "replicas_per_node_group"),
      .custom("NodeGroupConfiguration", nodeGroups),
      .argument("PreferredCacheClusterAZs", "preferred_cache_cluster_azs"),
      .argument("AutomaticFailoverEnabled", "automatic_failover_enabled"),
      .argument("MultiAZEnabled", "multi_az_enabled"),
      .argument("GlobalReplicationGroupId", "global_replication_group_id"),
      .custom("PrimaryClusterId") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_elasticache_replication_group (provider 5.100) cannot be built around an existing cluster: give the group NumCacheClusters and seed it from a snapshot of the cluster (SnapshotName)"
        )
      },
      .argument("Port", "port"),
      .argument("CacheParameterGroupName", "parameter_group_name"),
      .argument("CacheSubnetGroupName", "subnet_group_name"),
      .argument("SecurityGroupIds", "security_group_ids"),
      classicSecurityGroups,
      .argument("NetworkType", "network_type"),
      .argument("IpDiscovery", "ip_discovery"),
      .argument("AtRestEncryptionEnabled", "at_rest_encryption_enabled"),
      .custom("KmsKeyId", kmsKeyArn("kms_key_id")),
      .argument("TransitEncryptionEnabled", "transit_encryption_enabled"),
      .argument("TransitEncryptionMode", "transit_encryption_mode"),
      .custom(
        "AuthToken", SecretArgument.rule("auth_token", .init("AUTH token", variable: "auth_token"))),
      .argument("UserGroupIds", "user_group_ids"),
      .argument("DataTieringEnabled", "data_tiering_enabled"),
      .argument("AutoMinorVersionUpgrade", "auto_minor_version_upgrade"),
      .argument("PreferredMaintenanceWindow", "maintenance_window"),
      .argument("NotificationTopicArn", "notification_topic_arn"),
      .argument("SnapshotArns", "snapshot_arns"),
      .argument("SnapshotName", "snapshot_name"),
      .argument("SnapshotRetentionLimit", "snapshot_retention_limit"),
      .argument("SnapshotWindow", "snapshot_window"),
      .custom("SnapshottingClusterId") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_elasticache_replication_group (provider 5.100) cannot choose the cluster daily snapshots are taken from: ElastiCache chooses it"
        )
      },
      logDelivery,
      .tags,
      .drop("ConfigurationEndPoint", "read-only: ElastiCache sets it"),
      .drop("PrimaryEndPoint", "read-only: ElastiCache sets it"),
      .drop("ReadEndPoint", "read-only: ElastiCache sets it"),
      .drop("ReaderEndPoint", "read-only: ElastiCache sets it"),
    ],
    finish: { builder in
      requireLowercaseName("replication_group_id", unless: "ReplicationGroupId", &builder)
      applyImmediately(&builder)
      finalSnapshot(after: "replication_group_id", &builder)
      onlineResharding(&builder)
    })

  /// `CacheSecurityGroupNames`: EC2-Classic, as `AWS::RDS::DBInstance`'s `DBSecurityGroups`.
  static let classicSecurityGroups = PropertyRule.drop(
    "CacheSecurityGroupNames",
    "cache security groups are EC2-Classic, which AWS retired: give the cache VPC security groups (VpcSecurityGroupIds or SecurityGroupIds)"
  )

  /// `LogDeliveryConfigurations`: a `log_delivery_configuration` block each, whose `destination`
  /// is the log group or the Firehose delivery stream its `DestinationDetails` names.
  static let logDelivery = PropertyRule(
    "LogDeliveryConfigurations",
    .blocks(
      "log_delivery_configuration",
      [
        .custom("DestinationDetails", destination),
        .argument("DestinationType", "destination_type"),
        .argument("LogFormat", "log_format"),
        .argument("LogType", "log_type"),
      ]))

  /// `DestinationDetails`: `CloudWatchLogsDetails.LogGroup` or
  /// `KinesisFirehoseDetails.DeliveryStream` as `destination`.
  @Sendable static func destination(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "log_delivery_configuration" / "destination"
    guard case .object(let details) = member.value.kind else {
      builder.report(member, .computedSpread)
      return
    }
    for detail in details {
      let path = member.field(detail)
      let field =
        switch detail.key {
        case "CloudWatchLogsDetails": "LogGroup"
        case "KinesisFirehoseDetails": "DeliveryStream"
        default: ""
        }
      guard case .object(let fields) = detail.value.kind,
        let value = fields.first(where: { $0.key == field })
      else {
        builder.report(path, .noRule(builder.resource.type.value))
        continue
      }
      let inner = path.field(value)
      parts.argument("destination", builder.translate(inner, as: .string, target: target))
    }
  }

  /// `NodeGroupConfiguration`: Terraform configures the shards alike. One group (the only one of a
  /// group without cluster mode) becomes `num_cache_clusters`, its replicas and primary, and
  /// `preferred_cache_cluster_azs`, its zones, primary first; several become `num_node_groups`
  /// and the replica count they share `replicas_per_node_group`. Arguments the template sets
  /// itself win. Slots and the zones of several groups have no counterpart: ElastiCache places
  /// the groups and spreads the slots; it numbers them too.
  @Sendable static func nodeGroups(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let groups = builder.objects(
        of: member, computed: "a computed list of node groups cannot be converted; write it out",
        notAnObject: "a node group must be an object")
    else { return }
    let address = builder.primary.path
    builder.record(
      member, target: address, status: .transformed,
      note: "its node groups became the arguments that shape the group")
    let given = Set(builder.resource.properties.map(\.key))
    let sized = !given.isDisjoint(
      with: ["NumCacheClusters", "NumNodeGroups", "ReplicasPerNodeGroup"])
    if groups.count > 1, !sized {
      parts.argument(
        "num_node_groups", .number(String(groups.count)),
        comments: ["the number of NodeGroupConfiguration entries"])
    }
    let zoned = groups.count == 1 && !given.contains("PreferredCacheClusterAZs")
    let counts = groups.compactMap { $0.fields.first { $0.key == "ReplicaCount" } }
    let shared = counts.count == groups.count && Set(counts.map(\.value.compactText)).count == 1
    for group in groups {
      for field in group.fields {
        let element = group.element.field(field)
        switch field.key {
        case "ReplicaCount" where sized:
          builder.dropped(
            element,
            reason:
              "NumCacheClusters, NumNodeGroups or ReplicasPerNodeGroup sets the size of the group")
        case "ReplicaCount" where groups.count == 1:
          let count = builder.translate(
            element, as: .number, target: address / "num_cache_clusters")
          let total: HCLExpression =
            if case .number(let text) = count, let number = Int(text) {
              .number(String(number + 1))
            } else {
              .binary(count, "+", .number("1"))
            }
          parts.argument(
            "num_cache_clusters", total, comments: ["the node group's replicas and its primary"])
        case "ReplicaCount" where shared && group.index == 0:
          parts.argument(
            "replicas_per_node_group",
            builder.translate(element, as: .number, target: address / "replicas_per_node_group"))
        case "ReplicaCount" where shared:
          builder.record(
            element, target: address / "replicas_per_node_group",
            status: .transformed, note: "the replica count every node group shares")
        case "NodeGroupId":
          builder.dropped(
            element, reason: "ElastiCache numbers the node groups itself: 0001, 0002, …")
        case "PrimaryAvailabilityZone" where zoned, "ReplicaAvailabilityZones" where zoned:
          continue  // Written below, in order.
        case "PrimaryAvailabilityZone" where groups.count == 1,
          "ReplicaAvailabilityZones" where groups.count == 1:
          builder.dropped(
            element,
            reason: "PreferredCacheClusterAZs, which the template sets too, places the nodes")
        default:
          builder.unsupported(
            element,
            reason:
              "aws_elasticache_replication_group (provider 5.100) shapes all node groups alike: ElastiCache places each group and spreads the slots"
          )
        }
      }
    }
    if zoned { zones(of: groups[0], &builder, &parts) }
  }

  /// A single node group's primary and replica zones as `preferred_cache_cluster_azs`.
  static func zones(
    of group: ResourceBuilder.ListObject, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "preferred_cache_cluster_azs"
    var items: [HCLExpression] = []
    var computed: HCLExpression?
    for key in ["PrimaryAvailabilityZone", "ReplicaAvailabilityZones"] {
      guard let field = group.fields.first(where: { $0.key == key }) else { continue }
      let element = group.element.field(field)
      let value = builder.translate(
        element, as: key == "PrimaryAvailabilityZone" ? .string : .list(.string), target: target)
      switch value {
      case .tuple(let zones): items += zones
      case _ where key == "PrimaryAvailabilityZone": items.append(value)
      default: computed = value
      }
    }
    guard !items.isEmpty || computed != nil else { return }
    var value = HCLExpression.tuple(items)
    if let computed { value = items.isEmpty ? computed : .call("concat", [value, computed]) }
    parts.argument(
      "preferred_cache_cluster_azs", value, comments: ["the node group's zones, primary first"])
  }
}
