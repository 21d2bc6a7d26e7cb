import Foundation
import Testing

/// Templates CloudFormation refuses, run through `convert`: one error at the offending key or
/// value with its note, exit status 1, nothing written; each check in JSON or YAML.
@Suite("Templates CloudFormation refuses")
struct InvalidTemplateTests {
  /// One refused template: its file name, its text with the error's place marked `1️⃣` (and a
  /// note's `2️⃣`), the message and the notes as printed (`2️⃣` standing for the note's place).
  struct Case: Sendable, CustomTestStringConvertible {
    var path: String
    var template: String
    var message: String
    var notes: [String]

    var testDescription: String { "\(path): \(message)" }
  }

  static let cases: [Case] = [
    Case(
      path: "attribute.json",
      template: #"""
        {"Resources": {"Role": {"Type": "AWS::IAM::Role"}},
         "Outputs": {"A": {"Value": {"Fn::GetAtt": ["Role", 1️⃣"Name"]}}}}

        """#,
      message: "'Role' of type 'AWS::IAM::Role' has no attribute 'Name'",
      notes: ["the attributes of 'AWS::IAM::Role', closest first: 'Arn', 'RoleId'"]),
    Case(
      path: "sub.yaml",
      template: """
        Resources:
          Role:
            Type: AWS::IAM::Role
        Outputs:
          A:
            Value: !Sub 'arn-${Role.1️⃣RoleArn}'

        """,
      message: "'Role' of type 'AWS::IAM::Role' has no attribute 'RoleArn'",
      notes: ["the attributes of 'AWS::IAM::Role', closest first: 'RoleId', 'Arn'"]),
    Case(
      path: "select.json",
      template: #"""
        {"Resources": {"Q": {"Type": "AWS::SQS::Queue",
          "Properties": {"QueueName": {"Fn::Select": [1️⃣3, ["a", "b"]]}}}}}

        """#,
      message: "the index 3 of 'Fn::Select' is past the end of its list of 2 values",
      notes: ["the list's indexes run from 0 to 1"]),
    Case(
      path: "join.yaml",
      template: """
        Parameters:
          Env: {Type: String}
        Resources:
          Q:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Join ['-', 1️⃣!Ref Env]

        """,
      message:
        "the second argument of 'Fn::Join' must be a list, found a 'Ref' to the String parameter 'Env'",
      notes: [
        #"write the values as a list, ["a", "b"], or use a function that gives one (Fn::Split, Fn::GetAZs, a 'Ref' to a list parameter)"#
      ]),
    Case(
      path: "keys.json",
      template: #"""
        {"Parameters": {"Env": {"Type": "String"}},
         "Resources": {"Q": {"Type": "AWS::SQS::Queue",
          "Properties": {"QueueName": {1️⃣"Ref": "Env", "Default": "x"}}}}}

        """#,
      message: "'Ref' must be the only key of its object, found 'Default' beside it",
      notes: [
        "an intrinsic function is an object of one key: move 'Default' out of it, or remove it"
      ]),
    Case(
      path: "id.yaml",
      template: """
        Resources:
          1️⃣my-bucket.x:
            Type: AWS::S3::Bucket

        """,
      message: "the resource name 'my-bucket.x' is not alphanumeric",
      notes: ["use letters and digits (A-Za-z0-9) only: 'mybucketx'"]),
    Case(
      path: "shared.json",
      template: #"""
        {"Parameters": {2️⃣"Queue": {"Type": "String"}},
         "Resources": {1️⃣"Queue": {"Type": "AWS::SQS::Queue"}}}

        """#,
      message: "'Queue' names both a parameter and a resource",
      notes: [
        "2️⃣: note: the parameter 'Queue' is declared here",
        "parameters and resources share one namespace ('Ref' reads either): rename one",
      ]),
    Case(
      path: "values.yaml",
      template: """
        Parameters:
          Env:
            Type: String
            Default: 1️⃣stage
            AllowedValues: [dev, prod]
        Resources:
          B: {Type: AWS::S3::Bucket}

        """,
      message: "the default 'stage' of parameter 'Env' is not one of its AllowedValues",
      notes: ["its AllowedValues, closest first: 'dev', 'prod'"]),
    Case(
      path: "pattern.json",
      template: #"""
        {"Parameters": {"Cidr": {"Type": "CommaDelimitedList", "Default": "10.0.0.0/16,1️⃣10.1.0.0",
           "AllowedPattern": 2️⃣"\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+"}},
         "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}

        """#,
      message:
        "the element '10.1.0.0' of the default of parameter 'Cidr' does not match its AllowedPattern",
      notes: [#"2️⃣: note: the AllowedPattern must match the whole value: \d+\.\d+\.\d+\.\d+/\d+"#]),
    Case(
      path: "bounds.json",
      template: #"""
        {"Parameters": {"Size": {"Type": "Number", "Default": 1️⃣"9", "MaxValue": "4"}},
         "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}

        """#,
      message: "the default '9' of parameter 'Size' is above its MaxValue of 4",
      notes: ["change the default or the constraint"]),
    Case(
      path: "version.yaml",
      template: """
        AWSTemplateFormatVersion: 1️⃣2010-09-10
        Resources:
          B: {Type: AWS::S3::Bucket}

        """,
      message: "'AWSTemplateFormatVersion' must be '2010-09-09', found '2010-09-10'",
      notes: [
        "2010-09-09 is the only version CloudFormation knows: write it, or leave the section out"
      ]),
  ]

  @Test("one located error, exit status 1, nothing written", arguments: cases)
  func refused(_ row: Case) throws {
    let template = MarkedTemplate(row.template)
    let sandbox = try Sandbox()
    try sandbox.write(row.path, template.text)
    let before = sandbox.listing()
    let result = try sandbox.run(["convert", row.path])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(sandbox.listing() == before, "nothing may be written")
    let notes = row.notes.map { note in
      note.hasPrefix("2️⃣: ")
        ? "  \(row.path):\(template.place("2️⃣")): \(note.dropFirst("2️⃣: ".count))\n"
        : "  note: \(note)\n"
    }
    let expected =
      "\(row.path):\(template.place("1️⃣")): error: \(row.message)\n" + notes.joined()
      + "cfn2tf: 1 error; nothing was written\n"
    #expect(result.stderr == expected)
  }
}
