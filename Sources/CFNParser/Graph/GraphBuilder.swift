/// Builds the `ResourceGraph` of a template: one edge per reference, with dangling references and
/// cycles reported as errors at the places they are written.
package struct GraphBuilder {
  private let template: Template
  private var edges: [ResourceGraph.Edge] = []
  private var diagnostics: [Diagnostic] = []
  private let parameterNames: Set<String>
  private let resourceNames: Set<String>
  private let conditionNames: Set<String>

  private init(template: Template) {
    self.template = template
    parameterNames = Set(template.parameters.map(\.name))
    resourceNames = Set(template.resources.map(\.logicalId))
    conditionNames = Set(template.conditions.map(\.name))
  }

  /// Builds the graph. The diagnostics hold every dangling reference and every cycle.
  package static func build(_ template: Template) -> (
    graph: ResourceGraph, diagnostics: [Diagnostic]
  ) {
    var builder = GraphBuilder(template: template)
    builder.collectEdges()
    let nodes = builder.allNodes()
    let (order, cycleDiagnostics) = TopologicalSort.order(nodes: nodes, edges: builder.edges)
    let graph = ResourceGraph(
      template: template, nodes: nodes, edges: builder.edges, topologicalOrder: order)
    return (graph, builder.diagnostics + cycleDiagnostics)
  }

  private func allNodes() -> [ResourceGraph.Node] {
    template.parameters.map { .init(.parameter, $0.name) }
      + template.mappings.map { .init(.mapping, $0.name) }
      + template.conditions.map { .init(.condition, $0.name) }
      + template.resources.map { .init(.resource, $0.logicalId) }
      + template.outputs.map { .init(.output, $0.name) }
  }

  private mutating func collectEdges() {
    for condition in template.conditions {
      walk(condition.expression, from: .init(.condition, condition.name))
    }
    for resource in template.resources {
      let node = ResourceGraph.Node(.resource, resource.logicalId)
      if let condition = resource.condition {
        addCondition(condition.value, from: node, at: condition.location)
      }
      for dependency in resource.dependsOn {
        if resourceNames.contains(dependency.value) {
          add(node, .init(.resource, dependency.value), .dependsOn, dependency.location)
        } else {
          fail(
            .unknownResource(function: "DependsOn", name: dependency.value),
            at: dependency.location,
            candidates: Array(resourceNames))
        }
      }
      for property in resource.properties { walk(property.value, from: node) }
      for extra in [resource.metadata, resource.updatePolicy, resource.creationPolicy] {
        if let extra { walk(extra, from: node) }
      }
    }
    for output in template.outputs {
      let node = ResourceGraph.Node(.output, output.name)
      if let condition = output.condition {
        addCondition(condition.value, from: node, at: condition.location)
      }
      walk(output.value, from: node)
      if let export = output.exportName { walk(export, from: node) }
    }
  }

  private mutating func add(
    _ from: ResourceGraph.Node, _ to: ResourceGraph.Node, _ kind: ResourceGraph.EdgeKind,
    _ location: SourceLocation
  ) {
    if from == to, from.kind == .resource || from.kind == .condition {
      diagnostics.append(.error(GraphError.selfReference(from.name).description, at: location))
      return
    }
    edges.append(.init(from: from, to: to, kind: kind, location: location))
  }

  private mutating func fail(_ error: GraphError, at location: SourceLocation, candidates: [String])
  {
    // A macro that may rewrite the whole template may also write what this names.
    if template.wholeTemplateTransform != nil {
      switch error {
      case .selfReference, .cycle: break
      default: return
      }
    }
    let suggestion = Spelling.closest(to: nameIn(error), in: candidates.sorted())
    diagnostics.append(
      .error(
        error.description, at: location,
        notes: suggestion.map { [.init("did you mean '\($0)'?")] } ?? []))
  }

  private func nameIn(_ error: GraphError) -> String {
    switch error {
    case .unknownReference(let n), .unknownCondition(let n), .unknownMapping(let n),
      .selfReference(let n):
      n
    case .unknownResource(_, let n): n
    case .unknownMappingKey(_, let k): k
    case .cycle(let names): names.first ?? ""
    }
  }

  private mutating func addCondition(
    _ name: String, from node: ResourceGraph.Node, at location: SourceLocation
  ) {
    if conditionNames.contains(name) {
      add(node, .init(.condition, name), .condition, location)
    } else {
      fail(.unknownCondition(name), at: location, candidates: Array(conditionNames))
    }
  }

  private mutating func addRef(
    _ name: String, from node: ResourceGraph.Node, kind: ResourceGraph.EdgeKind,
    at location: SourceLocation
  ) {
    if parameterNames.contains(name) {
      add(node, .init(.parameter, name), kind, location)
    } else if resourceNames.contains(name) {
      add(node, .init(.resource, name), kind, location)
    } else if let owner = template.serverlessOwner(of: name) {
      // Made by the serverless transform from a SAM resource: a reference to what that makes
      // (which the SAM resource itself may read: its own role).
      if node != .init(.resource, owner) { add(node, .init(.resource, owner), kind, location) }
    } else if PseudoParameter(rawValue: name) == nil {
      fail(
        .unknownReference(name), at: location,
        candidates: Array(parameterNames) + Array(resourceNames))
    }
  }

  private mutating func addGetAtt(
    _ resource: String, _ attribute: String, from node: ResourceGraph.Node,
    at location: SourceLocation, function: String
  ) {
    if resourceNames.contains(resource) {
      add(node, .init(.resource, resource), .getAtt(attribute), location)
    } else if let owner = template.serverlessOwner(of: resource) {
      if node != .init(.resource, owner) {
        add(node, .init(.resource, owner), .getAtt(attribute), location)
      }
    } else {
      fail(
        .unknownResource(function: function, name: resource), at: location,
        candidates: Array(resourceNames))
    }
  }

  private mutating func walk(_ expr: Expr, from node: ResourceGraph.Node) {
    switch expr.kind {
    case .ref(let name):
      addRef(name, from: node, kind: .ref, at: expr.location)
    case .getAtt(let resource, let attribute):
      addGetAtt(resource, attribute, from: node, at: expr.location, function: "Fn::GetAtt")
    case .sub(let parts, let variables):
      let local = Set(variables.map(\.name))
      for part in parts {
        switch part {
        case .literal: break
        case .reference(let name):
          if !local.contains(name) { addRef(name, from: node, kind: .sub, at: expr.location) }
        case .attribute(let resource, let attribute):
          addGetAtt(resource, attribute, from: node, at: expr.location, function: "Fn::Sub")
        }
      }
    case .findInMap(let map, let top, let second):
      checkFindInMap(map, top, second, from: node)
    case .if(let condition, _, _):
      addCondition(condition, from: node, at: expr.location)
    case .condition(let name):
      addCondition(name, from: node, at: expr.location)
    default:
      break
    }
    for child in expr.children { walk(child, from: node) }
  }

  private mutating func checkFindInMap(
    _ map: Expr, _ top: Expr, _ second: Expr, from node: ResourceGraph.Node
  ) {
    guard let name = map.stringValue else { return }
    guard let mapping = template.mapping(name) else {
      fail(.unknownMapping(name), at: map.location, candidates: template.mappings.map(\.name))
      return
    }
    add(node, .init(.mapping, name), .findInMap, map.location)
    guard let topKey = top.scalarText else { return }
    guard let entry = mapping.entries.first(where: { $0.key == topKey }) else {
      fail(
        .unknownMappingKey(mapping: name, key: topKey), at: top.location,
        candidates: mapping.entries.map(\.key))
      return
    }
    if let secondKey = second.scalarText, !entry.values.contains(where: { $0.key == secondKey }) {
      fail(
        .unknownMappingKey(mapping: name, key: secondKey), at: second.location,
        candidates: entry.values.map(\.key))
    }
  }
}
