import CFNParser

/// Builds the module of one template: maps every resource, then gathers variables, locals, data
/// sources and outputs, writing the ledger as it goes.
struct ModuleBuilder {
  let graph: ResourceGraph
  let options: ConversionOptions
  var translator: ExpressionTranslator
  var resources: [TerraformResource] = []
  var templateFiles: [GeneratedFile] = []
  var ledger = Ledger()
  var diagnostics: [Diagnostic] = []
  var variables: [VariableDeclaration] = []
  var locals: [LocalDeclaration] = []
  var outputs: [OutputDeclaration] = []
  /// Comment paragraphs for resources left out, printed at the end of `main.tf`.
  var omittedComments: [[String]] = []
  /// What stays in CloudFormation.
  let keptPlan: KeptStackPlan
  /// The template of what stays, when something does.
  let keptTemplate: KeptTemplate?
  /// The Terraform name of the stack that holds what stays.
  let keptStackName: String

  var template: Template { graph.template }

  init(graph: ResourceGraph, options: ConversionOptions) {
    self.graph = graph
    self.options = options
    let namer = Namer(
      template: graph.template,
      extraVariables: [
        ExpressionTranslator.stackNameVariable, ExpressionTranslator.physicalNamesVariable,
        ExpressionTranslator.stackIdVariable,
        "notification_arns",
      ])
    let plan = KeptStackPlan.make(graph, options: options)
    keptPlan = plan
    var targets: [String: ResourceTarget] = [:]
    for resource in graph.template.resources where !plan.keptIds.contains(resource.logicalId) {
      let name = namer.resource(forLogicalId: resource.logicalId)
      if let mapping = MappingRegistry.mapping(for: resource.type.value, options: options),
        mapping.omission == nil
      {
        targets[resource.logicalId] = ResourceTarget(
          type: mapping.terraformType(for: resource), name: name,
          refAttribute: mapping.refAttribute, attributes: mapping.attributes,
          isConditional: resource.condition != nil)
      } else {
        targets[resource.logicalId] = ResourceTarget(
          type: "unsupported", name: name, refAttribute: nil, attributes: [:],
          isConditional: resource.condition != nil, isMissing: true)
      }
    }
    keptStackName = Namer.numbered(
      "kept",
      avoiding: Set(graph.template.resources.map { namer.resource(forLogicalId: $0.logicalId) }))
    if plan.isEmpty {
      keptTemplate = nil
    } else {
      let kept = KeptTemplate(graph, plan: plan) { resource, attribute in
        Self.isListAttribute(resource, attribute, targets: targets)
      }
      Self.keptTargets(kept, plan: plan, stack: keptStackName, targets: &targets)
      keptTemplate = kept
    }
    translator = ExpressionTranslator(template: graph.template, namer: namer, targets: targets)
    translator.sensitiveVariables = Set(
      graph.template.parameters.filter(\.noEcho).map { namer.variable(forParameter: $0.name) })
    translator.secretMappingKeys = SecretMappingKey.keys(in: graph.template)
  }

  mutating func build() {
    recordSections()
    buildVariables()
    buildLocals()
    if !options.fallback { refuseTransforms() }
    for resource in graph.resourceOrder(grouping: keptPlan.keptIds) {
      if let resource {
        convert(resource)
      } else {
        for (logicalId, reason) in keptPlan.kept {
          if let resource = template.resource(logicalId) { recordKept(resource, reason: reason) }
        }
        buildKeptStack()
      }
    }
    if keptPlan.kept.isEmpty, keptPlan.wholeTemplate != nil { buildKeptStack() }
    recordTransforms()
    buildOutputs()
    // Secret properties read mappings the first pass did not know of (an API key's Value).
    redactSecretMappings()
    diagnostics += translator.diagnostics
    addTranslatorVariables()
  }

  private mutating func convert(_ resource: Resource) {
    guard let mapping = MappingRegistry.mapping(for: resource.type.value, options: options) else {
      let type = resource.type.value
      diagnostics.append(
        .error(
          "unsupported resource type '\(type)'", at: resource.type.location,
          notes: [
            .init(
              "cfn2tf converts \(MappingRegistry.supportedTypes.count) types; 'cfn2tf types' lists them"
            )
          ]))
      ledger.record(
        LedgerEntry(
          kind: .resource, path: .resource(resource.logicalId), resourceType: type,
          location: resource.range.start, status: .unsupported,
          note: "cfn2tf has no mapping for \(type)"))
      return
    }
    if let reason = mapping.omission {
      omit(resource, reason: reason)
      return
    }
    var builder = ResourceBuilder(
      resource: resource, mapping: mapping,
      name: translator.namer.resource(forLogicalId: resource.logicalId), options: options,
      translator: translator)
    builder.primary.comments = ["\(resource.logicalId) (\(resource.type.value))"]
    builder.applyRules()
    builder.applyResourceAttributes(targets: translator.targets)
    Hardening.apply(&builder)
    translator = builder.translator
    ledger.record(
      LedgerEntry(
        kind: .resource, path: .resource(resource.logicalId), resourceType: resource.type.value,
        location: resource.range.start,
        target: builder.primary.managedAddress,
        furtherTargets: builder.extras.map(\.managedAddress),
        status: .transformed, note: "became \(builder.primary.type)"))
    for entry in builder.ledgerRedactingEnclosures { ledger.record(entry) }
    diagnostics += builder.diagnostics
    var primary = builder.primary
    primary.importID = primary.importID ?? mapping.importID
    resources.append(primary)
    resources += builder.extras
    templateFiles += builder.files
  }

  /// A resource whose type has no Terraform counterpart: said in a warning, in `main.tf` and in
  /// the ledger.
  private mutating func omit(_ resource: Resource, reason: String) {
    let type = resource.type.value
    diagnostics.append(
      .warning(
        "'\(resource.logicalId)' (\(type)) is not converted: \(reason)", at: resource.range.start))
    omittedComments.append([
      "\(resource.logicalId) (\(type)) is not converted: \(reason)"
    ])
    ledger.record(
      LedgerEntry(
        kind: .resource, path: .resource(resource.logicalId), resourceType: type,
        location: resource.range.start, status: .dropped, note: reason))
  }

  private mutating func recordSections() {
    if let description = template.description {
      ledger.record(
        LedgerEntry(
          kind: .section, path: .section("Description"), location: description.location,
          target: .file("README.md"), status: .transformed,
          note: "the description heads the module's README", sourceValue: description.value))
    }
    if let metadata = template.metadata {
      ledger.record(
        LedgerEntry(
          kind: .section, path: .section("Metadata"), location: metadata.location, status: .dropped,
          note: "template metadata (console layout, cfn-lint settings) has no Terraform counterpart"
        ))
    }
    for entry in DeploymentSections.ledgerEntries(in: template) { ledger.record(entry) }
  }
}
