import CFNParser
import Foundation
import TFEmitter
import TestSupport
import Testing

/// An `AllowedPattern` RE2 cannot read as Java does gets no validation block: the variable says
/// why in a comment, the conversion warns at the pattern, and the ledger notes it, approximated.
@Suite("Variables from parameters: patterns RE2 cannot check")
struct ParameterValidationPatternTests {
  static let template = MarkedText(
    #"""
    {"Parameters": {
       "Name": {"Type": "String", "AllowedPattern": 1️⃣"^(?!.*--)[a-z-]+$", "MaxLength": 8}},
     "Resources": {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}}}
    """#)

  static func convert() -> Conversion {
    Converter.convert(template.text, fileName: "t.json")
  }

  @Test("the variable has a comment and no pattern check; the other checks stay")
  func variable() throws {
    let file = try #require(Self.convert().file("variables.tf"))
    #expect(
      file.contents.contains(
        #"""
        # Parameter Name (String)
        # cfn2tf: AllowedPattern ^(?!.*--)[a-z-]+$ is not checked: RE2 has no lookahead or lookbehind ('(?!')
        variable "name" {
          type        = string
          description = "Parameter Name of the template."

          validation {
            condition     = length(var.name) <= 8
            error_message = "Name must be at most 8 characters long."
          }
        }

        """#), "\(file.contents)")
    #expect(!file.contents.contains("regex("))
  }

  @Test("a warning at the pattern says why, and how to check the value instead")
  func warning() {
    let warnings = Self.convert().diagnostics.filter { $0.severity == .warning }
    #expect(
      warnings == [
        .warning(
          "the AllowedPattern of parameter 'Name' is not checked in Terraform: RE2 has no lookahead or lookbehind ('(?!')",
          at: Self.template.location("1️⃣", file: "t.json"),
          notes: [
            .init(
              "Terraform's regex() uses RE2: write a validation block with an RE2 pattern by hand, or check the value another way"
            )
          ])
      ])
  }

  @Test("the ledger entry is approximated and says why")
  func ledger() throws {
    let entry = try #require(
      Self.convert().ledger.entries.first { $0.subject == "Parameters.Name" })
    #expect(entry.status == .approximated)
    #expect(
      entry.note
        == "String became string; validated by MaxLength; AllowedPattern is not checked: RE2 has no lookahead or lookbehind ('(?!')"
    )
  }

  @Test("the Datomic profile says the same, once")
  func datomicProfile() throws {
    let url = Repository.fixtures.appendingPathComponent("datomic/template.json")
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    let pattern = #""AllowedPattern":"\\d+[GgMm]""#
    #expect(text.contains(pattern))
    let conversion = Converter.convert(
      text.replacingOccurrences(of: pattern, with: #""AllowedPattern":"\\d+(?=[GgMm])[GgMm]""#),
      fileName: "cf.json")
    #expect(conversion.file("transactor.tf") != nil)
    let warnings = conversion.diagnostics.filter { $0.message.contains("AllowedPattern") }
    #expect(
      warnings.map(\.message) == [
        "the AllowedPattern of parameter 'Xmx' is not checked in Terraform: RE2 has no lookahead or lookbehind ('(?=')"
      ])
    let variables = try #require(conversion.file("variables.tf")).contents
    #expect(variables.contains(#"# cfn2tf: AllowedPattern \d+(?=[GgMm])[GgMm] is not checked"#))
    #expect(
      !variables.split(separator: "\n").contains { $0.contains("condition") && $0.contains("(?=") })
    let entry = try #require(conversion.ledger.entries.first { $0.subject == "Parameters.Xmx" })
    #expect(entry.status == .approximated)
    #expect(
      entry.note.hasSuffix(
        "AllowedPattern is not checked: RE2 has no lookahead or lookbehind ('(?=')"))
  }
}
