import CFNParser

extension ECS.Workloads {
  /// `AWS::ECS::TaskDefinition`. `Ref` is the task definition's ARN (with its revision), which
  /// Terraform imports it by. `Family` is optional in CloudFormation but required in Terraform: a
  /// task definition without one takes its family from the live ARN
  /// (`arn:…:task-definition/FAMILY:REVISION`) in `var.physical_names`, else
  /// `"${var.stack_name}-LogicalId"`.
  static let taskDefinition = ResourceMapping(
    "AWS::ECS::TaskDefinition", to: "aws_ecs_task_definition", ref: "arn",
    attributes: ["TaskDefinitionArn": "arn"],
    properties: [
      .argument("Family", "family"),
      .argument("RequiresCompatibilities", "requires_compatibilities"),
      .argument("NetworkMode", "network_mode"),
      .argument("Cpu", "cpu"),
      .argument("Memory", "memory"),
      .argument("ExecutionRoleArn", "execution_role_arn"),
      .argument("TaskRoleArn", "task_role_arn"),
      .argument("IpcMode", "ipc_mode"),
      .argument("PidMode", "pid_mode"),
      .argument("EnableFaultInjection", "enable_fault_injection"),
      .custom("ContainerDefinitions", containerDefinitions),
      PropertyRule("Volumes", .blocks("volume", volumeRules)),
      PropertyRule(
        "PlacementConstraints",
        .blocks(
          "placement_constraints",
          [.argument("Type", "type"), .argument("Expression", "expression")])
      ),
      PropertyRule(
        "ProxyConfiguration",
        .block(
          "proxy_configuration",
          [
            .argument("ContainerName", "container_name"),
            .argument("Type", "type"),
            .custom("ProxyConfigurationProperties", proxyProperties),
          ])),
      PropertyRule(
        "EphemeralStorage", .block("ephemeral_storage", [.argument("SizeInGiB", "size_in_gib")])),
      PropertyRule(
        "RuntimePlatform",
        .block(
          "runtime_platform",
          [
            .argument("CpuArchitecture", "cpu_architecture"),
            .argument("OperatingSystemFamily", "operating_system_family"),
          ])),
      PropertyRule(
        "InferenceAccelerators",
        .blocks(
          "inference_accelerator",
          [.argument("DeviceName", "device_name"), .argument("DeviceType", "device_type")])),
      .tags,
      .drop(
        "TaskDefinitionArn", "read-only: the task definition's ARN is the arn attribute"),
    ],
    finish: { builder in
      ExtraResources.requireName(
        "family", unless: "Family", &builder, removing: "^arn:.*:task-definition/|:[0-9]+$")
    })

  /// The fields of a volume.
  static let volumeRules: [PropertyRule] = [
    .argument("Name", "name"),
    .argument("ConfiguredAtLaunch", "configure_at_launch"),
    .custom(
      "Host", ExtraResources.flattened([.argument("SourcePath", "host_path")], in: ["volume"])),
    PropertyRule(
      "DockerVolumeConfiguration",
      .block(
        "docker_volume_configuration",
        [
          .argument("Autoprovision", "autoprovision"),
          .argument("Driver", "driver"),
          .argument("DriverOpts", "driver_opts"),
          .argument("Labels", "labels"),
          .argument("Scope", "scope"),
        ])),
    PropertyRule(
      "EFSVolumeConfiguration",
      .block(
        "efs_volume_configuration",
        [
          .argument("FilesystemId", "file_system_id"),
          .argument("RootDirectory", "root_directory"),
          .argument("TransitEncryption", "transit_encryption"),
          .argument("TransitEncryptionPort", "transit_encryption_port"),
          PropertyRule(
            "AuthorizationConfig",
            .block(
              "authorization_config",
              [.argument("AccessPointId", "access_point_id"), .argument("IAM", "iam")])),
        ])),
    PropertyRule(
      "FSxWindowsFileServerVolumeConfiguration",
      .block(
        "fsx_windows_file_server_volume_configuration",
        [
          .argument("FileSystemId", "file_system_id"),
          .argument("RootDirectory", "root_directory"),
          PropertyRule(
            "AuthorizationConfig",
            .block(
              "authorization_config",
              [
                .argument("CredentialsParameter", "credentials_parameter"),
                .argument("Domain", "domain"),
              ])),
        ])),
    absent(
      "S3FilesVolumeConfiguration",
      "aws_ecs_task_definition (provider 5.100) has no S3 Files volumes: mount the file system another way"
    ),
  ]

  /// `ProxyConfigurationProperties`, a list of `Name`/`Value`: the `properties` map.
  @Sendable static func proxyProperties(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "proxy_configuration" / "properties"
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(
        member, reason: "a computed list of Name/Value pairs cannot become a map; write it out")
      return
    }
    builder.translator.begin()
    var entries: [HCLObjectItem] = []
    for item in items {
      guard case .object(let fields) = item.kind,
        let name = fields.first(where: { $0.key == "Name" })?.value,
        let value = fields.first(where: { $0.key == "Value" })?.value
      else {
        builder.unsupported(
          member, reason: "each element must be an object with Name and Value, written out")
        return
      }
      let text = builder.translator.translate(value, as: .string)
      if let key = name.stringValue {
        entries.append(HCLObjectItem(key, text))
      } else {
        let key = builder.translator.translate(name, as: .string)
        entries.append(HCLObjectItem(key: .expression(key), value: text))
      }
    }
    builder.translator.transformed("list of Name/Value became a map")
    let map = HCLExpression.object(entries)
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: map,
      secret: builder.translator.touchesSecret)
    parts.argument("properties", map)
  }
}
