import CFNParser

/// The report as JSON for machines, described by `docs/report-schema.json` (JSON Schema draft
/// 2020-12) and `docs/report.md`: the summary, the diagnostics and every entry in the order of
/// the details. Written by hand with two-space indentation and a fixed member order, so the same
/// conversion always gives the same bytes.
package enum JSONReport {
  /// The version of the format; it changes when a member is removed or changes meaning.
  package static let formatVersion = 1

  /// The report as JSON, ending with a newline.
  package static func render(_ report: ReportModel) -> String {
    var entries: [Value] = []
    var review: [Value] = []
    var kept: [Value] = []
    for section in report.sections {
      for group in section.groups {
        for entry in group.entries {
          if entry.needsReview { review.append(.int(entries.count)) }
          if entry.isKeptElement { kept.append(.int(entries.count)) }
          entries.append(self.entry(entry, section: section.kind, logicalId: group.logicalId))
        }
      }
    }
    let counts = Value.object(report.counts.map { ($0.status.rawValue, .int($0.count)) })
    let root = Value.object([
      ("formatVersion", .int(formatVersion)),
      ("tool", .object([("name", .string("cfn2tf")), ("version", .string(report.toolVersion))])),
      ("template", .string(report.templateName)),
      (
        "summary",
        .object([
          ("counts", counts), ("total", .int(report.total)),
          ("needsReview", .bool(report.needsReview)), ("review", .array(review)),
          ("kept", .array(kept)), ("warnings", .int(report.warnings.count)),
        ])
      ),
      ("diagnostics", .array(report.diagnostics.map(diagnostic))),
      ("entries", .array(entries)),
    ])
    var text = ""
    root.write(into: &text, indent: "")
    return text + "\n"
  }

  private static func entry(
    _ entry: LedgerEntry, section: ReportModel.SectionKind, logicalId: String?
  ) -> Value {
    .object([
      ("section", .string(section.rawValue)),
      ("logicalId", .optional(logicalId)),
      ("kind", .string(entry.kind.rawValue)),
      ("path", .string(entry.subject)),
      ("resourceType", .optional(entry.resourceType)),
      ("location", entry.location.map(location) ?? .null),
      ("target", .optional(entry.targetText)),
      ("status", .string(entry.status.rawValue)),
      ("note", .string(entry.note)),
      ("sourceValue", .optional(entry.sourceValue)),
      ("targetValue", .optional(entry.targetValue)),
    ])
  }

  private static func diagnostic(_ diagnostic: Diagnostic) -> Value {
    .object([
      ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(diagnostic.message)),
      ("location", diagnostic.location.map(location) ?? .null),
      (
        "notes",
        .array(
          diagnostic.notes.map {
            .object([
              ("message", .string($0.message)), ("location", $0.location.map(location) ?? .null),
            ])
          })
      ),
    ])
  }

  private static func location(_ location: SourceLocation) -> Value {
    .object([
      ("file", .string(location.file)), ("line", .int(location.line)),
      ("column", .int(location.column)),
    ])
  }

  /// A JSON value with members in the order given.
  indirect enum Value {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([Value])
    case object([(String, Value)])

    static func optional(_ string: String?) -> Value { string.map(Value.string) ?? .null }

    /// Pretty-printed: one member or element per line, empty containers as `[]` and `{}`.
    func write(into text: inout String, indent: String) {
      let inner = indent + "  "
      switch self {
      case .null: text += "null"
      case .bool(let b): text += b ? "true" : "false"
      case .int(let n): text += String(n)
      case .string(let s): text += JSONValue.quoted(s)
      case .array(let items):
        guard !items.isEmpty else {
          text += "[]"
          return
        }
        text += "[\n"
        for (index, item) in items.enumerated() {
          text += inner
          item.write(into: &text, indent: inner)
          text += index == items.count - 1 ? "\n" : ",\n"
        }
        text += indent + "]"
      case .object(let members):
        guard !members.isEmpty else {
          text += "{}"
          return
        }
        text += "{\n"
        for (index, (key, value)) in members.enumerated() {
          text += inner + JSONValue.quoted(key) + ": "
          value.write(into: &text, indent: inner)
          text += index == members.count - 1 ? "\n" : ",\n"
        }
        text += indent + "}"
      }
    }
  }
}
