import CFNParser
import TFEmitter

/// `cfn2tf graph <template> [--format <format>]`: the template's resource graph in Graphviz DOT
/// or as a Mermaid flowchart, on standard output.
enum GraphCommand {
  static let spec = CommandSpec(
    name: "graph", abstract: "Draw a template's resource graph in DOT or Mermaid.",
    discussion: [
      "Parameters, mappings, conditions, resources and outputs become nodes, each kind in its "
        + "own shape; every Ref, Fn::GetAtt, Fn::Sub, Fn::FindInMap, DependsOn and Condition "
        + "becomes an edge from the element that refers to the one it names. DOT is for "
        + "Graphviz ('cfn2tf graph stack.json | dot -Tsvg > stack.svg'), Mermaid for a mermaid "
        + "block in Markdown, as in the REPORT.md 'convert' writes.",
      "Exit status: 0 when the graph was written, 1 when the template has errors, 64 for a bad "
        + "command line.",
    ],
    arguments: [
      .init(
        name: "template",
        help: "The CloudFormation template, JSON or YAML, or '-' for standard input.")
    ],
    options: [
      .init(
        name: .format, valueName: "format",
        help: "'dot' for Graphviz or 'mermaid' for Markdown.", defaultText: "dot")
    ])

  /// The languages of the picture.
  enum Format: String, CaseIterable {
    case dot
    case mermaid
  }

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    let path = arguments.positional[0]
    if path.isEmpty { throw spec.error("The value '' is invalid for '<template>'") }
    let formatText = arguments.value(.format) ?? Format.dot.rawValue
    guard let format = Format(rawValue: formatText) else {
      throw spec.invalidValue(
        formatText, for: .format, in: arguments, "expected 'dot' or 'mermaid'")
    }
    let (bytes, name) = try InputFile.read(path)
    let (template, decodeDiagnostics) = DeploymentSections.decode(bytes: bytes, fileName: name)
    var diagnostics = decodeDiagnostics
    var graph: ResourceGraph?
    if let template {
      let built = GraphBuilder.build(template)
      graph = built.graph
      diagnostics += built.diagnostics
    }
    Console.report(diagnostics)
    guard let graph, !diagnostics.containsErrors else {
      let count = diagnostics.filter(\.isError).count
      Console.error("cfn2tf: \(count) error\(count == 1 ? "" : "s"); no graph was written\n")
      return CLI.failure
    }
    switch format {
    case .dot: Console.out(GraphRenderer.dot(graph))
    case .mermaid: Console.out(GraphRenderer.mermaid(graph))
    }
    return CLI.success
  }
}
