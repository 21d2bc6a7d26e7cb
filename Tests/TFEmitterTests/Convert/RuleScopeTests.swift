import CFNParser
import Testing

@testable import TFEmitter

/// Rule scopes and the members rules read carry their paths as values: the Terraform body a scope
/// writes into as a `TerraformPath`, the CloudFormation object it reads as a
/// `RelativeTemplatePath`, and each member handed to a custom rule with its own path, built step
/// by step as the engine walks the template (a list element is an index step, not text).
@Suite("Rule scopes and members")
struct RuleScopeTests {
  /// The steps of a path as short text (`k:Listeners i:0 k:Port`), to see keys and indices apart.
  static func steps(_ path: RelativeTemplatePath) -> String {
    path.steps.map { step in
      switch step {
      case .key(let key): "k:\(key)"
      case .index(let index): "i:\(index)"
      case .line(let line): "l:\(line)"
      }
    }.joined(separator: " ")
  }

  /// Applies `rules` to the properties `properties` of resource `Lb` and gives the builder.
  static func apply(_ properties: String, _ rules: [PropertyRule]) throws -> ResourceBuilder {
    let text =
      #"{"Resources": {"Lb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": "#
      + properties + "}}}"
    let (template, _) = TemplateDecoder.decode(bytes: Array(text.utf8), fileName: "t.json")
    let decoded = try #require(template)
    let resource = try #require(decoded.resource("Lb"))
    let mapping = ResourceMapping(
      "AWS::ElasticLoadBalancingV2::LoadBalancer", to: "aws_lb", ref: "arn", properties: rules)
    let translator = ExpressionTranslator(
      template: decoded, namer: Namer(template: decoded), targets: [:])
    var builder = ResourceBuilder(
      resource: resource, mapping: mapping, name: "lb", options: ConversionOptions(),
      translator: translator)
    builder.applyRules()
    return builder
  }

  /// A custom rule that records the typed path it was handed, as steps, in its entry's note.
  static let recordSteps = PropertyAction.custom { member, builder, _ in
    builder.record(
      member, target: TerraformPath.resource("aws_lb", "lb") / "probe", status: .exact,
      note: steps(member.path))
  }

  @Test("a scope's target and path are values; nested blocks extend both")
  func scopes() {
    let top = RuleScope.resource(type: "aws_lb", name: "lb")
    #expect(top.target == TerraformPath(.resource(type: "aws_lb", name: "lb")))
    #expect(top.path == .here)
    let listener = top.block("listener", reading: "Listeners").at(.here / "Listeners" / 0)
    #expect(listener.target.description == "aws_lb.lb.listener")
    #expect(listener.target.attributeNames == ["listener"])
    #expect(Self.steps(listener.path) == "k:Listeners i:0")
    let action = listener.block("default_action", reading: .here / "DefaultActions" / 1)
    #expect(action.target.description == "aws_lb.lb.listener.default_action")
    #expect(Self.steps(action.path) == "k:Listeners i:0 k:DefaultActions i:1")
    let data = RuleScope.resource(type: "data.aws_ami", name: "a")
    #expect(data.target.root == .data(type: "aws_ami", name: "a"))
    #expect(data.target.description == "data.aws_ami.a")
  }

  @Test("a member's path grows by a key for a field and an index for an element")
  func members() {
    let range = SourceRange(
      start: SourceLocation(file: "t.json", line: 1, column: 1), startOffset: 0, endOffset: 1)
    let value = Expr(.string("x"), range: range)
    let listeners = RuleMember(
      ExprMember(key: "Listeners", keyRange: range, value: value), in: .here)
    let first = listeners.element(0, value)
    #expect(Self.steps(first.path) == "k:Listeners i:0")
    #expect(first.member.key == "Listeners")
    let port = first.field(ExprMember(key: "Port", keyRange: range, value: value))
    #expect(Self.steps(port.path) == "k:Listeners i:0 k:Port")
    #expect(port.key == "Listeners[0].Port")
    #expect(port.member.key == "Port")
    let other = Expr(.string("y"), range: range)
    #expect(port.with(value: other).path == port.path)
    #expect(port.with(value: other).value == other)
  }

  @Test("custom rules get their member's path from the engine: blocks, fields and the top")
  func engine() throws {
    let builder = try Self.apply(
      #"{"Name": "a", "Listeners": [{"Port": 80}, {"Port": 443}], "Settings": {"Mode": "m"}}"#,
      [
        PropertyRule("Name", Self.recordSteps),
        PropertyRule("Listeners", .blocks("listener", [PropertyRule("Port", Self.recordSteps)])),
        PropertyRule("Settings", .fields([PropertyRule("Mode", Self.recordSteps)])),
      ])
    let custom = builder.ledger.filter { $0.note.hasPrefix("k:") }
    #expect(
      custom.map(\.note) == [
        "k:Name", "k:Listeners i:0 k:Port", "k:Listeners i:1 k:Port", "k:Settings k:Mode",
      ])
    #expect(
      custom.map(\.subject) == [
        "Lb.Properties.Name", "Lb.Properties.Listeners[0].Port", "Lb.Properties.Listeners[1].Port",
        "Lb.Properties.Settings.Mode",
      ])
    #expect(custom.allSatisfy { $0.targetText == "aws_lb.lb.probe" })
    #expect(custom.map(\.location?.line) == [1, 1, 1, 1])
    let blocks = builder.ledger.filter { $0.subject.hasSuffix("]") }
    #expect(blocks.map(\.targetText) == ["aws_lb.lb.listener", "aws_lb.lb.listener"])
  }

  @Test("a member's ledger path is its resource's Properties and its steps; reports use it too")
  func ledgerPaths() throws {
    let builder = try Self.apply(
      #"{"Listeners": [{"Port": 80, "Extra": 1}], "Unknown": 2}"#,
      [PropertyRule("Listeners", .blocks("listener", [PropertyRule("Port", Self.recordSteps)]))])
    let path = builder.templatePath(.here / "Listeners" / 0 / "Port")
    #expect(path.logicalId == "Lb")
    #expect(path.propertySteps.map(Array.init) == [.key("Listeners"), .index(0), .key("Port")])
    #expect(path.description == "Lb.Properties.Listeners[0].Port")
    let reported = builder.ledger.filter { $0.status != .exact }.map(\.subject)
    #expect(reported == ["Lb.Properties.Listeners[0].Extra", "Lb.Properties.Unknown"])
    #expect(builder.ledger.first { $0.subject.hasSuffix("Extra") }?.target == nil)
  }

  @Test("a value is found below a resource's properties by a typed path, keys and indices")
  func valueAtPath() throws {
    let builder = try Self.apply(
      #"{"Groups": [{"Market": "SPOT"}, {"Market": "SPOT", "BidPrice": "0.1"}]}"#, [])
    let groups = RelativeTemplatePath.here / "Groups"
    #expect(EMR.value(at: groups / 1 / "BidPrice", in: builder.resource)?.stringValue == "0.1")
    #expect(EMR.value(at: groups / 0 / "BidPrice", in: builder.resource) == nil)
    #expect(EMR.value(at: groups / 2 / "Market", in: builder.resource) == nil)
    #expect(EMR.value(at: groups / "Market", in: builder.resource) == nil)
  }
}
