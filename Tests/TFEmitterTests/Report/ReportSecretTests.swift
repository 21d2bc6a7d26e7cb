import CFNParser
import Foundation
import TFEmitter
import Testing

/// Secrets never reach a report: a NoEcho parameter's default and a licence key written in user
/// data appear in no format (text with and without colour, Markdown, JSON, `REPORT.md`, the
/// graphs), with the profile and with the generic conversion. The ledger redacts; these tests
/// check that nothing else lets a value through.
@Suite("Report secrets")
struct ReportSecretTests {
  static let noEchoDefault = "NoEcho-Default-s3cr3t-4711"
  static let licenceKey = "LICENCE-KEY-s3cr3t-0815"
  static let datomicLicenceKey = "FIXTURE-LICENSE-0000-NOT-A-REAL-KEY"

  /// A NoEcho default used by a password, user data and outputs; a licence key in user data.
  static let template = """
    {
      "Parameters": {
        "DBPassword": {"Type": "String", "NoEcho": true, "Default": "\(noEchoDefault)"}
      },
      "Resources": {
        "DB": {
          "Type": "AWS::RDS::DBInstance",
          "Properties": {
            "Engine": "mysql", "DBInstanceClass": "db.t3.micro", "AllocatedStorage": "20",
            "MasterUsername": "admin", "MasterUserPassword": {"Ref": "DBPassword"}
          }
        },
        "Config": {
          "Type": "AWS::AutoScaling::LaunchConfiguration",
          "Properties": {
            "ImageId": "ami-12345678", "InstanceType": "t3.micro",
            "UserData": {"Fn::Base64": {"Fn::Join": ["", [
              "#!/bin/bash\\n",
              "license-key=\(licenceKey)\\n",
              "db-password=", {"Ref": "DBPassword"}, "\\n"
            ]]}}
          }
        }
      },
      "Outputs": {
        "Password": {"Value": {"Ref": "DBPassword"}},
        "Joined": {"Value": {"Fn::Join": ["-", [{"Ref": "DBPassword"}, "x"]]}}
      }
    }
    """

  /// Every rendering of `text` converted with `options`.
  static func renderings(_ text: String, fileName: String, options: ConversionOptions) throws
    -> [String: String]
  {
    let conversion = Converter.convert(text, fileName: fileName, options: options)
    let errors = conversion.diagnostics.filter(\.isError)
    #expect(errors.isEmpty, "\(errors)")
    let template = try #require(TemplateDecoder.decode(text, fileName: fileName).template)
    let graph = GraphBuilder.build(template).graph
    let model = ReportModel(conversion, templateName: fileName)
    return [
      "text": TextReport.render(model, colour: false),
      "colour": TextReport.render(model, colour: true),
      "markdown": MarkdownReport.render(model, graph: graph),
      "json": JSONReport.render(model),
      "REPORT.md": conversion.file("REPORT.md")?.contents ?? "",
      "dot": GraphRenderer.dot(graph), "mermaid": GraphRenderer.mermaid(graph),
      "diagnostics": conversion.diagnostics.map(\.description).joined(separator: "\n"),
    ]
  }

  static let options: [(String, ConversionOptions)] = [
    ("profiles", ConversionOptions()), ("generic", ConversionOptions(useProfiles: false)),
  ]

  @Test("a NoEcho default and a licence key in user data appear in no format")
  func generic() throws {
    for (label, options) in Self.options {
      let outputs = try Self.renderings(Self.template, fileName: "t.json", options: options)
      #expect(outputs["REPORT.md"]?.isEmpty == false)
      for name in outputs.keys.sorted() {
        let output = outputs[name]!
        #expect(!output.contains(Self.noEchoDefault), "\(label) \(name) shows the NoEcho default")
        #expect(!output.contains(Self.licenceKey), "\(label) \(name) shows the licence key")
        #expect(!output.contains("s3cr3t"), "\(label) \(name) shows part of a secret")
      }
      // The elements are reported, only their values are not.
      #expect(outputs["text"]!.contains("CloudFormation: (sensitive)"), "\(label)")
      #expect(outputs["json"]!.contains(#""sourceValue": "(sensitive)""#), "\(label)")
    }
  }

  @Test("the Datomic fixture's licence key appears in no format, with or without the profile")
  func datomic() throws {
    let text = try String(
      contentsOf: Repository.fixtures.appendingPathComponent("datomic/template.json"),
      encoding: .utf8)
    #expect(text.contains(Self.datomicLicenceKey))
    for (label, options) in Self.options {
      let outputs = try Self.renderings(text, fileName: "template.json", options: options)
      for name in outputs.keys.sorted() {
        #expect(
          !outputs[name]!.contains(Self.datomicLicenceKey), "\(label) \(name) shows the licence key"
        )
      }
    }
  }
}
