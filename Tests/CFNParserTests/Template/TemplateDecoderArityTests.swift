import CFNParser
import Testing

/// Every intrinsic function given the wrong number or the wrong shape of arguments: one line each,
/// the error at the argument marked `1️⃣`.
@Suite("Template decoder: function arguments")
struct TemplateDecoderArityTests {
  static func arguments(_ function: String, _ expected: String) -> TemplateError {
    .functionArguments(function: function, expected: expected)
  }

  @Test("Ref")
  func ref() {
    let shape = "a logical id or parameter name as a string"
    expectValueError(#"{"Ref": 1️⃣["Env"]}"#, Self.arguments("Ref", shape))
    expectValueError(#"{"Ref": 1️⃣1}"#, Self.arguments("Ref", shape))
    expectValueError(#"{"Ref": 1️⃣""}"#, .emptyName("the name in 'Ref'"))
  }

  @Test("Fn::GetAtt forms")
  func getAtt() {
    let shape = #"["LogicalId", "Attribute"] or "LogicalId.Attribute""#
    let getAtt = "Fn::GetAtt"
    expectValueError(#"{"Fn::GetAtt": 1️⃣"Bucket"}"#, Self.arguments(getAtt, shape))
    expectValueError(#"{"Fn::GetAtt": 1️⃣".Arn"}"#, Self.arguments(getAtt, shape))
    expectValueError(#"{"Fn::GetAtt": 1️⃣"Bucket."}"#, Self.arguments(getAtt, shape))
    expectValueError(#"{"Fn::GetAtt": 1️⃣["Bucket"]}"#, Self.arguments(getAtt, shape))
    expectValueError(#"{"Fn::GetAtt": 1️⃣["B", "Arn", "X"]}"#, Self.arguments(getAtt, shape))
    expectValueError(#"{"Fn::GetAtt": 1️⃣["", "Arn"]}"#, Self.arguments(getAtt, shape))
    expectValueError(#"{"Fn::GetAtt": 1️⃣{"B": "Arn"}}"#, Self.arguments(getAtt, shape))
    expectValueError(
      #"{"Fn::GetAtt": ["Bucket", 1️⃣{"Ref": "Env"}]}"#,
      Self.arguments(getAtt, "a literal attribute name"))
    expectValueError(
      #"{"Fn::GetAtt": ["Bucket", 1️⃣""]}"#, Self.arguments(getAtt, "a literal attribute name"))
  }

  @Test("Fn::Join")
  func join() {
    let shape = #"a separator string and a list: ["sep", [values]]"#
    expectValueError(#"{"Fn::Join": 1️⃣["-"]}"#, Self.arguments("Fn::Join", shape))
    expectValueError(#"{"Fn::Join": 1️⃣["-", [], []]}"#, Self.arguments("Fn::Join", shape))
    expectValueError(#"{"Fn::Join": 1️⃣"a-b"}"#, Self.arguments("Fn::Join", shape))
    expectValueError(#"{"Fn::Join": [1️⃣0, ["a"]]}"#, Self.arguments("Fn::Join", shape))
  }

  @Test("Fn::Sub")
  func sub() {
    let shape = #"a string, or a string and an object of variables: ["text", {Name: value}]"#
    expectValueError(#"{"Fn::Sub": 1️⃣["a"]}"#, Self.arguments("Fn::Sub", shape))
    expectValueError(#"{"Fn::Sub": 1️⃣["a", {}, {}]}"#, Self.arguments("Fn::Sub", shape))
    expectValueError(#"{"Fn::Sub": 1️⃣["a", ["b"]]}"#, Self.arguments("Fn::Sub", shape))
    expectValueError(#"{"Fn::Sub": 1️⃣[1, {}]}"#, Self.arguments("Fn::Sub", shape))
    expectValueError(#"{"Fn::Sub": 1️⃣1}"#, Self.arguments("Fn::Sub", shape))
  }

  @Test("Fn::FindInMap, Fn::Select, Fn::Split, Fn::Cidr")
  func listFunctions() {
    let findInMap = "three arguments: [MapName, TopLevelKey, SecondLevelKey]"
    expectValueError(#"{"Fn::FindInMap": 1️⃣["M", "k"]}"#, Self.arguments("Fn::FindInMap", findInMap))
    expectValueError(
      #"{"Fn::FindInMap": 1️⃣["M", "k", "v", "w"]}"#, Self.arguments("Fn::FindInMap", findInMap))
    let select = "an index and a list: [index, [values]]"
    expectValueError(#"{"Fn::Select": 1️⃣[0]}"#, Self.arguments("Fn::Select", select))
    expectValueError(#"{"Fn::Select": 1️⃣"0"}"#, Self.arguments("Fn::Select", select))
    let split = #"a delimiter string and a source string: ["delim", source]"#
    expectValueError(#"{"Fn::Split": 1️⃣[","]}"#, Self.arguments("Fn::Split", split))
    expectValueError(#"{"Fn::Split": [1️⃣{"Ref": "Env"}, "a"]}"#, Self.arguments("Fn::Split", split))
    let cidr = "three arguments: [ipBlock, count, cidrBits]"
    expectValueError(#"{"Fn::Cidr": 1️⃣["10.0.0.0/16", 2]}"#, Self.arguments("Fn::Cidr", cidr))
  }

  @Test("Fn::If, Fn::Equals")
  func ifAndEquals() {
    let ifShape = "a condition name and two values: [Condition, ifTrue, ifFalse]"
    expectValueError(#"{"Fn::If": 1️⃣["C", "a"]}"#, Self.arguments("Fn::If", ifShape))
    expectValueError(#"{"Fn::If": [1️⃣{"Condition": "C"}, 1, 2]}"#, Self.arguments("Fn::If", ifShape))
    let equals = "two values: [a, b]"
    expectValueError(#"{"Fn::Equals": 1️⃣["a"]}"#, Self.arguments("Fn::Equals", equals))
    expectValueError(#"{"Fn::Equals": 1️⃣["a", "b", "c"]}"#, Self.arguments("Fn::Equals", equals))
  }

  @Test("Fn::And, Fn::Or (2 to 10), Fn::Not (1), Condition")
  func booleans() {
    let many = "a list of 2 to 10 conditions"
    let c = #"{"Condition": "C"}"#
    expectValueError(#"{"Fn::And": 1️⃣[\#(c)]}"#, Self.arguments("Fn::And", many))
    let eleven = Array(repeating: c, count: 11).joined(separator: ", ")
    expectValueError(#"{"Fn::And": 1️⃣[\#(eleven)]}"#, Self.arguments("Fn::And", many))
    expectValueError(#"{"Fn::Or": 1️⃣[]}"#, Self.arguments("Fn::Or", many))
    let ten = Array(repeating: c, count: 10).joined(separator: ", ")
    #expect(decodedValue(#"{"Fn::Or": [\#(ten)]}"#).hasPrefix("or(condition(C), "))
    let not = "a list of one condition"
    expectValueError(#"{"Fn::Not": 1️⃣[\#(c), \#(c)]}"#, Self.arguments("Fn::Not", not))
    expectValueError(#"{"Fn::Not": 1️⃣\#(c)}"#, Self.arguments("Fn::Not", not))
    expectValueError(
      #"{"Fn::Not": [{"Condition": 1️⃣["C"]}]}"#,
      Self.arguments("Condition", "a condition name as a string"))
  }

  @Test("one-argument functions reject arguments of the wrong kind")
  func oneArgument() {
    expectValueError(#"{"Fn::Base64": 1️⃣["a", "b"]}"#, Self.arguments("Fn::Base64", "a string"))
    expectValueError(#"{"Fn::Base64": 1️⃣{"a": "b"}}"#, Self.arguments("Fn::Base64", "a string"))
    expectValueError(
      #"{"Fn::GetAZs": 1️⃣["us-east-1"]}"#,
      Self.arguments("Fn::GetAZs", "a region name as a string"))
    expectValueError(
      #"{"Fn::ImportValue": 1️⃣["a"]}"#,
      Self.arguments("Fn::ImportValue", "an export name as a string"))
    expectValueError(#"{"Fn::Length": 1️⃣"abc"}"#, Self.arguments("Fn::Length", "a list"))
    expectValueError(#"{"Fn::Length": 1️⃣{"a": 1}}"#, Self.arguments("Fn::Length", "a list"))
    expectValueError(
      #"{"Fn::ToJsonString": 1️⃣"a"}"#, Self.arguments("Fn::ToJsonString", "an object or a list"))
  }

  @Test("an error inside a nested function is reported once, at its own place")
  func nestedError() {
    expectValueError(
      #"{"Fn::Join": ["-", ["a", {"Fn::Select": 1️⃣[0]}]]}"#,
      Self.arguments("Fn::Select", "an index and a list: [index, [values]]"))
  }
}
