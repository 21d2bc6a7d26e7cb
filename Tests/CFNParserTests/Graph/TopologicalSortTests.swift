import CFNParser
import TestSupport
import Testing

/// Cycles: one error naming the loop from its first node in template order, with a note at each
/// edge of the loop and a suggested fix.
@Suite("Resource graph: cycles")
struct TopologicalSortTests {
  static let fix = "break the loop, for example by removing a 'DependsOn' or a 'Ref'"

  private func cycleDiagnostics(_ text: MarkedText) throws -> (ResourceGraph, [Diagnostic]) {
    let (template, diagnostics) = decodeTemplate(text)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    return GraphBuilder.build(try #require(template))
  }

  @Test("a 2-cycle names the loop and notes both edges")
  func twoCycle() throws {
    let text = MarkedText(
      #"""
      {"Resources": {
         "A": {"Type": "AWS::S3::Bucket", "Properties": {"X": 1️⃣{"Ref": "B"}}},
         "B": {"Type": "AWS::S3::Bucket", "DependsOn": 2️⃣"A"}}}
      """#)
    let (graph, diagnostics) = try cycleDiagnostics(text)
    #expect(diagnostics.count == 1)
    let cycle = try #require(diagnostics.first)
    #expect(cycle.severity == .error)
    #expect(cycle.message == GraphError.cycle(["A", "B", "A"]).description)
    #expect(cycle.message == "circular dependency: A -> B -> A")
    #expect(cycle.location == text.location("1️⃣"))
    #expect(
      cycle.notes == [
        .init("resource 'A' refers to resource 'B' (Ref)", at: text.location("1️⃣")),
        .init("resource 'B' refers to resource 'A' (DependsOn)", at: text.location("2️⃣")),
        .init(Self.fix),
      ])
    // Every node is still ordered: the stuck ones last, in template order.
    #expect(graph.topologicalOrder.map(\.name) == ["A", "B"])
  }

  @Test("a 3-cycle starts at its first node in template order, whatever node is written first")
  func threeCycle() throws {
    let text = MarkedText(
      #"""
      {"Resources": {
         "Free": {"Type": "AWS::S3::Bucket"},
         "B": {"Type": "AWS::S3::Bucket", "Properties": {"X": 2️⃣{"Fn::GetAtt": ["C", "Arn"]}}},
         "A": {"Type": "AWS::S3::Bucket", "Properties": {"X": 1️⃣{"Fn::Sub": "${B}"}}},
         "C": {"Type": "AWS::S3::Bucket", "DependsOn": ["Free", 3️⃣"A"]},
         "After": {"Type": "AWS::S3::Bucket", "DependsOn": "C"}}}
      """#)
    let (graph, diagnostics) = try cycleDiagnostics(text)
    #expect(diagnostics.count == 1)
    let cycle = try #require(diagnostics.first)
    #expect(cycle.message == "circular dependency: B -> C -> A -> B")
    #expect(cycle.location == text.location("2️⃣"))
    #expect(
      cycle.notes == [
        .init("resource 'B' refers to resource 'C' (GetAtt Arn)", at: text.location("2️⃣")),
        .init("resource 'C' refers to resource 'A' (DependsOn)", at: text.location("3️⃣")),
        .init("resource 'A' refers to resource 'B' (Sub)", at: text.location("1️⃣")),
        .init(Self.fix),
      ])
    #expect(graph.topologicalOrder.map(\.name) == ["Free", "B", "A", "C", "After"])
  }

  @Test("a cycle between conditions")
  func conditionCycle() throws {
    let text = MarkedText(
      #"""
      {"Conditions": {"X": {"Fn::Not": [1️⃣{"Condition": "Y"}]},
                      "Y": {"Fn::And": [{"Fn::Equals": [1, 1]}, 2️⃣{"Condition": "X"}]}},
       "Resources": {"R": {"Type": "AWS::S3::Bucket"}}}
      """#)
    let diagnostics = try cycleDiagnostics(text).1
    #expect(diagnostics.map(\.message) == ["circular dependency: X -> Y -> X"])
    #expect(
      diagnostics.first?.notes.compactMap(\.location) == [
        text.location("1️⃣"), text.location("2️⃣"),
      ])
  }

  @Test("two separate cycles are two errors; a node that only depends on a cycle is in none")
  func twoCycles() throws {
    let text = MarkedText(
      #"""
      {"Resources": {
         "Tail": {"Type": "AWS::S3::Bucket", "DependsOn": "A"},
         "A": {"Type": "AWS::S3::Bucket", "DependsOn": "B"},
         "B": {"Type": "AWS::S3::Bucket", "DependsOn": "A"},
         "C": {"Type": "AWS::S3::Bucket", "DependsOn": "D"},
         "D": {"Type": "AWS::S3::Bucket", "DependsOn": "C"}}}
      """#)
    let diagnostics = try cycleDiagnostics(text).1
    #expect(
      diagnostics.map(\.message) == [
        "circular dependency: A -> B -> A", "circular dependency: C -> D -> C",
      ])
  }
}
