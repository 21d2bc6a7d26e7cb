import CFNParser
import TestSupport
import Testing

/// Each intrinsic function decoded into its `Expr` case, one line each (`decodedValue` puts the
/// value in a one-resource template and dumps it without ranges).
@Suite("Template decoder: intrinsic functions")
struct TemplateDecoderIntrinsicTests {
  @Test("literals")
  func literals() {
    #expect(decodedValue(#""a""#) == #""a""#)
    #expect(decodedValue("1.50") == "1.50")
    #expect(decodedValue("true") == "true")
    #expect(decodedValue("null") == "null")
    #expect(decodedValue(#"["a", 1]"#) == #"["a", 1]"#)
    #expect(decodedValue(#"{"K": "v", "L": [true]}"#) == #"{K: "v", L: [true]}"#)
  }

  @Test("Ref to a parameter, a resource and every pseudo parameter")
  func ref() {
    #expect(decodedValue(#"{"Ref": "Env"}"#) == "ref(Env)")
    #expect(decodedValue(#"{"Ref": "Bucket"}"#) == "ref(Bucket)")
    for pseudo in PseudoParameter.allCases {
      #expect(decodedValue(#"{"Ref": "\#(pseudo.rawValue)"}"#) == "pseudo(\(pseudo.rawValue))")
    }
    #expect(PseudoParameter.allCases.count == 8)
  }

