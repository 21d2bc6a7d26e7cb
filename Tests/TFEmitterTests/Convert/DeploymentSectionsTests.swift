import CFNParser
import TFEmitter
import TestSupport
import Testing

/// `Rules` and `Hooks`: the parser records them, the emitter says Terraform has no equivalent.
@Suite("Deployment sections")
struct DeploymentSectionsTests {
  static let fix = "check its assertions with variable validation or a 'check' block by hand"

  static func warning(_ section: String, at location: CFNParser.SourceLocation) -> Diagnostic {
    .warning(
      "section '\(section)' is not converted; Terraform has no equivalent", at: location,
      notes: [.init(fix)])
  }

  @Test("the conversion warns at each section's key, with the fix as a note")
  func conversionWarns() {
    let input = MarkedText(
      #"{1️⃣"Rules": {"R": {}}, "Resources": {"B": {"Type": "AWS::S3::Bucket"}}, 2️⃣"Hooks": {}}"#)
    let conversion = Converter.convert(bytes: input.bytes, fileName: "test.json")
    #expect(
      conversion.diagnostics == [
        Self.warning("Rules", at: input.location("1️⃣")),
        Self.warning("Hooks", at: input.location("2️⃣")),
      ])
    #expect(!conversion.files.isEmpty)
    let report = conversion.files.first { $0.path == "REPORT.md" }?.contents ?? ""
    #expect(report.contains("section 'Rules' is not converted; Terraform has no equivalent"))
  }

  @Test("each section is a dropped ledger entry at its key, in document order")
  func ledgerEntries() {
    let input = MarkedText(
      #"{1️⃣"Hooks": {}, "Resources": {"B": {"Type": "AWS::S3::Bucket"}}, 2️⃣"Rules": {}}"#)
    let conversion = Converter.convert(bytes: input.bytes, fileName: "test.json")
    let sections = conversion.ledger.entries.filter { $0.kind == .section }
    #expect(sections.map(\.subject) == ["Hooks", "Rules"])
    #expect(sections.map(\.location) == [input.location("1️⃣"), input.location("2️⃣")])
    #expect(sections.allSatisfy { $0.status == .dropped && $0.target == nil })
  }

  @Test("the warning is said beside the template's errors too")
  func warnsBesideErrors() {
    let input = MarkedText(#"{1️⃣"Rules": {}, "Resources": 2️⃣{}}"#)
    let conversion = Converter.convert(bytes: input.bytes, fileName: "test.json")
    #expect(conversion.files.isEmpty)
    #expect(conversion.diagnostics.contains(Self.warning("Rules", at: input.location("1️⃣"))))
    #expect(conversion.diagnostics.contains { $0.isError && $0.location == input.location("2️⃣") })
  }

  @Test("a template without them has no such warning")
  func noSections() {
    let conversion = Converter.convert(
      #"{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}"#, fileName: "test.json")
    #expect(conversion.diagnostics.isEmpty)
  }
}
