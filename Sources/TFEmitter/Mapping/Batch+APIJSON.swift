import CFNParser

/// The members of a job definition's container, node and ECS properties as the Batch
/// `RegisterJobDefinition` API names them in the JSON Terraform takes (`JobRoleArn` →
/// `jobRoleArn`), written by the ECS container definitions' walker.
extension Batch {
  typealias Field = ECS.Workloads.Field

  /// `RepositoryCredentials`.
  static let repositoryCredentials = Field(
    "RepositoryCredentials", "repositoryCredentials",
    .object([Field("CredentialsParameter", "credentialsParameter", .string)]))

  /// `LogConfiguration`.
  static let logConfiguration = Field(
    "LogConfiguration", "logConfiguration",
    .object([
      Field("LogDriver", "logDriver", .string), Field("Options", "options", .map),
      Field("SecretOptions", "secretOptions", .objects(ECS.Workloads.secrets)),
    ]))

  /// The members of a container every kind of container has.
  static let commonContainer: [Field] = [
    Field("Image", "image", .string),
    Field("Command", "command", .strings),
    Field("Environment", "environment", .objects(ECS.Workloads.nameValue)),
    Field("Secrets", "secrets", .objects(ECS.Workloads.secrets)),
    Field(
      "ResourceRequirements", "resourceRequirements",
      .objects([Field("Type", "type", .string), Field("Value", "value", .string)])),
    Field("User", "user", .string),
    Field("Privileged", "privileged", .bool),
    Field("ReadonlyRootFilesystem", "readonlyRootFilesystem", .bool),
    Field("LinuxParameters", "linuxParameters", .object(ECS.Workloads.linuxParameters)),
    logConfiguration,
    Field(
      "MountPoints", "mountPoints",
      .objects([
        Field("SourceVolume", "sourceVolume", .string),
        Field("ContainerPath", "containerPath", .string), Field("ReadOnly", "readOnly", .bool),
      ])),
    Field(
      "Ulimits", "ulimits",
      .objects([
        Field("Name", "name", .string), Field("SoftLimit", "softLimit", .number),
        Field("HardLimit", "hardLimit", .number),
      ])),
    repositoryCredentials,
  ]

  /// `Volumes` of a container or a task.
  static let volumes = Field(
    "Volumes", "volumes",
    .objects([
      Field("Name", "name", .string),
      Field("Host", "host", .object([Field("SourcePath", "sourcePath", .string)])),
      Field(
        "EfsVolumeConfiguration", "efsVolumeConfiguration",
        .object([
          Field("FileSystemId", "fileSystemId", .string),
          Field("RootDirectory", "rootDirectory", .string),
          Field("TransitEncryption", "transitEncryption", .string),
          Field("TransitEncryptionPort", "transitEncryptionPort", .number),
          Field(
            "AuthorizationConfig", "authorizationConfig",
            .object([
              Field("AccessPointId", "accessPointId", .string), Field("Iam", "iam", .string),
            ])),
        ])),
    ]))

  /// The members of a task or a container that run on Fargate or ECS.
  static let platform: [Field] = [
    Field("ExecutionRoleArn", "executionRoleArn", .string),
    Field("EnableExecuteCommand", "enableExecuteCommand", .bool),
    Field(
      "EphemeralStorage", "ephemeralStorage", .object([Field("SizeInGiB", "sizeInGiB", .number)])
    ),
    Field(
      "NetworkConfiguration", "networkConfiguration",
      .object([Field("AssignPublicIp", "assignPublicIp", .string)])),
    Field(
      "RuntimePlatform", "runtimePlatform",
      .object([
        Field("CpuArchitecture", "cpuArchitecture", .string),
        Field("OperatingSystemFamily", "operatingSystemFamily", .string),
      ])),
    volumes,
  ]

  /// `ContainerProperties` (and a node range's `Container`, with its `InstanceType`).
  static let containerProperties: [Field] =
    commonContainer + platform + [
      Field("Vcpus", "vcpus", .number),
      Field("Memory", "memory", .number),
      Field("JobRoleArn", "jobRoleArn", .string),
      Field(
        "FargatePlatformConfiguration", "fargatePlatformConfiguration",
        .object([Field("PlatformVersion", "platformVersion", .string)])),
      Field("InstanceType", "instanceType", .string),
    ]

