import CFNParser

extension CodePipeline {
  /// The configuration keys that hold a secret: a value written in the template becomes a
  /// sensitive variable.
  static let secretKeys: Set<String> = ["OAuthToken"]

  /// `Configuration` of an action or a rule (in the blocks `block` names, such as `stage`,
  /// `action`): a map of strings, as CodePipeline reads it. A number or a boolean becomes its text (`false`, `1`); a
  /// written-out list or object becomes its JSON text; `OAuthToken` becomes a sensitive variable.
  static func configuration(in block: [String]) -> PropertyCode {
    { member, builder, parts in
      let body = builder.primary.path / block
      let target = body / "configuration"
      guard case .object(let fields) = member.value.kind else {
        builder.unsupported(
          member, reason: "a computed configuration cannot become a map; write the object out")
        return
      }
      var items: [HCLObjectItem] = []
      var hasSecret = false
      for field in fields {
        let key = member.field(field)
        // The map's element: TerraformPath has no map-key step, so the key is written with its
        // map's name, as the entry has always printed it (`configuration["OAuthToken"]`).
        let entry = body / "configuration[\"\(field.key)\"]"
        let value: HCLExpression
        if secretKeys.contains(field.key) {
          hasSecret = true
          value = CodeBuild.secret(
            key, &builder,
            variable: builder.primary.name + "_"
              + Namer.snakeCase(field.key.replacing("OAuth", with: "Oauth")),
            what: field.key, target: entry)
        } else if case .list = field.value.kind {
          value = jsonText(key, &builder, target: entry)
        } else if case .object = field.value.kind {
          value = jsonText(key, &builder, target: entry)
        } else {
          value = builder.translate(key, as: .string, target: entry)
        }
        items.append(HCLObjectItem(field.key, value))
      }
      builder.record(
        member, target: target, status: .transformed,
        note: "a map of strings, as CodePipeline reads it", source: member.value,
        secret: hasSecret)
      parts.argument("configuration", .object(items))
    }
  }

  /// A written-out list or object in a configuration, as its JSON text.
  static func jsonText(
    _ member: RuleMember, _ builder: inout ResourceBuilder, target: TerraformPath
  ) -> HCLExpression {
    builder.translator.begin()
    let value = HCLExpression.call(
      "jsonencode", [builder.translator.translate(member.value, as: .any)])
    builder.translator.approximated(
      "a list or object in a configuration became its JSON text: CodePipeline takes strings only")
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value,
      secret: builder.translator.touchesSecret)
    return value
  }

  /// `InputArtifacts` or `OutputArtifacts` (objects with a `Name`) of an action or a rule in
  /// the blocks `block` names: the list of their names, `argument`.
  static func artifactNames(_ argument: String, in block: [String]) -> PropertyCode {
    { member, builder, parts in
      guard
        let objects = builder.objects(
          of: member,
          computed: "a computed list of artifacts cannot become \(argument); write it out",
          notAnObject: "write the artifact out, with its Name")
      else { return }
      let target = builder.primary.path / block / argument
      var names: [HCLExpression] = []
      for object in objects {
        for field in object.fields {
          let key = object.element.field(field)
          switch field.key {
          case "Name": names.append(builder.translate(key, as: .string, target: target))
          case "Files": builder.unsupported(key, reason: computeAction("output files"))
          default: builder.report(key, .noRule(builder.resource.type.value))
          }
        }
      }
      parts.argument(argument, .tuple(names))
    }
  }

  /// `RestartExecutionOnUpdate`: Terraform has no counterpart. False is what Terraform does (it
  /// never starts the pipeline); true, or a computed value, is reported.
  @Sendable static func restartExecutionOnUpdate(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let isFalse =
      switch member.value.kind {
      case .bool(let value): !value
      case .string(let text): text.lowercased() == "false"
      default: false
      }
    if isFalse {
      builder.dropped(
        member,
        reason:
          "aws_codepipeline has no restart on update; false is what Terraform does: an apply never starts the pipeline"
      )
    } else {
      builder.unsupported(
        member,
        reason:
          "aws_codepipeline has no restart on update: an apply that changes the pipeline does not start it; run 'aws codepipeline start-pipeline-execution --name <pipeline>' after such an apply"
      )
    }
  }
}
