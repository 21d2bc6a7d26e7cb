import Foundation
import Testing

@testable import CFNParser

/// How plain scalars resolve: YAML 1.1's rules, as CloudFormation's parser and cfn-lint's read
/// them. Each answer below is cfn-lint's (checked against it live where it is installed), written
/// as the JSON our tree gives: a number as JSON's text of the same value, the source text kept
/// when it already is one.
@Suite("YAML scalars")
struct YAMLScalarTests {
  /// `(plain scalar, JSON of its value)`; cfn-lint's decoder gives the same value for each.
  static let table: [(String, String)] = [
    // Booleans: true/false, yes/no, on/off, lower case, capitalised or upper case.
    ("true", "true"), ("True", "true"), ("TRUE", "true"), ("false", "false"), ("False", "false"),
    ("yes", "true"), ("Yes", "true"), ("YES", "true"), ("no", "false"), ("No", "false"),
    ("on", "true"), ("On", "true"), ("ON", "true"), ("off", "false"), ("Off", "false"),
    ("tRue", #""tRue""#), ("y", #""y""#), ("n", #""n""#), ("Y", #""Y""#),
    // Null.
    ("~", "null"), ("null", "null"), ("Null", "null"), ("NULL", "null"), ("nULL", #""nULL""#),
    // Integers.
    ("0", "0"), ("12", "12"), ("-5", "-5"), ("+5", "5"), ("-0", "-0"), ("1_000", "1000"),
    ("012", "10"), ("-012", "-10"), ("00", "0"), ("08", #""08""#), ("0o17", #""0o17""#),
    ("0x1F", "31"), ("0x_1F", "31"), ("+0x1F", "31"), ("0b101", "5"), ("1:20", "80"),
    ("190:20:30", "685230"), ("1,000", #""1,000""#), ("123abc", #""123abc""#),
    ("123456789012345678901234567890", "123456789012345678901234567890"),
    ("0xFFFFFFFFFFFFFFFFFF", "4722366482869645213695"),
    // Floats: a dot is needed, and an exponent's sign.
    (".5", "0.5"), ("5.", "5.0"), ("1.", "1.0"), ("0.0", "0.0"), ("1.50", "1.50"),
    ("-1.5", "-1.5"), ("+1.5", "1.5"), ("1_0.5", "10.5"), ("00.5", "0.5"),
    ("1.0e+3", "1.0e+3"), ("1.5E-2", "1.5E-2"), ("1.e+3", "1.0e+3"), (".5e+3", "0.5e+3"),
    ("1:30.5", "90.5"), ("+.5", #""+.5""#), ("-.5", #""-.5""#), ("1e3", #""1e3""#),
    ("1E3", #""1E3""#), ("6.02e23", #""6.02e23""#), ("1.0e3", #""1.0e3""#),
    // Strings that look like other things.
    ("2010-09-09", #""2010-09-09""#), ("12:30:00.5", "45000.5"),
    ("10.0.0.0/16", #""10.0.0.0/16""#), ("1.2.3", #""1.2.3""#),
    ("ami-0ff8a91507f77f867", #""ami-0ff8a91507f77f867""#),
    ("t2.micro", #""t2.micro""#), ("012345678901", #""012345678901""#), ("0123", "83"),
  ]

  @Test("each plain scalar resolves as YAML 1.1 says", arguments: table)
  func resolves(scalar: String, json: String) {
    #expect(yamlJSON("k: \(scalar)\n") == #"{"k":"# + json + "}")
  }

  @Test(
    "quoted, block and tagged scalars are strings, whatever they look like",
    arguments: ["'yes'", "\"012\"", "!!str 0x1F", "! 12"])
  func quotedIsString(scalar: String) {
    let text = yamlJSON("k: \(scalar)\n")
    #expect(text.hasPrefix(#"{"k":""#), "\(text)")
  }

  @Test(
    "'.inf' and '.nan' have no JSON form: an error",
    arguments: [".inf", "-.inf", "+.INF", ".nan", ".NaN"])
  func notFinite(scalar: String) {
    expectYAMLError("k: 1️⃣\(scalar)\n", .notFinite(scalar))
  }

  @Test(
    "the table agrees with cfn-lint's decoder",
    .enabled(if: TemplateLibrary.python != nil, "python3 with cfn-lint is not installed"))
  func tableAgreesWithCFNLint() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("cfn2tf-yaml-scalars-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let yaml = Self.table.enumerated().map { "k\($0.offset): \($0.element.0)\n" }.joined()
    let json =
      "{"
      + Self.table.enumerated().map { #""k\#($0.offset)":\#($0.element.1)"# }.joined(
        separator: ",") + "}"
    let yamlFile = directory.appendingPathComponent("scalars.yaml")
    let jsonFile = directory.appendingPathComponent("scalars.json")
    try Data(yaml.utf8).write(to: yamlFile)
    try Data(json.utf8).write(to: jsonFile)
    #expect(yamlJSON(yaml) == json)
    let output = try TemplateLibrary.runPython(
      YAMLReaderOracleTests.script, ["scalars", yamlFile.path, jsonFile.path])
    #expect(output == "ok scalars\n")
  }
}
