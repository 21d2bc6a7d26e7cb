import CFNParser
import Testing

/// Function arguments CloudFormation refuses: an `Fn::Select` index outside its list, an
/// `Fn::Join` of something that is not a list, a function's key beside other keys. One error
/// each, at the offending value or key, in JSON and YAML.
@Suite("Template decoder: function arguments")
struct TemplateDecoderArgumentTests {
  /// A template with a String, a Number and a list parameter, a condition, a bucket, and `value`
  /// as the value of output `X`.
  static func template(_ value: String) -> String {
    """
    {"Parameters": {"Env": {"Type": "String"}, "Size": {"Type": "Number"},
       "Zones": {"Type": "CommaDelimitedList"}, "Subnets": {"Type": "List<AWS::EC2::Subnet::Id>"}},
     "Conditions": {"Prod": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
     "Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}},
     "Outputs": {"X": {"Value": \(value)}}}
    """
  }

  /// A YAML template whose output `X` has the value `value`.
  static func yaml(_ value: String) -> String {
    """
    Parameters:
      Env: {Type: String}
    Resources:
      Bucket: {Type: AWS::S3::Bucket}
    Outputs:
      X:
        Value: \(value)

    """
  }

  static let joinNote =
    #"write the values as a list, ["a", "b"], or use a function that gives one (Fn::Split, Fn::GetAZs, a 'Ref' to a list parameter)"#

  static func notAList(_ found: String) -> TemplateError {
    .wrongKind(what: "the second argument of 'Fn::Join'", expected: "a list", found: found)
  }

