import CFNParser
import Foundation
import TFEmitter
import Testing

/// Nothing is dropped silently: over every corpus template, AWS's template library and the
/// fixtures, each parameter, mapping, condition, output, resource and property of every resource
/// has a ledger entry, and so appears in the report.
@Suite("Ledger coverage")
struct LedgerCoverageTests {
  static let templates =
    TemplateLibraryTests.templates
    + [Repository.fixtures.appendingPathComponent("datomic/template.json")]

  @Test(
    "every element of every template has a ledger entry, whatever the conversion",
    .enabled(if: Repository.shared != nil, "../shared/corpus is absent"),
    arguments: [true, false])
  func everythingIsAccounted(_ useProfiles: Bool) throws {
    var checked = 0
    for url in Self.templates {
      let bytes = try [UInt8](Data(contentsOf: url))
      guard let template = TemplateDecoder.decode(bytes: bytes, fileName: "t.json").template else {
        continue
      }
      var options = ConversionOptions()
      options.useProfiles = useProfiles
      let conversion = Converter.convert(bytes: bytes, fileName: "t.json", options: options)
      guard !conversion.diagnostics.containsErrors else { continue }
      let paths = Set(conversion.ledger.entries.map(\.subject))
      var missing: [String] = []
      func expect(_ path: String) {
        if !paths.contains(path)
          && !paths.contains(where: { $0.hasPrefix(path + ".") || $0.hasPrefix(path + "[") })
        {
          missing.append(path)
        }
      }
      template.parameters.forEach { expect("Parameters.\($0.name)") }
      template.mappings.forEach { expect("Mappings.\($0.name)") }
      template.conditions.forEach { expect("Conditions.\($0.name)") }
      template.outputs.forEach { expect("Outputs.\($0.name)") }
      for resource in template.resources {
        expect(resource.logicalId)
        // A resource left out as a whole says so once; its properties go with it.
        let omitted = conversion.ledger.entries.contains {
          $0.subject == resource.logicalId && $0.kind == .resource && $0.status == .dropped
        }
        if !omitted {
          for property in resource.properties {
            expect("\(resource.logicalId).Properties.\(property.key)")
          }
          // Every other key of the resource, known to CloudFormation or not.
          for key in resource.value.members ?? [] where key.key != "Type" && key.key != "Properties"
          {
            expect("\(resource.logicalId).\(key.key)")
          }
        }
      }
      #expect(missing.isEmpty, "\(url.lastPathComponent): no ledger entry for \(missing)")
      checked += 1
    }
    #expect(checked >= 80)
  }
}
