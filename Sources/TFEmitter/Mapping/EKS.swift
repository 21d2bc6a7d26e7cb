import CFNParser

/// `AWS::EKS::*`: clusters, managed node groups and Fargate profiles (`EKS+Compute.swift`),
/// add-ons, access entries (their access policies as resources of their own), pod identity
/// associations and identity provider configurations (`EKS+Access.swift`). CloudFormation's `Ref`
/// of a type whose identifier is composite (`CLUSTER|NAME`) is left unmapped, as for other
/// composite identifiers: Terraform's ids join the parts differently.
package enum EKS: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    cluster, nodegroup, fargateProfile, addon, accessEntry, podIdentityAssociation,
    identityProviderConfig,
  ]

  /// `AWS::EKS::Cluster`. `Ref` is its name, which Terraform imports it by. The attributes of its
  /// nested values are read through the list Terraform keeps them in.
  static let cluster = ResourceMapping(
    "AWS::EKS::Cluster", to: "aws_eks_cluster", ref: "name",
    attributes: [
      "Arn": "arn", "Endpoint": "endpoint",
      "CertificateAuthorityData": "certificate_authority[0].data",
      "ClusterSecurityGroupId": "vpc_config[0].cluster_security_group_id",
      "EncryptionConfigKeyArn": "one(encryption_config[*].provider[0].key_arn)",
      "OpenIdConnectIssuerUrl": "identity[0].oidc[0].issuer",
      "KubernetesNetworkConfig.ServiceIpv6Cidr": "kubernetes_network_config[0].service_ipv6_cidr",
      "Id": "cluster_id",
    ],
    properties: [
      .argument("Name", "name"),
      .argument("RoleArn", "role_arn"),
      .argument("Version", "version"),
      .argument("BootstrapSelfManagedAddons", "bootstrap_self_managed_addons"),
      .argument("Force", "force_update_version"),
      PropertyRule(
        "ResourcesVpcConfig",
        .block(
          "vpc_config",
          [
            .argument("SubnetIds", "subnet_ids"),
            .argument("SecurityGroupIds", "security_group_ids"),
            .argument("EndpointPrivateAccess", "endpoint_private_access"),
            .argument("EndpointPublicAccess", "endpoint_public_access"),
            .argument("PublicAccessCidrs", "public_access_cidrs"),
          ])),
      PropertyRule(
        "KubernetesNetworkConfig",
        .block(
          "kubernetes_network_config",
          [
            .argument("ServiceIpv4Cidr", "service_ipv4_cidr"),
            .argument("IpFamily", "ip_family"),
            PropertyRule(
              "ElasticLoadBalancing",
              .block("elastic_load_balancing", [.argument("Enabled", "enabled")])),
            .drop(
              "ServiceIpv6Cidr",
              "read-only: EKS assigns the IPv6 service range (the service_ipv6_cidr attribute)"),
          ])),
      .custom("Logging", logging),
      PropertyRule(
        "EncryptionConfig",
        .blocks(
          "encryption_config",
          [
            .argument("Resources", "resources"),
            PropertyRule("Provider", .block("provider", [.argument("KeyArn", "key_arn")])),
          ])),
      PropertyRule(
        "AccessConfig",
        .block(
          "access_config",
          [
            .argument("AuthenticationMode", "authentication_mode"),
            .argument(
              "BootstrapClusterCreatorAdminPermissions",
              "bootstrap_cluster_creator_admin_permissions"),
          ])),
      PropertyRule(
        "ComputeConfig",
        .block(
          "compute_config",
          [
            .argument("Enabled", "enabled"), .argument("NodePools", "node_pools"),
            .argument("NodeRoleArn", "node_role_arn"),
          ])),
      PropertyRule(
        "StorageConfig",
        .block(
          "storage_config",
          [
            PropertyRule(
              "BlockStorage", .block("block_storage", [.argument("Enabled", "enabled")]))
          ])),
      PropertyRule(
        "RemoteNetworkConfig",
        .block(
          "remote_network_config",
          [
            PropertyRule(
              "RemoteNodeNetworks", .blocks("remote_node_networks", [.argument("Cidrs", "cidrs")])),
            PropertyRule(
              "RemotePodNetworks", .blocks("remote_pod_networks", [.argument("Cidrs", "cidrs")])),
          ])),
      PropertyRule(
        "OutpostConfig",
        .block(
          "outpost_config",
          [
            .argument("ControlPlaneInstanceType", "control_plane_instance_type"),
            .argument("OutpostArns", "outpost_arns"),
            PropertyRule(
              "ControlPlanePlacement",
              .block("control_plane_placement", [.argument("GroupName", "group_name")])),
          ])),
      PropertyRule(
        "UpgradePolicy", .block("upgrade_policy", [.argument("SupportType", "support_type")])),
      PropertyRule(
        "ZonalShiftConfig", .block("zonal_shift_config", [.argument("Enabled", "enabled")])),
      absent(
        "DeletionProtection",
        "aws_eks_cluster (provider 5.100) has no deletion protection: EKS lets the cluster be deleted; add lifecycle prevent_destroy to guard it in Terraform"
      ),
      absent(
        "ControlPlaneScalingConfig",
        "aws_eks_cluster (provider 5.100) has no control plane scaling tier: EKS scales the control plane itself (standard tier)"
      ),
      .tags,
      readOnly("Arn", "arn"),
      readOnly("CertificateAuthorityData", "certificate_authority"),
      readOnly("ClusterSecurityGroupId", "vpc_config's cluster_security_group_id"),
      readOnly("EncryptionConfigKeyArn", "encryption_config's key_arn"),
      readOnly("Endpoint", "endpoint"),
      readOnly("Id", "cluster_id"),
      readOnly("OpenIdConnectIssuerUrl", "identity"),
    ],
    finish: { builder in ExtraResources.requireName("name", unless: "Name", &builder) })

  /// `Logging.ClusterLogging.EnabledTypes`, a list of `{Type}`: `enabled_cluster_log_types`.
  @Sendable static func logging(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let reason = "a computed logging configuration cannot become a list of log types; write it out"
    guard case .object(let outer) = member.value.kind else {
      builder.unsupported(member, reason: reason)
      return
    }
    for field in outer where field.key != "ClusterLogging" {
      builder.report(member.field(field), .noRule("AWS::EKS::Cluster"))
    }
    guard let logging = outer.first(where: { $0.key == "ClusterLogging" }) else { return }
    let clusterLogging = member.field(logging)
    guard case .object(let fields) = logging.value.kind else {
      builder.unsupported(member.field(logging), reason: reason)
      return
    }
    for field in fields where field.key != "EnabledTypes" {
      builder.report(clusterLogging.field(field), .noRule("AWS::EKS::Cluster"))
    }
    guard let enabledMember = fields.first(where: { $0.key == "EnabledTypes" }) else { return }
    let enabled = clusterLogging.field(enabledMember)
    guard case .list(let items) = enabled.value.kind else {
      builder.unsupported(enabled, reason: reason)
      return
    }
    builder.translator.begin()
    var types: [HCLExpression] = []
    for item in items {
      guard case .object(let entry) = item.kind,
        let type = entry.first(where: { $0.key == "Type" })
      else {
        builder.unsupported(
          enabled, reason: "each element must be an object with a Type")
        return
      }
      types.append(builder.translator.translate(type.value, as: .string))
    }
    builder.translator.transformed("the Type of each element became the list of log types")
    let value = HCLExpression.tuple(types)
    builder.record(
      enabled,
      target: builder.primary.path / "enabled_cluster_log_types",
      status: builder.translator.status, note: builder.translator.note, source: enabled.value,
      value: value)
    parts.argument("enabled_cluster_log_types", value)
  }

  /// A property provider 5.100 has no counterpart for, though it changes what is deployed: a
  /// warning, a comment and the ledger entry say so.
  static func absent(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in builder.unsupported(member, reason: reason) }
  }

  /// A read-only property CloudFormation's schema lists among the others: Terraform reads it as
  /// `attribute`.
  static func readOnly(_ property: String, _ attribute: String) -> PropertyRule {
    .drop(property, "read-only: EKS sets it; Terraform reads it as \(attribute)")
  }

  /// The value of property `name` resolved against the live stack, or else the last part of the
  /// physical id (after `|` or `/`): the name CloudFormation generated.
  static func name(_ property: String, _ context: ImportContext) -> String? {
    if context.resource.property(property) != nil { return context.property(property) }
    return context.physicalId.map { id in
      String(id.split(omittingEmptySubsequences: false) { $0 == "|" || $0 == "/" }.last ?? "")
    }
  }
}
