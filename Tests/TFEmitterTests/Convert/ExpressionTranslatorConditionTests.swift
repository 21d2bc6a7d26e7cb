import CFNParser
import Testing

@testable import TFEmitter

/// `Fn::If`, and the condition functions as they are translated in `Conditions` (condition
/// `Probe`) and in values: `==`, `&&`, `||`, `== false` (never a unary `!`), locals for names.
@Suite("Expression translation: conditions")
struct ExpressionTranslatorConditionTests {
  typealias Probe = TranslationProbe

  static func condition(_ json: String) -> String { Probe.translate(condition: json).text }

  @Test("Fn::If becomes a conditional on the condition's local, both sides for the target")
  func ifExpression() {
    #expect(
      Probe.hcl(#"{"Fn::If": ["IsProd", "a", {"Ref": "AWS::NoValue"}]}"#)
        == #"local.is_prod ? "a" : null"#)
    #expect(Probe.hcl(#"{"Fn::If": ["HasKey", "5", "1"]}"#, as: .number) == "local.has_key ? 5 : 1")
    #expect(
      Probe.hcl(#"{"Fn::If": ["IsProd", {"Ref": "Zones"}, {"Ref": "Env"}]}"#, as: .list(.string))
        == "local.is_prod ? var.zones : [var.env]")
    let result = Probe.translate(#"{"Fn::If": ["IsProd", "a", "b"]}"#)
    #expect(result.status == .transformed)
    #expect(result.note == "Fn::If became a conditional expression")
  }

  @Test("list elements that AWS::NoValue removes become conditional lists, not null elements")
  func vanishingElements() {
    #expect(
      Probe.hcl(
        #"["a", {"Fn::If": ["IsProd", "b", {"Ref": "AWS::NoValue"}]}, "c"]"#, as: .list(.string))
        == #"concat(["a"], local.is_prod ? ["b"] : [], ["c"])"#)
    #expect(
      Probe.hcl(#"[{"Fn::If": ["IsProd", {"Ref": "AWS::NoValue"}, "x"]}]"#, as: .list(.string))
        == #"local.is_prod ? [] : ["x"]"#)
  }

  @Test("Fn::Equals compares as strings, as CloudFormation does")
  func equals() {
    #expect(Self.condition(#"{"Fn::Equals": [{"Ref": "Env"}, "prod"]}"#) == #"var.env == "prod""#)
    #expect(
      Self.condition(#"{"Fn::Equals": [{"Ref": "Size"}, 3]}"#) == #"tostring(var.size) == "3""#)
    #expect(
      Self.condition(#"{"Fn::Equals": ["true", {"Ref": "AWS::Region"}]}"#)
        == #""true" == data.aws_region.current.name"#)
    #expect(
      Self.condition(#"{"Fn::Equals": [{"Fn::Join": ["", {"Ref": "Zones"}]}, ""]}"#)
        == #"join("", var.zones) == """#)
  }

  @Test("values that may be numbers go through tostring(), since == compares types")
  func equalsNumbers() {
    #expect(
      Self.condition(#"{"Fn::Equals": [{"Fn::FindInMap": ["Sizes", "small", "Count"]}, "1"]}"#)
        == #"tostring(local.sizes["small"]["Count"]) == "1""#)
    #expect(
      Self.condition(
        #"{"Fn::Equals": ["s", {"Fn::FindInMap": ["Sizes", {"Ref": "Env"}, "Name"]}]}"#)
        == #""s" == local.sizes[var.env]["Name"]"#)
    #expect(
      Self.condition(
        #"{"Fn::Equals": [{"Fn::FindInMap": ["Sizes", "small", {"Ref": "Env"}]}, "1"]}"#)
        == #"tostring(local.sizes["small"][var.env]) == "1""#)
    #expect(
      Self.condition(
        #"{"Fn::Equals": [{"Fn::FindInMap": ["RegionMap", {"Ref": "AWS::Region"}, "AMI"]}, "a"]}"#)
        == #"local.region_map[data.aws_region.current.name]["AMI"] == "a""#)
    #expect(
      Self.condition(#"{"Fn::Equals": [{"Fn::Select": [0, {"Ref": "Ports"}]}, "80"]}"#)
        == #"tostring(var.ports[0]) == "80""#)
    #expect(
      Self.condition(#"{"Fn::Equals": [{"Fn::Select": [0, {"Ref": "Zones"}]}, "a"]}"#)
        == #"var.zones[0] == "a""#)
  }

  @Test("Condition is the condition's local")
  func conditionName() {
    #expect(Self.condition(#"{"Condition": "IsProd"}"#) == "local.is_prod")
  }

  @Test("Fn::Not is == false, never a unary !")
  func not() {
    #expect(Self.condition(#"{"Fn::Not": [{"Condition": "IsProd"}]}"#) == "local.is_prod == false")
    #expect(
      Self.condition(#"{"Fn::Not": [{"Fn::Equals": [{"Ref": "Env"}, "a"]}]}"#)
        == #"(var.env == "a") == false"#)
    #expect(
      Self.condition(#"{"Fn::Not": [{"Fn::Not": [{"Condition": "HasKey"}]}]}"#)
        == "(local.has_key == false) == false")
  }

  @Test("Fn::And and Fn::Or chain their operands, parenthesised unless plain")
  func andOr() {
    #expect(
      Self.condition(#"{"Fn::And": [{"Condition": "IsProd"}, {"Condition": "HasKey"}]}"#)
        == "local.is_prod && local.has_key")
    #expect(
      Self.condition(
        #"{"Fn::Or": [{"Condition": "IsProd"}, {"Fn::Equals": ["a", {"Ref": "Env"}]}, {"Condition": "HasKey"}]}"#
      ) == #"local.is_prod || ("a" == var.env) || local.has_key"#)
    #expect(
      Self.condition(
        #"{"Fn::And": [{"Fn::Or": [{"Condition": "IsProd"}, {"Condition": "HasKey"}]}, {"Fn::Not": [{"Condition": "IsProd"}]}]}"#
      ) == "(local.is_prod || local.has_key) && (local.is_prod == false)")
  }

  @Test("condition functions in values (outputs) translate the same way")
  func inValues() {
    #expect(Probe.hcl(#"{"Fn::Equals": [{"Ref": "Env"}, "a"]}"#) == #"var.env == "a""#)
    #expect(
      Probe.hcl(#"{"Fn::Not": [{"Fn::Equals": [{"Ref": "Env"}, "a"]}]}"#)
        == #"(var.env == "a") == false"#)
    #expect(
      Probe.hcl(
        #"{"Fn::If": ["IsProd", {"Fn::And": [{"Condition": "IsProd"}, {"Condition": "HasKey"}]}, false]}"#
      )
        == "local.is_prod ? local.is_prod && local.has_key : false")
  }

  @Test("condition status and notes")
  func status() {
    let result = Probe.translate(
      condition: #"{"Fn::And": [{"Condition": "IsProd"}, {"Fn::Not": [{"Condition": "HasKey"}]}]}"#)
    #expect(result.status == .transformed)
    #expect(result.note == "Fn::And became &&; Fn::Not became == false")
    #expect(Probe.translate(condition: #"{"Condition": "IsProd"}"#).status == .exact)
  }
}
