import CFNParser
import Testing

@testable import TFEmitter

/// Reading `terraform show -json` and finding a resource's instance in it, with plans written by
/// hand: no terraform needed.
@Suite("Planned values")
struct PlannedValuesTests {
  static let plan = """
    {"format_version": "1.2",
     "variables": {"size": {"value": "2"}, "tags": {"value": {"a": "b"}}, "bare": {}},
     "resource_changes": [
      {"address": "aws_sqs_queue.queue", "mode": "managed",
       "change": {"after": {"name": "q"}, "after_unknown": {"arn": true}}},
      {"address": "aws_sqs_queue.counted[0]", "mode": "managed", "change": {"after": {"name": "c"}}},
      {"address": "module.m.aws_sns_topic.topic", "mode": "managed",
       "change": {"after": {"name": "t"}}},
      {"address": "data.aws_region.current", "mode": "data", "change": {"after": {"name": "r"}}},
      {"address": "aws_sqs_queue.deleted", "mode": "managed", "change": {"after": null}},
      {"address": "aws_sqs_queue.nothing", "mode": "managed"}
     ]}
    """

  static func read(_ text: String) -> (PlannedValues?, [Diagnostic]) {
    PlannedValues.read(bytes: Array(text.utf8), fileName: "plan.json")
  }

  @Test("every managed change is an instance, in plan order; data sources and no change are not")
  func instances() throws {
    let planned = try #require(Self.read(Self.plan).0)
    #expect(
      planned.instances.map(\.address) == [
        "aws_sqs_queue.queue", "aws_sqs_queue.counted[0]", "module.m.aws_sns_topic.topic",
        "aws_sqs_queue.deleted",
      ])
    let queue = try #require(planned.instances.first)
    #expect(queue.values["name"]?.stringValue == "q")
    #expect(queue.unknown?["arn"]?.kind == .bool(true))
    #expect(planned.instances[1].unknown == nil)
  }

  @Test("the root module's variables by name, those without a value left out")
  func variables() throws {
    let planned = try #require(Self.read(Self.plan).0)
    #expect(planned.variables.keys.sorted() == ["size", "tags"])
    #expect(planned.variables["size"]?.stringValue == "2")
    #expect(planned.variables["tags"]?["a"]?.stringValue == "b")
  }

  @Test(
    "an address is found exactly, as its first counted instance, or inside a module",
    arguments: [
      ("aws_sqs_queue.queue", "aws_sqs_queue.queue"),
      ("aws_sqs_queue.counted", "aws_sqs_queue.counted[0]"),
      ("aws_sns_topic.topic", "module.m.aws_sns_topic.topic"),
    ])
  func instance(_ address: String, _ found: String) throws {
    let planned = try #require(Self.read(Self.plan).0)
    #expect(planned.instance(address)?.address == found)
    #expect(!planned.isAbsent(address))
  }

  @Test(
    "an address not planned is absent: another name, a suffix outside a module, a data source",
    arguments: ["aws_sqs_queue.other", "sqs_queue.queue", "aws_region.current", "queue"])
  func absent(_ address: String) throws {
    let planned = try #require(Self.read(Self.plan).0)
    #expect(planned.instance(address) == nil)
    #expect(planned.isAbsent(address))
  }

  @Test("a plan with no changes has no instances")
  func empty() throws {
    let planned = try #require(Self.read(#"{"resource_changes": []}"#).0)
    #expect(planned.instances.isEmpty)
    #expect(planned.variables.isEmpty)
    #expect(planned.isAbsent("aws_sqs_queue.queue"))
  }

  @Test("JSON that is not a plan is an error at its root")
  func notAPlan() {
    let (planned, diagnostics) = Self.read(#"{"format_version": "1.2"}"#)
    #expect(planned == nil)
    #expect(
      diagnostics == [
        .error(
          "expected the output of 'terraform show -json PLANFILE' (an object with 'resource_changes')",
          at: SourceLocation(file: "plan.json", line: 1, column: 1))
      ])
  }

  @Test("text that is not JSON is the reader's error")
  func notJSON() {
    let (planned, diagnostics) = Self.read("{\"resource_changes\": [}")
    #expect(planned == nil)
    #expect(diagnostics.containsErrors)
    #expect(diagnostics.allSatisfy { $0.location?.file == "plan.json" })
  }
}
