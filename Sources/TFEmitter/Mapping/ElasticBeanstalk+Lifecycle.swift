import CFNParser

extension ElasticBeanstalk {
  /// One rule of `VersionLifecycleConfig`: its property, the argument its limit becomes and the
  /// limit's property.
  struct LifecycleRule {
    var property: String
    var argument: String
    var limit: String
  }

  /// The two rules, the count rule first: it is the one written when both are enabled.
  static let lifecycleRules = [
    LifecycleRule(property: "MaxCountRule", argument: "max_count", limit: "MaxCount"),
    LifecycleRule(property: "MaxAgeRule", argument: "max_age_in_days", limit: "MaxAgeInDays"),
  ]

  /// `ResourceLifecycleConfig`: the `appversion_lifecycle` block, which holds one rule: the
  /// enabled one (a disabled rule deletes nothing, in CloudFormation as in Terraform), with the
  /// service role Terraform requires.
  @Sendable static func lifecycle(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "appversion_lifecycle"))
      return
    }
    let target = builder.primary.path / "appversion_lifecycle"
    var role: RuleMember?
    var enabled: [(LifecycleRule, RuleMember, [ExprMember])] = []
    for field in fields {
      let path = nested(field, in: member)
      switch field.key {
      case "ServiceRole": role = path
      case "VersionLifecycleConfig":
        guard case .object(let configured) = field.value.kind else {
          builder.report(path, .computedSpread)
          continue
        }
        for ruleField in configured {
          let rulePath = nested(ruleField, in: path)
          guard let rule = lifecycleRules.first(where: { $0.property == ruleField.key }) else {
            builder.report(rulePath, .noRule(builder.mapping.cloudFormationType))
            continue
          }
          guard case .object(let ruleFields) = ruleField.value.kind else {
            builder.report(rulePath, .computedSpread)
            continue
          }
          let flag = ruleFields.first { $0.key == "Enabled" }
          switch flag?.value.scalarText {
          case "true": enabled.append((rule, rulePath, ruleFields))
          case nil where flag != nil:
            builder.unsupported(
              rulePath, reason: "whether the rule is enabled must be written out")
          default: builder.dropped(rulePath, reason: "the rule is not enabled: it deletes nothing")
          }
        }
      default:
        builder.report(path, .noRule(builder.mapping.cloudFormationType))
      }
    }
    // The count rule first: it is the one written when both are enabled.
    enabled = lifecycleRules.compactMap { rule in enabled.first { $0.0.property == rule.property } }
    guard let (rule, rulePath, ruleFields) = enabled.first else {
      builder.record(
        member, target: nil, status: .dropped,
        note: "no rule is enabled: the lifecycle deletes nothing", source: member.value)
      return
    }
    guard let role else {
      builder.unsupported(
        member,
        reason:
          "Terraform requires the lifecycle's service role, which Elastic Beanstalk took from an earlier configuration: write ServiceRole"
      )
      return
    }
    for (_, other, _) in enabled.dropFirst() {
      builder.unsupported(
        other,
        reason:
          "Terraform's appversion_lifecycle holds one rule, and the count rule is written: delete old versions by age another way"
      )
    }
    builder.record(
      member, target: target, status: .transformed,
      note: "its enabled rule and service role became the appversion_lifecycle block",
      source: member.value)
    var inner = BodyParts()
    inner.argument(
      "service_role", builder.translate(role, as: .string, target: target / "service_role"))
    for field in ruleFields {
      let path = nested(field, in: rulePath)
      switch field.key {
      case "Enabled":
        builder.record(
          path, target: nil, status: .exact,
          note: "the rule is written because it is enabled", source: field.value)
      case rule.limit:
        inner.argument(
          rule.argument, builder.translate(path, as: .number, target: target / rule.argument))
      case "DeleteSourceFromS3":
        inner.argument(
          "delete_source_from_s3",
          builder.translate(path, as: .bool, target: target / "delete_source_from_s3"))
      default:
        builder.report(path, .noRule(builder.mapping.cloudFormationType))
      }
    }
    parts.block(HCLBlock("appversion_lifecycle", body: inner.body))
  }

  /// Member `field` of the object at `parent`, at its path (`A.B.C`).
  static func nested(_ field: ExprMember, in parent: RuleMember) -> RuleMember {
    parent.field(field)
  }
}
