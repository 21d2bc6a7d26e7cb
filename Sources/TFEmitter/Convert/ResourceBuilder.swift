import CFNParser

/// Builds the Terraform for one CloudFormation resource by applying its mapping's rules, and
/// writes a ledger entry for every property and resource attribute on the way.
package struct ResourceBuilder {
  /// The resource being converted.
  package let resource: Resource
  /// Its mapping.
  package let mapping: ResourceMapping
  /// The conversion's options.
  package let options: ConversionOptions
  /// The shared expression translator.
  package var translator: ExpressionTranslator
  /// The primary Terraform resource.
  package var primary: TerraformResource
  /// Further resources the CloudFormation resource becomes (rules, attachments, …).
  package var extras: [TerraformResource] = []
  /// Files the resource needs next to the module (user data templates).
  package var files: [GeneratedFile] = []
  /// The ledger entries written so far.
  package var ledger: [LedgerEntry] = []
  /// Problems found.
  package var diagnostics: [Diagnostic] = []
  /// Resource attributes (`UpdatePolicy`, `CreationPolicy`, `Metadata`) the mapping has handled.
  package var handledAttributes: Set<String> = []

  /// Creates a builder for `resource`, whose primary Terraform resource is named `name`.
  package init(
    resource: Resource, mapping: ResourceMapping, name: String, options: ConversionOptions,
    translator: ExpressionTranslator
  ) {
    self.resource = resource
    self.mapping = mapping
    self.options = options
    self.translator = translator
    primary = TerraformResource(
      type: mapping.terraformType(for: resource), name: name, origin: resource.logicalId)
  }

  /// The logical id.
  package var logicalId: String { resource.logicalId }

  /// The top of the primary resource, where its mapping's rules apply.
  package var scope: RuleScope { .resource(primary) }

  /// The template path of the member at `path` below the resource's `Properties`:
  /// `LogicalId.Properties.Listeners[0].Port`.
  package func templatePath(_ path: RelativeTemplatePath) -> TemplatePath {
    TemplatePath.resource(logicalId).appending([.key("Properties")] + path.steps)
  }

  /// Records a ledger entry about the member at `path` (below the resource's properties),
  /// written at `location`, that became `target` (and `furtherTargets`, when it became several
  /// things at once).
  package mutating func record(
    _ path: RelativeTemplatePath, at location: SourceLocation?, target: TerraformPath?,
    furtherTargets: [TerraformPath] = [], status: LedgerStatus, note: String,
    source: Expr? = nil, value: HCLExpression? = nil, secret: Bool = false
  ) {
    ledger.append(
      LedgerEntry(
        kind: .property, path: templatePath(path), resourceType: resource.type.value,
        location: location, target: target, furtherTargets: furtherTargets, status: status,
        note: note, sourceValue: secret ? Redaction.placeholder : source.map(\.compactText),
        targetValue: secret ? Redaction.placeholder : value.map(HCLPrinter.printExpression)))
  }

  /// Records a ledger entry about `member`, at its path and where its key is written, that
  /// became `target` (and `furtherTargets`).
  package mutating func record(
    _ member: RuleMember, target: TerraformPath?, furtherTargets: [TerraformPath] = [],
    status: LedgerStatus, note: String, source: Expr? = nil, value: HCLExpression? = nil,
    secret: Bool = false
  ) {
    record(
      member.path, at: member.keyRange.start, target: target, furtherTargets: furtherTargets,
      status: status, note: note, source: source, value: value, secret: secret)
  }

  /// `record(_:target:…)` for a member at the top of the resource's `Properties`.
  package mutating func record(
    _ member: ExprMember, target: TerraformPath?, furtherTargets: [TerraformPath] = [],
    status: LedgerStatus, note: String, source: Expr? = nil, value: HCLExpression? = nil,
    secret: Bool = false
  ) {
    record(
      RuleMember.property(member), target: target, furtherTargets: furtherTargets,
      status: status, note: note, source: source, value: value, secret: secret)
  }

  /// The comment and warning `report` writes about `member`, named by its printed path.
  private mutating func warn(_ member: RuleMember, _ error: MappingError) {
    primary.comments.append(error.comment(property: member.key))
    if let warning = error.warning(
      property: member.key, logicalId: logicalId, type: resource.type.value)
    {
      diagnostics.append(.warning(warning, at: member.keyRange.start))
    }
  }

  /// `report(_:_:)` for a member read in `scope`.
  package mutating func report(_ member: ExprMember, in scope: RuleScope, _ error: MappingError) {
    report(RuleMember(member, in: scope.path), error)
  }

  /// `report(_:_:)` for a member at the top of the resource's `Properties`.
  package mutating func report(_ member: ExprMember, _ error: MappingError) {
    report(RuleMember.property(member), error)
  }

  /// Warns that a property is not converted, for `reason` (`MappingError.notConverted`).
  package mutating func unsupported(_ member: ExprMember, reason: String) {
    report(member, .notConverted(reason))
  }

  /// Records a dropped property, with a comment in the generated code (`MappingError.dropped`).
  package mutating func dropped(_ member: ExprMember, reason: String) {
    report(member, .dropped(reason))
  }

  /// Says that `member`, a member a rule reads, is not carried over as it is, for `error`: a
  /// warning (unless it is dropped on purpose), a comment in the generated code and the ledger
  /// entry, at its path.
  package mutating func report(_ member: RuleMember, _ error: MappingError) {
    warn(member, error)
    record(
      member.path, at: member.keyRange.start, target: nil, status: error.status,
      note: error.reason, source: member.value)
  }

  /// Warns that `member` is not converted, for `reason` (`MappingError.notConverted`).
  package mutating func unsupported(_ member: RuleMember, reason: String) {
    report(member, .notConverted(reason))
  }

  /// Records that `member` is dropped, with a comment in the generated code.
  package mutating func dropped(_ member: RuleMember, reason: String) {
    report(member, .dropped(reason))
  }

  /// Translates `member`'s value for the argument at `target`, recording the ledger entry.
  package mutating func translate(
    _ member: RuleMember, as type: ValueType, target: TerraformPath
  ) -> HCLExpression {
    translator.begin()
    let expression = translator.translate(member.value, as: type)
    record(
      member, target: target, status: translator.status, note: translator.note,
      source: member.value, value: expression, secret: translator.touchesSecret)
    return expression
  }

  /// `translate(_:as:target:)` for a member at the top of the resource's `Properties`.
  package mutating func translate(_ member: ExprMember, as type: ValueType, target: TerraformPath)
    -> HCLExpression
  {
    translate(RuleMember.property(member), as: type, target: target)
  }

  /// The comment lines for an argument whose translation was approximated.
  package var approximationComment: [String] {
    translator.approximations.map { "cfn2tf: approximated: \($0)" }
  }
}
