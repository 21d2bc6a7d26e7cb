import CFNParser

/// `AWS::Synthetics::Canary`: canaries (an inline script zipped into the module as
/// CloudFormation packages it; what provider 5.100 cannot set reported).
package enum Synthetics: MappingFamily {
  /// The mappings of this family.
  static let mappings = [canary]

  /// `AWS::Synthetics::Canary`. `Ref` is its name, by which Terraform imports it; `State` is
  /// `status`, `Code.SourceLocationArn` `source_location_arn`. `Id` (Synthetics' id of the
  /// canary) has no Terraform counterpart.
  static let canary = ResourceMapping(
    "AWS::Synthetics::Canary", to: "aws_synthetics_canary", ref: "name",
    attributes: ["State": "status", "Code.SourceLocationArn": "source_location_arn"],
    properties: [
      .argument("Name", "name"),
      .argument("RuntimeVersion", "runtime_version"),
      .argument("ExecutionRoleArn", "execution_role_arn"),
      .argument("ArtifactS3Location", "artifact_s3_location"),
      .custom("Code", code),
      .argument("StartCanaryAfterCreation", "start_canary"),
      .argument("SuccessRetentionPeriod", "success_retention_period"),
      .argument("FailureRetentionPeriod", "failure_retention_period"),
      .argument("DeleteLambdaResourcesOnCanaryDeletion", "delete_lambda"),
      .custom("ProvisionedResourceCleanup", provisionedResourceCleanup),
      .tags,
      PropertyRule(
        "Schedule",
        .block(
          "schedule",
          [
            .argument("Expression", "expression"),
            .argument("DurationInSeconds", "duration_in_seconds"),
            lacking("RetryConfig", "retries of a failed run"),
          ])),
      PropertyRule(
        "RunConfig",
        .block(
          "run_config",
          [
            .argument("TimeoutInSeconds", "timeout_in_seconds"),
            .argument("MemoryInMB", "memory_in_mb"),
            .argument("ActiveTracing", "active_tracing"),
            .argument("EnvironmentVariables", "environment_variables"),
            lacking("EphemeralStorage", "ephemeral storage size"),
          ])),
      PropertyRule(
        "ArtifactConfig",
        .block(
          "artifact_config",
          [
            PropertyRule(
              "S3Encryption",
              .block(
                "s3_encryption",
                [
                  .argument("EncryptionMode", "encryption_mode"),
                  .argument("KmsKeyArn", "kms_key_arn"),
                ]))
          ])),
      PropertyRule(
        "VPCConfig",
        .block(
          "vpc_config",
          [
            .argument("SubnetIds", "subnet_ids"),
            .argument("SecurityGroupIds", "security_group_ids"),
            .drop("VpcId", "Terraform reads the VPC from the subnets (vpc_id is read-only)"),
            lacking("Ipv6AllowedForDualStack", "IPv6 in a dual-stack VPC"),
          ])),
      lacking("BrowserConfigs", "browser configurations"),
      lacking("VisualReference", "visual reference"),
      lacking("VisualReferences", "visual references"),
      lacking("ResourcesToReplicateTags", "tags copied to the canary's Lambda function"),
      .drop(
        "DryRunAndUpdate",
        "Terraform updates the canary directly; the dry run is CloudFormation's check before its update"
      ),
      .drop("Id", "read-only: Synthetics' id of the canary"),
      .drop("State", "read-only: GetAtt State returns it"),
    ])

  /// A property provider 5.100 has no argument for: reported, with the thing in words.
  static func lacking(_ property: String, _ what: String) -> PropertyRule {
    .custom(property) { member, builder, _ in
      builder.unsupported(
        member,
        reason:
          "aws_synthetics_canary (provider 5.100) has no \(what): set it in the Synthetics console or with 'aws synthetics update-canary' after apply"
      )
    }
  }

  /// `Code`: the handler, an S3 object, or an inline script (see `script`).
  static let code = ExtraResources.flattened([
    .argument("Handler", "handler"),
    .argument("S3Bucket", "s3_bucket"),
    .argument("S3Key", "s3_key"),
    .argument("S3ObjectVersion", "s3_version"),
    .custom("Script", script),
    lacking("BlueprintTypes", "blueprint types"),
    lacking("Dependencies", "Lambda layer dependencies"),
    .drop("SourceLocationArn", "read-only: GetAtt Code.SourceLocationArn returns it"),
  ])

  /// Where CloudFormation puts an inline script in the canary's zip, by the handler's file name
  /// (`pageLoad.handler` → `pageLoad`): `python/<file>.py` for Python runtimes,
  /// `nodejs/node_modules/<file>.js` for Node.js ones; nil for another runtime.
  static func scriptPath(runtime: String?, handler: String?) -> String? {
    guard let runtime, let handler, let file = handler.split(separator: ".").first else {
      return nil
    }
    if runtime.contains("python") { return "python/\(file).py" }
    if runtime.contains("nodejs") { return "nodejs/node_modules/\(file).js" }
    return nil
  }

  /// `Code.Script`: the script becomes a readable file, `canaries/<name>/<path in the zip>`, and
  /// the deterministic zip of it, `canaries/<name>.zip`, given to the canary as `zip_file`.
  @Sendable static func script(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.translator.begin()
    guard case .string(let text) = builder.translator.translate(member.value, as: .string) else {
      builder.unsupported(
        member,
        reason:
          "the script is computed from template values, and Terraform cannot zip it without the archive provider: write the script out, or upload a zip and set S3Bucket and S3Key"
      )
      return
    }
    var handler: String?
    if case .object(let fields) = builder.resource.property("Code")?.value.kind {
      handler = fields.first { $0.key == "Handler" }?.value.stringValue
    }
    let runtime = builder.resource.property("RuntimeVersion")?.value.stringValue
    guard let path = scriptPath(runtime: runtime, handler: handler) else {
      builder.unsupported(
        member,
        reason:
          "an inline script needs a Python or Node.js RuntimeVersion and a Handler written out, which name its place in the zip"
      )
      return
    }
    let stem = builder.primary.name.replacing("_", with: "-")
    let entry = Lambda.Archive.Entry(path: path, bytes: Array(text.utf8))
    builder.files.append(GeneratedFile(path: "canaries/\(stem)/\(path)", contents: text))
    builder.files.append(
      GeneratedFile(path: "canaries/\(stem).zip", bytes: Lambda.Archive.zip([entry])))
    let zip = HCLExpression.template([
      .interpolation(.reference("path.module")), .literal("/canaries/\(stem).zip"),
    ])
    builder.record(
      member, target: builder.primary.path / "zip_file",
      status: .transformed,
      note:
        "the script became canaries/\(stem)/\(path), zipped in canaries/\(stem).zip as CloudFormation packages it",
      source: member.value, value: zip)
    parts.argument(
      "zip_file", zip,
      comments: [
        "canaries/\(stem)/ holds the inline script; canaries/\(stem).zip is its zip, read at apply"
      ])
  }

  /// `ProvisionedResourceCleanup`: `AUTOMATIC` deletes the canary's Lambda function and layers
  /// with it, which `delete_lambda` does; `OFF` keeps them.
  @Sendable static func provisionedResourceCleanup(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard builder.resource.property("DeleteLambdaResourcesOnCanaryDeletion") == nil else {
      builder.dropped(
        member, reason: "DeleteLambdaResourcesOnCanaryDeletion sets delete_lambda already")
      return
    }
    let target = builder.primary.path / "delete_lambda"
    guard let text = member.value.stringValue else {
      builder.translator.begin()
      let value = HCLExpression.binary(
        builder.translator.translate(member.value, as: .string), "==", .string("AUTOMATIC"))
      builder.translator.transformed("the cleanup became a comparison with AUTOMATIC")
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: value)
      parts.argument("delete_lambda", value)
      return
    }
    let value = HCLExpression.bool(text == "AUTOMATIC")
    builder.record(
      member, target: target, status: .transformed,
      note: "AUTOMATIC deletes the canary's Lambda resources with it, as delete_lambda does",
      source: member.value, value: value)
    parts.argument("delete_lambda", value)
  }
}
