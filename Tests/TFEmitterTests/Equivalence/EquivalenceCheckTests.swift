import CFNParser
import TFEmitter
import Testing

/// The equivalence check end to end inside the library: a template, a plan written by hand as
/// `terraform show -json` prints it, and the report. No moto, no terraform.
@Suite("Equivalence check")
struct EquivalenceCheckTests {
  static let template = """
    {"Parameters": {"Delay": {"Type": "Number", "Default": "2"}},
     "Conditions": {"Never": {"Fn::Equals": ["a", "b"]}},
     "Resources": {
      "Queue": {"Type": "AWS::SQS::Queue",
       "Properties": {"DelaySeconds": {"Ref": "Delay"}, "QueueName": "q"}},
      "Spare": {"Type": "AWS::SQS::Queue", "Condition": "Never",
       "Properties": {"QueueName": "spare"}},
      "Topic": {"Type": "AWS::SNS::Topic",
       "Properties": {"DisplayName": {"Fn::GetAtt": ["Queue", "Arn"]}}}}}
    """

  /// A plan of the converted template: the queue with `name` and `delay`, the topic, no spare.
  static func plan(name: String = "q", delay: String = "2", nameUnknown: Bool = false) -> String {
    let unknown = nameUnknown ? #"{"name": true, "arn": true}"# : #"{"arn": true}"#
    return """
      {"variables": {"delay": {"value": "\(delay)"}},
       "resource_changes": [
        {"address": "aws_sqs_queue.queue", "mode": "managed",
         "change": {"after": {"name": "\(name)", "delay_seconds": \(delay)},
                    "after_unknown": \(unknown)}},
        {"address": "aws_sns_topic.topic", "mode": "managed",
         "change": {"after": {}, "after_unknown": {"display_name": true}}}]}
      """
  }

  static func check(
    template: String = template, plan: String = plan(), values: [String: String] = [:]
  ) -> (report: EquivalenceReport?, diagnostics: [Diagnostic]) {
    EquivalenceCheck.check(
      template: Array(template.utf8), fileName: "t.json", plan: Array(plan.utf8),
      planFileName: "plan.json", values: values)
  }

  @Test("with the defaults the plan agrees: the properties equal, the rest said why not compared")
  func equivalent() throws {
    let (report, diagnostics) = Self.check()
    #expect(diagnostics.isEmpty)
    let checked = try #require(report)
    #expect(checked.isEquivalent)
    #expect(
      checked.equal.map(\.path) == [
        "Queue.Properties.QueueName", "Queue.Properties.DelaySeconds",
        "Spare.Properties.QueueName",
      ])
    #expect(checked.equal.map(\.terraform) == ["\"q\"", "2", "(not created)"])
    #expect(checked.notCompared.map(\.path) == ["Topic.Properties.DisplayName"])
    #expect(checked.notCompared.first?.target == "aws_sns_topic.topic.display_name")
  }

  @Test("a planned value that differs is a difference, with both values and both paths")
  func difference() throws {
    let checked = try #require(Self.check(plan: Self.plan(name: "other")).report)
    #expect(!checked.isEquivalent)
    let item = try #require(checked.differences.first)
    #expect(checked.differences.count == 1)
    #expect(item.path == "Queue.Properties.QueueName")
    #expect(item.target == "aws_sqs_queue.queue.name")
    #expect(item.cloudFormation == "\"q\"")
    #expect(item.terraform == "\"other\"")
    #expect(item.location?.line == 5)
  }

  @Test("a parameter value given is what the template is evaluated with")
  func parameterValue() throws {
    let checked = try #require(Self.check(values: ["Delay": "5"]).report)
    #expect(checked.differences.map(\.path) == ["Queue.Properties.DelaySeconds"])
    let agreeing = Self.check(plan: Self.plan(delay: "5"), values: ["Delay": "5"])
    #expect(agreeing.report?.isEquivalent == true)
  }

  @Test("a value known only after apply is not compared")
  func unknownAfterApply() throws {
    let checked = try #require(Self.check(plan: Self.plan(name: "x", nameUnknown: true)).report)
    #expect(checked.isEquivalent)
    let item = try #require(checked.notCompared.first { $0.path == "Queue.Properties.QueueName" })
    #expect(item.terraform == "known only after apply")
  }

  @Test("a resource the plan does not have is not compared, a condition-false one planned differs")
  func missingResources() throws {
    let empty = #"{"resource_changes": []}"#
    let checked = try #require(Self.check(plan: empty).report)
    #expect(
      checked.notCompared.first { $0.path == "Queue.Properties.QueueName" }?.terraform
        == "the plan has no aws_sqs_queue.queue")
    let spareChange = """
      {"address": "aws_sqs_queue.spare[0]", "mode": "managed",
       "change": {"after": {"name": "spare"}}},
      """
    let spare = Self.plan().replacingOccurrences(
      of: #""resource_changes": ["#, with: #""resource_changes": ["# + spareChange)
    let planned = try #require(Self.check(plan: spare).report)
    #expect(planned.differences.map(\.path) == ["Spare.Properties.QueueName"])
    #expect(planned.differences.first?.terraform == "(planned)")
  }

  @Test("a value for a name the template has no parameter of is an error listing the parameters")
  func unknownParameter() {
    let (report, diagnostics) = Self.check(values: ["Dealy": "1", "AWS::Region": "eu-west-1"])
    #expect(report == nil)
    #expect(
      diagnostics == [
        .error(
          "'Dealy' is not a parameter of the template", at: nil, notes: [.init("parameters: Delay")]
        )
      ])
  }

  @Test("a template with errors gives its diagnostics and no report")
  func templateErrors() {
    let (report, diagnostics) = Self.check(template: #"{"Resources": {}}"#)
    #expect(report == nil)
    #expect(diagnostics.containsErrors)
    #expect(diagnostics.allSatisfy { $0.location?.file == "t.json" })
  }

  @Test("a plan that is not one gives the plan's diagnostics and no report")
  func badPlan() {
    let (report, diagnostics) = Self.check(plan: "[]")
    #expect(report == nil)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location?.file == "plan.json")
  }
}
