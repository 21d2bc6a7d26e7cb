import CFNParser

/// The CloudFormation template of what stays in CloudFormation: the kept resources as written,
/// with the parameters, mappings, conditions and transforms they need, a parameter for each value
/// a converted resource gives them, and an output for each value converted resources and outputs
/// read from them.
///
/// A kept resource reads a converted resource `X` through a parameter named `X` (so `Ref` and
/// `${X}` stay as written) and `Fn::GetAtt [X, Attr]` through a parameter `XAttr`, which its text
/// then refers to with `Ref`. `DependsOn` on a converted resource becomes the stack's
/// `depends_on`.
package struct KeptTemplate: Sendable {
  /// Where a kept template parameter's value comes from.
  package enum Source: Hashable, Sendable {
    /// The template parameter of that name, passed on.
    case parameter(String)
    /// `Ref` of a converted resource.
    case reference(String)
    /// `Fn::GetAtt` of a converted resource.
    case attribute(resource: String, attribute: String)
  }

  /// A parameter of the kept template.
  package struct Parameter: Hashable, Sendable {
    /// Its name in the kept template.
    package var name: String
    /// Where its value comes from.
    package var source: Source
  }

  /// What a kept template output gives.
  package enum OutputSource: Hashable, Sendable {
    /// `Ref` of a kept resource (or a name the serverless transform makes).
    case reference(String)
    /// `Fn::GetAtt` of a kept resource.
    case attribute(resource: String, attribute: String)
    /// An output of the template, kept as written.
    case output(String)
  }

  /// An output of the kept template.
  package struct Output: Hashable, Sendable {
    /// Its name in the kept template.
    package var name: String
    /// What it gives.
    package var source: OutputSource
  }

  /// The kept template's parameters, in the order written.
  package private(set) var parameters: [Parameter] = []
  /// The kept template's outputs, in the order written.
  package private(set) var outputs: [Output] = []
  /// Converted resources a kept resource names in `DependsOn`.
  package private(set) var dependencies: [String] = []
  /// The template, ready to print.
  package private(set) var body: JSONValue
  /// The capabilities CloudFormation asks for before it creates the kept resources.
  package private(set) var capabilities: [String] = []

  let template: Template
  let plan: KeptStackPlan
  /// `Fn::GetAtt` of converted resources: `resource.attribute` → the parameter carrying it.
  var attributeParameters: [String: String] = [:]
  /// Names parameters and resources of the kept template use (one namespace in CloudFormation).
  private var takenNames: Set<String>
  /// Names the kept template's outputs use.
  private var takenOutputs: Set<String> = []

  /// The kept template of `plan`. `isList` says whether an attribute of a converted resource is a
  /// list (its parameter is then a `CommaDelimitedList`).
  package init(
    _ graph: ResourceGraph, plan: KeptStackPlan,
    isList: (_ resource: String, _ attribute: String) -> Bool
  ) {
    template = graph.template
    self.plan = plan
    body = template.root
    takenNames = Set(
      template.parameters.map(\.name) + template.resources.map(\.logicalId)
        + template.conditions.map(\.name) + template.mappings.map(\.name))
    if plan.wholeTemplate != nil {
      buildWholeTemplate()
    } else {
      buildReduced(graph, isList: isList)
    }
    capabilities = Self.capabilities(template, plan: plan)
  }

  /// The name of the output that gives `Ref` of `name` (a kept resource or a name the serverless
  /// transform makes), or `Fn::GetAtt` when `attribute` is given.
  package func output(for name: String, attribute: String? = nil) -> String? {
    let source: OutputSource =
      attribute.map { .attribute(resource: name, attribute: $0) } ?? .reference(name)
    return outputs.first { $0.source == source }?.name
  }

  /// The kept template's output that stands for the template's output `name`.
  package func output(forTemplateOutput name: String) -> String? {
    outputs.first { $0.source == .output(name) }?.name
  }

  /// Everything stays: the template as written, NoEcho defaults left out, every parameter
  /// passed on, every output read back.
  private mutating func buildWholeTemplate() {
    parameters = template.parameters.map { Parameter(name: $0.name, source: .parameter($0.name)) }
    outputs = template.outputs.map { Output(name: $0.name, source: .output($0.name)) }
    body = template.root.replacingMember("Parameters") { section in
      section.mappingMembers { member in member.withoutNoEchoDefault() }
    }
  }
}

