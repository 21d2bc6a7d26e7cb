import CFNParser

/// `AWS::Lambda::*`: functions (inline code written out and zipped, see `Lambda+Code.swift`),
/// versions, aliases, permissions, function URLs, event invoke configurations, event source
/// mappings and layers.
package enum Lambda: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    function, version, alias, permission, url, eventInvokeConfig, eventSourceMapping,
    layerVersion, layerVersionPermission,
  ]

  /// `AWS::Lambda::Function`. `Ref` is the function name. `SnapStartResponse.ApplyOn` and
  /// `SnapStartResponse.OptimizationStatus` are left out: they are fields of the `snap_start`
  /// block (`snap_start[0].apply_on`), not attributes, and a reference to them becomes null with
  /// a warning.
  static let function = ResourceMapping(
    "AWS::Lambda::Function", to: "aws_lambda_function", ref: "function_name",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("FunctionName", "function_name"),
      .argument("Description", "description"),
      .argument("Role", "role"),
      .argument("Runtime", "runtime"),
      .argument("Handler", "handler"),
      .argument("PackageType", "package_type"),
      .custom("Code", code),
      .argument("Architectures", "architectures"),
      .argument("MemorySize", "memory_size"),
      .argument("Timeout", "timeout"),
      .argument("ReservedConcurrentExecutions", "reserved_concurrent_executions"),
      .argument("Layers", "layers"),
      .argument("KmsKeyArn", "kms_key_arn"),
      .argument("CodeSigningConfigArn", "code_signing_config_arn"),
      PropertyRule(
        "Environment", .block("environment", [.custom("Variables", environmentVariables)])),
      .custom(
        "VpcConfig",
        block(
          "vpc_config",
          [
            .argument("SubnetIds", "subnet_ids"),
            .argument("SecurityGroupIds", "security_group_ids"),
            .argument("Ipv6AllowedForDualStack", "ipv6_allowed_for_dual_stack"),
          ],
          defaults: [
            Default("SubnetIds", "subnet_ids", .tuple([]), "no subnets: CloudFormation's default"),
            Default(
              "SecurityGroupIds", "security_group_ids", .tuple([]),
              "no security groups: CloudFormation's default"),
          ])),
      PropertyRule(
        "DeadLetterConfig", .block("dead_letter_config", [.argument("TargetArn", "target_arn")])),
      .custom(
        "TracingConfig",
        block(
          "tracing_config", [.argument("Mode", "mode")],
          defaults: [Default("Mode", "mode", .string("PassThrough"), "CloudFormation's default")])),
      PropertyRule(
        "FileSystemConfigs",
        .blocks(
          "file_system_config",
          [.argument("Arn", "arn"), .argument("LocalMountPath", "local_mount_path")])),
      PropertyRule("EphemeralStorage", .block("ephemeral_storage", [.argument("Size", "size")])),
      PropertyRule("SnapStart", .block("snap_start", [.argument("ApplyOn", "apply_on")])),
      .custom(
        "LoggingConfig",
        block(
          "logging_config",
          [
            .argument("LogFormat", "log_format"),
            .argument("LogGroup", "log_group"),
            .argument("ApplicationLogLevel", "application_log_level"),
            .argument("SystemLogLevel", "system_log_level"),
          ],
          defaults: [
            Default("LogFormat", "log_format", .string("Text"), "CloudFormation's default")
          ])),
      PropertyRule(
        "ImageConfig",
        .block(
          "image_config",
          [
            .argument("Command", "command"), .argument("EntryPoint", "entry_point"),
            .argument("WorkingDirectory", "working_directory"),
          ])),
      .custom(
        "RuntimeManagementConfig",
        runtimeManagement(
          link: .init(argument: "function_name", attribute: "function_name"),
          qualifier: { _ in .string("$LATEST") },
          importID: .joined([.physicalId, .literal(",$LATEST")], separator: ""))),
      .custom("RecursiveLoop", recursiveLoop),
      .tags,
      absent(
        "CapacityProviderConfig",
        "aws_lambda_function (provider 5.100) has no capacity provider: the function runs on Lambda's own capacity"
      ),
      absent(
        "DurableConfig",
        "aws_lambda_function (provider 5.100) has no durable execution settings: set them with the Lambda API after apply"
      ),
      absent(
        "FunctionScalingConfig",
        "aws_lambda_function (provider 5.100) has no scaling limits for managed instances"),
      absent(
        "PublishToLatestPublished",
        "aws_lambda_function (provider 5.100) cannot publish to a capacity provider's latest version"
      ),
      absent(
        "TenancyConfig",
        "aws_lambda_function (provider 5.100) has no tenant isolation: the function's environments are shared by all callers"
      ),
    ],
    finish: { builder in
      ExtraResources.requireName("function_name", unless: "FunctionName", &builder)
      publishVersions(&builder)
    })

  /// A CloudFormation default that differs from Terraform's, or fills an argument Terraform
  /// requires, written when its property is absent.
  struct Default: Sendable {
    /// The CloudFormation property.
    var property: String
    /// The argument written.
    var argument: String
    /// Its value.
    var value: HCLExpression
    /// The comment above it.
    var comment: String

    init(_ property: String, _ argument: String, _ value: HCLExpression, _ comment: String) {
      self.property = property
      self.argument = argument
      self.value = value
      self.comment = comment
    }
  }

  /// An object property of the resource as nested block `name`, its fields by `rules`, with the
  /// `defaults` of the fields it does not set.
  static func block(_ name: String, _ rules: [PropertyRule], defaults: [Default]) -> PropertyCode {
    { member, builder, parts in
      guard case .object(let fields) = member.value.kind else {
        builder.report(member, .computedObject(block: name))
        return
      }
      let scope = builder.scope.block(name, reading: member.path)
      builder.record(
        member, target: scope.target, status: .exact, note: "")
      var inner = BodyParts()
      builder.apply(rules, to: fields, in: scope, into: &inner)
      for fallback in defaults where !fields.contains(where: { $0.key == fallback.property }) {
        inner.argument(fallback.argument, fallback.value, comments: [fallback.comment])
        builder.ledger.append(
          LedgerEntry(
            kind: .addition, path: builder.templatePath(member.path / fallback.property),
            resourceType: builder.resource.type.value, location: member.keyRange.start,
            target: scope.target / fallback.argument, status: .transformed,
            note: "not set: written as \(fallback.comment)",
            targetValue: HCLPrinter.printExpression(fallback.value)))
      }
      parts.block(HCLBlock(name, body: inner.body))
    }
  }

  /// A property provider 5.100 has no counterpart for, though it changes what is deployed: a
  /// warning, a comment and the ledger entry say so.
  static func absent(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in builder.unsupported(member, reason: reason) }
  }

  /// `RuntimeManagementConfig` (a function's) or `RuntimePolicy` (a version's): an
  /// `aws_lambda_runtime_management_config` for the function, `link`ed to the primary, for the
  /// version `qualifier` gives.
  static func runtimeManagement(
    link: ExtraResources.Link, qualifier: @escaping @Sendable (ResourceBuilder) -> HCLExpression,
    importID: ImportID
  ) -> PropertyCode {
    let type = "aws_lambda_runtime_management_config"
    let separate = ExtraResources.separate(
      type, link: link, importID: importID, format: "<function name>,<qualifier>",
      [
        .argument("UpdateRuntimeOn", "update_runtime_on"),
        .argument("RuntimeVersionArn", "runtime_version_arn"),
      ])
    return { member, builder, parts in
      let count = builder.extras.count
      separate(member, &builder, &parts)
      guard builder.extras.count > count else { return }
      builder.extras[count].content.arguments.items.insert(
        .attribute(HCLAttribute("qualifier", qualifier(builder))), at: 1)
    }
  }

  /// `RecursiveLoop`: an `aws_lambda_function_recursion_config`, imported by the function name.
  @Sendable static func recursiveLoop(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let type = "aws_lambda_function_recursion_config"
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    resource.content.argument("function_name", ExtraResources.primary("function_name", builder))
    resource.content.argument(
      "recursive_loop",
      builder.translate(member, as: .string, target: resource.path / "recursive_loop"))
    resource.importID = .physicalId
    builder.extras.append(resource)
  }

  /// `publish = true` when an `AWS::Lambda::Version` of the template publishes a version of this
  /// function: Terraform has no version resource (see `version`).
  static func publishVersions(_ builder: inout ResourceBuilder) {
    let logicalId = builder.logicalId
    let versions = builder.translator.template.resources.filter { resource in
      resource.type.value == "AWS::Lambda::Version"
        && functionId(of: resource.property("FunctionName")?.value) == logicalId
    }
    guard !versions.isEmpty else { return }
    let names = versions.map(\.logicalId).joined(separator: ", ")
    builder.primary.content.argument(
      "publish", .bool(true),
      comments: [
        "\(names) (AWS::Lambda::Version): Terraform publishes a version on every change of",
        "the code or configuration, where CloudFormation publishes one per Version resource",
      ])
  }

  /// The logical id of the function `expr` names: `Ref` to it or its `Arn`.
  static func functionId(of expr: Expr?) -> String? {
    switch expr?.kind {
    case .ref(let name): name
    case .getAtt(let name, "Arn"): name
    default: nil
    }
  }
}