  @Test("Fn::GetAtt, list and dotted forms")
  func getAtt() {
    #expect(decodedValue(#"{"Fn::GetAtt": ["Bucket", "Arn"]}"#) == "getAtt(Bucket, Arn)")
    #expect(decodedValue(#"{"Fn::GetAtt": "Bucket.Arn"}"#) == "getAtt(Bucket, Arn)")
    #expect(
      decodedValue(#"{"Fn::GetAtt": "Db.Endpoint.Address"}"#) == "getAtt(Db, Endpoint.Address)")
    #expect(
      decodedValue(#"{"Fn::GetAtt": ["Db", "Endpoint.Port"]}"#) == "getAtt(Db, Endpoint.Port)")
  }

  @Test("Fn::Join of a written-out list and of a computed list")
  func join() {
    #expect(
      decodedValue(#"{"Fn::Join": ["-", ["a", {"Ref": "Env"}]]}"#)
        == #"join("-", ["a", ref(Env)])"#)
    #expect(
      decodedValue(#"{"Fn::Join": [",", {"Ref": "Zones"}]}"#) == #"join(",", ref(Zones))"#)
    #expect(decodedValue(#"{"Fn::Join": ["", []]}"#) == #"join("", [])"#)
  }

  @Test("Fn::Sub: parameters, resource attributes, literals and variables")
  func sub() {
    #expect(decodedValue(#"{"Fn::Sub": "plain"}"#) == #"sub(["plain"])"#)
    #expect(
      decodedValue(#"{"Fn::Sub": "a-${Env}-${Bucket.Arn}"}"#)
        == #"sub(["a-", ${Env}, "-", getAtt(Bucket, Arn)])"#)
    #expect(decodedValue(#"{"Fn::Sub": "${AWS::Region}"}"#) == "sub([${AWS::Region}])")
    #expect(decodedValue(#"{"Fn::Sub": "${ Env }"}"#) == "sub([${Env}])")
    #expect(decodedValue(#"{"Fn::Sub": "echo ${!HOME}/x"}"#) == #"sub(["echo ${HOME}/x"])"#)
    #expect(decodedValue(#"{"Fn::Sub": "$${Env}"}"#) == #"sub(["$", ${Env}])"#)
    #expect(
      decodedValue(#"{"Fn::Sub": ["${A}-${B.C}", {"A": 1, "B.C": {"Ref": "Env"}}]}"#)
        == #"sub([${A}, "-", ${B.C}], A: 1, B.C: ref(Env))"#)
    #expect(decodedValue(#"{"Fn::Sub": ["x", {}]}"#) == #"sub(["x"])"#)
  }

  @Test("Fn::Base64, Fn::GetAZs, Fn::ImportValue, Fn::Length, Fn::ToJsonString")
  func oneArgument() {
    #expect(decodedValue(#"{"Fn::Base64": "echo hi"}"#) == #"base64("echo hi")"#)
    #expect(decodedValue(#"{"Fn::GetAZs": "eu-west-1"}"#) == #"getAZs("eu-west-1")"#)
    #expect(decodedValue(#"{"Fn::GetAZs": {"Ref": "Env"}}"#) == "getAZs(ref(Env))")
    #expect(decodedValue(#"{"Fn::ImportValue": "VpcId"}"#) == #"importValue("VpcId")"#)
    #expect(
      decodedValue(#"{"Fn::ImportValue": {"Fn::Sub": "${Env}-vpc"}}"#)
        == #"importValue(sub([${Env}, "-vpc"]))"#)
    #expect(decodedValue(#"{"Fn::Length": [1, 2]}"#) == "length([1, 2])")
    #expect(decodedValue(#"{"Fn::Length": {"Ref": "Zones"}}"#) == "length(ref(Zones))")
    #expect(decodedValue(#"{"Fn::ToJsonString": {"A": 1}}"#) == "toJsonString({A: 1})")
    #expect(decodedValue(#"{"Fn::ToJsonString": ["a"]}"#) == #"toJsonString(["a"])"#)
  }

  @Test(
    "Fn::GetAZs of null, \"\" or Ref AWS::Region is the stack's region, located at the argument",
    arguments: ["null", #""""#, #"{"Ref": "AWS::Region"}"#])
  func getAZsOfTheStackRegion(_ argument: String) throws {
    let text = MarkedText(
      templateWithOutput(#"{"Fn::Select": [0, {"Fn::GetAZs": 1️⃣\#(argument)}]}"#))
    let (template, diagnostics) = decodeTemplate(text)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let value = try #require(template?.outputs.first?.value)
    #expect(value.dump == #"select(0, getAZs(""))"#)
    guard case .select(_, let list) = value.kind, case .getAZs(let region) = list.kind else {
      Issue.record("not a select of getAZs: \(value.dump)")
      return
    }
    #expect(region.location == text.location("1️⃣"))
  }

  @Test("Fn::FindInMap, Fn::Select, Fn::Split, Fn::Cidr")
  func lists() {
    #expect(
      decodedValue(#"{"Fn::FindInMap": ["M", {"Ref": "AWS::Region"}, "AMI"]}"#)
        == #"findInMap("M", pseudo(AWS::Region), "AMI")"#)
    #expect(decodedValue(#"{"Fn::Select": [0, ["a", "b"]]}"#) == #"select(0, ["a", "b"])"#)
    #expect(
      decodedValue(#"{"Fn::Select": ["1", {"Fn::GetAZs": "eu-west-1"}]}"#)
        == #"select("1", getAZs("eu-west-1"))"#)
    #expect(
      decodedValue(#"{"Fn::Split": [",", {"Ref": "Env"}]}"#) == #"split(",", ref(Env))"#)
    #expect(
      decodedValue(#"{"Fn::Cidr": ["10.0.0.0/16", 4, "8"]}"#)
        == #"cidr("10.0.0.0/16", 4, "8")"#)
  }

  @Test("Fn::If, Fn::Equals, Fn::And, Fn::Or, Fn::Not, Condition")
  func conditions() {
    #expect(
      decodedValue(#"{"Fn::If": ["C", "a", {"Ref": "AWS::NoValue"}]}"#)
        == #"if(C, "a", pseudo(AWS::NoValue))"#)
    #expect(decodedValue(#"{"Fn::Equals": [{"Ref": "Env"}, 1]}"#) == "equals(ref(Env), 1)")
    #expect(
      decodedValue(#"{"Fn::And": [{"Condition": "A"}, {"Fn::Equals": ["a", "b"]}]}"#)
        == #"and(condition(A), equals("a", "b"))"#)
    #expect(
      decodedValue(#"{"Fn::Or": [{"Condition": "A"}, {"Condition": "B"}, {"Condition": "C"}]}"#)
        == "or(condition(A), condition(B), condition(C))")
    #expect(decodedValue(#"{"Fn::Not": [{"Condition": "A"}]}"#) == "not(condition(A))")
  }

  @Test("Condition is a function in conditions and a plain key in properties")
  func conditionKey() throws {
    let template = try decodeValidTemplate(
      #"""
      {"Conditions": {"A": {"Fn::Equals": ["a", "a"]}, "B": {"Condition": "A"}},
       "Resources": {"P": {"Type": "AWS::IAM::Policy", "Properties": {
         "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*",
           "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]},
         "Only": {"Condition": {"StringEquals": {"k": "v"}}},
         "Named": {"Condition": "A"}}}}}
      """#)
    #expect(template.condition("B")?.expression.dump == "condition(A)")
    let policy = try #require(template.resource("P"))
    #expect(
      policy.property("PolicyDocument")?.value.dump
        == #"{Statement: [{Effect: "Allow", Action: "s3:*", Resource: "*", Condition: {Bool: {aws:SecureTransport: "true"}}}]}"#
    )
    #expect(policy.property("Only")?.value.dump == #"{Condition: {StringEquals: {k: "v"}}}"#)
    #expect(policy.property("Named")?.value.dump == #"{Condition: "A"}"#)
  }

  @Test("an object with a function key among others is refused, as CloudFormation refuses it")
  func functionKeyAmongOthers() {
    #expect(
      decodedValue(#"{"Ref": "Env", "Other": 1}"#)
        == "test.json:3:30: error: 'Ref' must be the only key of its object, found 'Other' beside it\n  note: an intrinsic function is an object of one key: move 'Other' out of it, or remove it"
    )
  }

  @Test("nested functions")
  func nested() {
    #expect(
      decodedValue(
        ##"{"Fn::Base64": {"Fn::Join": ["", ["#!/bin/sh\n", {"Fn::Sub": "echo ${Env}"}]]}}"##)
        == ##"base64(join("", ["#!/bin/sh\n", sub(["echo ", ${Env}])]))"##)
    #expect(
      decodedValue(#"{"Fn::Select": [0, {"Fn::Split": [",", {"Fn::ImportValue": "L"}]}]}"#)
        == #"select(0, split(",", importValue("L")))"#)
  }

  @Test("compactText writes every function back in its long form")
  func compactText() throws {
    let values = [
      #"{"Ref":"Env"}"#, #"{"Ref":"AWS::Region"}"#, #"{"Fn::GetAtt":["B","Arn"]}"#,
      #"{"Fn::Join":["-",["a",{"Ref":"Env"}]]}"#, #"{"Fn::Sub":"a-${Env}-${!X}-${B.Arn}"}"#,
      #"{"Fn::Sub":["${A}",{"A":1}]}"#, #"{"Fn::Base64":"x"}"#,
      #"{"Fn::FindInMap":["M","k","v"]}"#, #"{"Fn::GetAZs":"eu-west-1"}"#,
      #"{"Fn::GetAZs":""}"#, #"{"Fn::Select":[0,["a"]]}"#,
      #"{"Fn::Split":[",","a,b"]}"#, #"{"Fn::If":["C",1,2]}"#, #"{"Fn::Equals":["a","b"]}"#,
      #"{"Fn::And":[{"Condition":"A"},{"Condition":"B"}]}"#,
      #"{"Fn::Or":[{"Condition":"A"},{"Condition":"B"}]}"#, #"{"Fn::Not":[{"Condition":"A"}]}"#,
      #"{"Fn::ImportValue":"V"}"#, #"{"Fn::Cidr":["10.0.0.0/16",2,8]}"#,
      #"{"Fn::Length":[1]}"#, #"{"Fn::ToJsonString":{"a":[true,null]}}"#,
    ]
    for value in values {
      let template = try decodeValidTemplate(templateWithOutput(value))
      #expect(template.outputs.first?.value.compactText == value)
    }
  }

  @Test("compactText escapes as JSON does, byte runs beyond ASCII kept whole")
  func compactTextEscapes() {
    #expect(
      JSONValue.quoted("é\"\\\n\r\t\u{8}\u{C}\u{1}\u{1F}✓ 日本")
        == #""é\"\\\n\r\t\b\f\u0001\u001f✓ 日本""#)
    let sub = Expr(
      .sub(
        parts: [.literal("${X} é "), .reference("A"), .attribute(resource: "B", attribute: "C")],
        variables: []),
      range: SourceRange(
        start: CFNParser.SourceLocation(file: "t.json", line: 1, column: 1), startOffset: 0,
        endOffset: 0))
    #expect(sub.compactText == #"{"Fn::Sub":"${!X} é ${A}${B.C}"}"#)
    // `${` is matched as characters: before a combining mark it is not an opening.
    #expect(SubPart.literal("a${b} ${\u{301}").sourceText == "a${!b} ${\u{301}")
  }

  @Test("pseudo parameters are found by their exact names only")
  func pseudoParameterNames() {
    for pseudo in PseudoParameter.allCases {
      #expect(PseudoParameter(rawValue: pseudo.rawValue) == pseudo)
    }
    for name in ["AWS::region", "Region", "AWS::", "AWS:Region", "aws::Region", "", "AWS::Region "]
    {
      #expect(PseudoParameter(rawValue: name) == nil)
    }
  }
}
