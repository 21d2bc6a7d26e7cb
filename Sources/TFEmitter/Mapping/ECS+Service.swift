import CFNParser

extension ECS.Workloads {
  /// `AWS::ECS::Service`. `Ref` and `ServiceArn` are the service's ARN, Terraform's `id`; `Name`
  /// is its name. Terraform imports it as `CLUSTER/SERVICE`. `ServiceName` is optional in
  /// CloudFormation but `name` is required in Terraform: a service without one takes its name
  /// from the live ARN in `var.physical_names`, else `"${var.stack_name}-LogicalId"`.
  /// CloudFormation's defaults that Terraform does not share are written out: one task, waiting
  /// for a steady state, Availability Zone rebalancing.
  static let service = ResourceMapping(
    "AWS::ECS::Service", to: "aws_ecs_service", ref: "id",
    attributes: ["ServiceArn": "id", "Name": "name"],
    properties: [
      .argument("ServiceName", "name"),
      .argument("Cluster", "cluster"),
      .argument("TaskDefinition", "task_definition"),
      .argument("LaunchType", "launch_type"),
      .argument("PlatformVersion", "platform_version"),
      .argument("SchedulingStrategy", "scheduling_strategy"),
      .argument("DesiredCount", "desired_count"),
      .argument("AvailabilityZoneRebalancing", "availability_zone_rebalancing"),
      .argument("HealthCheckGracePeriodSeconds", "health_check_grace_period_seconds"),
      .argument("Role", "iam_role"),
      .argument("EnableECSManagedTags", "enable_ecs_managed_tags"),
      .argument("EnableExecuteCommand", "enable_execute_command"),
      .argument("PropagateTags", "propagate_tags"),
      .custom("ForceNewDeployment", ExtraResources.flattened(forceNewDeploymentRules)),
      .custom("DeploymentConfiguration", ExtraResources.flattened(deploymentRules)),
      PropertyRule(
        "DeploymentController", .block("deployment_controller", [.argument("Type", "type")])),
      PropertyRule(
        "CapacityProviderStrategy", .blocks("capacity_provider_strategy", strategyRules)),
      PropertyRule("LoadBalancers", .blocks("load_balancer", loadBalancerRules)),
      .custom("NetworkConfiguration", networkConfiguration("AwsvpcConfiguration")),
      PropertyRule(
        "PlacementConstraints",
        .blocks(
          "placement_constraints",
          [.argument("Type", "type"), .argument("Expression", "expression")])
      ),
      PropertyRule(
        "PlacementStrategies",
        .blocks(
          "ordered_placement_strategy", [.argument("Type", "type"), .argument("Field", "field")])),
      PropertyRule("ServiceRegistries", .blocks("service_registries", registryRules)),
      PropertyRule(
        "ServiceConnectConfiguration", .block("service_connect_configuration", serviceConnectRules)),
      PropertyRule(
        "VolumeConfigurations", .blocks("volume_configuration", volumeConfigurationRules)),
      PropertyRule(
        "VpcLatticeConfigurations",
        .blocks(
          "vpc_lattice_configurations",
          [
            .argument("RoleArn", "role_arn"), .argument("TargetGroupArn", "target_group_arn"),
            .argument("PortName", "port_name"),
          ])),
      .tags,
      .drop("ServiceArn", "read-only: the service's ARN is the id attribute"),
      .drop("Name", "read-only: the service's name is the name attribute"),
    ],
    importID: .custom { context in
      // A service without a Cluster runs in the cluster named default.
      let cluster =
        context.resource.property("Cluster") == nil ? "default" : context.property("Cluster")
      guard let arn = context.physicalId, let cluster else { return nil }
      return "\(lastPart(cluster, after: "/"))/\(lastPart(arn, after: "/"))"
    },
    finish: { builder in
      ExtraResources.requireName("name", unless: "ServiceName", &builder, removing: "^arn:.*/")
      serviceDefaults(&builder)
    })

