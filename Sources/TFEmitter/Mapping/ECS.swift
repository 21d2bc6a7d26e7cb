import CFNParser

/// `AWS::ECS::Cluster`: an `aws_ecs_cluster`, with an `aws_ecs_cluster_capacity_providers` for
/// its capacity providers.
package enum ECS: MappingFamily {
  /// The mappings of this family.
  static let mappings = [cluster]

  /// `ClusterName` is optional in CloudFormation but `name` is required in Terraform: a cluster
  /// without one is named `"${var.stack_name}-LogicalId"`.
  static let cluster = ResourceMapping(
    "AWS::ECS::Cluster", to: "aws_ecs_cluster", ref: "name", attributes: ["Arn": "arn"],
    properties: [
      .argument("ClusterName", "name"),
      .tags,
      PropertyRule(
        "ClusterSettings",
        .blocks("setting", [.argument("Name", "name"), .argument("Value", "value")])),
      PropertyRule(
        "Configuration",
        .block(
          "configuration",
          [
            PropertyRule(
              "ExecuteCommandConfiguration",
              .block(
                "execute_command_configuration",
                [
                  .argument("KmsKeyId", "kms_key_id"),
                  .argument("Logging", "logging"),
                  PropertyRule(
                    "LogConfiguration",
                    .block(
                      "log_configuration",
                      [
                        .argument("CloudWatchEncryptionEnabled", "cloud_watch_encryption_enabled"),
                        .argument("CloudWatchLogGroupName", "cloud_watch_log_group_name"),
                        .argument("S3BucketName", "s3_bucket_name"),
                        .argument("S3EncryptionEnabled", "s3_bucket_encryption_enabled"),
                        .argument("S3KeyPrefix", "s3_key_prefix"),
                      ])),
                ])),
            PropertyRule(
              "ManagedStorageConfiguration",
              .block(
                "managed_storage_configuration",
                [
                  .argument(
                    "FargateEphemeralStorageKmsKeyId", "fargate_ephemeral_storage_kms_key_id"),
                  .argument("KmsKeyId", "kms_key_id"),
                ])),
          ])),
      PropertyRule(
        "ServiceConnectDefaults",
        .block("service_connect_defaults", [.argument("Namespace", "namespace")])),
      // Placed by `capacityProviders`, in one resource for both.
      .custom("CapacityProviders") { _, _, _ in },
      .custom("DefaultCapacityProviderStrategy") { _, _, _ in },
    ],
    finish: { builder in
      ExtraResources.requireName("name", unless: "ClusterName", &builder)
      capacityProviders(&builder)
    })

  /// `CapacityProviders` and `DefaultCapacityProviderStrategy`: an
  /// `aws_ecs_cluster_capacity_providers`.
  static func capacityProviders(_ builder: inout ResourceBuilder) {
    let members = builder.resource.properties.filter {
      ["CapacityProviders", "DefaultCapacityProviderStrategy"].contains($0.key)
    }
    guard !members.isEmpty else { return }
    let type = "aws_ecs_cluster_capacity_providers"
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: members.map(\.key).joined(separator: ", "), builder)
    resource.content.argument("cluster_name", ExtraResources.primary("name", builder))
    resource.importID = .physicalId
    var inner = BodyParts()
    builder.apply(
      [
        .argument("CapacityProviders", "capacity_providers"),
        PropertyRule(
          "DefaultCapacityProviderStrategy",
          .blocks(
            "default_capacity_provider_strategy",
            [
              .argument("CapacityProvider", "capacity_provider"), .argument("Base", "base"),
              .argument("Weight", "weight"),
            ])),
      ], to: members, in: .resource(resource), into: &inner)
    resource.content.arguments.items += inner.arguments.items
    resource.content.blocks += inner.blocks
    builder.extras.append(resource)
  }
}
