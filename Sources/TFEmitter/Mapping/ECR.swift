import CFNParser

/// `AWS::ECR::*`: repositories (their lifecycle policy and repository policy as resources of their
/// own), the registry's policy and replication configuration, pull through cache rules.
package enum ECR: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    repository, registryPolicy, replicationConfiguration, pullThroughCacheRule,
  ]

  /// The separate lifecycle and repository policies name the repository by its name.
  static let repositoryLink = ExtraResources.Link(argument: "repository", attribute: "name")

  /// Why tag mutability exclusions are not converted.
  static let exclusionReason =
    "aws_ecr_repository (provider 5.100) knows MUTABLE and IMMUTABLE only, without exclusion filters: set them with 'aws ecr put-image-tag-mutability'"

  /// `AWS::ECR::Repository`. `Ref` is its name, `RepositoryUri` its URL. A repository without a
  /// `RepositoryName` gets CloudFormation's kind of name, in lower case as ECR requires.
  static let repository = ResourceMapping(
    "AWS::ECR::Repository", to: "aws_ecr_repository", ref: "name",
    attributes: ["Arn": "arn", "RepositoryUri": "repository_url"],
    properties: [
      .argument("RepositoryName", "name"),
      .custom("ImageTagMutability") { member, builder, parts in
        if member.value.stringValue?.hasSuffix("_WITH_EXCLUSION") == true {
          builder.unsupported(member, reason: exclusionReason)
          return
        }
        let target = builder.primary.path / "image_tag_mutability"
        parts.argument(
          "image_tag_mutability", builder.translate(member, as: .string, target: target))
      },
      .custom("ImageTagMutabilityExclusionFilters") { member, builder, _ in
        builder.unsupported(member, reason: exclusionReason)
      },
      .argument("EmptyOnDelete", "force_delete"),
      .tags,
      PropertyRule(
        "EncryptionConfiguration",
        .block(
          "encryption_configuration",
          [.argument("EncryptionType", "encryption_type"), .custom("KmsKey", kmsKey)])),
      .custom("ImageScanningConfiguration", imageScanning),
      .custom(
        "LifecyclePolicy",
        ExtraResources.separate(
          "aws_ecr_lifecycle_policy", link: repositoryLink, format: "<repository name>",
          [
            .argument("LifecyclePolicyText", "policy"),
            .drop(
              "RegistryId",
              "aws_ecr_lifecycle_policy takes no registry: the policy applies to the repository, in its own registry"
            ),
          ])),
      .custom("RepositoryPolicyText", repositoryPolicy),
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("RepositoryUri", "read-only: GetAtt RepositoryUri returns it"),
    ],
    finish: { builder in
      RDS.Clusters.requireLowercaseName("name", unless: "RepositoryName", &builder)
    })

  /// `KmsKey`: a `Ref` to a key of the template (its id) becomes the key's ARN, which ECR reports
  /// (an id would differ from it on every plan, and the key cannot change in place).
  @Sendable static func kmsKey(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "encryption_configuration" / "kms_key"
    guard case .ref(let name) = member.value.kind,
      builder.translator.template.resource(name)?.type.value == "AWS::KMS::Key",
      let key = builder.translator.targets[name], !key.isMissing
    else {
      parts.argument("kms_key", builder.translate(member, as: .string, target: target))
      return
    }
    let value = key.expression(for: "arn")
    builder.record(
      member, target: target, status: .transformed,
      note: "Ref to the key (its id) became its arn", source: member.value, value: value)
    parts.argument("kms_key", value)
  }

  /// `ImageScanningConfiguration`: the block; a `ScanOnPush` left out is CloudFormation's
  /// `false`, which Terraform requires written.
  @Sendable static func imageScanning(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let rule = PropertyAction.block(
      "image_scanning_configuration", [.argument("ScanOnPush", "scan_on_push")])
    guard case .object(let fields) = member.value.kind,
      !fields.contains(where: { $0.key == "ScanOnPush" })
    else {
      builder.apply(rule, to: member, in: builder.scope, into: &parts)
      return
    }
    var inner = BodyParts()
    inner.argument("scan_on_push", .bool(false), comments: ["CloudFormation's default"])
    parts.block(HCLBlock("image_scanning_configuration", body: inner.body))
    builder.record(
      member,
      target: builder.primary.path / "image_scanning_configuration", status: .transformed,
      note: "ScanOnPush not set: CloudFormation's false is written (Terraform requires it)",
      source: member.value)
  }

  /// `RepositoryPolicyText`: an `aws_ecr_repository_policy`, imported by the repository name.
  @Sendable static func repositoryPolicy(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let type = "aws_ecr_repository_policy"
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    resource.content.argument(repositoryLink.argument, ExtraResources.primary("name", builder))
    resource.importID = .physicalId
    let policy = PolicyDocument.translate(member, &builder, target: resource.path / "policy")
    resource.content.argument("policy", policy)
    builder.extras.append(resource)
  }

  /// `AWS::ECR::RegistryPolicy`. `Ref` and `RegistryId` are the registry's id (the account).
  static let registryPolicy = ResourceMapping(
    "AWS::ECR::RegistryPolicy", to: "aws_ecr_registry_policy", ref: "registry_id",
    attributes: ["RegistryId": "registry_id"],
    properties: [
      .custom("PolicyText") { member, builder, parts in
        PolicyDocument.argument(member, "policy", &builder, &parts)
      },
      .drop("RegistryId", "read-only: the account's registry, which Ref returns"),
    ])

  /// `AWS::ECR::ReplicationConfiguration`. `Ref` and `RegistryId` are the registry's id.
  static let replicationConfiguration = ResourceMapping(
    "AWS::ECR::ReplicationConfiguration", to: "aws_ecr_replication_configuration",
    ref: "registry_id", attributes: ["RegistryId": "registry_id"],
    properties: [
      PropertyRule(
        "ReplicationConfiguration",
        .block(
          "replication_configuration",
          [
            PropertyRule(
              "Rules",
              .blocks(
                "rule",
                [
                  PropertyRule(
                    "Destinations",
                    .blocks(
                      "destination",
                      [.argument("Region", "region"), .argument("RegistryId", "registry_id")])),
                  PropertyRule(
                    "RepositoryFilters",
                    .blocks(
                      "repository_filter",
                      [.argument("Filter", "filter"), .argument("FilterType", "filter_type")])),
                ]))
          ])),
      .drop("RegistryId", "read-only: the account's registry, which Ref returns"),
    ])

  /// `AWS::ECR::PullThroughCacheRule`. `Ref` is its repository prefix, which identifies it.
  static let pullThroughCacheRule = ResourceMapping(
    "AWS::ECR::PullThroughCacheRule", to: "aws_ecr_pull_through_cache_rule",
    ref: "ecr_repository_prefix",
    properties: [
      .argument("EcrRepositoryPrefix", "ecr_repository_prefix"),
      .argument("UpstreamRegistryUrl", "upstream_registry_url"),
      .argument("UpstreamRepositoryPrefix", "upstream_repository_prefix"),
      .argument("CredentialArn", "credential_arn"),
      .argument("CustomRoleArn", "custom_role_arn"),
      .drop(
        "UpstreamRegistry",
        "aws_ecr_pull_through_cache_rule (provider 5.100) takes the upstream registry's URL alone, from which ECR tells the registry"
      ),
    ])
}