  /// `ForceNewDeployment`: `force_new_deployment`, its nonce a trigger of a new deployment.
  static let forceNewDeploymentRules: [PropertyRule] = [
    .argument("EnableForceNewDeployment", "force_new_deployment"),
    .custom("ForceNewDeploymentNonce") { member, builder, parts in
      let target = builder.primary.path / "triggers"
      builder.translator.begin()
      let nonce = builder.translator.translate(member.value, as: .string)
      builder.translator.transformed(
        "the nonce became a trigger: a new value redeploys the service")
      let value = HCLExpression.object([HCLObjectItem("force_new_deployment_nonce", nonce)])
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: value)
      parts.argument("triggers", value)
    },
  ]

  /// `DeploymentConfiguration`, whose fields are arguments and blocks of the service itself.
  /// Provider 5.100 deploys by rolling update only: ECS's blue/green, linear and canary
  /// strategies (and their bake times and lifecycle hooks) are not converted.
  static let deploymentRules: [PropertyRule] = [
    .argument("MaximumPercent", "deployment_maximum_percent"),
    .argument("MinimumHealthyPercent", "deployment_minimum_healthy_percent"),
    PropertyRule(
      "DeploymentCircuitBreaker",
      .block(
        "deployment_circuit_breaker",
        [.argument("Enable", "enable"), .argument("Rollback", "rollback")]
      )),
    PropertyRule(
      "Alarms",
      .block(
        "alarms",
        [
          .argument("AlarmNames", "alarm_names"), .argument("Enable", "enable"),
          .argument("Rollback", "rollback"),
        ])),
    .custom("Strategy") { member, builder, _ in
      guard member.value.stringValue == "ROLLING" else {
        builder.unsupported(member, reason: rollingOnly)
        return
      }
      builder.dropped(member, reason: "ROLLING is what Terraform's service does: nothing to write")
    },
    absent("BakeTimeInMinutes", rollingOnly),
    absent("CanaryConfiguration", rollingOnly),
    absent("LinearConfiguration", rollingOnly),
    absent("LifecycleHooks", rollingOnly),
  ]

  /// Why deployment strategies other than a rolling update are not converted.
  static let rollingOnly =
    "aws_ecs_service (provider 5.100) deploys by rolling update only: it has no blue/green, linear or canary strategy, bake time or lifecycle hooks"

  /// The fields of a load balancer.
  static let loadBalancerRules: [PropertyRule] = [
    .argument("TargetGroupArn", "target_group_arn"),
    .argument("LoadBalancerName", "elb_name"),
    .argument("ContainerName", "container_name"),
    .argument("ContainerPort", "container_port"),
    absent(
      "AdvancedConfiguration",
      "aws_ecs_service (provider 5.100) has no blue/green load balancer configuration (alternate target group, listener rules)"
    ),
  ]

  /// The fields of `ServiceConnectConfiguration`.
  static let serviceConnectRules: [PropertyRule] = [
    .argument("Enabled", "enabled"),
    .argument("Namespace", "namespace"),
    PropertyRule(
      "LogConfiguration",
      .block(
        "log_configuration",
        [
          .argument("LogDriver", "log_driver"),
          .argument("Options", "options"),
          PropertyRule(
            "SecretOptions",
            .blocks(
              "secret_option", [.argument("Name", "name"), .argument("ValueFrom", "value_from")])
          ),
        ])),
    PropertyRule(
      "Services",
      .blocks(
        "service",
        [
          .argument("PortName", "port_name"),
          .argument("DiscoveryName", "discovery_name"),
          .argument("IngressPortOverride", "ingress_port_override"),
          PropertyRule(
            "ClientAliases",
            .blocks(
              "client_alias",
              [
                .argument("Port", "port"), .argument("DnsName", "dns_name"),
                absent(
                  "TestTrafficRules",
                  "the client_alias block (provider 5.100) has no test traffic rules: they serve blue/green deployments"
                ),
              ])),
          PropertyRule(
            "Timeout",
            .block(
              "timeout",
              [
                .argument("IdleTimeoutSeconds", "idle_timeout_seconds"),
                .argument("PerRequestTimeoutSeconds", "per_request_timeout_seconds"),
              ])),
          PropertyRule(
            "Tls",
            .block(
              "tls",
              [
                PropertyRule(
                  "IssuerCertificateAuthority",
                  .block(
                    "issuer_cert_authority",
                    [.argument("AwsPcaAuthorityArn", "aws_pca_authority_arn")])),
                .argument("KmsKey", "kms_key"),
                .argument("RoleArn", "role_arn"),
              ])),
        ])),
    absent(
      "AccessLogConfiguration",
      "service_connect_configuration (provider 5.100) has no access logs: Service Connect writes none"
    ),
  ]

  /// The fields of a volume configuration.
  static let volumeConfigurationRules: [PropertyRule] = [
    .argument("Name", "name"),
    PropertyRule(
      "ManagedEBSVolume",
      .block(
        "managed_ebs_volume",
        [
          .argument("RoleArn", "role_arn"),
          .argument("Encrypted", "encrypted"),
          .argument("KmsKeyId", "kms_key_id"),
          .argument("VolumeType", "volume_type"),
          .argument("SizeInGiB", "size_in_gb"),
          .argument("SnapshotId", "snapshot_id"),
          .argument("Iops", "iops"),
          .argument("Throughput", "throughput"),
          .argument("VolumeInitializationRate", "volume_initialization_rate"),
          .argument("FilesystemType", "file_system_type"),
          PropertyRule(
            "TagSpecifications",
            .blocks(
              "tag_specifications",
              [
                .argument("ResourceType", "resource_type"),
                .argument("PropagateTags", "propagate_tags"),
                PropertyRule("Tags", .tagsMap("tags")),
              ])),
        ])),
  ]

  /// CloudFormation's defaults that Terraform's differ from: a replica service runs one task
  /// (Terraform's `desired_count` is 0) and rebalances across Availability Zones, and
  /// CloudFormation waits for a steady state (Terraform does not wait).
  static func serviceDefaults(_ builder: inout ResourceBuilder) {
    let properties = builder.resource.properties
    let address = builder.primary.path
    let daemon = builder.resource.property("SchedulingStrategy")?.value.stringValue == "DAEMON"
    var controller = "ECS"
    if let deployment = builder.resource.property("DeploymentController"),
      case .object(let fields) = deployment.value.kind
    {
      controller = fields.first(where: { $0.key == "Type" })?.value.stringValue ?? "?"
    }
    let external = builder.resource.property("LaunchType")?.value.stringValue == "EXTERNAL"
    var parts = builder.primary.content
    if !daemon {
      write(
        Default(
          "DesiredCount", "desired_count", .number("1"),
          "CloudFormation's default of one task; Terraform's would be 0"),
        unless: properties, at: .here, target: address, into: &parts, &builder)
    }
    if !daemon, controller == "ECS", !external {
      write(
        Default(
          "AvailabilityZoneRebalancing", "availability_zone_rebalancing", .string("ENABLED"),
          "CloudFormation's default; Terraform leaves it unset"),
        unless: properties, at: .here, target: address, into: &parts, &builder)
    }
    parts.argument(
      "wait_for_steady_state", .bool(true),
      comments: ["CloudFormation waits until the service is stable; Terraform would not wait"])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: TemplatePath.resource(builder.logicalId) / "WaitForSteadyState",
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: address / "wait_for_steady_state", status: .transformed,
        note: "CloudFormation waits for the service to be stable: so does Terraform with this",
        targetValue: "true"))
    builder.primary.content = parts
  }
}
