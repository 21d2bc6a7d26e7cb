import CFNParser

extension RDS.Clusters {
  /// `AWS::RDS::DBProxy`. `Ref` is its name. `VpcId` has no counterpart (provider 5.100 does not
  /// read it): a reference to it becomes null, with a warning.
  static let dbProxy = ResourceMapping(
    "AWS::RDS::DBProxy", to: "aws_db_proxy", ref: "name",
    attributes: ["DBProxyArn": "arn", "Endpoint": "endpoint"],
    properties: [
      .argument("DBProxyName", "name"),
      .argument("EngineFamily", "engine_family"),
      .argument("RoleArn", "role_arn"),
      .argument("VpcSubnetIds", "vpc_subnet_ids"),
      .argument("VpcSecurityGroupIds", "vpc_security_group_ids"),
      .argument("RequireTLS", "require_tls"),
      .argument("IdleClientTimeout", "idle_client_timeout"),
      .argument("DebugLogging", "debug_logging"),
      PropertyRule(
        "Auth",
        .blocks(
          "auth",
          [
            .argument("AuthScheme", "auth_scheme"),
            .argument("SecretArn", "secret_arn"),
            .argument("IAMAuth", "iam_auth"),
            .argument("ClientPasswordAuthType", "client_password_auth_type"),
            .argument("Description", "description"),
          ])),
      unlessDefault(
        "DefaultAuthScheme", .string("NONE"),
        "aws_db_proxy (provider 5.100) has no default authentication scheme: the proxy signs in to the database with the secrets of its Auth entries"
      ),
      unlessDefault(
        "EndpointNetworkType", .string("IPV4"),
        "aws_db_proxy (provider 5.100) makes IPv4 endpoints only: create the proxy's endpoints with 'aws rds create-db-proxy --endpoint-network-type'"
      ),
      unlessDefault(
        "TargetConnectionNetworkType", .string("IPV4"),
        "aws_db_proxy (provider 5.100) reaches its targets over IPv4 only: create the proxy with 'aws rds create-db-proxy --target-connection-network-type'"
      ),
      .tags,
    ])

  /// `AWS::RDS::DBProxyTargetGroup`: the proxy's default target group, its only one, which
  /// `aws_db_proxy_default_target_group` configures (imported by the proxy's name); each instance
  /// and cluster it serves is an `aws_db_proxy_target`. `Ref` is the target group's ARN.
  static let dbProxyTargetGroup = ResourceMapping(
    "AWS::RDS::DBProxyTargetGroup", to: "aws_db_proxy_default_target_group", ref: "arn",
    attributes: ["TargetGroupArn": "arn"],
    properties: [
      .argument("DBProxyName", "db_proxy_name"),
      .custom("TargetGroupName") { member, builder, _ in
        builder.record(
          member, target: builder.primary.path / "name",
          status: .exact, note: "a proxy's one target group, 'default', which Terraform reads",
          source: member.value)
      },
      PropertyRule(
        "ConnectionPoolConfigurationInfo",
        .block(
          "connection_pool_config",
          [
            .argument("ConnectionBorrowTimeout", "connection_borrow_timeout"),
            .argument("InitQuery", "init_query"),
            .argument("MaxConnectionsPercent", "max_connections_percent"),
            .argument("MaxIdleConnectionsPercent", "max_idle_connections_percent"),
            .argument("SessionPinningFilters", "session_pinning_filters"),
          ])),
      .custom(
        "DBInstanceIdentifiers",
        targets(argument: "db_instance_identifier", type: "RDS_INSTANCE")),
      .custom(
        "DBClusterIdentifiers",
        targets(argument: "db_cluster_identifier", type: "TRACKED_CLUSTER")),
    ],
    importID: .custom { $0.property("DBProxyName") })

  /// `DBInstanceIdentifiers` or `DBClusterIdentifiers`: an `aws_db_proxy_target` each, whose
  /// `argument` names the instance or cluster; imported by
  /// `<proxy name>/default/<type>/<identifier>`.
  static func targets(argument: String, type targetType: String) -> PropertyCode {
    { member, builder, _ in
      guard let elements = ExtraResources.elements(member.value, builder.translator) else {
        builder.unsupported(
          member,
          reason:
            "a computed list cannot become one aws_db_proxy_target per identifier; write the list out"
        )
        return
      }
      builder.record(
        member, target: nil, status: .transformed,
        note: "each identifier became an aws_db_proxy_target")
      let type = "aws_db_proxy_target"
      let proxy = builder.resource.property("DBProxyName")?.value
      for (index, element) in elements.enumerated() {
        let base =
          builder.primary.name + "_" + ExtraResources.suffix(for: element.value, index: index)
        var resource = ExtraResources.make(
          type, name: ExtraResources.uniqueName(base, type: type, builder), from: member.key,
          builder)
        if let count = ExtraResources.count(element.condition, builder) {
          resource.meta.attribute("count", count)
        }
        resource.content.argument("db_proxy_name", ExtraResources.primary("db_proxy_name", builder))
        resource.content.argument("target_group_name", ExtraResources.primary("name", builder))
        resource.content.argument(
          argument,
          builder.translate(
            member.element(index, element.value), as: .string, target: resource.path / argument))
        let id: ImportID =
          if let proxy {
            .joined(
              [.value(proxy), .literal("default"), .literal(targetType), .value(element.value)],
              separator: "/")
          } else {
            .notImportable("the target group names no proxy")
          }
        resource.importID = .unlessConditional(
          id, element.condition, format: "<proxy name>/default/\(targetType)/<identifier>")
        builder.extras.append(resource)
      }
    }
  }
}
