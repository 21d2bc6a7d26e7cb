import CFNParser

/// Add-ons, access entries and their access policies, pod identity associations and identity
/// provider configurations.
extension EKS {
  /// `AWS::EKS::Addon`. `Ref` is left unmapped; `Arn` is its ARN. Terraform imports it as
  /// `CLUSTER:ADDON`.
  static let addon = ResourceMapping(
    "AWS::EKS::Addon", to: "aws_eks_addon", ref: nil, attributes: ["Arn": "arn"],
    properties: [
      .argument("ClusterName", "cluster_name"),
      .argument("AddonName", "addon_name"),
      .argument("AddonVersion", "addon_version"),
      .argument("ConfigurationValues", "configuration_values"),
      .argument("ServiceAccountRoleArn", "service_account_role_arn"),
      .custom("ResolveConflicts", resolveConflicts),
      .argument("PreserveOnDelete", "preserve"),
      PropertyRule(
        "PodIdentityAssociations",
        .blocks(
          "pod_identity_association",
          [.argument("RoleArn", "role_arn"), .argument("ServiceAccount", "service_account")])),
      absent(
        "NamespaceConfig",
        "aws_eks_addon (provider 5.100) has no namespace: the add-on is installed in its default namespace"
      ),
      .tags,
      readOnly("Arn", "arn"),
    ],
    importID: .custom { context in
      guard let cluster = context.property("ClusterName"), let addon = context.property("AddonName")
      else { return nil }
      return "\(cluster):\(addon)"
    })

  /// `ResolveConflicts`, which CloudFormation passes when it creates and when it updates the
  /// add-on: `resolve_conflicts_on_create` and `resolve_conflicts_on_update`. Creation takes no
  /// `PRESERVE`, which EKS documents as `NONE` there.
  @Sendable static func resolveConflicts(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let address = builder.primary.path
    let onUpdate = builder.translate(
      member, as: .string, target: address / "resolve_conflicts_on_update")
    var onCreate = onUpdate
    if let text = member.value.stringValue {
      onCreate = .string(text == "PRESERVE" ? "NONE" : text)
    } else {
      onCreate = .conditional(
        .binary(onUpdate, "==", .string("PRESERVE")), .string("NONE"), onUpdate)
    }
    builder.record(
      member, target: address / "resolve_conflicts_on_create",
      status: .transformed, note: "PRESERVE, which creation does not take, became NONE",
      source: member.value, value: onCreate)
    parts.argument("resolve_conflicts_on_create", onCreate)
    parts.argument("resolve_conflicts_on_update", onUpdate)
  }

  /// `AWS::EKS::AccessEntry`, its `AccessPolicies` each an `aws_eks_access_policy_association`.
  /// `Ref` is left unmapped; `AccessEntryArn` is its ARN. Terraform imports it as
  /// `CLUSTER:PRINCIPAL_ARN`.
  static let accessEntry = ResourceMapping(
    "AWS::EKS::AccessEntry", to: "aws_eks_access_entry", ref: nil,
    attributes: ["AccessEntryArn": "access_entry_arn"],
    properties: [
      .argument("ClusterName", "cluster_name"),
      .argument("PrincipalArn", "principal_arn"),
      .argument("Type", "type"),
      .argument("Username", "user_name"),
      .argument("KubernetesGroups", "kubernetes_groups"),
      .custom("AccessPolicies", accessPolicies),
      .tags,
      readOnly("AccessEntryArn", "access_entry_arn"),
    ],
    importID: .custom { context in
      guard let cluster = context.property("ClusterName"),
        let principal = context.property("PrincipalArn")
      else { return nil }
      return "\(cluster):\(principal)"
    })

