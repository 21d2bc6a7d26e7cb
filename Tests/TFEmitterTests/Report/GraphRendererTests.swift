import CFNParser
import Foundation
import TFEmitter
import Testing

/// The graph as DOT and Mermaid: exact output for a small template with every kind of node and
/// edge, escaping tables for both languages, and Graphviz rendering the fixture and the corpus.
@Suite("Graph renderer")
struct GraphRendererTests {
  static let template = """
    {
      "Parameters": {"Env": {"Type": "String"}, "Size": {"Type": "Number"}},
      "Mappings": {"Sizes": {"prod": {"n": "3"}}},
      "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
      "Resources": {
        "Queue": {"Type": "AWS::SQS::Queue", "Condition": "IsProd"},
        "Topic": {
          "Type": "AWS::SNS::Topic",
          "DependsOn": "Queue",
          "Properties": {
            "DisplayName": {"Fn::Sub": "${Env}-${Queue.Arn}"},
            "TopicName": {"Fn::FindInMap": ["Sizes", {"Ref": "Env"}, "n"]},
            "Tags": [{"Key": "a", "Value": {"Ref": "Env"}}, {"Key": "b", "Value": {"Ref": "Env"}}]
          }
        }
      },
      "Outputs": {"Arn": {"Value": {"Fn::GetAtt": ["Queue", "Arn"]}}}
    }
    """

  static func graph(_ text: String) throws -> ResourceGraph {
    let template = try #require(TemplateDecoder.decode(text, fileName: "t.json").template)
    return GraphBuilder.build(template).graph
  }

