import CFNParser
import TestSupport
import Testing

/// A parameter's default that breaks its own constraints, and a format version CloudFormation
/// does not know: one error each, at the default (at the element of a list's), in JSON and YAML;
/// a NoEcho default never quoted.
@Suite("Template decoder: parameter defaults and the format version")
struct TemplateDecoderDefaultTests {
  /// A template with the parameter `name` declared as `body`.
  static func template(_ body: String, name: String = "P") -> String {
    #"{"Parameters": {"\#(name)": \#(body)}, "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}"#
  }

  static func bad(
    _ value: String?, _ constraint: String, element: Bool = false, parameter: String = "P"
  ) -> TemplateError {
    .badDefault(parameter: parameter, value: value, isElement: element, constraint: constraint)
  }

  static let change = ["change the default or the constraint"]

  @Test("AllowedValues: strings, numbers compared as numbers, the closest allowed value first")
  func allowedValues() throws {
    expectTemplateError(
      Self.template(
        #"{"Type": "String", "Default": 1️⃣"prd", "AllowedValues": ["dev", "test", "prod"]}"#),
      Self.bad("prd", "is not one of its AllowedValues"),
      notes: ["its AllowedValues, closest first: 'prod', 'dev', 'test'"])
    expectTemplateError(
      Self.template(#"{"Type": "Number", "Default": 1️⃣3, "AllowedValues": [1, "2"]}"#),
      Self.bad("3", "is not one of its AllowedValues"))
    expectTemplateError(
      "Parameters:\n  P:\n    Type: String\n    Default: 1️⃣stage\n    AllowedValues: [dev, prod]\nResources:\n  B: {Type: AWS::S3::Bucket}\n",
      Self.bad("stage", "is not one of its AllowedValues"))
    for valid in [
      #"{"Type": "String", "Default": "prod", "AllowedValues": ["dev", "prod"]}"#,
      #"{"Type": "Number", "Default": "1.0", "AllowedValues": [1, 2]}"#,
      #"{"Type": "String", "Default": true, "AllowedValues": ["true", "false"]}"#,
      // An AWS-specific type is checked by AWS, not here.
      #"{"Type": "AWS::EC2::KeyPair::KeyName", "Default": "x", "AllowedValues": ["y"]}"#,
    ] {
      _ = try decodeValidTemplate(Self.template(valid))
    }
  }

  @Test("AllowedPattern: the whole value, as Java matches it; a pattern not evaluated passes")
  func allowedPattern() throws {
    let cidr = #"(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})"#
    let text = Self.template(
      #"""
      {"Type": "String", "Default": 1️⃣"10.0.0.0", "AllowedPattern": 2️⃣"\#(cidr)",
       "ConstraintDescription": "must be a CIDR block"}
      """#)
    let diagnostic = expectTemplateError(
      text, Self.bad("10.0.0.0", "does not match its AllowedPattern"),
      notes: [
        #"the AllowedPattern must match the whole value: (\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/(\d{1,2})"#,
        "its ConstraintDescription: must be a CIDR block",
      ])
    #expect(diagnostic?.notes.first?.location == MarkedText(text).location("2️⃣"))
    expectTemplateError(
      Self.template(#"{"Type": "String", "Default": 1️⃣"abc1", "AllowedPattern": "[a-z]+"}"#),
      Self.bad("abc1", "does not match its AllowedPattern"))
    expectTemplateError(
      "Parameters:\n  P:\n    Type: String\n    Default: 1️⃣'2625k'\n    AllowedPattern: '\\d+[GgMm]'\nResources:\n  B: {Type: AWS::S3::Bucket}\n",
      Self.bad("2625k", "does not match its AllowedPattern"))
    for valid in [
      #"{"Type": "String", "Default": "10.0.0.0/16", "AllowedPattern": "\#(cidr)"}"#,
      // Lookahead: Java reads it, cfn2tf does not evaluate it, so it is no error.
      #"{"Type": "String", "Default": "a--b", "AllowedPattern": "^(?!.*--)[a-z-]+$"}"#,
      // A value other than printable ASCII is not evaluated.
      #"{"Type": "String", "Default": "é", "AllowedPattern": "[a-z]"}"#,
      // A Number's pattern is not CloudFormation's to check.
      #"{"Type": "Number", "Default": "5", "AllowedPattern": "[a-z]"}"#,
    ] {
      _ = try decodeValidTemplate(Self.template(valid))
    }
  }

  @Test("MinLength and MaxLength of a String; MinValue and MaxValue of a Number")
  func bounds() throws {
    expectTemplateError(
      Self.template(#"{"Type": "String", "Default": 1️⃣"ab", "MinLength": "3"}"#),
      Self.bad("ab", "is shorter than its MinLength of 3"), notes: Self.change)
    expectTemplateError(
      Self.template(#"{"Type": "String", "Default": 1️⃣"abcd", "MaxLength": 3}"#),
      Self.bad("abcd", "is longer than its MaxLength of 3"))
    expectTemplateError(
      Self.template(#"{"Type": "String", "Default": 1️⃣"", "MinLength": 1}"#),
      Self.bad("", "is shorter than its MinLength of 1"))
    expectTemplateError(
      Self.template(#"{"Type": "Number", "Default": 1️⃣0, "MinValue": "1"}"#),
      Self.bad("0", "is below its MinValue of 1"))
    expectTemplateError(
      Self.template(#"{"Type": "Number", "Default": 1️⃣"4.5", "MaxValue": 4}"#),
      Self.bad("4.5", "is above its MaxValue of 4"))
    expectTemplateError(
      "Parameters:\n  P:\n    Type: Number\n    Default: 1️⃣9\n    MaxValue: 4\nResources:\n  B: {Type: AWS::S3::Bucket}\n",
      Self.bad("9", "is above its MaxValue of 4"))
    for valid in [
      #"{"Type": "String", "Default": "abc", "MinLength": "3", "MaxLength": "3"}"#,
      #"{"Type": "Number", "Default": "4", "MinValue": "1", "MaxValue": "4"}"#,
    ] {
      _ = try decodeValidTemplate(Self.template(valid))
    }
  }

  @Test("a list's default is checked element by element, at the element")
  func lists() throws {
    expectTemplateError(
      Self.template(#"{"Type": "List<Number>", "Default": "1, 1️⃣9", "MaxValue": 4}"#),
      Self.bad("9", "is above its MaxValue of 4", element: true))
    expectTemplateError(
      Self.template(
        #"{"Type": "CommaDelimitedList", "Default": "a, b ,1️⃣x", "AllowedValues": ["a", "b"]}"#),
      Self.bad("x", "is not one of its AllowedValues", element: true))
    expectTemplateError(
      Self.template(
        #"{"Type": "CommaDelimitedList", "Default": "ab,1️⃣c1", "AllowedPattern": "[a-z]+"}"#),
      Self.bad("c1", "does not match its AllowedPattern", element: true))
    for valid in [
      #"{"Type": "CommaDelimitedList", "Default": "", "AllowedValues": ["a"]}"#,
      #"{"Type": "CommaDelimitedList", "Default": "a,b", "AllowedPattern": "[a-z]"}"#,
      #"{"Type": "List<Number>", "Default": "1,2", "MinValue": 1, "MaxValue": 2}"#,
      #"{"Type": "List<AWS::EC2::Subnet::Id>", "Default": "x", "AllowedValues": ["y"]}"#,
      #"{"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/a", "AllowedValues": ["b"]}"#,
    ] {
      _ = try decodeValidTemplate(Self.template(valid))
    }
  }

  @Test("a NoEcho default is never quoted")
  func noEcho() {
    let diagnostic = expectTemplateError(
      Self.template(
        #"{"Type": "String", "NoEcho": true, "Default": 1️⃣"hunter2", "AllowedPattern": "[0-9]+", "ConstraintDescription": "digits"}"#,
        name: "Pw"),
      Self.bad(nil, "does not match its AllowedPattern", parameter: "Pw"))
    #expect(
      diagnostic?.message
        == "the default of NoEcho parameter 'Pw' does not match its AllowedPattern")
    #expect(!(diagnostic?.description.contains("hunter2") ?? true))
    expectTemplateError(
      Self.template(
        #"{"Type": "CommaDelimitedList", "NoEcho": "true", "Default": "a,1️⃣s3cret", "AllowedValues": ["a"]}"#
      ),
      Self.bad(nil, "is not one of its AllowedValues", element: true))
  }

  @Test("an AWSTemplateFormatVersion other than 2010-09-09")
  func formatVersion() throws {
    let note = [
      "2010-09-09 is the only version CloudFormation knows: write it, or leave the section out"
    ]
    expectTemplateError(
      #"{"AWSTemplateFormatVersion": 1️⃣"2010-09-10", "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}"#,
      .wrongKind(
        what: "'AWSTemplateFormatVersion'", expected: "'2010-09-09'", found: "'2010-09-10'"),
      notes: note)
    expectTemplateError(
      "AWSTemplateFormatVersion: 1️⃣2012-01-01\nResources:\n  B: {Type: AWS::S3::Bucket}\n",
      .wrongKind(
        what: "'AWSTemplateFormatVersion'", expected: "'2010-09-09'", found: "'2012-01-01'"))
    _ = try decodeValidTemplate(
      "AWSTemplateFormatVersion: 2010-09-09\nResources:\n  B: {Type: AWS::S3::Bucket}\n")
    _ = try decodeValidTemplate(
      #"{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}"#
    )
  }
}
