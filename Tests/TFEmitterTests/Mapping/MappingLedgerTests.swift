import CFNParser
import Testing

@testable import TFEmitter

/// No property is dropped silently, whatever its value: for every mapping, a resource with every
/// property its rules name, each set to a value of the wrong shape, converts without a crash and
/// has a ledger entry for each property.
@Suite("Every rule writes the ledger")
struct MappingLedgerTests {
  static let values: [(label: String, json: String)] = [
    ("a string", #""x""#), ("an object", #"{"A": "x"}"#), ("a list", #"["x"]"#),
  ]

  @Test("each property of each mapped type has a ledger entry", arguments: values.map(\.label))
  func everyPropertyIsAccounted(_ label: String) {
    let json = Self.values.first { $0.label == label }!.json
    var missing: [String] = []
    for mapping in MappingRegistry.all {
      let properties = mapping.properties.map(\.property)
      let body = properties.map { "\(JSONValue.quoted($0)): \(json)" }.joined(separator: ", ")
      let template = """
        {"Resources": {"R": {"Type": \(JSONValue.quoted(mapping.cloudFormationType)),
          "Properties": {\(body)}}}}
        """
      let conversion = Converter.convert(template, fileName: "t.json")
      let paths = conversion.ledger.entries.map(\.subject)
      let omitted = conversion.ledger.entries.contains {
        $0.subject == "R" && ($0.status == .dropped || $0.status == .kept)
      }
      if omitted || conversion.diagnostics.containsErrors { continue }
      for property in properties {
        let path = "R.Properties.\(property)"
        if !paths.contains(where: {
          $0 == path || $0.hasPrefix(path + ".") || $0.hasPrefix(path + "[")
        }) {
          missing.append("\(mapping.cloudFormationType).\(property)")
        }
      }
    }
    #expect(missing.isEmpty, "no ledger entry for \(missing)")
  }
}
