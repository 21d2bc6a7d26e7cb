import CFNParser
import TFEmitter
import TestSupport
import Testing

/// Parameters become variables: the type, the default converted to it, validation blocks for the
/// constraints, `sensitive` for NoEcho. Each test converts a template whose `Parameters` are
/// given and compares whole variable blocks.
@Suite("Variables from parameters")
struct VariableTests {
  /// A template with these parameters and one resource.
  static func template(_ parameters: String) -> String {
    #"""
    {"Parameters": {\#(parameters)},
     "Resources": {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}}}
    """#
  }

  static func convert(_ parameters: String) -> Conversion {
    Converter.convert(template(parameters), fileName: "t.json")
  }

  /// The block of variable `name` in `variables.tf`, with its comment, ending with `}` and a
  /// newline; the diagnostics when the conversion failed.
  static func variable(
    _ name: String, _ parameters: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> String {
    let conversion = convert(parameters)
    guard let file = conversion.file("variables.tf") else {
      return conversion.diagnostics.map(\.description).joined(separator: "\n")
    }
    let lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
    guard var start = lines.firstIndex(of: "variable \"\(name)\" {") else {
      Issue.record("no variable \(name) in\n\(file.contents)", sourceLocation: sourceLocation)
      return ""
    }
    let end = lines[start...].firstIndex(of: "}") ?? lines.count - 1
    while start > 0, lines[start - 1].hasPrefix("#") { start -= 1 }
    return lines[start...end].joined(separator: "\n") + "\n"
  }

  @Test(
    "each parameter type becomes a variable type",
    arguments: [
      ("String", "string"), ("Number", "number"), ("List<Number>", "list(number)"),
      ("CommaDelimitedList", "list(string)"), ("AWS::EC2::KeyPair::KeyName", "string"),
      ("List<AWS::EC2::Subnet::Id>", "list(string)"),
      ("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", "string"),
      ("AWS::SSM::Parameter::Value<List<String>>", "string"),
    ])
  func types(cloudFormation: String, terraform: String) {
    #expect(
      Self.variable("p", #""P": {"Type": "\#(cloudFormation)"}"#) == """
        # Parameter P (\(cloudFormation))
        variable "p" {
          type        = \(terraform)
          description = "Parameter P of the template."
        }

        """)
  }

  @Test("the description is kept")
  func description() {
    #expect(
      Self.variable("env", #""Env": {"Type": "String", "Description": "Where \"it\" runs"}"#)
        == #"""
        # Parameter Env (String)
        variable "env" {
          type        = string
          description = "Where \"it\" runs"
        }

        """#)
  }

  @Test(
    "defaults are converted to the variable's type",
    arguments: [
      (#""Type": "Number", "Default": "1""#, "1"),
      (#""Type": "Number", "Default": 1.5"#, "1.5"),
      (#""Type": "Number", "Default": " 2 ""#, "2"),
      (#""Type": "Number", "Default": "-3e2""#, "-3e2"),
      (#""Type": "CommaDelimitedList", "Default": "a,b""#, #"["a", "b"]"#),
      (#""Type": "CommaDelimitedList", "Default": "a""#, #"["a"]"#),
      (#""Type": "List<Number>", "Default": "1,2""#, "[1, 2]"),
      (#""Type": "List<Number>", "Default": "1, 2""#, "[1, 2]"),
      (#""Type": "List<AWS::EC2::Subnet::Id>", "Default": "s-1,s-2""#, #"["s-1", "s-2"]"#),
      (#""Type": "String", "Default": 5"#, #""5""#),
      (#""Type": "String", "Default": true"#, #""true""#),
      (#""Type": "String", "Default": """#, #""""#),
      (#""Type": "String", "Default": "${HOME}""#, #""$${HOME}""#),
    ])
  func defaults(parameter: String, value: String) {
    let block = Self.variable("p", #""P": {\#(parameter)}"#)
    let line = block.split(separator: "\n").first { $0.hasPrefix("  default") }
    #expect(line.map(String.init) == "  default     = \(value)", "\(block)")
  }

  @Test("a default that is not a number, for a Number, is an error at the default")
  func badNumberDefault() {
    let text = MarkedText(
      #"""
      {"Parameters": {"Size": {"Type": "Number", "Default": 1️⃣"ten"},
                      "Ports": {"Type": "List<Number>", "Default": 2️⃣"80,http"},
                      "Tags": {"Type": "String", "Default": 3️⃣["a"]}},
       "Resources": {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}}}
      """#)
    let conversion = Converter.convert(bytes: text.bytes, fileName: "test.json")
    #expect(conversion.files.isEmpty)
    #expect(
      conversion.diagnostics == [
        .error(
          "the default 'ten' of Number parameter 'Size' is not a number", at: text.location("1️⃣")),
        .error(
          "the default 'http' of Number parameter 'Ports' is not a number",
          at: text.location("2️⃣")),
        .error(
          "the default of parameter 'Tags' must be a string, found a list", at: text.location("3️⃣")),
      ])
  }

  @Test("NoEcho: sensitive, and the default is copied nowhere")
  func noEcho() throws {
    let secret = "hunter2-s3cr3t-default"
    let conversion = Self.convert(
      #"""
      "Password": {"Type": "String", "NoEcho": true, "Default": "\#(secret)", "MinLength": 8},
      "Other": {"Type": "String", "NoEcho": "false", "Default": "visible"}
      """#)
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    #expect(
      Self.variable("password", #""Password": {"Type": "String", "NoEcho": true, "Default": "x"}"#)
        == """
        # Parameter Password (String)
        variable "password" {
          type        = string
          description = "Parameter Password of the template."
          sensitive   = true
        }

        """)
    for file in conversion.files {
      #expect(!file.contents.contains(secret), "\(file.path) holds the secret")
    }
    #expect(conversion.files.contains { $0.contents.contains("visible") })
    for entry in conversion.ledger.entries {
      let texts = [
        entry.note, entry.sourceValue ?? "", entry.targetValue ?? "", entry.targetText ?? "",
        entry.subject,
      ]
      #expect(!texts.contains { $0.contains(secret) }, "\(entry.subject) holds the secret")
    }
    for diagnostic in conversion.diagnostics {
      #expect(!diagnostic.description.contains(secret))
    }
    let entry = try #require(
      conversion.ledger.entries.first { $0.subject == "Parameters.Password" })
    #expect(entry.status == .transformed)
    #expect(
      entry.note
        == "String became string; validated by MinLength; the NoEcho default is not copied: the "
        + "variable is required")
    #expect(entry.sourceValue == "(sensitive)")
    #expect(entry.targetValue == "(sensitive)")
  }

  @Test("a NoEcho default, a Number's too, is said where it is written and copied nowhere")
  func noEchoDefaultSaid() throws {
    let text = MarkedText(
      #"""
      {"Parameters": {"Port": {"Type": "Number", "NoEcho": true, "Default": 1️⃣54329},
                      "Pin": {"Type": "Number", "NoEcho": "true", "Default": 2️⃣"86420"}},
       "Resources": {"Q": {"Type": "AWS::SQS::Queue",
         "Properties": {"DelaySeconds": {"Ref": "Port"}, "MaximumMessageSize": {"Ref": "Pin"}}}}}
      """#)
    let conversion = Converter.convert(bytes: text.bytes, fileName: "test.json")
    let note = { (name: String) in
      "set var.\(name) (sensitive) when the module is used, from a secret store or a variables file kept out of version control"
    }
    #expect(
      conversion.diagnostics == [
        .warning(
          "the default of NoEcho parameter 'Port' is not copied: var.port has no default",
          at: text.location("1️⃣"), notes: [.init(note("port"))]),
        .warning(
          "the default of NoEcho parameter 'Pin' is not copied: var.pin has no default",
          at: text.location("2️⃣"), notes: [.init(note("pin"))]),
      ])
    let variables = try #require(conversion.file("variables.tf")).contents
    #expect(variables.contains("variable \"port\" {\n  type        = number\n"))
    for file in conversion.files {
      #expect(!file.contents.contains("54329") && !file.contents.contains("86420"), "\(file.path)")
    }
  }

  @Test("the ledger entry of a parameter")
  func ledger() throws {
    let conversion = Self.convert(#""Size": {"Type": "Number", "Default": "3"}"#)
    let entry = try #require(conversion.ledger.entries.first { $0.subject == "Parameters.Size" })
    #expect(entry.kind == .parameter)
    #expect(entry.targetText == "var.size")
    #expect(entry.status == .exact)
    #expect(entry.note == "Number became number")
    #expect(entry.sourceValue == #""3""#)
    #expect(entry.targetValue == "3")
  }

  @Test("the ledger names the constraints that became validation blocks")
  func ledgerValidation() throws {
    let conversion = Self.convert(
      #""Size": {"Type": "Number", "AllowedValues": ["1", "2"], "MinValue": "1", "MaxValue": "x"}"#)
    let entry = try #require(conversion.ledger.entries.first { $0.subject == "Parameters.Size" })
    #expect(entry.status == .exact)
    #expect(entry.note == "Number became number; validated by AllowedValues, MinValue")
  }
}
