import CFNParser

/// `AWS::CodeBuild::*`: projects (their webhook as an `aws_codebuild_webhook`, see
/// `CodeBuild+Project.swift`), report groups and source credentials (see
/// `CodeBuild+Reports.swift`). CloudFormation's defaults for a project (a 60-minute build timeout,
/// 480 minutes in the queue, private visibility, no badge, no cache, CodeBuild's own image pull
/// credentials, CloudWatch logs on and S3 logs off) are Terraform's too, so none is written out.
package enum CodeBuild: MappingFamily {
  /// The mappings of this family.
  static let mappings = [project, reportGroup, sourceCredential]

  /// `AWS::CodeBuild::Project`. `Ref` and `Id` are the project name, by which it is imported
  /// (Terraform's own id is the ARN).
  static let project = ResourceMapping(
    "AWS::CodeBuild::Project", to: "aws_codebuild_project", ref: "name",
    attributes: ["Arn": "arn", "Id": "name"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .custom("ServiceRole", role("service_role")),
      .custom("ResourceAccessRole", role("resource_access_role")),
      .argument("TimeoutInMinutes", "build_timeout"),
      .argument("QueuedTimeoutInMinutes", "queued_timeout"),
      .argument("EncryptionKey", "encryption_key"),
      .argument("BadgeEnabled", "badge_enabled"),
      .argument("ConcurrentBuildLimit", "concurrent_build_limit"),
      .argument("Visibility", "project_visibility"),
      .argument("SourceVersion", "source_version"),
      .tags,
      PropertyRule("Source", .block("source", primarySource)),
      PropertyRule("SecondarySources", .blocks("secondary_sources", secondarySource)),
      PropertyRule(
        "SecondarySourceVersions",
        .blocks(
          "secondary_source_version",
          [
            .argument("SourceIdentifier", "source_identifier"),
            .argument("SourceVersion", "source_version"),
          ])),
      PropertyRule("Artifacts", .block("artifacts", artifacts)),
      PropertyRule("SecondaryArtifacts", .blocks("secondary_artifacts", artifacts)),
      PropertyRule("Environment", .block("environment", environment)),
      PropertyRule(
        "Cache",
        .block(
          "cache",
          [
            .argument("Type", "type"), .argument("Location", "location"),
            .argument("Modes", "modes"),
            absent(
              "CacheNamespace",
              "the cache block (provider 5.100) has no namespace: the project's cache is not shared with other projects"
            ),
          ])),
      PropertyRule(
        "LogsConfig",
        .block(
          "logs_config",
          [
            PropertyRule(
              "CloudWatchLogs",
              .block(
                "cloudwatch_logs",
                [
                  .argument("Status", "status"), .argument("GroupName", "group_name"),
                  .argument("StreamName", "stream_name"),
                ])),
            PropertyRule(
              "S3Logs",
              .block(
                "s3_logs",
                [
                  .argument("Status", "status"), .argument("Location", "location"),
                  .argument("EncryptionDisabled", "encryption_disabled"),
                ])),
          ])),
      PropertyRule(
        "VpcConfig",
        .block(
          "vpc_config",
          [
            .argument("VpcId", "vpc_id"), .argument("Subnets", "subnets"),
            .argument("SecurityGroupIds", "security_group_ids"),
          ])),
      PropertyRule(
        "FileSystemLocations",
        .blocks(
          "file_system_locations",
          [
            .argument("Type", "type"), .argument("Identifier", "identifier"),
            .argument("Location", "location"), .argument("MountPoint", "mount_point"),
            .argument("MountOptions", "mount_options"),
          ])),
      .custom("BuildBatchConfig", buildBatchConfig),
      .custom("Triggers", webhook),
      absent(
        "AutoRetryLimit",
        "aws_codebuild_project (provider 5.100) has no automatic retry: a failed build is not retried"
      ),
    ],
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// The fields every source has.
  static let source: [PropertyRule] = [
    .argument("Type", "type"),
    .argument("Location", "location"),
    .argument("BuildSpec", "buildspec"),
    .argument("GitCloneDepth", "git_clone_depth"),
    PropertyRule(
      "GitSubmodulesConfig",
      .block("git_submodules_config", [.argument("FetchSubmodules", "fetch_submodules")])),
    .argument("InsecureSsl", "insecure_ssl"),
    .argument("ReportBuildStatus", "report_build_status"),
    PropertyRule(
      "BuildStatusConfig",
      .block(
        "build_status_config",
        [.argument("Context", "context"), .argument("TargetUrl", "target_url")])),
    PropertyRule(
      "Auth", .block("auth", [.argument("Type", "type"), .argument("Resource", "resource")])),
  ]

  /// `Source`: the primary source, which has no identifier.
  static let primarySource =
    source + [
      .drop(
        "SourceIdentifier",
        "the primary source has no identifier in Terraform: CodeBuild names only secondary sources (CODEBUILD_SRC_DIR_<identifier>); the primary one is CODEBUILD_SRC_DIR"
      )
    ]

  /// `SecondarySources`: each with its identifier.
  static let secondarySource =
    [.argument("SourceIdentifier", "source_identifier")] + source

  /// The fields of the primary and the secondary artifacts.
  static let artifacts: [PropertyRule] = [
    .argument("Type", "type"),
    .argument("ArtifactIdentifier", "artifact_identifier"),
    .argument("Location", "location"),
    .argument("Name", "name"),
    .argument("Path", "path"),
    .argument("NamespaceType", "namespace_type"),
    .argument("Packaging", "packaging"),
    .argument("EncryptionDisabled", "encryption_disabled"),
    .argument("OverrideArtifactName", "override_artifact_name"),
  ]

  /// The fields of the build environment.
  static let environment: [PropertyRule] = [
    .argument("Type", "type"),
    .argument("ComputeType", "compute_type"),
    .argument("Image", "image"),
    .argument("ImagePullCredentialsType", "image_pull_credentials_type"),
    .argument("PrivilegedMode", "privileged_mode"),
    .argument("Certificate", "certificate"),
    .custom("EnvironmentVariables", environmentVariables),
    PropertyRule("Fleet", .block("fleet", [.argument("FleetArn", "fleet_arn")])),
    PropertyRule(
      "RegistryCredential",
      .block(
        "registry_credential",
        [
          .argument("Credential", "credential"),
          .argument("CredentialProvider", "credential_provider"),
        ])),
    absent(
      "DockerServer",
      "the environment block (provider 5.100) has no Docker server: Docker commands run in the build container"
    ),
  ]

  /// A role argument of the project. A `Ref` to a role of the template (its name) becomes the
  /// role's ARN: CodeBuild takes either but reads back the ARN, and Terraform would see the
  /// name as a change on every plan.
  static func role(_ argument: String, in block: String? = nil) -> PropertyCode {
    { member, builder, parts in
      let target = (block.map { builder.primary.path / $0 } ?? builder.primary.path) / argument
      builder.translator.begin()
      let value = roleArn(member.value, &builder)
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: value)
      parts.argument(argument, value)
    }
  }

  /// `expr` as a role ARN: a `Ref` to a role of the template becomes its `arn`.
  static func roleArn(_ expr: Expr, _ builder: inout ResourceBuilder) -> HCLExpression {
    if case .ref(let name) = expr.kind,
      builder.translator.template.resource(name)?.type.value == "AWS::IAM::Role",
      let role = builder.translator.targets[name], !role.isMissing
    {
      builder.translator.transformed(
        "Ref to the role (its name) became its arn, which CodeBuild reads back")
      return role.expression(for: "arn")
    }
    return builder.translator.translate(expr, as: .string)
  }

  /// A property provider 5.100 has no counterpart for, though it changes what is deployed: a
  /// warning, a comment and the ledger entry say so.
  static func absent(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in builder.unsupported(member, reason: reason) }
  }
}
