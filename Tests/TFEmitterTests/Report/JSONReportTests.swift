import CFNParser
import Foundation
import TFEmitter
import Testing

/// The JSON report's structure, read back with Foundation: members, types and the invariants
/// `docs/report.md` promises (counts add up, review indices point at entries that need review,
/// only resource entries have a logical id).
@Suite("JSON report")
struct JSONReportTests {
  static func parse(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("the fixture's report: members in order, counts, review indices, entries")
  func structure() throws {
    let datomic = try ReportTools.datomic()
    let text = JSONReport.render(datomic.model)
    let json = try Self.parse(text)
    #expect(
      json.keys.sorted() == [
        "diagnostics", "entries", "formatVersion", "summary", "template", "tool",
      ])
    let order = ["formatVersion", "tool", "template", "summary", "diagnostics", "entries"].map {
      text.range(of: "\n  \"\($0)\": ")?.lowerBound
    }
    #expect(order.allSatisfy { $0 != nil })
    #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    #expect(json["formatVersion"] as? Int == 1)
    #expect(json["template"] as? String == "template.json")
    let tool = try #require(json["tool"] as? [String: Any])
    #expect(tool["name"] as? String == "cfn2tf")
    #expect(tool["version"] as? String == CFN2TF.version)

    let summary = try #require(json["summary"] as? [String: Any])
    let counts = try #require(summary["counts"] as? [String: Int])
    #expect(
      counts == [
        "exact": 1, "transformed": 38, "approximated": 1, "kept": 0, "dropped": 3, "unsupported": 0,
      ])
    #expect(summary["total"] as? Int == 43)
    #expect(summary["needsReview"] as? Bool == true)
    #expect(summary["warnings"] as? Int == 1)

    let entries = try #require(json["entries"] as? [[String: Any]])
    #expect(entries.count == 43)
    let review = try #require(summary["review"] as? [Int])
    #expect(review == [7, 9, 10, 18])
    #expect(
      review.map { entries[$0]["status"] as? String } == [
        "dropped", "dropped", "dropped", "approximated",
      ])
    let needing = entries.indices.filter {
      ["approximated", "dropped", "unsupported"].contains(entries[$0]["status"] as? String)
    }
    #expect(needing == review)

    let keys = [
      "kind", "location", "logicalId", "note", "path", "resourceType", "section", "sourceValue",
      "status", "target", "targetValue",
    ]
    for entry in entries {
      #expect(entry.keys.sorted() == keys)
      let isResource = entry["section"] as? String == "resources"
      #expect((entry["logicalId"] is String) == isResource, "\(entry)")
      #expect((entry["logicalId"] is NSNull) == !isResource, "\(entry)")
    }
    let first = try #require(entries.first { $0["section"] as? String == "resources" })
    #expect(first["path"] as? String == "LaunchGroup")
    #expect(first["resourceType"] as? String == "AWS::AutoScaling::AutoScalingGroup")
    let location = try #require(first["location"] as? [String: Any])
    #expect(location["file"] as? String == "template.json")
    #expect(location["line"] as? Int == 2)
    #expect(location["column"] as? Int == 3)

    let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == 1)
    #expect(diagnostics[0]["severity"] as? String == "warning")
    #expect((diagnostics[0]["notes"] as? [Any])?.isEmpty == true)
  }

  @Test("strings are escaped as JSON; empty lists and nulls are written as such")
  func escaping() throws {
    var ledger = Ledger()
    ledger.record(
      LedgerEntry(
        kind: .section, path: .section("Description"), status: .transformed,
        note: "quote \" backslash \\ newline \n tab \t bell \u{07} é",
        sourceValue: "{\"a\":\"b\"}"))
    let model = ReportModel(
      Conversion(files: [], ledger: ledger, diagnostics: []), templateName: "a\"b.json")
    let text = JSONReport.render(model)
    #expect(text.contains(#""template": "a\"b.json","#))
    #expect(text.contains(#""note": "quote \" backslash \\ newline \n tab \t bell \u0007 é","#))
    #expect(text.contains(#""sourceValue": "{\"a\":\"b\"}","#))
    #expect(text.contains(#""diagnostics": [],"#))
    #expect(text.contains(#""review": [],"#))
    #expect(text.contains(#""location": null,"#))
    let json = try Self.parse(text)
    let entries = try #require(json["entries"] as? [[String: Any]])
    #expect(
      entries[0]["note"] as? String == "quote \" backslash \\ newline \n tab \t bell \u{07} é")
  }
}
