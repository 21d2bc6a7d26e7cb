/// Orders graph nodes so that each follows everything it refers to, keeping template order among
/// nodes that are free to go in any order, and reports cycles.
enum TopologicalSort {
  static func order(nodes: [ResourceGraph.Node], edges: [ResourceGraph.Edge]) -> (
    [ResourceGraph.Node], [Diagnostic]
  ) {
    var index: [ResourceGraph.Node: Int] = [:]
    for (i, node) in nodes.enumerated() { index[node] = i }
    var dependencies = [[Int]](repeating: [], count: nodes.count)
    var dependents = [[Int]](repeating: [], count: nodes.count)
    for edge in edges {
      guard let from = index[edge.from], let to = index[edge.to], from != to else { continue }
      if !dependencies[from].contains(to) {
        dependencies[from].append(to)
        dependents[to].append(from)
      }
    }
    var remaining = dependencies.map(\.count)
    var ready = MinHeap<Int>()
    for i in nodes.indices where remaining[i] == 0 { ready.insert(i) }
    var order: [Int] = []
    order.reserveCapacity(nodes.count)
    while let next = ready.popMin() {
      order.append(next)
      for dependent in dependents[next] {
        remaining[dependent] -= 1
        if remaining[dependent] == 0 { ready.insert(dependent) }
      }
    }
    guard order.count < nodes.count else { return (order.map { nodes[$0] }, []) }
    let placed = Set(order)
    let stuck = nodes.indices.filter { !placed.contains($0) }
    let diagnostics = cycles(among: stuck, dependencies: dependencies).map { cycle in
      cycleDiagnostic(cycle.map { nodes[$0] }, edges: edges)
    }
    return ((order + stuck).map { nodes[$0] }, diagnostics)
  }

  /// One cycle per strongly connected group of stuck nodes, starting at its first node in
  /// template order.
  private static func cycles(among stuck: [Int], dependencies: [[Int]]) -> [[Int]] {
    var reported = Set<Int>()
    var result: [[Int]] = []
    let stuckSet = Set(stuck)
    for start in stuck where !reported.contains(start) {
      // Follow dependencies inside the stuck set until a node repeats: that loop is a cycle.
      var path: [Int] = [start]
      var position: [Int: Int] = [start: 0]
      var current = start
      while true {
        guard let next = dependencies[current].filter({ stuckSet.contains($0) }).min() else {
          break
        }
        if let seen = position[next] {
          let cycle = Array(path[seen...])
          if cycle.allSatisfy({ !reported.contains($0) }) {
            let rotated = rotateToSmallest(cycle)
            result.append(rotated)
          }
          cycle.forEach { reported.insert($0) }
          break
        }
        position[next] = path.count
        path.append(next)
        current = next
      }
      reported.insert(start)
    }
    return result
  }

  private static func rotateToSmallest(_ cycle: [Int]) -> [Int] {
    guard let smallest = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) else { return cycle }
    return Array(cycle[smallest...] + cycle[..<smallest])
  }

  private static func cycleDiagnostic(_ cycle: [ResourceGraph.Node], edges: [ResourceGraph.Edge])
    -> Diagnostic
  {
    let names = (cycle + [cycle[0]]).map(\.name)
    var notes: [Diagnostic.Note] = []
    var firstLocation: SourceLocation?
    for (i, node) in cycle.enumerated() {
      let next = cycle[(i + 1) % cycle.count]
      if let edge = edges.first(where: { $0.from == node && $0.to == next }) {
        firstLocation = firstLocation ?? edge.location
        notes.append(.init("\(node) refers to \(next) (\(edge.kind.label))", at: edge.location))
      }
    }
    notes.append(.init("break the loop, for example by removing a 'DependsOn' or a 'Ref'"))
    return .error(GraphError.cycle(names).description, at: firstLocation, notes: notes)
  }
}

/// A binary min-heap.
struct MinHeap<Element: Comparable> {
  private var items: [Element] = []

  mutating func insert(_ element: Element) {
    items.append(element)
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      if items[child] >= items[parent] { break }
      items.swapAt(child, parent)
      child = parent
    }
  }

  mutating func popMin() -> Element? {
    guard !items.isEmpty else { return nil }
    items.swapAt(0, items.count - 1)
    let minimum = items.removeLast()
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var smallest = parent
      if left < items.count, items[left] < items[smallest] { smallest = left }
      if right < items.count, items[right] < items[smallest] { smallest = right }
      if smallest == parent { break }
      items.swapAt(parent, smallest)
      parent = smallest
    }
    return minimum
  }
}
