import CFNParser

/// The resource graph as a picture: Graphviz DOT or a Mermaid flowchart. Every node of the graph
/// (parameters, mappings, conditions, resources, outputs, in template order), each kind in its
/// own shape and colour; every reference as an edge from the node that refers to the node
/// referred to, labelled `Ref`, `GetAtt <attr>`, `Sub`, `FindInMap`, `DependsOn` or `Condition`,
/// in the order the references are written (repeats drawn once). Labels hold names and resource
/// types only, never values, and are escaped for each language.
package enum GraphRenderer {
  /// The graph in Graphviz's DOT language (`dot -Tsvg`).
  package static func dot(_ graph: ResourceGraph) -> String {
    var lines = [
      "digraph cfn2tf {",
      "  rankdir=LR;",
      "  node [fontname=\"Helvetica\", fontsize=10, style=filled];",
      "  edge [fontname=\"Helvetica\", fontsize=9];",
    ]
    for node in graph.nodes {
      let label = dotString(label(of: node, in: graph))
      lines.append(
        "  \(dotString(identifier(of: node, in: graph))) [label=\(label), \(dotStyle(node.kind))];")
    }
    for edge in edges(of: graph) {
      var attributes = "label=\(dotString(edge.kind.label))"
      if case .condition = edge.kind { attributes += ", style=dashed" }
      if case .dependsOn = edge.kind { attributes += ", style=bold" }
      let from = dotString(identifier(of: edge.from, in: graph))
      let to = dotString(identifier(of: edge.to, in: graph))
      lines.append("  \(from) -> \(to) [\(attributes)];")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The graph as a Mermaid flowchart, for a ```` ```mermaid ```` block in Markdown.
  package static func mermaid(_ graph: ResourceGraph) -> String {
    var lines = ["flowchart LR"]
    for node in graph.nodes {
      let label = "\"" + mermaidText(label(of: node, in: graph)) + "\""
      let id = identifier(of: node, in: graph)
      let shape: String
      switch node.kind {
      case .parameter: shape = "[/\(label)/]"
      case .mapping: shape = "[[\(label)]]"
      case .condition: shape = "{\(label)}"
      case .resource: shape = "[\(label)]"
      case .output: shape = "([\(label)])"
      }
      lines.append("  \(id)\(shape):::\(node.kind.rawValue)")
    }
    for edge in edges(of: graph) {
      let arrow: String
      switch edge.kind {
      case .condition: arrow = "-.->"
      case .dependsOn: arrow = "==>"
      default: arrow = "-->"
      }
      let from = identifier(of: edge.from, in: graph)
      let to = identifier(of: edge.to, in: graph)
      lines.append("  \(from) \(arrow)|\"\(mermaidText(edge.kind.label))\"| \(to)")
    }
    lines += [
      "  classDef parameter fill:#e3f2fd,stroke:#1565c0",
      "  classDef mapping fill:#f5f5f5,stroke:#616161,stroke-dasharray:4 3",
      "  classDef condition fill:#fff8e1,stroke:#f9a825,stroke-dasharray:4 3",
      "  classDef resource fill:#e8f5e9,stroke:#2e7d32",
      "  classDef output fill:#f3e5f5,stroke:#6a1b9a",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The edges to draw: each (from, to, label) once, in the order first written.
  package static func edges(of graph: ResourceGraph) -> [ResourceGraph.Edge] {
    var seen: Set<String> = []
    var result: [ResourceGraph.Edge] = []
    for edge in graph.edges {
      let key = "\(edge.from)\u{0}\(edge.to)\u{0}\(edge.kind.label)"
      if seen.insert(key).inserted { result.append(edge) }
    }
    return result
  }

  /// A node's identifier in both languages: a letter for its kind and its name
  /// (`R_LaunchGroup`); a name that is not alphanumeric ASCII is replaced by the node's position
  /// after two underscores (`R__7`), which no alphanumeric name can collide with.
  package static func identifier(of node: ResourceGraph.Node, in graph: ResourceGraph) -> String {
    let prefix: String
    switch node.kind {
    case .parameter: prefix = "P"
    case .mapping: prefix = "M"
    case .condition: prefix = "C"
    case .resource: prefix = "R"
    case .output: prefix = "O"
    }
    let plain =
      !node.name.isEmpty
      && node.name.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
      }
    if plain { return "\(prefix)_\(node.name)" }
    return "\(prefix)__\(graph.nodes.firstIndex(of: node) ?? 0)"
  }

  /// A node's label: its name, then its kind, or for a resource its type, on a second line; the
  /// control characters of the name and type escaped (`\u{1B}`), so that the only line break is
  /// this one.
  package static func label(of node: ResourceGraph.Node, in graph: ResourceGraph) -> String {
    let name = node.name.escapingControlCharacters()
    return switch node.kind {
    case .parameter: "\(name)\nParameter"
    case .mapping: "\(name)\nMapping"
    case .condition: "\(name)\nCondition"
    case .resource:
      "\(name)\n"
        + (graph.template.resource(node.name)?.type.value ?? "Resource")
        .escapingControlCharacters()
    case .output: "\(name)\nOutput"
    }
  }

  private static func dotStyle(_ kind: ResourceGraph.NodeKind) -> String {
    switch kind {
    case .parameter: "shape=parallelogram, fillcolor=\"#e3f2fd\", color=\"#1565c0\""
    case .mapping: "shape=folder, fillcolor=\"#f5f5f5\", color=\"#616161\", style=\"filled,dashed\""
    case .condition:
      "shape=diamond, fillcolor=\"#fff8e1\", color=\"#f9a825\", style=\"filled,dashed\""
    case .resource: "shape=box, fillcolor=\"#e8f5e9\", color=\"#2e7d32\""
    case .output: "shape=ellipse, fillcolor=\"#f3e5f5\", color=\"#6a1b9a\""
    }
  }

  /// A DOT quoted string: quotes and backslashes escaped (so no `\N`-style escape is read from
  /// a name), a line break as `\n` (a centred line).
  package static func dotString(_ text: String) -> String {
    "\""
      + replacingASCII(in: text) { byte in
        switch byte {
        case 0x22: #"\""#
        case 0x5C: #"\\"#
        case 0x0A: #"\n"#
        case 0x0D: ""
        default: nil
        }
      } + "\""
  }

  /// Text inside a quoted Mermaid label: the characters that would end the label or that Mermaid
  /// or the HTML it renders would read (`"`, `<`, `>`, `|`, `#`, `&`, backtick) as `#…;` entity
  /// codes; a line break as `<br>`.
  package static func mermaidText(_ text: String) -> String {
    replacingASCII(in: text) { byte in
      switch byte {
      case 0x22: "#quot;"
      case 0x23: "#35;"
      case 0x26: "#amp;"
      case 0x3C: "#lt;"
      case 0x3E: "#gt;"
      case 0x7C: "#124;"
      case 0x60: "#96;"
      case 0x0A: "<br>"
      case 0x0D: ""
      default: nil
      }
    }
  }

  /// `text` with each ASCII byte for which `replacement` gives text replaced by it; the runs in
  /// between are copied whole. (An ASCII byte is never part of a longer UTF-8 sequence.)
  private static func replacingASCII(in text: String, _ replacement: (UInt8) -> String?)
    -> String
  {
    var out = ""
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      if let replaced = replacement(bytes[index]) {
        out += Substring(text.utf8[start..<index])
        out += replaced
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    out += Substring(text.utf8[start..<bytes.endIndex])
    return out
  }
}
