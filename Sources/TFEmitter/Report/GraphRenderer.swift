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
    var bytes: [UInt8] = []
    writeMermaid(graph, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `mermaid(graph)` to `bytes`, as UTF-8, line by line without a string per line.
  static func writeMermaid(_ graph: ResourceGraph, into bytes: inout [UInt8]) {
    func append(_ text: StaticString) { bytes.append(literal: text) }
    append("flowchart LR\n")
    for node in graph.nodes {
      append("  ")
      writeIdentifier(of: node, in: graph, into: &bytes)
      let (open, close): (StaticString, StaticString)
      switch node.kind {
      case .parameter: (open, close) = ("[/\"", "\"/]")
      case .mapping: (open, close) = ("[[\"", "\"]]")
      case .condition: (open, close) = ("{\"", "\"}")
      case .resource: (open, close) = ("[\"", "\"]")
      case .output: (open, close) = ("([\"", "\"])")
      }
      append(open)
      // The label's only line break is the one between its lines (`label(of:in:)`).
      appendMermaidText(node.name.escapingControlCharacters(), to: &bytes)
      append("<br>")
      appendMermaidText(secondLine(of: node, in: graph), to: &bytes)
      append(close)
      append(":::")
      bytes.appendUTF8(node.kind.rawValue)
      append("\n")
    }
    for edge in edges(of: graph) {
      append("  ")
      writeIdentifier(of: edge.from, in: graph, into: &bytes)
      switch edge.kind {
      case .condition: append(" -.->|\"")
      case .dependsOn: append(" ==>|\"")
      default: append(" -->|\"")
      }
      appendMermaidText(edge.kind.label, to: &bytes)
      append("\"| ")
      writeIdentifier(of: edge.to, in: graph, into: &bytes)
      append("\n")
    }
    append(
      """
        classDef parameter fill:#e3f2fd,stroke:#1565c0
        classDef mapping fill:#f5f5f5,stroke:#616161,stroke-dasharray:4 3
        classDef condition fill:#fff8e1,stroke:#f9a825,stroke-dasharray:4 3
        classDef resource fill:#e8f5e9,stroke:#2e7d32
        classDef output fill:#f3e5f5,stroke:#6a1b9a

      """)
  }

  /// The edges to draw: each (from, to, label) once, in the order first written.
  package static func edges(of graph: ResourceGraph) -> [ResourceGraph.Edge] {
    // An edge's label tells its kind apart (`GetAtt <attr>` from the rest), so (from, to, kind)
    // is the same key as (from, to, label), without a string built per edge.
    struct Key: Hashable {
      var from: ResourceGraph.Node
      var to: ResourceGraph.Node
      var kind: ResourceGraph.EdgeKind
    }
    var seen: Set<Key> = []
    seen.reserveCapacity(graph.edges.count)
    var result: [ResourceGraph.Edge] = []
    for edge in graph.edges
    where seen.insert(Key(from: edge.from, to: edge.to, kind: edge.kind)).inserted {
      result.append(edge)
    }
    return result
  }

  /// A node's identifier in both languages: a letter for its kind and its name
  /// (`R_LaunchGroup`); a name that is not alphanumeric ASCII is replaced by the node's position
  /// after two underscores (`R__7`), which no alphanumeric name can collide with.
  package static func identifier(of node: ResourceGraph.Node, in graph: ResourceGraph) -> String {
    var bytes: [UInt8] = []
    writeIdentifier(of: node, in: graph, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `identifier(of:in:)` to `bytes`, as UTF-8.
  private static func writeIdentifier(
    of node: ResourceGraph.Node, in graph: ResourceGraph, into bytes: inout [UInt8]
  ) {
    switch node.kind {
    case .parameter: bytes.append(UInt8(ascii: "P"))
    case .mapping: bytes.append(UInt8(ascii: "M"))
    case .condition: bytes.append(UInt8(ascii: "C"))
    case .resource: bytes.append(UInt8(ascii: "R"))
    case .output: bytes.append(UInt8(ascii: "O"))
    }
    bytes.append(UInt8(ascii: "_"))
    let plain =
      !node.name.isEmpty
      && node.name.utf8.allSatisfy {
        (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) || (0x30...0x39).contains($0)
      }
    if plain {
      bytes.appendUTF8(node.name)
    } else {
      bytes.append(UInt8(ascii: "_"))
      PathText.appendDecimal(graph.nodes.firstIndex(of: node) ?? 0, to: &bytes)
    }
  }

  /// A node's label: its name, then its kind, or for a resource its type, on a second line; the
  /// control characters of the name and type escaped (`\u{1B}`), so that the only line break is
  /// this one.
  package static func label(of node: ResourceGraph.Node, in graph: ResourceGraph) -> String {
    "\(node.name.escapingControlCharacters())\n\(secondLine(of: node, in: graph))"
  }

  /// The second line of a node's label: its kind, or a resource's type, controls escaped.
  private static func secondLine(of node: ResourceGraph.Node, in graph: ResourceGraph) -> String {
    switch node.kind {
    case .parameter: "Parameter"
    case .mapping: "Mapping"
    case .condition: "Condition"
    case .resource:
      (graph.template.resource(node.name)?.type.value ?? "Resource").escapingControlCharacters()
    case .output: "Output"
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
    var bytes: [UInt8] = []
    appendMermaidText(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `mermaidText(text)` to `bytes`, as UTF-8: the runs between the bytes it replaces
  /// are copied whole. (An ASCII byte is never part of a longer UTF-8 sequence.)
  private static func appendMermaidText(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { source in
      var start = 0
      for index in source.indices {
        let replacement: StaticString
        switch source[index] {
        case 0x22: replacement = "#quot;"
        case 0x23: replacement = "#35;"
        case 0x26: replacement = "#amp;"
        case 0x3C: replacement = "#lt;"
        case 0x3E: replacement = "#gt;"
        case 0x7C: replacement = "#124;"
        case 0x60: replacement = "#96;"
        case 0x0A: replacement = "<br>"
        case 0x0D: replacement = ""
        default: continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
        bytes.append(literal: replacement)
        start = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
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
