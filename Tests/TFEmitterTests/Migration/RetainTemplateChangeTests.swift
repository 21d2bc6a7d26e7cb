import CFNParser
import TFEmitter
import TestSupport
import Testing

/// `RetainTemplate`: the change list and its wording, and the templates it refuses.
@Suite("Retain template changes and errors")
struct RetainTemplateChangeTests {
  typealias Change = RetainChange

  static let template = MarkedText(
    """
    {
      "Resources": {
        1️⃣"Db": {"Type": "AWS::RDS::DBInstance", "DeletionPolicy": "Snapshot"},
        2️⃣"Member": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBClusterIdentifier": "c"}},
        3️⃣"Cluster": {"Type": "AWS::RDS::DBCluster", "UpdateReplacePolicy": "Snapshot"},
        4️⃣"Log": {"Type": "AWS::Logs::LogGroup", "DeletionPolicy": "Delete"},
        5️⃣"Queue": {"Type": "AWS::SQS::Queue", "DeletionPolicy": "RetainExceptOnCreate",
                  "UpdateReplacePolicy": "Retain"},
        6️⃣"Kept": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain",
                 "UpdateReplacePolicy": "Retain"}
      }
    }
    """)

  @Test("one change per resource, in source order, unchanged ones included")
  func changes() {
    let t = Self.template
    let changes = RetainTemplate.retain(t.text, fileName: "test.json").changes
    #expect(
      changes == [
        Change(
          logicalId: "Db", type: "AWS::RDS::DBInstance", location: t.location("1️⃣"),
          deletionPolicy: .replaced("Snapshot"),
          updateReplacePolicy: .added(defaultPolicy: "Delete")),
        Change(
          logicalId: "Member", type: "AWS::RDS::DBInstance", location: t.location("2️⃣"),
          deletionPolicy: .added(defaultPolicy: "Delete"),
          updateReplacePolicy: .added(defaultPolicy: "Delete")),
        Change(
          logicalId: "Cluster", type: "AWS::RDS::DBCluster", location: t.location("3️⃣"),
          deletionPolicy: .added(defaultPolicy: "Snapshot"),
          updateReplacePolicy: .replaced("Snapshot")),
        Change(
          logicalId: "Log", type: "AWS::Logs::LogGroup", location: t.location("4️⃣"),
          deletionPolicy: .replaced("Delete"), updateReplacePolicy: .added(defaultPolicy: "Delete")),
        Change(
          logicalId: "Queue", type: "AWS::SQS::Queue", location: t.location("5️⃣"),
          deletionPolicy: .replaced("RetainExceptOnCreate"), updateReplacePolicy: .unchanged),
        Change(
          logicalId: "Kept", type: "AWS::S3::Bucket", location: t.location("6️⃣"),
          deletionPolicy: .unchanged, updateReplacePolicy: .unchanged),
      ])
    #expect(changes.map(\.isUnchanged) == [false, false, false, false, false, true])
  }

  @Test("the summary lines")
  func descriptions() {
    let lines = RetainTemplate.retain(Self.template.text, fileName: "test.json").changes.map(
      \.description)
    #expect(
      lines == [
        "Db: DeletionPolicy Retain (was Snapshot; Retain keeps the resource itself, not only a "
          + "snapshot, which is safer), UpdateReplacePolicy Retain (added)",
        "Member: DeletionPolicy Retain (added), UpdateReplacePolicy Retain (added)",
        "Cluster: DeletionPolicy Retain (added; the default for this type was Snapshot), "
          + "UpdateReplacePolicy Retain (was Snapshot; Retain keeps the resource itself, not "
          + "only a snapshot, which is safer)",
        "Log: DeletionPolicy Retain (was Delete), UpdateReplacePolicy Retain (added)",
        "Queue: DeletionPolicy Retain (was RetainExceptOnCreate), UpdateReplacePolicy Retain "
          + "(unchanged)",
        "Kept: DeletionPolicy Retain (unchanged), UpdateReplacePolicy Retain (unchanged)",
      ])
  }

  @Test("a template whose policies are all Retain comes back unchanged")
  func allRetained() {
    let text =
      #"{"Resources": {"A": {"Type": "X::Y::Z", "UpdateReplacePolicy": "Retain", "#
      + #""DeletionPolicy": "Retain"}}}"#
    let result = RetainTemplate.retain(text, fileName: "t.json")
    #expect(result.text == text)
    #expect(result.changes.map(\.isUnchanged) == [true])
  }

  /// Runs the edit on a template expected to fail, returning its diagnostics as
  /// `line:column: severity: message`.
  func failures(_ text: String) -> [String] {
    let result = RetainTemplate.retain(text, fileName: "test.json")
    #expect(result.text == nil)
    #expect(result.changes == [])
    return result.diagnostics.map {
      "\($0.location.map { "\($0.line):\($0.column)" } ?? "-"): \($0.severity): \($0.message)"
    }
  }

  @Test("an empty resource object has no Type: the decoder's error, no text")
  func emptyResource() {
    let t = MarkedText(#"{"Resources": {1️⃣"Empty": {}}}"#)
    let missing = TemplateError.missingKey(what: "resource 'Empty'", key: "Type")
    #expect(failures(t.text) == ["\(t.mark("1️⃣").line):\(t.mark("1️⃣").column): error: \(missing)"])
  }

  @Test("a syntax error: the reader's diagnostic, no text")
  func syntaxError() {
    #expect(failures(#"{"Resources": {"A": {"Type": "X::Y::Z"},}}"#).count == 1)
  }

  @Test("a policy that is not a string is the decoder's error")
  func policyNotString() {
    let t = MarkedText(#"{"Resources": {"A": {"Type": "X::Y::Z", "DeletionPolicy": 1️⃣["Retain"]}}}"#)
    let wrong = TemplateError.wrongKind(
      what: "'DeletionPolicy' of resource 'A'", expected: "a string", found: "a list")
    #expect(failures(t.text) == ["\(t.mark("1️⃣").line):\(t.mark("1️⃣").column): error: \(wrong)"])
  }

  @Test(
    "a repeated key the edit would leave unretained is an error in place of the reader's warning",
    arguments: [
      (
        #"{"Resources": {"A": {"Type": "X::Y::Z", "DeletionPolicy": "Delete", "#
          + #"1️⃣"DeletionPolicy": "Delete"}}}"#,
        RetainError.repeatedPolicy("DeletionPolicy", resource: "A")
      ),
      (
        #"{"Resources": {"A": {"Type": "X::Y::Z"}, 1️⃣"A": {"Type": "X::Y::Z"}}}"#,
        RetainError.repeatedResource("A")
      ),
      (
        #"{"Resources": {"A": {"Type": "X::Y::Z"}}, 1️⃣"Resources": {"A": {"Type": "X::Y::Z"}}}"#,
        RetainError.repeatedResources
      ),
    ])
  func repeatedKey(_ marked: String, _ error: RetainError) {
    let t = MarkedText(marked)
    let result = RetainTemplate.retain(t.text, fileName: "test.json")
    #expect(result.text == nil)
    #expect(result.diagnostics.map(\.message) == [error.description])
    #expect(result.diagnostics.map(\.severity) == [.error])
    #expect(result.diagnostics.first?.location == t.location("1️⃣"))
    #expect(result.diagnostics.first?.notes.map(\.message) == ["first written here"])
  }

  @Test("a harmless repeated key (Type, or one in Properties) stays a warning; the edit proceeds")
  func harmlessRepetition() throws {
    let text =
      #"{"Resources": {"A": {"Type": "X::Y::Z", "Type": "X::Y::Z", "#
      + #""Properties": {"DeletionPolicy": "a", "DeletionPolicy": "a"}}}}"#
    let result = RetainTemplate.retain(text, fileName: "t.json")
    #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
    #expect(
      result.text
        == #"{"Resources": {"A": {"Type": "X::Y::Z", "DeletionPolicy": "Retain", "#
        + #""UpdateReplacePolicy": "Retain", "Type": "X::Y::Z", "#
        + #""Properties": {"DeletionPolicy": "a", "DeletionPolicy": "a"}}}}"#)
  }
}