  @Test("DOT: every node in template order, every edge once with its label")
  func dot() throws {
    let expected = #"""
      digraph cfn2tf {
        rankdir=LR;
        node [fontname="Helvetica", fontsize=10, style=filled];
        edge [fontname="Helvetica", fontsize=9];
        "P_Env" [label="Env\nParameter", shape=parallelogram, fillcolor="#e3f2fd", color="#1565c0"];
        "P_Size" [label="Size\nParameter", shape=parallelogram, fillcolor="#e3f2fd", color="#1565c0"];
        "M_Sizes" [label="Sizes\nMapping", shape=folder, fillcolor="#f5f5f5", color="#616161", style="filled,dashed"];
        "C_IsProd" [label="IsProd\nCondition", shape=diamond, fillcolor="#fff8e1", color="#f9a825", style="filled,dashed"];
        "R_Queue" [label="Queue\nAWS::SQS::Queue", shape=box, fillcolor="#e8f5e9", color="#2e7d32"];
        "R_Topic" [label="Topic\nAWS::SNS::Topic", shape=box, fillcolor="#e8f5e9", color="#2e7d32"];
        "O_Arn" [label="Arn\nOutput", shape=ellipse, fillcolor="#f3e5f5", color="#6a1b9a"];
        "C_IsProd" -> "P_Env" [label="Ref"];
        "R_Queue" -> "C_IsProd" [label="Condition", style=dashed];
        "R_Topic" -> "R_Queue" [label="DependsOn", style=bold];
        "R_Topic" -> "P_Env" [label="Sub"];
        "R_Topic" -> "R_Queue" [label="GetAtt Arn"];
        "R_Topic" -> "M_Sizes" [label="FindInMap"];
        "R_Topic" -> "P_Env" [label="Ref"];
        "O_Arn" -> "R_Queue" [label="GetAtt Arn"];
      }

      """#
    let actual = GraphRenderer.dot(try Self.graph(Self.template))
    #expect(actual == expected, "\(UnifiedDiff.diff(expected: expected, actual: actual))")
  }

  @Test("Mermaid: shapes and classes per kind, dotted conditions, thick DependsOn")
  func mermaid() throws {
    let expected = """
      flowchart LR
        P_Env[/"Env<br>Parameter"/]:::parameter
        P_Size[/"Size<br>Parameter"/]:::parameter
        M_Sizes[["Sizes<br>Mapping"]]:::mapping
        C_IsProd{"IsProd<br>Condition"}:::condition
        R_Queue["Queue<br>AWS::SQS::Queue"]:::resource
        R_Topic["Topic<br>AWS::SNS::Topic"]:::resource
        O_Arn(["Arn<br>Output"]):::output
        C_IsProd -->|"Ref"| P_Env
        R_Queue -.->|"Condition"| C_IsProd
        R_Topic ==>|"DependsOn"| R_Queue
        R_Topic -->|"Sub"| P_Env
        R_Topic -->|"GetAtt Arn"| R_Queue
        R_Topic -->|"FindInMap"| M_Sizes
        R_Topic -->|"Ref"| P_Env
        O_Arn -->|"GetAtt Arn"| R_Queue
        classDef parameter fill:#e3f2fd,stroke:#1565c0
        classDef mapping fill:#f5f5f5,stroke:#616161,stroke-dasharray:4 3
        classDef condition fill:#fff8e1,stroke:#f9a825,stroke-dasharray:4 3
        classDef resource fill:#e8f5e9,stroke:#2e7d32
        classDef output fill:#f3e5f5,stroke:#6a1b9a

      """
    let actual = GraphRenderer.mermaid(try Self.graph(Self.template))
    #expect(actual == expected, "\(UnifiedDiff.diff(expected: expected, actual: actual))")
  }

  @Test(
    "DOT strings escape quotes and backslashes; line breaks become \\n",
    arguments: [
      ("plain", #""plain""#), (#"a"b"#, #""a\"b""#), (#"a\Nb"#, #""a\\Nb""#),
      ("a\nb", #""a\nb""#), ("a\r\nb", #""a\nb""#), ("<x>|{y}", #""<x>|{y}""#),
    ])
  func dotString(_ input: String, _ expected: String) {
    #expect(GraphRenderer.dotString(input) == expected)
  }

  @Test(
    "Mermaid labels entity-code what would end or change the label",
    arguments: [
      ("plain", "plain"), (#"a"b"#, "a#quot;b"), ("<b>x</b>", "#lt;b#gt;x#lt;/b#gt;"),
      ("a|b", "a#124;b"), ("a\nb", "a<br>b"), ("#1;", "#35;1;"), ("&amp;", "#amp;amp;"),
      ("`md`", "#96;md#96;"), ("[x] (y) {z}", "[x] (y) {z}"),
    ])
  func mermaidText(_ input: String, _ expected: String) {
    #expect(GraphRenderer.mermaidText(input) == expected)
  }

  /// What makes a template's names reach the graph unchecked: a macro, which may rename them
  /// (the decoder refuses a name CloudFormation refuses only where none may).
  static let macro = #""Transform": "Renamer", "#

  @Test("a name that is not alphanumeric gets an id by position, its label escaped")
  func awkwardNames() throws {
    let graph = try Self.graph(
      #"""
      {\#(Self.macro)"Parameters": {"Odd\"<Name>|x\\N": {"Type": "String"}},
       "Resources": {"Q": {"Type": "AWS::SQS::Queue",
         "Properties": {"QueueName": {"Ref": "Odd\"<Name>|x\\N"}}}}}
      """#)
    #expect(GraphRenderer.identifier(of: graph.nodes[0], in: graph) == "P__0")
    let dot = GraphRenderer.dot(graph)
    #expect(dot.contains(#""P__0" [label="Odd\"<Name>|x\\N\nParameter""#))
    #expect(dot.contains(#""R_Q" -> "P__0" [label="Ref"];"#))
    let mermaid = GraphRenderer.mermaid(graph)
    #expect(mermaid.contains(#"P__0[/"Odd#quot;#lt;Name#gt;#124;x\N<br>Parameter"/]:::parameter"#))
  }

  @Test(
    "Graphviz renders the DOT of the fixture, the awkward names and every corpus template",
    .enabled(if: ReportTools.dotPath != nil, "Graphviz (dot) is not installed"))
  func graphvizRenders() throws {
    var sources = [
      (
        "awkward",
        try Self.graph(
          #"""
          {\#(Self.macro)"Parameters": {"a\"<b>|c\\N\nd": {"Type": "String"}},
           "Resources": {"Q": {"Type": "AWS::SQS::Queue",
             "Properties": {"QueueName": {"Ref": "a\"<b>|c\\N\nd"}}}}}
          """#)
      ),
      ("template", try #require(ReportTools.datomic().graph)),
    ]
    for url in Repository.corpus("datomic") + Repository.corpus("general") {
      sources.append((url.lastPathComponent, try #require(ReportTools.convert(url).graph)))
    }
    for (name, graph) in sources {
      let outcome = try ReportTools.renderDOT(GraphRenderer.dot(graph))
      #expect(outcome.status == 0, "\(name): \(outcome.errors)")
      #expect(outcome.output.contains("<svg"), "\(name)")
      #expect(outcome.errors.isEmpty, "\(name): \(outcome.errors)")
    }
  }

  @Test(
    "the corpus is there for the Graphviz test",
    .enabled(if: Repository.shared != nil, "../shared/corpus is absent"))
  func corpusPresent() {
    #expect(Repository.corpus("general").count == 20)
    #expect(Repository.corpus("datomic").count == 6)
  }
}
