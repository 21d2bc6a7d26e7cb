import CFNParser
import TestSupport
import Testing

/// Decodes marked text (which must decode) and builds its graph.
private func graph(
  _ text: MarkedText, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> (graph: ResourceGraph, diagnostics: [Diagnostic]) {
  let (template, diagnostics) = decodeTemplate(text)
  #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
  return GraphBuilder.build(try #require(template, sourceLocation: sourceLocation))
}

/// The edges as `from -> to (label)` lines.
private func edgeLines(_ graph: ResourceGraph) -> [String] {
  graph.edges.map { "\($0.from.name) -> \($0.to.name) (\($0.kind.label))" }
}

/// Expects building the graph of `marked` to give exactly one diagnostic, the error `error` at
/// `1️⃣`, with notes `notes`.
private func expectGraphError(
  _ marked: String, _ error: GraphError, notes: [String] = [],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let text = MarkedText(marked)
  let diagnostics = try graph(text, sourceLocation: sourceLocation).diagnostics
  #expect(diagnostics.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
  #expect(diagnostics.first?.severity == .error, sourceLocation: sourceLocation)
  #expect(diagnostics.first?.message == error.description, sourceLocation: sourceLocation)
  #expect(
    diagnostics.first?.location == text.location("1️⃣", sourceLocation: sourceLocation),
    sourceLocation: sourceLocation)
  #expect(diagnostics.first?.notes.map(\.message) == notes, sourceLocation: sourceLocation)
}

@Suite("Resource graph")
struct GraphBuilderTests {
  static let head = #"""
    "Parameters": {"Environment": {"Type": "String"}, "Size": {"Type": "Number"}},
    "Mappings": {"M": {"us-east-1": {"AMI": "ami-1"}}},
    "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Environment"}, "prod"]}},
    """#

  @Test("one edge per reference, with its kind and place")
  func edges() throws {
    let text = MarkedText(
      #"""
      {\#(Self.head)
       "Resources": {
         "Vpc": {"Type": "AWS::EC2::VPC"},
         "Sg": {"Type": "AWS::EC2::SecurityGroup", "Condition": 2️⃣"IsProd", "DependsOn": 3️⃣"Vpc",
           "Properties": {"VpcId": 4️⃣{"Ref": "Vpc"}, "Name": 5️⃣{"Fn::Sub": "${Environment}-${Vpc.CidrBlock}-${AWS::Region}"},
             "Ami": {"Fn::FindInMap": [6️⃣"M", {"Ref": "AWS::Region"}, "AMI"]},
             "Arn": 7️⃣{"Fn::GetAtt": ["Vpc", "DefaultSecurityGroup"]},
             "Maybe": 8️⃣{"Fn::If": ["IsProd", 9️⃣{"Ref": "Size"}, {"Ref": "AWS::NoValue"}]}}}},
       "Outputs": {"O": {"Value": 0️⃣{"Ref": "Sg"}, "Condition": "IsProd"}}}
      """#)
    let (graph, diagnostics) = try graph(text)
    #expect(diagnostics.isEmpty)
    #expect(
      edgeLines(graph) == [
        "IsProd -> Environment (Ref)",
        "Sg -> IsProd (Condition)", "Sg -> Vpc (DependsOn)", "Sg -> Vpc (Ref)",
        "Sg -> Environment (Sub)", "Sg -> Vpc (GetAtt CidrBlock)", "Sg -> M (FindInMap)",
        "Sg -> Vpc (GetAtt DefaultSecurityGroup)", "Sg -> IsProd (Condition)", "Sg -> Size (Ref)",
        "O -> IsProd (Condition)", "O -> Sg (Ref)",
      ])
    let sg = graph.edges(from: .init(.resource, "Sg")).map(\.location)
    #expect(
      sg == [
        text.location("2️⃣"), text.location("3️⃣"), text.location("4️⃣"), text.location("5️⃣"),
        text.location("5️⃣"), text.location("6️⃣"), text.location("7️⃣"), text.location("8️⃣"),
        text.location("9️⃣"),
      ])
    #expect(graph.edges(to: .init(.resource, "Sg")).map(\.location) == [text.location("0️⃣")])
    let kinds = graph.edges.map(\.kind)
    #expect(kinds.contains(.getAtt("CidrBlock")) && kinds.contains(.findInMap))
  }

  @Test("Fn::Sub variables are not references; references inside their values are")
  func subVariables() throws {
    let text = MarkedText(
      #"""
      {"Parameters": {"Env": {"Type": "String"}},
       "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Name":
         {"Fn::Sub": ["${Env}-${X}-${Y.Z}", {"X": {"Ref": "Env"}, "Y.Z": "lit"}]}}}}}
      """#)
    let (graph, diagnostics) = try graph(text)
    #expect(diagnostics.isEmpty)
    #expect(edgeLines(graph) == ["B -> Env (Sub)", "B -> Env (Ref)"])
  }

  @Test("conditions refer to conditions")
  func conditionEdges() throws {
    let text = MarkedText(
      #"""
      {"Parameters": {"Env": {"Type": "String"}},
       "Conditions": {"A": {"Fn::Equals": [{"Ref": "Env"}, "a"]},
                      "B": {"Fn::Not": [{"Condition": "A"}]},
                      "C": {"Fn::Or": [{"Condition": "A"}, {"Condition": "B"}]}},
       "Resources": {"R": {"Type": "AWS::S3::Bucket", "Condition": "C"}}}
      """#)
    let (graph, diagnostics) = try graph(text)
    #expect(diagnostics.isEmpty)
    #expect(
      edgeLines(graph) == [
        "A -> Env (Ref)", "B -> A (Condition)", "C -> A (Condition)", "C -> B (Condition)",
        "R -> C (Condition)",
      ])
  }

  @Test("nodes in section order, whatever the order in the file")
  func nodes() throws {
    let text = MarkedText(
      #"""
      {"Outputs": {"O": {"Value": 1}}, "Resources": {"R2": {"Type": "AWS::S3::Bucket"},
       "R1": {"Type": "AWS::S3::Bucket"}}, "Conditions": {"C": {"Fn::Equals": [1, 1]}},
       "Mappings": {"M": {"k": {"v": 1}}}, "Parameters": {"P": {"Type": "String"}}}
      """#)
    let nodes = try graph(text).graph.nodes.map(\.description)
    #expect(
      nodes == [
        "parameter 'P'", "mapping 'M'", "condition 'C'", "resource 'R2'", "resource 'R1'",
        "output 'O'",
      ])
  }

  @Test("topological order: dependencies first, ties in template order")
  func topologicalOrder() throws {
    let text = MarkedText(
      #"""
      {"Resources": {
         "C": {"Type": "AWS::S3::Bucket"},
         "A": {"Type": "AWS::S3::Bucket", "Properties": {"X": {"Ref": "B"}}},
         "B": {"Type": "AWS::S3::Bucket", "DependsOn": "D"},
         "D": {"Type": "AWS::S3::Bucket"},
         "E": {"Type": "AWS::S3::Bucket"}},
       "Outputs": {"O": {"Value": {"Ref": "C"}}}}
      """#)
    let (graph, diagnostics) = try graph(text)
    #expect(diagnostics.isEmpty)
    #expect(graph.topologicalOrder.map(\.name) == ["C", "D", "B", "A", "E", "O"])
    #expect(graph.resourcesInOrder.map(\.logicalId) == ["C", "D", "B", "A", "E"])
  }

  @Test("a Ref to nothing; a typo of a parameter gets a suggestion")
  func danglingRef() throws {
    try expectGraphError(
      #"{\#(Self.head) "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"N": 1️⃣{"Ref": "Enviroment"}}}}}"#,
      .unknownReference("Enviroment"), notes: ["did you mean 'Environment'?"])
    try expectGraphError(
      #"{\#(Self.head) "Resources": {"B": {"Type": "AWS::S3::Bucket"}}, "Outputs": {"O": {"Value": 1️⃣{"Ref": "Nothing"}}}}"#,
      .unknownReference("Nothing"))
    try expectGraphError(
      #"{\#(Self.head) "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"N": 1️⃣{"Fn::Sub": "${Environmnet}"}}}}}"#,
      .unknownReference("Environmnet"), notes: ["did you mean 'Environment'?"])
  }

  @Test("a GetAtt of a parameter or of nothing")
  func getAttOfNonResource() throws {
    try expectGraphError(
      #"{\#(Self.head) "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"N": 1️⃣{"Fn::GetAtt": ["Environment", "Arn"]}}}}}"#,
      .unknownResource(function: "Fn::GetAtt", name: "Environment"))
    try expectGraphError(
      #"{\#(Self.head) "Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}}, "Outputs": {"O": {"Value": 1️⃣{"Fn::Sub": "${Bukcet.Arn}"}}}}"#,
      .unknownResource(function: "Fn::Sub", name: "Bukcet"), notes: ["did you mean 'Bucket'?"])
  }

  @Test("an unknown condition, in a resource, an output and Fn::If")
  func unknownCondition() throws {
    try expectGraphError(
      #"{\#(Self.head) "Resources": {"B": {"Type": "AWS::S3::Bucket", "Condition": 1️⃣"IsPord"}}}"#,
      .unknownCondition("IsPord"), notes: ["did you mean 'IsProd'?"])
    try expectGraphError(
      #"{\#(Self.head) "Resources": {"B": {"Type": "AWS::S3::Bucket"}}, "Outputs": {"O": {"Value": 1, "Condition": 1️⃣"Never"}}}"#,
      .unknownCondition("Never"))
    try expectGraphError(
      #"{\#(Self.head) "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"N": 1️⃣{"Fn::If": ["No", 1, 2]}}}}}"#,
      .unknownCondition("No"))
  }

  @Test("an unknown mapping, top-level key and second-level key")
  func unknownMapping() throws {
    func findInMap(_ arguments: String) -> String {
      #"{\#(Self.head) "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"N": {"Fn::FindInMap": \#(arguments)}}}}}"#
    }
    try expectGraphError(
      findInMap(#"[1️⃣"N", "us-east-1", "AMI"]"#), .unknownMapping("N"), notes: ["did you mean 'M'?"])
    try expectGraphError(
      findInMap(#"[1️⃣"Regions", "us-east-1", "AMI"]"#), .unknownMapping("Regions"))
    try expectGraphError(
      findInMap(#"["M", 1️⃣"us-east-2", "AMI"]"#),
      .unknownMappingKey(mapping: "M", key: "us-east-2"), notes: ["did you mean 'us-east-1'?"])
    try expectGraphError(
      findInMap(#"["M", "us-east-1", 1️⃣"AIM"]"#), .unknownMappingKey(mapping: "M", key: "AIM"),
      notes: ["did you mean 'AMI'?"])
    // Keys computed at deploy time cannot be checked.
    let text = MarkedText(findInMap(#"["M", {"Ref": "AWS::Region"}, "Nope"]"#))
    #expect(try graph(text).diagnostics.isEmpty)
  }

  @Test("DependsOn to nothing")
  func dependsOnNothing() throws {
    try expectGraphError(
      #"{"Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}, "B": {"Type": "AWS::S3::Bucket", "DependsOn": ["Bucket", 1️⃣"Buckte"]}}}"#,
      .unknownResource(function: "DependsOn", name: "Buckte"), notes: ["did you mean 'Bucket'?"])
  }

  @Test("a resource or condition that refers to itself")
  func selfReference() throws {
    try expectGraphError(
      #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"N": 1️⃣{"Ref": "B"}}}}}"#,
      .selfReference("B"))
    try expectGraphError(
      #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", "DependsOn": 1️⃣"B"}}}"#,
      .selfReference("B"))
    try expectGraphError(
      #"{"Conditions": {"C": {"Fn::Not": [1️⃣{"Condition": "C"}]}}, "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}"#,
      .selfReference("C"))
  }
}