extension KeptTemplate {
  /// What stays is one part of the template: the kept resources, and what they read.
  private mutating func buildReduced(
    _ graph: ResourceGraph, isList: (String, String) -> Bool
  ) {
    let keptOutputs = template.callsMacros ? template.outputs.filter(\.value.containsTransform) : []
    var readers = plan.kept.map { ResourceGraph.Node(.resource, $0.logicalId) }
    readers += keptOutputs.map { ResourceGraph.Node(.output, $0.name) }
    var usedParameters: Set<String> = []
    var usedMappings: Set<String> = []
    var usedConditions: Set<String> = []
    var converted: [Source] = []
    var queue = readers
    var seen = Set(readers)
    while let node = queue.first {
      queue.removeFirst()
      for edge in graph.edges(from: node) {
        let target = edge.to
        switch target.kind {
        case .parameter: usedParameters.insert(target.name)
        case .mapping: usedMappings.insert(target.name)
        case .condition:
          usedConditions.insert(target.name)
          if seen.insert(target).inserted { queue.append(target) }
        case .resource where !plan.keptIds.contains(target.name):
          switch edge.kind {
          case .dependsOn:
            if !dependencies.contains(target.name) { dependencies.append(target.name) }
          case .getAtt(let attribute):
            let source = Source.attribute(resource: target.name, attribute: attribute)
            if !converted.contains(source) { converted.append(source) }
          default:
            if !converted.contains(.reference(target.name)) {
              converted.append(.reference(target.name))
            }
          }
        case .resource, .output: break
        }
      }
    }
    var declarations: [JSONMember] = []
    for parameter in template.parameters where usedParameters.contains(parameter.name) {
      parameters.append(Parameter(name: parameter.name, source: .parameter(parameter.name)))
      if let member = template.root["Parameters"]?.member(parameter.name) {
        declarations.append(member.withoutNoEchoDefault())
      }
    }
    for source in converted {
      let name: String
      let list: Bool
      switch source {
      case .reference(let resource):
        (name, list) = (resource, false)
      case .attribute(let resource, let attribute):
        name = Self.reserve(resource + Self.alphanumeric(attribute), in: &takenNames)
        attributeParameters["\(resource).\(attribute)"] = name
        list = isList(resource, attribute)
      case .parameter: continue
      }
      parameters.append(Parameter(name: name, source: source))
      declarations.append(member(name, parameterDeclaration(for: source, list: list)))
    }
    buildOutputs(graph, keptOutputs: keptOutputs)
    body = reducedBody(
      declarations: declarations, mappings: usedMappings,
      conditions: usedConditions.union(outputConditions), keptOutputs: keptOutputs)
  }

  /// Conditions the kept template's outputs carry: those of the kept resources they read.
  private var outputConditions: Set<String> {
    var names: Set<String> = []
    for output in outputs {
      switch output.source {
      case .reference(let name), .attribute(let name, _):
        let owner = template.resource(name) == nil ? template.serverlessOwner(of: name) : name
        if let condition = owner.flatMap({ template.resource($0)?.condition }) {
          names.insert(condition.value)
        }
      case .output: break
      }
    }
    return names
  }

  private func parameterDeclaration(for source: Source, list: Bool) -> JSONValue {
    let what: String
    switch source {
    case .reference(let resource): what = "Ref of \(resource)"
    case .attribute(let resource, let attribute): what = "Fn::GetAtt \(resource).\(attribute)"
    case .parameter(let name): what = name
    }
    return object([
      ("Type", string(list ? "CommaDelimitedList" : "String")),
      ("Description", string("\(what), which Terraform manages (set by cfn2tf's module)")),
    ])
  }

  /// An output for every value of a kept resource that a converted resource or an output reads,
  /// and the template's outputs that call a macro, as written.
  private mutating func buildOutputs(_ graph: ResourceGraph, keptOutputs: [CFNParser.Output]) {
    for output in keptOutputs {
      outputs.append(Output(name: output.name, source: .output(output.name)))
      takenOutputs.insert(output.name)
    }
    let keptOutputNames = Set(keptOutputs.map(\.name))
    var readerExprs: [Expr] = []
    for resource in template.resources where !plan.keptIds.contains(resource.logicalId) {
      readerExprs += resource.properties.map(\.value)
      readerExprs += [resource.metadata, resource.updatePolicy, resource.creationPolicy]
        .compactMap { $0 }
    }
    for output in template.outputs where !keptOutputNames.contains(output.name) {
      readerExprs.append(output.value)
      if let export = output.exportName { readerExprs.append(export) }
    }
    for expr in readerExprs {
      for (name, attribute) in expr.references where isKept(name) {
        let source: OutputSource =
          attribute.map { .attribute(resource: name, attribute: $0) } ?? .reference(name)
        guard !outputs.contains(where: { $0.source == source }) else { continue }
        let base = Self.alphanumeric(name) + (attribute.map(Self.alphanumeric) ?? "")
        outputs.append(Output(name: Self.reserve(base, in: &takenOutputs), source: source))
      }
    }
  }

  /// True for a kept resource or a name the serverless transform makes from one.
  private func isKept(_ name: String) -> Bool {
    if plan.keptIds.contains(name) { return true }
    return template.serverlessOwner(of: name).map(plan.keptIds.contains) ?? false
  }

  /// `base`, or `base2`, `base3`, …: the first name `taken` does not hold, which it then does.
  private static func reserve(_ base: String, in taken: inout Set<String>) -> String {
    var candidate = base.isEmpty ? "Value" : base
    var n = 2
    while taken.contains(candidate) {
      candidate = "\(base)\(n)"
      n += 1
    }
    taken.insert(candidate)
    return candidate
  }

  /// `text` with everything but ASCII letters and digits left out (a logical id's alphabet).
  static func alphanumeric(_ text: String) -> String {
    String(
      text.unicodeScalars.filter {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
      }.map(Character.init))
  }
}