  @Test("an Fn::Select index past the end of a written-out list, negative, or not a number")
  func selectIndex() throws {
    expectValueError(
      #"{"Fn::Select": [1️⃣2, ["a", "b"]]}"#, .selectIndex(index: "2", count: 2),
      notes: ["the list's indexes run from 0 to 1"])
    expectValueError(
      #"{"Fn::Select": [1️⃣"1", ["a"]]}"#, .selectIndex(index: "1", count: 1),
      notes: ["the list's indexes run from 0 to 0"])
    expectValueError(
      #"{"Fn::Select": [1️⃣0, []]}"#, .selectIndex(index: "0", count: 0),
      notes: ["the list is empty"])
    expectValueError(
      #"{"Fn::Select": [1️⃣-1, ["a", "b"]]}"#, .selectIndex(index: "-1", count: nil),
      notes: ["the first value of the list is index 0"])
    expectValueError(
      #"{"Fn::Select": [1️⃣"-1", {"Fn::GetAZs": ""}]}"#, .selectIndex(index: "-1", count: nil))
    expectValueError(
      #"{"Fn::Select": [1️⃣"first", {"Fn::GetAZs": ""}]}"#,
      .selectIndex(index: "first", count: nil))
    expectValueError(
      #"{"Fn::Join": ["", [{"Fn::Select": [1️⃣1.5, ["a", "b"]]}]]}"#,
      .selectIndex(index: "1.5", count: nil))
    expectTemplateError(Self.yaml("!Select [1️⃣3, [a, b, c]]"), .selectIndex(index: "3", count: 3))
    expectTemplateError(
      Self.yaml("!Select [1️⃣'-2', !GetAZs '']"), .selectIndex(index: "-2", count: nil))
    for valid in [
      #"{"Fn::Select": [1, ["a", "b"]]}"#, #"{"Fn::Select": ["0", ["a"]]}"#,
      #"{"Fn::Select": [5, {"Fn::GetAZs": ""}]}"#, #"{"Fn::Select": [{"Ref": "Size"}, ["a"]]}"#,
      #"{"Fn::Select": [7, {"Fn::Split": [",", {"Ref": "Env"}]}]}"#,
      #"{"Fn::Select": [1, {"Ref": "Zones"}]}"#,
    ] {
      _ = try decodeValidTemplate(Self.template(valid))
    }
  }

  @Test("an Fn::Join of a string, a number, an object, a string function or a non-list Ref")
  func joinOfNoList() throws {
    let note = [Self.joinNote]
    expectTemplateError(
      Self.template(#"{"Fn::Join": [",", 1️⃣"a,b"]}"#), Self.notAList("a string"), notes: note)
    expectTemplateError(Self.template(#"{"Fn::Join": [",", 1️⃣3]}"#), Self.notAList("a number"))
    expectTemplateError(
      Self.template(#"{"Fn::Join": [",", 1️⃣{"A": "b"}]}"#), Self.notAList("an object"))
    expectTemplateError(
      Self.template(#"{"Fn::Join": [",", 1️⃣{"Ref": "Env"}]}"#),
      Self.notAList("a 'Ref' to the String parameter 'Env'"))
    expectTemplateError(
      Self.template(#"{"Fn::Join": [",", 1️⃣{"Ref": "Size"}]}"#),
      Self.notAList("a 'Ref' to the Number parameter 'Size'"))
    expectTemplateError(
      Self.template(#"{"Fn::Join": [",", 1️⃣{"Ref": "Bucket"}]}"#),
      Self.notAList("a 'Ref' to the resource 'Bucket', a string"))
    expectTemplateError(
      Self.template(#"{"Fn::Join": [",", 1️⃣{"Ref": "AWS::Region"}]}"#),
      Self.notAList("'AWS::Region', a string"))
    expectTemplateError(
      Self.template(#"{"Fn::Join": [",", 1️⃣{"Fn::Sub": "a,b"}]}"#),
      Self.notAList("'Fn::Sub', which gives a string"))
    expectTemplateError(
      Self.template(#"{"Fn::Join": [",", 1️⃣{"Fn::Join": [",", ["a"]]}]}"#),
      Self.notAList("'Fn::Join', which gives a string"))
    expectTemplateError(
      Self.template(#"{"Fn::Join": [",", {"Fn::If": ["Prod", ["a"], 1️⃣"b"]}]}"#),
      Self.notAList("a string"))
    expectTemplateError(
      Self.yaml(#"!Join [",", 1️⃣!Sub "a"]"#), Self.notAList("'Fn::Sub', which gives a string"))
    expectTemplateError(Self.yaml("!Join\n      - ','\n      - 1️⃣a\n"), Self.notAList("a string"))
    for valid in [
      #"{"Fn::Join": [",", ["a", {"Ref": "Env"}]]}"#, #"{"Fn::Join": [",", {"Ref": "Zones"}]}"#,
      #"{"Fn::Join": [",", {"Ref": "Subnets"}]}"#,
      #"{"Fn::Join": [",", {"Ref": "AWS::NotificationARNs"}]}"#,
      #"{"Fn::Join": [",", {"Fn::Split": ["-", "a-b"]}]}"#,
      #"{"Fn::Join": [",", {"Fn::GetAZs": ""}]}"#,
      #"{"Fn::Join": [",", {"Fn::Cidr": ["10.0.0.0/16", 2, 8]}]}"#,
      #"{"Fn::Join": [",", {"Fn::If": ["Prod", ["a"], {"Ref": "AWS::NoValue"}]}]}"#,
      #"{"Fn::Join": [",", {"Fn::If": ["Prod", ["a"], {"Ref": "Zones"}]}]}"#,
      #"{"Fn::Join": [",", {"Fn::GetAtt": ["Bucket", "Arn"]}]}"#,
      #"{"Fn::Join": [",", {"Fn::Select": [0, [["a"]]]}]}"#,
    ] {
      _ = try decodeValidTemplate(Self.template(valid))
    }
  }

  @Test("a function's key beside other keys, at the function's key")
  func functionBesideKeys() throws {
    let note = ["an intrinsic function is an object of one key: move 'X' out of it, or remove it"]
    expectValueError(
      #"{1️⃣"Ref": "Env", "X": 1}"#, .functionBesideKeys(function: "Ref", other: "X"), notes: note)
    expectValueError(
      #"{"X": 1, 1️⃣"Fn::GetAtt": ["Bucket", "Arn"]}"#,
      .functionBesideKeys(function: "Fn::GetAtt", other: "X"), notes: note)
    expectValueError(
      #"[{"A": {1️⃣"Fn::Sub": "x", "Fn::Join": ["", []]}}]"#,
      .functionBesideKeys(function: "Fn::Sub", other: "Fn::Join"))
    expectValueError(
      #"{1️⃣"Fn::Nope": 1, "X": 1}"#, .functionBesideKeys(function: "Fn::Nope", other: "X"))
    expectTemplateError(
      #"""
      {"Parameters": {"Env": {"Type": "String"}},
       "Conditions": {"A": {"Fn::Equals": ["a", "b"]},
         "B": {"Fn::Not": [{1️⃣"Condition": "A", "X": 1}]}},
       "Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}}}
      """#, .functionBesideKeys(function: "Condition", other: "X"))
    expectTemplateError(
      Self.yaml("{1️⃣Ref: Env, X: 1}"), .functionBesideKeys(function: "Ref", other: "X"))
    expectTemplateError(
      Self.yaml("\n          X: 1\n          1️⃣Fn::Sub: a\n"),
      .functionBesideKeys(function: "Fn::Sub", other: "X"))
    // Outside a condition, 'Condition' is a plain key.
    _ = try decodeValidTemplate(Self.template(#"{"Condition": "Prod", "X": 1}"#))
    // A macro reads what it likes.
    _ = try decodeValidTemplate(
      #"{"Transform": "Mine", "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"X": {"Ref": "Y", "Z": 1}}}}}"#
    )
  }

  @Test("a loop beside other keys needs the language extensions, and is expanded with them")
  func loopBesideKeys() throws {
    expectTemplateError(
      #"""
      {"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": {"X": 1,
         1️⃣"Fn::ForEach::Tag": ["T", ["a"], {"${T}": "v"}]}}}}}
      """#, .loopWithoutTransform("Fn::ForEach::Tag"),
      notes: [#"add "Transform": "AWS::LanguageExtensions" to the template"#])
  }
}
