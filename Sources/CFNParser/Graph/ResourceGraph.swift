/// The template as a graph: a node for each parameter, mapping, condition, resource and output, and
/// an edge for each reference between them. Built by `GraphBuilder`, which also reports dangling
/// references and cycles.
package struct ResourceGraph: Hashable, Sendable {
  /// What a node stands for.
  package enum NodeKind: String, Hashable, Sendable, Comparable {
    case parameter
    case mapping
    case condition
    case resource
    case output

    var rank: Int {
      switch self {
      case .parameter: 0
      case .mapping: 1
      case .condition: 2
      case .resource: 3
      case .output: 4
      }
    }

    /// Orders kinds as the template sections are ordered.
    package static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.rank < rhs.rank }
  }

  /// A node: its kind and its name (a logical id for resources).
  package struct Node: Hashable, Sendable, CustomStringConvertible {
    /// The kind.
    package var kind: NodeKind
    /// The name within its section.
    package var name: String

    /// Creates a node.
    package init(_ kind: NodeKind, _ name: String) {
      self.kind = kind
      self.name = name
    }

    /// `kind 'name'`, for messages.
    package var description: String { "\(kind.rawValue) '\(name)'" }
  }

  /// How one node refers to another.
  package enum EdgeKind: Hashable, Sendable {
    case ref
    case getAtt(String)
    case sub
    case findInMap
    case dependsOn
    case condition

    /// A short label: `Ref`, `GetAtt Arn`, `Sub`, `FindInMap`, `DependsOn`, `Condition`.
    package var label: String {
      switch self {
      case .ref: "Ref"
      case .getAtt(let attribute): "GetAtt \(attribute)"
      case .sub: "Sub"
      case .findInMap: "FindInMap"
      case .dependsOn: "DependsOn"
      case .condition: "Condition"
      }
    }
  }

  /// A reference from one node to another, at the place it is written.
  package struct Edge: Hashable, Sendable {
    /// The node that refers.
    package var from: Node
    /// The node referred to.
    package var to: Node
    /// How.
    package var kind: EdgeKind
    /// Where the reference is written.
    package var location: SourceLocation

    /// Creates an edge.
    package init(from: Node, to: Node, kind: EdgeKind, location: SourceLocation) {
      self.from = from
      self.to = to
      self.kind = kind
      self.location = location
    }
  }

  /// The template the graph was built from.
  package var template: Template
  /// Every node, in template order (parameters, mappings, conditions, resources, outputs).
  package var nodes: [Node]
  /// Every edge, in the order the references are written.
  package var edges: [Edge]
  /// The nodes ordered so that each comes after everything it refers to; ties keep template order.
  package var topologicalOrder: [Node]

  /// The edges leaving `node`.
  package func edges(from node: Node) -> [Edge] { edges.filter { $0.from == node } }

  /// The edges arriving at `node`.
  package func edges(to node: Node) -> [Edge] { edges.filter { $0.to == node } }

  /// The resources in topological order.
  package var resourcesInOrder: [Resource] {
    topologicalOrder.compactMap { $0.kind == .resource ? template.resource($0.name) : nil }
  }
}

extension ResourceGraph {
  /// The resources in an order where each follows what it refers to (ties in template order),
  /// the resources of `group` standing as one node: nil marks where that node goes.
  package func resourceOrder(grouping group: Set<String>) -> [Resource?] {
    guard !group.isEmpty else { return resourcesInOrder }
    let marker = Node(.resource, "")
    func mapped(_ node: Node) -> Node {
      node.kind == .resource && group.contains(node.name) ? marker : node
    }
    var nodes: [Node] = []
    var placedMarker = false
    for resource in template.resources {
      let node = mapped(Node(.resource, resource.logicalId))
      if node == marker {
        if placedMarker { continue }
        placedMarker = true
      }
      nodes.append(node)
    }
    let resourceEdges = edges.filter { $0.from.kind == .resource && $0.to.kind == .resource }
      .map { Edge(from: mapped($0.from), to: mapped($0.to), kind: $0.kind, location: $0.location) }
    let (order, _) = TopologicalSort.order(nodes: nodes, edges: resourceEdges)
    return order.map { $0 == marker ? nil : template.resource($0.name) }
  }
}
