import CFNParser

/// Why a resource stays in CloudFormation instead of becoming Terraform.
package enum KeptReason: Hashable, Sendable {
  /// cfn2tf has no mapping for its type.
  case unmapped
  /// A custom resource: CloudFormation calls its provider (a Lambda function or an SNS topic),
  /// which Terraform cannot do.
  case custom
  /// A SAM resource, which the serverless transform expands.
  case serverless
  /// A rotation schedule with a hosted rotation Lambda, which the Secrets Manager transform
  /// expands.
  case hostedRotation
  /// It calls a macro (`Fn::Transform`), or the template's macro may rewrite it.
  case macro(String)
  /// It is in a dependency cycle with resources that stay: Terraform could not order the stack
  /// and it.
  case cycle
  /// The user asked for it (`--keep`).
  case requested

  /// Why, as the ledger, the comment and the warning say it.
  package var note: String {
    switch self {
    case .unmapped: "cfn2tf has no mapping for its type"
    case .custom: "a custom resource runs its provider in CloudFormation"
    case .serverless: "the serverless transform (SAM) expands it in CloudFormation"
    case .hostedRotation: "the Secrets Manager transform expands its hosted rotation Lambda"
    case .macro(let name): "the macro '\(name)' rewrites it in CloudFormation"
    case .cycle:
      "it is in a dependency cycle with resources that stay in CloudFormation"
    case .requested: "'--keep' names it"
    }
  }
}

/// Which resources stay in CloudFormation, deployed by the module as one
/// `aws_cloudformation_stack`: those whose type has no mapping, custom resources, what a macro
/// rewrites, and what a dependency cycle ties to them. Everything else becomes Terraform.
package struct KeptStackPlan: Sendable {
  /// The kept resources with the reason of each, in template order.
  package private(set) var kept: [(logicalId: String, reason: KeptReason)] = []
  /// The logical ids of `kept`.
  package private(set) var keptIds: Set<String> = []
  /// The macro that may rewrite the whole template, when there is one: then everything stays.
  package private(set) var wholeTemplate: TemplateTransform?

  /// True when nothing stays in CloudFormation.
  package var isEmpty: Bool { kept.isEmpty && wholeTemplate == nil }

  /// The plan for `graph`: empty with `--no-fallback`, where what has no mapping is an error.
  package static func make(_ graph: ResourceGraph, options: ConversionOptions) -> KeptStackPlan {
    var plan = KeptStackPlan()
    guard options.fallback else { return plan }
    let template = graph.template
    if let whole = template.wholeTemplateTransform {
      plan.wholeTemplate = whole
      for resource in template.resources { plan.keep(resource.logicalId, .macro(whole.name)) }
      return plan
    }
    for resource in template.resources {
      if let reason = reason(for: resource, in: template, options: options) {
        plan.keep(resource.logicalId, reason)
      } else if options.keptResources.contains(resource.logicalId) {
        plan.keep(resource.logicalId, .requested)
      }
    }
    guard !plan.kept.isEmpty else { return plan }
    for logicalId in cycleMembers(graph, kept: plan.keptIds) { plan.keep(logicalId, .cycle) }
    let order = Dictionary(
      uniqueKeysWithValues: template.resources.enumerated().map { ($1.logicalId, $0) })
    plan.kept.sort { order[$0.logicalId, default: 0] < order[$1.logicalId, default: 0] }
    return plan
  }

  private mutating func keep(_ logicalId: String, _ reason: KeptReason) {
    guard keptIds.insert(logicalId).inserted else { return }
    kept.append((logicalId, reason))
  }

  /// Why `resource` stays, or nil when it becomes Terraform.
  private static func reason(
    for resource: Resource, in template: Template, options: ConversionOptions
  ) -> KeptReason? {
    let type = resource.type.value
    if template.callsMacros, let transform = transformCalled(in: resource.value) {
      return .macro(transform)
    }
    if type.hasPrefix(Template.serverlessTypePrefix) { return .serverless }
    if type.hasPrefix("Custom::") || type == "AWS::CloudFormation::CustomResource" {
      return .custom
    }
    if template.hasTransform(.secretsManager), type == "AWS::SecretsManager::RotationSchedule",
      resource.property("HostedRotationLambda") != nil
    {
      return .hostedRotation
    }
    return MappingRegistry.mapping(for: type, options: options) == nil ? .unmapped : nil
  }

  /// The name of the first macro an `Fn::Transform` under `value` calls.
  static func transformCalled(in value: JSONValue) -> String? {
    switch value.kind {
    case .object(let members):
      for member in members {
        if member.key == "Fn::Transform" {
          let call = member.value.elements?.first ?? member.value
          return call["Name"]?.stringValue ?? "Fn::Transform"
        }
        if let name = transformCalled(in: member.value) { return name }
      }
      return nil
    case .array(let items):
      return items.lazy.compactMap { transformCalled(in: $0) }.first
    default:
      return nil
    }
  }

  /// The converted resources that a kept resource depends on and that depend on a kept resource:
  /// Terraform orders the stack as one resource, so they must stay with it.
  static func cycleMembers(_ graph: ResourceGraph, kept: Set<String>) -> [String] {
    var dependencies: [String: [String]] = [:]
    var dependents: [String: [String]] = [:]
    for edge in graph.edges where edge.from.kind == .resource && edge.to.kind == .resource {
      dependencies[edge.from.name, default: []].append(edge.to.name)
      dependents[edge.to.name, default: []].append(edge.from.name)
    }
    let keptFirst = graph.template.resources.map(\.logicalId).filter(kept.contains)
    let needed = reach(from: keptFirst, along: dependencies)
    let needing = reach(from: keptFirst, along: dependents)
    return graph.template.resources.map(\.logicalId).filter {
      !kept.contains($0) && needed.contains($0) && needing.contains($0)
    }
  }

  /// Every node reachable from `start` along `edges`, `start` included.
  private static func reach(from start: [String], along edges: [String: [String]]) -> Set<String> {
    var seen = Set(start)
    var stack = start
    while let node = stack.popLast() {
      for next in edges[node] ?? [] where seen.insert(next).inserted { stack.append(next) }
    }
    return seen
  }
}
