import CFNParser
import TFEmitter
import Testing

/// `RetainTemplate`: the exact edited text for each layout, and the change list.
@Suite("Retain template")
struct RetainTemplateTests {
  /// One `{input, expected}` row: the whole template before and after.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var expected: String
    var testDescription: String { name }

    init(_ name: String, _ input: String, _ expected: String) {
      self.name = name
      self.input = input
      self.expected = expected
    }

    /// The same row with every LF written as CRLF.
    func crlf(_ name: String) -> Case {
      Case(
        name, input.replacingOccurrences(of: "\n", with: "\r\n"),
        expected.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    /// The same row with each two-space indentation step written as a tab.
    func tabs(_ name: String) -> Case {
      Case(
        name, input.replacingOccurrences(of: "  ", with: "\t"),
        expected.replacingOccurrences(of: "  ", with: "\t"))
    }
  }

  static let pretty = Case(
    "pretty: inserted after Type, indented like the members",
    """
    {
      "Resources": {
        "Bucket": {
          "Type": "AWS::S3::Bucket",
          "Properties": {"BucketName": "logs"}
        }
      }
    }

    """,
    """
    {
      "Resources": {
        "Bucket": {
          "Type": "AWS::S3::Bucket",
          "DeletionPolicy": "Retain",
          "UpdateReplacePolicy": "Retain",
          "Properties": {"BucketName": "logs"}
        }
      }
    }

    """)

  static let cases: [Case] = [
    pretty,
    pretty.crlf("CRLF line breaks stay CRLF"),
    pretty.tabs("tab indentation"),
    Case(
      "a byte-order mark stays", "\u{FEFF}" + #"{"Resources":{"A":{"Type":"AWS::SNS::Topic"}}}"#,
      "\u{FEFF}"
        + #"{"Resources":{"A":{"Type":"AWS::SNS::Topic","DeletionPolicy":"Retain","#
        + #""UpdateReplacePolicy":"Retain"}}}"#),
    Case(
      "Datomic's generator: one member per line, first on the brace's line; compact one-liners",
      """
      {"Resources":
       {"LaunchGroup":
        {"Type":"AWS::AutoScaling::AutoScalingGroup",
         "Properties":{"MinSize":"1"}},
        "Handle":{"Type":"AWS::CloudFormation::WaitConditionHandle"}}}
      """,
      """
      {"Resources":
       {"LaunchGroup":
        {"Type":"AWS::AutoScaling::AutoScalingGroup",
         "DeletionPolicy":"Retain",
         "UpdateReplacePolicy":"Retain",
         "Properties":{"MinSize":"1"}},
        "Handle":{"Type":"AWS::CloudFormation::WaitConditionHandle","DeletionPolicy":"Retain",\
      "UpdateReplacePolicy":"Retain"}}}
      """),
    Case(
      "compact with spaces",
      #"{ "Resources": { "A": { "Type": "AWS::SNS::Topic", "Properties": {} } } }"#,
      #"{ "Resources": { "A": { "Type": "AWS::SNS::Topic", "DeletionPolicy": "Retain", "#
        + #""UpdateReplacePolicy": "Retain", "Properties": {} } } }"#),
    Case(
      "AWS sample style: ' : ' and blank lines, which are not copied",
      """
      {
        "Resources" : {

          "Topic" : {
            "Type" : "AWS::SNS::Topic",

            "Properties" : { }
          }
        }
      }
      """,
      """
      {
        "Resources" : {

          "Topic" : {
            "Type" : "AWS::SNS::Topic",
            "DeletionPolicy" : "Retain",
            "UpdateReplacePolicy" : "Retain",

            "Properties" : { }
          }
        }
      }
      """),
    Case(
      "sorted keys: Type last, one-space indentation",
      """
      {
       "Resources": {
        "Queue": {
         "Properties": {
          "DelaySeconds": 5
         },
         "Type": "AWS::SQS::Queue"
        }
       }
      }
      """,
      """
      {
       "Resources": {
        "Queue": {
         "Properties": {
          "DelaySeconds": 5
         },
         "Type": "AWS::SQS::Queue",
         "DeletionPolicy": "Retain",
         "UpdateReplacePolicy": "Retain"
        }
       }
      }
      """),
    Case(
      "comma-first layout",
      """
      { "Resources":
        { "Topic":
          { "Type": "AWS::SNS::Topic"
          , "Properties": {}
          }
        }
      }
      """,
      """
      { "Resources":
        { "Topic":
          { "Type": "AWS::SNS::Topic"
          , "DeletionPolicy": "Retain"
          , "UpdateReplacePolicy": "Retain"
          , "Properties": {}
          }
        }
      }
      """),
    Case(
      "a resource with only Type",
      """
      {
        "Resources": {
          "Handle": {
            "Type": "AWS::CloudFormation::WaitConditionHandle"
          }
        }
      }
      """,
      """
      {
        "Resources": {
          "Handle": {
            "Type": "AWS::CloudFormation::WaitConditionHandle",
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain"
          }
        }
      }
      """),
    Case(
      "values replaced; a missing policy goes after the present one; Retain left alone",
      """
      {
        "Resources": {
          "Db": {
            "Type": "AWS::RDS::DBInstance",
            "DeletionPolicy": "Snapshot",
            "Properties": {"DBInstanceClass": "db.t3.micro"}
          },
          "Log": {
            "Type": "AWS::Logs::LogGroup",
            "UpdateReplacePolicy": "Delete"
          },
          "Queue": {"Type": "AWS::SQS::Queue", "DeletionPolicy": "RetainExceptOnCreate",
                    "UpdateReplacePolicy": "Snapshot"},
          "Kept": {
            "Type": "AWS::S3::Bucket",
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain"
          }
        }
      }
      """,
      """
      {
        "Resources": {
          "Db": {
            "Type": "AWS::RDS::DBInstance",
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain",
            "Properties": {"DBInstanceClass": "db.t3.micro"}
          },
          "Log": {
            "Type": "AWS::Logs::LogGroup",
            "UpdateReplacePolicy": "Retain",
            "DeletionPolicy": "Retain"
          },
          "Queue": {"Type": "AWS::SQS::Queue", "DeletionPolicy": "Retain",
                    "UpdateReplacePolicy": "Retain"},
          "Kept": {
            "Type": "AWS::S3::Bucket",
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain"
          }
        }
      }
      """),
    Case(
      "escapes, number lexemes and non-ASCII text are kept byte for byte",
      """
      {
        "Description": "caf\\u00e9 \\/ http:\\/\\/example.com \\"q\\"",
        "Resources": {
          "Topico": {
            "Type": "AWS::SNS::Topic",
            "Properties": {"DisplayName": "Grüße \\/ 日本 🚀", "A": 1.50, "B": 1E+3, "C": -0.0}
          }
        }
      }
      """,
      """
      {
        "Description": "caf\\u00e9 \\/ http:\\/\\/example.com \\"q\\"",
        "Resources": {
          "Topico": {
            "Type": "AWS::SNS::Topic",
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain",
            "Properties": {"DisplayName": "Grüße \\/ 日本 🚀", "A": 1.50, "B": 1E+3, "C": -0.0}
          }
        }
      }
      """),
    Case(
      "a loop's body is edited once for every resource it makes; a computed policy is replaced",
      """
      {
        "Transform": "AWS::LanguageExtensions",
        "Conditions": {"C": {"Fn::Equals": ["a", "b"]}},
        "Resources": {
          "Fn::ForEach::Q": ["N", ["a", "b"], {
            "Q${N}": {
              "Type": "AWS::SQS::Queue"
            }
          }],
          "B": {
            "Type": "AWS::S3::Bucket",
            "DeletionPolicy": {"Fn::If": ["C", "Retain", "Delete"]}
          }
        }
      }
      """,
      """
      {
        "Transform": "AWS::LanguageExtensions",
        "Conditions": {"C": {"Fn::Equals": ["a", "b"]}},
        "Resources": {
          "Fn::ForEach::Q": ["N", ["a", "b"], {
            "Q${N}": {
              "Type": "AWS::SQS::Queue",
              "DeletionPolicy": "Retain",
              "UpdateReplacePolicy": "Retain"
            }
          }],
          "B": {
            "Type": "AWS::S3::Bucket",
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain"
          }
        }
      }
      """),
  ]

  @Test("exact text", arguments: cases)
  func edit(_ test: Case) {
    let result = RetainTemplate.retain(test.input, fileName: "t.json")
    #expect(result.diagnostics == [])
    let text = result.text ?? "<nil>"
    #expect(
      text == test.expected,
      "\(UnifiedDiff.diff(expected: test.expected, actual: text))")
  }

  @Test("the edit is idempotent: a second run changes nothing", arguments: cases)
  func idempotent(_ test: Case) throws {
    let once = try #require(RetainTemplate.retain(test.input, fileName: "t.json").text)
    let twice = RetainTemplate.retain(once, fileName: "t.json")
    #expect(twice.text == once)
    #expect(twice.changes.map(\.isUnchanged) == Array(repeating: true, count: twice.changes.count))
    #expect(!twice.changes.isEmpty)
  }

  @Test("raw bytes: the byte-order mark's three bytes stay first")
  func byteOrderMark() throws {
    let bytes: [UInt8] =
      [0xEF, 0xBB, 0xBF] + Array(#"{"Resources":{"A":{"Type":"X::Y::Z"}}}"#.utf8)
    let text = try #require(RetainTemplate.retain(bytes: bytes, fileName: "t.json").text)
    #expect(Array(text.utf8.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "{")])
  }
}
