import CFNParser
import Foundation
import TFEmitter
import Testing

/// Every template of `../shared/corpus` gives a report in all three formats, with the profile and
/// with the generic conversion; the one template with a genuine error (a condition it never
/// declares) gives that error and no report. The JSON of each validates against
/// `docs/report-schema.json`.
@Suite("Report corpus")
struct ReportCorpusTests {
  static let templates = Repository.corpus("datomic") + Repository.corpus("general")

  /// The corpus template whose `Condition` names a condition it never declares.
  static let broken = "EC2Conditions.json"

  static let options: [(String, ConversionOptions)] = [
    ("profiles", ConversionOptions()), ("generic", ConversionOptions(useProfiles: false)),
    (
      "launch-configuration",
      ConversionOptions(launchConfigurationTarget: .launchConfiguration, useProfiles: true)
    ),
  ]

  @Test(
    "every corpus template reports in every format; EC2Conditions.json fails with its error",
    .enabled(if: Repository.shared != nil, "../shared/corpus is absent"))
  func reports() throws {
    #expect(Self.templates.count == 26)
    for url in Self.templates {
      let name = url.lastPathComponent
      for (label, options) in Self.options {
        let converted = try ReportTools.convert(url, options: options)
        let conversion = converted.conversion
        let errors = conversion.diagnostics.filter(\.isError).map(\.description)
        if name == Self.broken {
          #expect(
            errors == [
              "EC2Conditions.json:149:16: error: unknown condition 'ConditionNameEqualsFoo'"
            ])
          #expect(conversion.files.isEmpty)
          continue
        }
        #expect(errors.isEmpty, "\(name) \(label): \(errors)")
        let model = converted.model
        // Grouping loses and repeats nothing.
        #expect(model.total == conversion.ledger.entries.count, "\(name) \(label)")
        #expect(
          Self.multiset(model.entries) == Self.multiset(conversion.ledger.entries),
          "\(name) \(label)")
        let text = TextReport.render(model, colour: false)
        #expect(text.hasPrefix("cfn2tf \(CFN2TF.version) report for \(name)\n\nSUMMARY\n"))
        #expect(!text.contains("\u{1B}"))
        let markdown = MarkdownReport.render(model, graph: converted.graph)
        #expect(markdown.hasPrefix("# Conversion report for `\(name)`\n"))
        #expect(markdown.contains("\n```mermaid\nflowchart LR\n"), "\(name) \(label)")
        #expect(conversion.file("REPORT.md")?.contents == markdown, "\(name) \(label)")
        let json = try JSONReportTests.parse(JSONReport.render(model))
        #expect((json["entries"] as? [Any])?.count == model.total, "\(name) \(label)")
      }
    }
  }

  @Test(
    "the JSON of the fixture and every corpus template validates against the schema",
    .enabled(if: Repository.shared != nil, "../shared/corpus is absent"),
    .enabled(if: ReportTools.jsonschemaAvailable, "python3 with jsonschema is not installed"))
  func schema() throws {
    var documents = [("template", JSONReport.render(try ReportTools.datomic().model))]
    for url in Self.templates where url.lastPathComponent != Self.broken {
      for (label, options) in Self.options {
        let converted = try ReportTools.convert(url, options: options)
        documents.append(("\(label)-\(url.lastPathComponent)", JSONReport.render(converted.model)))
      }
    }
    let outcome = try ReportTools.validate(documents)
    #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
    #expect(outcome.output.hasSuffix("validated \(documents.count)\n"), "\(outcome.output)")
  }

  static func multiset(_ entries: [LedgerEntry]) -> [LedgerEntry: Int] {
    var counts: [LedgerEntry: Int] = [:]
    for entry in entries { counts[entry, default: 0] += 1 }
    return counts
  }
}