  /// `AccessPolicies`: an `aws_eks_access_policy_association` for each, of the entry's cluster and
  /// principal, imported as `CLUSTER#PRINCIPAL_ARN#POLICY_ARN`. An element under `Fn::If` with
  /// `AWS::NoValue` gets a `count`.
  @Sendable static func accessPolicies(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let type = "aws_eks_access_policy_association"
    guard let elements = ExtraResources.elements(member.value, builder.translator) else {
      builder.unsupported(
        member, reason: "a computed list of access policies cannot become \(type); write it out")
      return
    }
    var addresses: [TerraformPath] = []
    for (index, element) in elements.enumerated() {
      let policyMember = member.element(index, element.value)
      guard case .object(let fields) = element.value.kind else {
        builder.unsupported(
          policyMember, reason: "each access policy must be an object, written out")
        continue
      }
      let policy = fields.first { $0.key == "PolicyArn" }?.value
      let suffix = policy.map { ExtraResources.suffix(for: $0, index: index) } ?? "\(index + 1)"
      var resource = ExtraResources.make(
        type,
        name: ExtraResources.uniqueName(
          "\(builder.primary.name)_\(suffix)", type: type, builder),
        from: policyMember.key, builder)
      resource.content.argument("cluster_name", ExtraResources.primary("cluster_name", builder))
      resource.content.argument("principal_arn", ExtraResources.primary("principal_arn", builder))
      if let count = ExtraResources.count(element.condition, builder) {
        resource.meta.attribute("count", count)
      }
      let id: ImportID =
        if let cluster = builder.resource.property("ClusterName"),
          let principal = builder.resource.property("PrincipalArn"), let policy
        {
          .joined(
            [
              .value(cluster.value), .literal("#"), .value(principal.value), .literal("#"),
              .value(policy),
            ], separator: "")
        } else {
          .notImportable("its cluster, principal or policy is not set")
        }
      resource.importID = .unlessConditional(
        id, element.condition, format: "<cluster>#<principal ARN>#<policy ARN>")
      var inner = BodyParts()
      builder.apply(
        [
          .argument("PolicyArn", "policy_arn"),
          PropertyRule(
            "AccessScope",
            .block(
              "access_scope",
              [.argument("Type", "type"), .argument("Namespaces", "namespaces")])),
        ], to: fields, in: .resource(resource, at: member.path / index), into: &inner)
      resource.content.arguments.items += inner.arguments.items
      resource.content.blocks += inner.blocks
      addresses.append(resource.path)
      builder.extras.append(resource)
    }
    builder.record(
      member, target: addresses.first,
      furtherTargets: Array(addresses.dropFirst()), status: .transformed,
      note: "each access policy became \(type)")
  }

  /// `AWS::EKS::PodIdentityAssociation`. `Ref` and `AssociationArn` are its ARN. Terraform imports
  /// it as `CLUSTER,ASSOCIATION_ID`.
  static let podIdentityAssociation = ResourceMapping(
    "AWS::EKS::PodIdentityAssociation", to: "aws_eks_pod_identity_association",
    ref: "association_arn",
    attributes: ["AssociationArn": "association_arn", "AssociationId": "association_id"],
    properties: [
      .argument("ClusterName", "cluster_name"),
      .argument("Namespace", "namespace"),
      .argument("ServiceAccount", "service_account"),
      .argument("RoleArn", "role_arn"),
      absent(
        "TargetRoleArn",
        "aws_eks_pod_identity_association (provider 5.100) has no target role: pods get RoleArn's credentials, without the role chaining to another account"
      ),
      absent(
        "DisableSessionTags",
        "aws_eks_pod_identity_association (provider 5.100) cannot disable session tags: EKS tags the role sessions"
      ),
      absent(
        "Policy",
        "aws_eks_pod_identity_association (provider 5.100) has no session policy: the role's own permissions apply"
      ),
      .tags,
      readOnly("AssociationArn", "association_arn"),
      readOnly("AssociationId", "association_id"),
      .drop(
        "ExternalId",
        "read-only: the external id EKS gives a target role's trust policy; provider 5.100 does not read it"
      ),
    ],
    importID: .custom { context in
      guard let cluster = context.property("ClusterName"), let arn = context.physicalId,
        let id = arn.split(separator: "/").last
      else { return nil }
      return "\(cluster),\(id)"
    })

