import CFNParser

/// `AWS::AccessAnalyzer::Analyzer`: analyzers (the unused access configuration as blocks, each
/// archive rule an `aws_accessanalyzer_archive_rule`).
package enum AccessAnalyzer: MappingFamily {
  /// The mappings of this family.
  static let mappings = [analyzer]

  /// `AWS::AccessAnalyzer::Analyzer`. `Ref` and `Arn` are its ARN. Terraform requires the name
  /// that CloudFormation generates when `AnalyzerName` is not set (see
  /// `ExtraResources.requireName`; the live name is the last part of the ARN). Terraform imports
  /// it by its name.
  static let analyzer = ResourceMapping(
    "AWS::AccessAnalyzer::Analyzer", to: "aws_accessanalyzer_analyzer", ref: "arn",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("AnalyzerName", "analyzer_name"),
      .argument("Type", "type"),
      PropertyRule(
        "AnalyzerConfiguration",
        .block(
          "configuration",
          [
            PropertyRule(
              "UnusedAccessConfiguration",
              .block(
                "unused_access",
                [
                  .argument("UnusedAccessAge", "unused_access_age"),
                  PropertyRule(
                    "AnalysisRule",
                    .block(
                      "analysis_rule",
                      [
                        PropertyRule(
                          "Exclusions",
                          .blocks(
                            "exclusion",
                            [
                              .argument("AccountIds", "account_ids"),
                              .custom("ResourceTags", resourceTags),
                            ]))
                      ])),
                ])),
            .custom("InternalAccessConfiguration") { member, builder, _ in
              builder.unsupported(
                member,
                reason:
                  "aws_accessanalyzer_analyzer (provider 5.100) has no internal access analysis: set it with 'aws accessanalyzer update-analyzer --configuration'"
              )
            },
          ])),
      .custom("ArchiveRules", archiveRules),
      .tags,
      .drop("Arn", "read-only: GetAtt Arn returns it"),
    ],
    importID: .custom { analyzerName($0) },
    finish: { builder in
      ExtraResources.requireName(
        "analyzer_name", unless: "AnalyzerName", &builder, removing: "^arn:.*/")
    })

  /// The analyzer's name on the live stack: `AnalyzerName`, or the last part of its ARN.
  @Sendable static func analyzerName(_ context: ImportContext) -> String? {
    context.property("AnalyzerName")
      ?? context.physicalId?.split(separator: "/").last.map(String.init)
  }

  /// `ResourceTags` of an exclusion, a list of tag lists: a list of maps.
  @Sendable static func resourceTags(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(
        member, reason: "a computed list of tag lists cannot be converted; write it out")
      return
    }
    let target =
      builder.primary.path / "configuration" / "unused_access" / "analysis_rule" / "exclusion"
      / "resource_tags"
    var maps: [HCLExpression] = []
    builder.record(
      member, target: target, status: .transformed,
      note: "each tag list became a map")
    for (index, item) in items.enumerated() {
      let element = member.element(index, item)
      guard let map = builder.tagMap(element, target: target) else { return }
      maps.append(map)
    }
    parts.argument("resource_tags", .tuple(maps))
  }

  /// `ArchiveRules`: each rule an `aws_accessanalyzer_archive_rule` of the analyzer, its filters
  /// as blocks (`Exists` as the string Terraform takes). Terraform imports a rule as
  /// `<analyzer name>/<rule name>`.
  @Sendable static func archiveRules(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let rules = builder.objects(
        of: member, computed: "a computed list of archive rules cannot be converted; write it out",
        notAnObject: "an archive rule must be an object with RuleName and Filter")
    else { return }
    let type = "aws_accessanalyzer_archive_rule"
    builder.record(
      member, target: nil, status: .transformed,
      note: "each element became \(type)")
    for rule in rules {
      let name = rule.fields.first { $0.key == "RuleName" }?.value
      let base =
        builder.primary.name + "_"
        + (name.map { ExtraResources.suffix(for: $0, index: rule.index) } ?? String(rule.index + 1))
      var resource = ExtraResources.make(
        type, name: ExtraResources.uniqueName(base, type: type, builder), from: rule.element.key,
        builder)
      resource.content.argument("analyzer_name", ExtraResources.primary("analyzer_name", builder))
      if let name {
        resource.importID = .custom { context in
          guard let analyzer = analyzerName(context), let rule = context.resolve(name) else {
            return nil
          }
          return "\(analyzer)/\(rule)"
        }
      } else {
        resource.importID = .notImportable("it has no RuleName")
      }
      let scope = RuleScope.resource(resource, at: rule.element.path)
      var inner = BodyParts()
      builder.apply(
        [
          .argument("RuleName", "rule_name"),
          PropertyRule(
            "Filter",
            .blocks(
              "filter",
              [
                .argument("Property", "criteria"),
                .argument("Contains", "contains"),
                .argument("Eq", "eq"),
                .argument("Neq", "neq"),
                .argument("Exists", "exists"),
              ])),
        ], to: rule.fields, in: scope, into: &inner)
      resource.content.arguments.items += inner.arguments.items
      resource.content.blocks += inner.blocks
      builder.record(
        rule.element, target: resource.path,
        status: .transformed, note: "became \(type)")
      builder.extras.append(resource)
    }
  }
}
