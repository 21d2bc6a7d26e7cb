import CFNParser

/// `AWS::CodeCommit::Repository`: repositories, their triggers as an `aws_codecommit_trigger`.
package enum CodeCommit: MappingFamily {
  /// The mappings of this family.
  static let mappings = [repository]

  /// `AWS::CodeCommit::Repository`. `Ref` and `Id` are the repository id (`repository_id`);
  /// Terraform's own id is the name, by which a repository is imported.
  static let repository = ResourceMapping(
    "AWS::CodeCommit::Repository", to: "aws_codecommit_repository", ref: "repository_id",
    attributes: [
      "Arn": "arn", "CloneUrlHttp": "clone_url_http", "CloneUrlSsh": "clone_url_ssh",
      "Id": "repository_id", "Name": "repository_name",
    ],
    properties: [
      .argument("RepositoryName", "repository_name"),
      .argument("RepositoryDescription", "description"),
      .custom("KmsKeyId", kmsKeyArn),
      .tags,
      .custom("Triggers", triggers),
      .custom("Code") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_codecommit_repository has no initial content: CloudFormation commits the files of the Code.S3 zip to Code.BranchName when it creates the repository, Terraform creates it empty; a repository that is adopted already holds them, a new one needs them pushed with git after apply"
        )
      },
    ],
    importID: .custom { $0.property("RepositoryName") })

  /// `KmsKeyId`: Terraform takes the key's ARN where CloudFormation also takes its id or an
  /// alias. A `Ref` to a key or an alias of the template becomes its `arn`; a literal id or
  /// alias becomes the ARN it stands for in the stack's account and region.
  @Sendable static func kmsKeyArn(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "kms_key_id"
    let range = member.value.range
    func text(_ value: String) -> Expr { Expr(.string(value), range: range) }
    var value = member.value
    var how: String?
    switch member.value.kind {
    case .ref(let name):
      let type = builder.translator.template.resource(name)?.type.value
      if type == "AWS::KMS::Key" || type == "AWS::KMS::Alias",
        let key = builder.translator.targets[name], !key.isMissing
      {
        let arn = key.expression(for: "arn")
        builder.record(
          member, target: target, status: .transformed,
          note:
            "Ref to the \(type == "AWS::KMS::Key" ? "key (its id)" : "alias (its name)") became its arn",
          source: member.value, value: arn)
        parts.argument("kms_key_id", arn)
        return
      }
    case .string(let literal) where !literal.hasPrefix("arn:"):
      let resource = literal.hasPrefix("alias/") ? literal : "key/" + literal
      value = Expr(
        .join(
          separator: "",
          values: Expr(
            .list([
              text("arn:"), Expr(.pseudo(.partition), range: range), text(":kms:"),
              Expr(.pseudo(.region), range: range), text(":"),
              Expr(.pseudo(.accountId), range: range), text(":\(resource)"),
            ]), range: range)), range: range)
      how = "the key \(literal.hasPrefix("alias/") ? "alias" : "id") became its ARN"
    default:
      break
    }
    builder.translator.begin()
    let arn = builder.translator.translate(value, as: .string)
    if let how { builder.translator.transformed(how) }
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: arn)
    parts.argument("kms_key_id", arn)
  }

  /// The rules of one trigger.
  static let trigger: [PropertyRule] = [
    .argument("Name", "name"),
    .argument("DestinationArn", "destination_arn"),
    .argument("Events", "events"),
    .argument("Branches", "branches"),
    .argument("CustomData", "custom_data"),
  ]

  /// Why a trigger resource is created rather than imported.
  static let triggerImport =
    "created: aws_codecommit_trigger cannot be imported (provider 5.100); writing the template's triggers replaces the repository's triggers with the same ones"

  /// `Triggers`: one `aws_codecommit_trigger` holding every trigger (CodeCommit sets a
  /// repository's triggers all at once).
  @Sendable static func triggers(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.report(member, .computedList(block: "trigger"))
      return
    }
    guard !items.isEmpty else {
      builder.record(
        member, target: nil, status: .exact,
        note: "no triggers: nothing to write", source: member.value)
      return
    }
    let type = "aws_codecommit_trigger"
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    resource.content.argument(
      "repository_name", ExtraResources.primary("repository_name", builder))
    resource.importID = .notImportable(triggerImport)
    var inner = BodyParts()
    builder.apply(
      .blocks("trigger", trigger), to: member, in: .resource(resource), into: &inner)
    resource.content.blocks += inner.blocks
    builder.record(
      member, target: resource.path, status: .transformed,
      note: "became \(type)")
    builder.extras.append(resource)
  }
}
