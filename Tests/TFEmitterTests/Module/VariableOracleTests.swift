import CFNParser
import Foundation
import TFEmitter
import TestSupport
import Testing

/// Terraform as the oracle for converted parameters: the module passes tf-validate, and each
/// validation accepts a good value and rejects a bad one in `terraform plan`. The plan runs on a
/// root made of the module's `variables.tf` alone (no resources, so no provider and no
/// credentials), with the values given as `-var`s. Skipped, by name, where terraform or the
/// provider mirror is absent.
@Suite("Variables from parameters: terraform as the oracle")
struct VariableOracleTests {
  static let template = #"""
    {"Parameters": {
       "Env": {"Type": "String", "Default": "dev", "AllowedValues": ["dev", "prod"]},
       "Either": {"Type": "String", "AllowedPattern": "^ab|cd$"},
       "Code": {"Type": "String", "AllowedPattern": "[A-Z]{3}",
                "ConstraintDescription": "three capital letters"},
       "Label": {"Type": "String", "MinLength": 2, "MaxLength": "4"},
       "Size": {"Type": "Number", "Default": "5", "MinValue": 1, "MaxValue": "10"},
       "Ports": {"Type": "List<Number>", "Default": "80,443", "AllowedValues": [80, 443]},
       "Zones": {"Type": "CommaDelimitedList", "AllowedPattern": "[a-z]+-[0-9][a-z]"},
       "Secret": {"Type": "String", "NoEcho": true, "MinLength": 8, "Default": "not-copied"},
       "Count": {"Type": "Number", "Default": 1, "AllowedValues": ["1", "2"]}
     },
     "Resources": {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}},
     "Outputs": {"Env": {"Value": {"Ref": "Env"}}, "Secret": {"Value": {"Ref": "Secret"}}}}
    """#

  /// A value for every variable that has no default, each valid.
  static let required = [
    "either": "ab", "code": "ABC", "label": "abc", "zones": #"["us-1a"]"#, "secret": "long-enough",
  ]

  static let enabled = Oracle.terraformAvailable && Repository.canValidate

  static func conversion() throws -> Conversion {
    let conversion = Converter.convert(template, fileName: "oracle.json")
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    return conversion
  }

  @Test(
    "the converted module passes tf-validate",
    .enabled(if: enabled, "terraform, the provider mirror or tf-validate is absent"))
  func moduleValidates() throws {
    let directory = try Repository.temporaryDirectory("variables")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Repository.write(try Self.conversion().files.map { ($0.path, $0.contents) }, to: directory)
    let (status, output) = try Repository.validate([directory])
    #expect(status == 0, "\(output)")
  }

  @Test(
    "terraform plan accepts good values",
    .enabled(if: enabled, "terraform or the provider mirror is absent"))
  func acceptsGoodValues() throws {
    let outcome = try Self.plan(
      Self.required.merging(
        [
          "env": "prod", "either": "cd", "label": "ab", "size": "10", "ports": "[443, 80]",
          "zones": #"["eu-1b", "us-2c"]"#, "count_value": "2",
        ], uniquingKeysWith: { $1 }))
    #expect(outcome.status == 0, "\(outcome.errors)")
    let defaults = try Self.plan(Self.required)
    #expect(defaults.status == 0, "\(defaults.errors)")
  }

  @Test(
    "terraform plan rejects each bad value with the converted message",
    .enabled(if: enabled, "terraform or the provider mirror is absent"),
    arguments: [
      ("env", "test", "Env must be one of: dev, prod."),
      ("either", "abx", "Either must match the pattern ^ab|cd$."),
      ("either", "xcd", "Either must match the pattern ^ab|cd$."),
      ("code", "ABCD", "Three capital letters."),
      ("code", "abc", "Three capital letters."),
      ("label", "a", "Label must be at least 2 characters long."),
      ("label", "abcde", "Label must be at most 4 characters long."),
      ("size", "0", "Size must be at least 1."),
      ("size", "10.5", "Size must be at most 10."),
      ("ports", "[80, 8080]", "Each element of Ports must be one of: 80, 443."),
      ("zones", #"["us-1a", "bad"]"#, "Each element of Zones must match the pattern"),
      ("secret", "short", "Secret must be at least 8 characters long."),
      ("count_value", "3", "Count must be one of: 1, 2."),
    ])
  func rejectsBadValue(variable: String, value: String, message: String) throws {
    var values = Self.required
    values[variable] = value
    let outcome = try Self.plan(values)
    #expect(outcome.status == 1, "\(outcome.output)")
    let errors = outcome.errors.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(errors.contains("Invalid value for variable"), "\(outcome.errors)")
    #expect(errors.contains(message), "\(outcome.errors)")
  }

  /// Runs `terraform plan` on the module's `variables.tf` with `values` (`Terraform.run`: under
  /// a timeout, providers from the mirror only).
  static func plan(_ values: [String: String]) throws -> ToolOutcome {
    let variables = try #require(try conversion().file("variables.tf"))
    let directory = try Repository.temporaryDirectory("plan")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Repository.write([("variables.tf", variables.contents)], to: directory)
    return try Terraform.run(
      ["plan", "-input=false", "-no-color", "-lock=false"]
        + values.keys.sorted().map { "-var=\($0)=\(values[$0]!)" }, in: directory, seconds: 60)
  }
}
