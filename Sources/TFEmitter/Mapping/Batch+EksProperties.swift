import CFNParser

/// A job definition's `EksProperties` as provider 5.100's `eks_properties` block, which has no
/// place for a few of the members the Batch API takes.
extension Batch {
  /// Why a member of the EKS properties is not converted.
  static func eksBlockLacks(_ what: String) -> String {
    "the eks_properties block (provider 5.100) has no \(what): register the job definition with 'aws batch register-job-definition'"
  }

  /// One container (or init container) of the pod.
  static let eksContainerRules: [PropertyRule] = [
    .argument("Name", "name"),
    .argument("Image", "image"),
    .argument("ImagePullPolicy", "image_pull_policy"),
    .argument("Command", "command"),
    .argument("Args", "args"),
    PropertyRule("Env", .blocks("env", [.argument("Name", "name"), .argument("Value", "value")])),
    PropertyRule(
      "Resources",
      .block("resources", [.argument("Limits", "limits"), .argument("Requests", "requests")])),
    PropertyRule(
      "SecurityContext",
      .block(
        "security_context",
        [
          .argument("Privileged", "privileged"),
          .argument("ReadOnlyRootFilesystem", "read_only_root_file_system"),
          .argument("RunAsGroup", "run_as_group"),
          .argument("RunAsNonRoot", "run_as_non_root"),
          .argument("RunAsUser", "run_as_user"),
          unsupported("AllowPrivilegeEscalation", eksBlockLacks("privilege escalation setting")),
        ])),
    PropertyRule(
      "VolumeMounts",
      .blocks(
        "volume_mounts",
        [
          .argument("Name", "name"), .argument("MountPath", "mount_path"),
          .argument("ReadOnly", "read_only"),
          unsupported("SubPath", eksBlockLacks("volume mount sub-path")),
        ])),
  ]

  /// `PodProperties`.
  static let pod: [PropertyRule] = [
    PropertyRule("Containers", .blocks("containers", eksContainerRules)),
    PropertyRule("InitContainers", .blocks("init_containers", eksContainerRules)),
    .argument("DnsPolicy", "dns_policy"),
    .argument("HostNetwork", "host_network"),
    .argument("ServiceAccountName", "service_account_name"),
    .argument("ShareProcessNamespace", "share_process_namespace"),
    PropertyRule("ImagePullSecrets", .blocks("image_pull_secret", [.argument("Name", "name")])),
    PropertyRule(
      "Metadata",
      .block(
        "metadata",
        [
          .argument("Labels", "labels"),
          unsupported("Annotations", eksBlockLacks("pod annotations")),
          unsupported("Namespace", eksBlockLacks("pod namespace")),
        ])),
    PropertyRule(
      "Volumes",
      .blocks(
        "volumes",
        [
          .argument("Name", "name"),
          PropertyRule(
            "EmptyDir",
            .block(
              "empty_dir", [.argument("Medium", "medium"), .argument("SizeLimit", "size_limit")])
          ),
          PropertyRule("HostPath", .block("host_path", [.argument("Path", "path")])),
          PropertyRule(
            "Secret",
            .block(
              "secret",
              [.argument("SecretName", "secret_name"), .argument("Optional", "optional")])),
          unsupported("PersistentVolumeClaim", eksBlockLacks("persistent volume claims")),
        ])),
  ]
}