  /// `AWS::EKS::IdentityProviderConfig` (OIDC, the one type). `Ref` is left unmapped;
  /// `IdentityProviderConfigArn` is its ARN. Terraform imports it as `CLUSTER:NAME`. A
  /// configuration without an `IdentityProviderConfigName` takes it from its live identifier
  /// (`NAME|CLUSTER|oidc`) in `var.physical_names`, else `"${var.stack_name}-LogicalId"`.
  static let identityProviderConfig = ResourceMapping(
    "AWS::EKS::IdentityProviderConfig", to: "aws_eks_identity_provider_config", ref: nil,
    attributes: ["IdentityProviderConfigArn": "arn"],
    properties: [
      .argument("ClusterName", "cluster_name"),
      .custom("Type") { member, builder, _ in
        guard member.value.stringValue == "oidc" else {
          builder.unsupported(
            member, reason: "aws_eks_identity_provider_config configures OIDC providers only")
          return
        }
        builder.record(
          member, target: builder.primary.path / "oidc",
          status: .transformed, note: "the type is the oidc block", source: member.value)
      },
      .custom("Oidc", oidc),
      .custom("IdentityProviderConfigName") { member, builder, _ in
        // Written by oidc, into the oidc block.
        guard builder.resource.property("Oidc") == nil else { return }
        builder.unsupported(
          member, reason: "it names the oidc block, which Oidc (not set) must give")
      },
      .tags,
      readOnly("IdentityProviderConfigArn", "arn"),
    ],
    importID: .custom { context in
      guard let cluster = context.property("ClusterName") else { return nil }
      if context.resource.property("IdentityProviderConfigName") != nil {
        return context.property("IdentityProviderConfigName").map { "\(cluster):\($0)" }
      }
      return context.physicalId?.split(separator: "|").first.map { "\(cluster):\($0)" }
    })

  /// `Oidc` with the configuration's name: the `oidc` block.
  @Sendable static func oidc(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "oidc"))
      if let name = builder.resource.property("IdentityProviderConfigName") {
        builder.unsupported(
          name, reason: "it names the oidc block, which a computed Oidc cannot give")
      }
      return
    }
    let scope = builder.scope.block("oidc", reading: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    var inner = BodyParts()
    let target = scope.target / "identity_provider_config_name"
    if let name = builder.resource.property("IdentityProviderConfigName") {
      inner.argument(
        "identity_provider_config_name", builder.translate(name, as: .string, target: target))
    } else {
      let logicalId = builder.logicalId
      let fallback = HCLExpression.template([
        .interpolation(builder.translator.stackName()), .literal("-\(logicalId)"),
      ])
      let live = HCLExpression.call(
        "lookup",
        [builder.translator.physicalNames(for: logicalId), .string(logicalId), fallback])
      inner.argument(
        "identity_provider_config_name",
        .call("replace", [live, .string("/[|].*$/"), .string("")]),
        comments: [
          "cfn2tf: 'IdentityProviderConfigName' is not set: CloudFormation names it <stack>-\(logicalId)-<suffix>;",
          "var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)",
        ])
    }
    builder.apply(
      [
        .argument("ClientId", "client_id"),
        .argument("IssuerUrl", "issuer_url"),
        .argument("UsernameClaim", "username_claim"),
        .argument("UsernamePrefix", "username_prefix"),
        .argument("GroupsClaim", "groups_claim"),
        .argument("GroupsPrefix", "groups_prefix"),
        PropertyRule("RequiredClaims", .tagsMap("required_claims")),
      ], to: fields, in: scope, into: &inner)
    parts.block(HCLBlock("oidc", body: inner.body))
  }
}
