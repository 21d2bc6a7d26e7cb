import CFNParser

extension Batch {
  /// `AWS::Batch::JobDefinition`. `Ref` and `JobDefinitionArn` are the ARN of its revision, by
  /// which Terraform imports it. Container, node and ECS properties are the JSON the Batch API
  /// reads (`Batch+APIJSON.swift`); EKS properties are provider 5.100's `eks_properties` block.
  static let jobDefinition = ResourceMapping(
    "AWS::Batch::JobDefinition", to: "aws_batch_job_definition", ref: "arn",
    attributes: ["JobDefinitionArn": "arn"],
    properties: [
      .argument("JobDefinitionName", "name"),
      .argument("Type", "type"),
      .argument("PlatformCapabilities", "platform_capabilities"),
      .argument("Parameters", "parameters"),
      .argument("PropagateTags", "propagate_tags"),
      .argument("SchedulingPriority", "scheduling_priority"),
      .argument("Tags", "tags"),
      .custom("ContainerProperties", apiJSON("container_properties", containerProperties)),
      .custom("NodeProperties", apiJSON("node_properties", nodeProperties)),
      .custom("EcsProperties", apiJSON("ecs_properties", ecsProperties)),
      PropertyRule(
        "EksProperties",
        .block("eks_properties", [PropertyRule("PodProperties", .block("pod_properties", pod))])),
      PropertyRule(
        "RetryStrategy",
        .block(
          "retry_strategy",
          [
            .argument("Attempts", "attempts"),
            PropertyRule(
              "EvaluateOnExit",
              .blocks(
                "evaluate_on_exit",
                [
                  .argument("Action", "action"), .argument("OnExitCode", "on_exit_code"),
                  .argument("OnReason", "on_reason"),
                  .argument("OnStatusReason", "on_status_reason"),
                ])),
          ])),
      PropertyRule(
        "Timeout",
        .block("timeout", [.argument("AttemptDurationSeconds", "attempt_duration_seconds")])),
      .custom("ResourceRetentionPolicy", retentionPolicy),
      unsupported(
        "ConsumableResourceProperties",
        "aws_batch_job_definition (provider 5.100) has no consumable resources for a single-node job: register the job definition with 'aws batch register-job-definition'"
      ),
      .drop("JobDefinitionArn", "read-only: the ARN, which Ref returns"),
    ],
    importID: .custom { context in
      guard let id = context.physicalId, id.hasPrefix("arn:") else { return nil }
      return id
    },
    finish: { builder in
      ExtraResources.requireName(
        "name", unless: "JobDefinitionName", &builder,
        removing: "^arn:.*:job-definition/|:[0-9]+$")
    })

  /// Volume members provider 5.100 does not know: the AWS SDK it is built with has no such
  /// member, and would drop it from the JSON without a word.
  static let unknownToProvider = ["S3FilesVolumeConfiguration"]

  /// A property that becomes `argument = jsonencode(…)`, its members (`fields`) named as the
  /// Batch API names them.
  static func apiJSON(_ argument: String, _ fields: [Field]) -> PropertyCode {
    { member, builder, parts in
      switch member.value.kind {
      case .object, .if: break
      default:
        builder.unsupported(
          member,
          reason:
            "a computed value's members cannot be renamed to the Batch API's; write the object out"
        )
        return
      }
      let target = builder.primary.path / argument
      let value = withoutUnknown(member.value, at: member.path, &builder)
      builder.translator.begin()
      let json = ECS.Workloads.json(value, .object(fields), at: member.path, &builder)
      builder.translator.transformed(
        "the Batch API's member names (camelCase) in jsonencode(), option and label keys as written"
      )
      let expression = HCLExpression.call("jsonencode", [json])
      builder.record(
        member, target: target,
        status: builder.translator.status, note: builder.translator.note, source: member.value,
        value: expression, secret: builder.translator.touchesSecret)
      parts.argument(argument, expression)
    }
  }

  /// `expr` without the members provider 5.100 does not know, each reported.
  static func withoutUnknown(
    _ expr: Expr, at path: RelativeTemplatePath, _ builder: inout ResourceBuilder
  )
    -> Expr
  {
    switch expr.kind {
    case .object(let members):
      var kept: [ExprMember] = []
      for member in members {
        guard !unknownToProvider.contains(member.key) else {
          builder.unsupported(
            RuleMember(member, in: path),
            reason:
              "provider 5.100 does not know S3 Files volumes: its AWS SDK would leave the volume out of the job definition; register it with 'aws batch register-job-definition'"
          )
          continue
        }
        kept.append(
          ExprMember(
            key: member.key, keyRange: member.keyRange,
            value: withoutUnknown(member.value, at: path / member.key, &builder)))
      }
      return Expr(.object(kept), range: expr.range)
    case .list(let items):
      var kept: [Expr] = []
      for (index, item) in items.enumerated() {
        kept.append(withoutUnknown(item, at: path / index, &builder))
      }
      return Expr(.list(kept), range: expr.range)
    default:
      return expr
    }
  }

  /// `ResourceRetentionPolicy`: `SkipDeregisterOnUpdate` is the opposite of Terraform's
  /// `deregister_on_new_revision`.
  @Sendable static func retentionPolicy(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedSpread)
      return
    }
    for field in fields {
      let path = member.field(field)
      guard field.key == "SkipDeregisterOnUpdate" else {
        builder.report(path, .noRule(builder.mapping.cloudFormationType))
        continue
      }
      let target = builder.primary.path / "deregister_on_new_revision"
      builder.translator.begin()
      var value = builder.translator.translate(field.value, as: .bool)
      if case .bool(let skip) = value {
        value = .bool(!skip)
      } else {
        value = .conditional(value, .bool(false), .bool(true))
      }
      builder.translator.transformed("negated: Terraform says whether to deregister")
      builder.record(
        path, target: target, status: builder.translator.status,
        note: builder.translator.note, source: field.value, value: value)
      parts.argument("deregister_on_new_revision", value)
    }
  }
}
