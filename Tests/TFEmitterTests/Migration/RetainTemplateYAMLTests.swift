import CFNParser
import TFEmitter
import Testing

/// `RetainTemplate` on YAML: the exact edited text for each layout. Comments, quoting, key order
/// and indentation stay; the new members look like their neighbours.
@Suite("Retain template in YAML")
struct RetainTemplateYAMLTests {
  static let cases: [RetainTemplateTests.Case] = [
    .init(
      "block: inserted after Type, at its indentation, after its comment",
      """
      # A bucket.
      Resources:
        Bucket:
          Type: AWS::S3::Bucket  # the logs
          Properties:
            BucketName: logs   # kept

      """,
      """
      # A bucket.
      Resources:
        Bucket:
          Type: AWS::S3::Bucket  # the logs
          DeletionPolicy: Retain
          UpdateReplacePolicy: Retain
          Properties:
            BucketName: logs   # kept

      """),
    .init(
      "quoted: the new members are quoted as Type is",
      """
      "Resources":
        'Q':
          "Type": "AWS::SQS::Queue"
        T:
          'Type': 'AWS::SNS::Topic'

      """,
      """
      "Resources":
        'Q':
          "Type": "AWS::SQS::Queue"
          "DeletionPolicy": "Retain"
          "UpdateReplacePolicy": "Retain"
        T:
          'Type': 'AWS::SNS::Topic'
          'DeletionPolicy': 'Retain'
          'UpdateReplacePolicy': 'Retain'

      """),
    .init(
      "flow: after Type, with ', '",
      "Resources:\n  Q: {Type: AWS::SQS::Queue, Properties: {DelaySeconds: 5}}\n",
      "Resources:\n  Q: {Type: AWS::SQS::Queue, DeletionPolicy: Retain, UpdateReplacePolicy: Retain, "
        + "Properties: {DelaySeconds: 5}}\n"),
    .init(
      "replaced: another value, an expression, and one missing after the policy there is",
      """
      Transform: AWS::LanguageExtensions
      Conditions:
        C: !Equals [a, b]
      Resources:
        A:
          Type: AWS::SNS::Topic
          DeletionPolicy: "Delete"
        B:
          Type: AWS::SNS::Topic
          UpdateReplacePolicy: !If [C, Delete, Retain]
          DeletionPolicy: Snapshot

      """,
      """
      Transform: AWS::LanguageExtensions
      Conditions:
        C: !Equals [a, b]
      Resources:
        A:
          Type: AWS::SNS::Topic
          DeletionPolicy: "Retain"
          UpdateReplacePolicy: "Retain"
        B:
          Type: AWS::SNS::Topic
          UpdateReplacePolicy: Retain
          DeletionPolicy: Retain

      """),
    .init(
      "no final line break, a block scalar before, a document marker",
      "---\nResources:\n  F:\n    Properties:\n      Code: |\n        x\n    Type: AWS::SNS::Topic",
      "---\nResources:\n  F:\n    Properties:\n      Code: |\n        x\n    Type: AWS::SNS::Topic"
        + "\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain"),
  ]

  static let allCases =
    cases + cases.map { $0.crlf($0.name + ", CRLF") }

  @Test("exact text", arguments: allCases)
  func edit(_ test: RetainTemplateTests.Case) {
    let result = RetainTemplate.retain(test.input, fileName: "t.yaml")
    #expect(result.diagnostics == [])
    let text = result.text ?? "<nil>"
    #expect(
      text == test.expected,
      "\(UnifiedDiff.diff(expected: test.expected, actual: text))")
  }

  @Test("the edit is idempotent: a second run changes nothing", arguments: allCases)
  func idempotent(_ test: RetainTemplateTests.Case) throws {
    let once = try #require(RetainTemplate.retain(test.input, fileName: "t.yaml").text)
    let twice = RetainTemplate.retain(once, fileName: "t.yaml")
    #expect(twice.text == once)
    #expect(twice.changes.allSatisfy { $0.isUnchanged })
  }

  @Test("a resource written twice is an error, as in JSON")
  func repeatedResource() {
    let result = RetainTemplate.retain(
      "Resources:\n  A:\n    Type: X::Y::Z\n  A:\n    Type: X::Y::Z\n", fileName: "t.yaml")
    #expect(result.text == nil)
    #expect(result.diagnostics.map(\.message) == [RetainError.repeatedResource("A").description])
  }
}
