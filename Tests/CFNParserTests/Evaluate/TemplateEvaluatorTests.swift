import CFNParser
import Testing

@Suite("Evaluating templates")
struct TemplateEvaluatorTests {
  static let template = """
    {"Parameters": {
       "Size": {"Type": "Number", "Default": "2"},
       "Names": {"Type": "CommaDelimitedList", "Default": "a,b"},
       "Env": {"Type": "String", "Default": "dev"}},
     "Mappings": {"Images": {"us-east-1": {"Id": "ami-1"}}},
     "Conditions": {"Prod": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
                    "NotProd": {"Fn::Not": [{"Condition": "Prod"}]}},
     "Resources": {"R": {"Type": "AWS::SNS::Topic", "Condition": "Prod", "Properties": {}}}}
    """

  static func evaluate(_ json: String, _ values: [String: String] = [:]) throws -> Value {
    let text = template.replacingFirst(
      "\"Properties\": {}", with: "\"Properties\": {\"X\": \(json)}")
    let decoded = try #require(TemplateDecoder.decode(text, fileName: "t.json").template)
    let evaluator = TemplateEvaluator(
      template: decoded,
      values: ["AWS::Region": "us-east-1", "AWS::StackName": "s"].merging(values) { $1 })
    return evaluator.evaluate(try #require(decoded.resource("R")?.property("X")?.value))
  }

  @Test(
    "intrinsics evaluate with parameter defaults and pseudo parameters",
    arguments: [
      (#"{"Ref": "Size"}"#, "2"),
      (#"{"Ref": "Names"}"#, #"["a","b"]"#),
      (#"{"Fn::Join": ["-", [{"Ref": "Env"}, {"Ref": "AWS::StackName"}]]}"#, #""dev-s""#),
      (#"{"Fn::Sub": "${AWS::Region}/${Env}/${!Literal}"}"#, #""us-east-1/dev/${Literal}""#),
      (#"{"Fn::FindInMap": ["Images", {"Ref": "AWS::Region"}, "Id"]}"#, #""ami-1""#),
      (#"{"Fn::Select": [1, {"Ref": "Names"}]}"#, #""b""#),
      (#"{"Fn::Split": [",", "x,y"]}"#, #"["x","y"]"#),
      (#"{"Fn::If": ["Prod", "big", "small"]}"#, #""small""#),
      (#"{"Fn::If": ["NotProd", "small", {"Ref": "AWS::NoValue"}]}"#, #""small""#),
      (#"{"Fn::Base64": "hi"}"#, #""aGk=""#),
      (#"{"Fn::Length": [1, 2, 3]}"#, "3"),
      (#"[1, {"Fn::If": ["Prod", 2, {"Ref": "AWS::NoValue"}]}]"#, "[1]"),
      (#"{"Ref": "R"}"#, "(known after creation: Ref R)"),
      (#"{"Fn::GetAZs": ""}"#, "(known after creation: Fn::GetAZs)"),
      (#"{"Fn::GetAZs": null}"#, "(known after creation: Fn::GetAZs)"),
      (#"{"Fn::GetAZs": {"Ref": "AWS::Region"}}"#, "(known after creation: Fn::GetAZs)"),
    ])
  func intrinsic(_ json: String, _ expected: String) throws {
    #expect(try Self.evaluate(json).description == expected)
  }

  @Test("given parameter values override defaults, and decide conditions")
  func givenValues() throws {
    #expect(
      try Self.evaluate(#"{"Fn::If": ["Prod", "big", "small"]}"#, ["Env": "prod"]) == .string("big")
    )
    #expect(try Self.evaluate(#"{"Ref": "Size"}"#, ["Size": "5"]) == .number("5"))
  }

  @Test("a parameter's text is the value given or the default, lists as written; nil when hidden")
  func parameterText() throws {
    let template = try #require(TemplateDecoder.decode(Self.template, fileName: "t.json").template)
    let evaluator = TemplateEvaluator(
      template: template, values: ["Env": "prod"], hiddenParameters: ["Size"])
    let text = { (name: String) in template.parameter(name).flatMap(evaluator.parameterText) }
    #expect(text("Env") == "prod")
    #expect(text("Names") == "a,b")
    #expect(text("Size") == nil)
    #expect(
      evaluator.evaluate(Expr(.ref("Names"), range: template.parameters[0].range)).description
        == #"["a","b"]"#)
  }
}

extension String {
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = firstRange(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
