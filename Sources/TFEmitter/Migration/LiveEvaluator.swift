import CFNParser

/// Evaluates template expressions against a live stack, for import ids: the template evaluator
/// with the stack's parameter values (defaults for the rest, but never for hidden `NoEcho`
/// values), its pseudo parameters and its resources' physical ids. Lists are comma-joined;
/// anything unknown is nil.
struct LiveEvaluator: Sendable {
  let stack: LiveStack
  let evaluator: TemplateEvaluator

  init(template: Template, stack: LiveStack) {
    self.stack = stack
    var values: [String: String] = [:]
    for parameter in stack.parameters ?? [] { values[parameter.name] = parameter.value }
    let pseudo: [(PseudoParameter, String?)] = [
      (.stackName, stack.name), (.stackId, stack.id), (.region, stack.region),
      (.accountId, stack.accountId), (.partition, stack.partition),
    ]
    for case (let name, let value?) in pseudo { values[name.rawValue] = value }
    var physicalIds: [String: String] = [:]
    for resource in stack.resources { physicalIds[resource.logicalId] = resource.physicalId }
    let hidden = template.parameters.filter { $0.noEcho && values[$0.name] == nil }.map(\.name)
    evaluator = TemplateEvaluator(
      template: template, values: values, physicalIds: physicalIds,
      hiddenParameters: Set(hidden))
  }

  func evaluate(_ expr: Expr) -> String? {
    let value = evaluator.evaluate(expr)
    if let text = value.text { return text }
    guard case .list(let items) = value else { return nil }
    let texts = items.compactMap(\.text)
    return texts.count == items.count ? texts.joined(separator: ",") : nil
  }

  /// The import context of `resource`.
  func context(for resource: Resource) -> ImportContext {
    let evaluator = self
    return ImportContext(
      physicalId: stack.physicalId(of: resource.logicalId), resource: resource,
      resolve: { evaluator.evaluate($0) })
  }
}