  /// One container of `EcsProperties.TaskProperties`.
  static let taskContainer: [Field] =
    commonContainer + [
      Field("Name", "name", .string),
      Field("Essential", "essential", .bool),
      Field(
        "DependsOn", "dependsOn",
        .objects([
          Field("ContainerName", "containerName", .string),
          Field("Condition", "condition", .string),
        ])),
      Field(
        "FirelensConfiguration", "firelensConfiguration",
        .object([Field("Type", "type", .string), Field("Options", "options", .map)])),
      Field("StartTimeout", "startTimeout", .number),
      Field("StopTimeout", "stopTimeout", .number),
    ]

  /// `EcsProperties`.
  static let ecsProperties: [Field] = [
    Field(
      "TaskProperties", "taskProperties",
      .objects(
        platform + [
          Field("Containers", "containers", .objects(taskContainer)),
          Field("TaskRoleArn", "taskRoleArn", .string),
          Field("PlatformVersion", "platformVersion", .string),
          Field("IpcMode", "ipcMode", .string),
          Field("PidMode", "pidMode", .string),
        ]))
  ]

  /// One container of `EksProperties.PodProperties`, as JSON (inside a node range).
  static let eksContainer: [Field] = [
    Field("Name", "name", .string),
    Field("Image", "image", .string),
    Field("ImagePullPolicy", "imagePullPolicy", .string),
    Field("Command", "command", .strings),
    Field("Args", "args", .strings),
    Field("Env", "env", .objects(ECS.Workloads.nameValue)),
    Field(
      "Resources", "resources",
      .object([Field("Limits", "limits", .map), Field("Requests", "requests", .map)])),
    Field(
      "SecurityContext", "securityContext",
      .object([
        Field("AllowPrivilegeEscalation", "allowPrivilegeEscalation", .bool),
        Field("Privileged", "privileged", .bool),
        Field("ReadOnlyRootFilesystem", "readOnlyRootFilesystem", .bool),
        Field("RunAsGroup", "runAsGroup", .number),
        Field("RunAsNonRoot", "runAsNonRoot", .bool),
        Field("RunAsUser", "runAsUser", .number),
      ])),
    Field(
      "VolumeMounts", "volumeMounts",
      .objects([
        Field("Name", "name", .string), Field("MountPath", "mountPath", .string),
        Field("ReadOnly", "readOnly", .bool), Field("SubPath", "subPath", .string),
      ])),
  ]

  /// `EksProperties`, as JSON (inside a node range).
  static let eksProperties: [Field] = [
    Field(
      "PodProperties", "podProperties",
      .object([
        Field("Containers", "containers", .objects(eksContainer)),
        Field("InitContainers", "initContainers", .objects(eksContainer)),
        Field("DnsPolicy", "dnsPolicy", .string),
        Field("HostNetwork", "hostNetwork", .bool),
        Field("ServiceAccountName", "serviceAccountName", .string),
        Field("ShareProcessNamespace", "shareProcessNamespace", .bool),
        Field("ImagePullSecrets", "imagePullSecrets", .objects([Field("Name", "name", .string)])),
        Field(
          "Metadata", "metadata",
          .object([
            Field("Labels", "labels", .map), Field("Annotations", "annotations", .map),
            Field("Namespace", "namespace", .string),
          ])),
        Field(
          "Volumes", "volumes",
          .objects([
            Field("Name", "name", .string),
            Field(
              "EmptyDir", "emptyDir",
              .object([
                Field("Medium", "medium", .string), Field("SizeLimit", "sizeLimit", .string),
              ])),
            Field("HostPath", "hostPath", .object([Field("Path", "path", .string)])),
            Field(
              "Secret", "secret",
              .object([
                Field("SecretName", "secretName", .string), Field("Optional", "optional", .bool),
              ])),
            Field(
              "PersistentVolumeClaim", "persistentVolumeClaim",
              .object([
                Field("ClaimName", "claimName", .string), Field("ReadOnly", "readOnly", .bool),
              ])),
          ])),
      ]))
  ]

  /// `NodeProperties`.
  static let nodeProperties: [Field] = [
    Field("NumNodes", "numNodes", .number),
    Field("MainNode", "mainNode", .number),
    Field(
      "NodeRangeProperties", "nodeRangeProperties",
      .objects([
        Field("TargetNodes", "targetNodes", .string),
        Field("Container", "container", .object(containerProperties)),
        Field("InstanceTypes", "instanceTypes", .strings),
        Field("EcsProperties", "ecsProperties", .object(ecsProperties)),
        Field("EksProperties", "eksProperties", .object(eksProperties)),
        Field(
          "ConsumableResourceProperties", "consumableResourceProperties",
          .object([
            Field(
              "ConsumableResourceList", "consumableResourceList",
              .objects([
                Field("ConsumableResource", "consumableResource", .string),
                Field("Quantity", "quantity", .number),
              ]))
          ])),
      ])),
  ]
}
