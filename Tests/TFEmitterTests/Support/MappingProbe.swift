import CFNParser
import Foundation
import Testing

@testable import TFEmitter

/// Converts small templates and picks apart the result: one resource block of `main.tf`, one
/// ledger entry, an import id, the diagnostics.
enum MappingProbe {
  /// Converts a template whose `Resources` (and, when given, `Parameters`) are the JSON texts.
  static func convert(resources: String, parameters: String = "{}", conditions: String = "{}")
    -> Conversion
  {
    let text = """
      {"Parameters": \(parameters), "Conditions": \(conditions), "Resources": \(resources)}
      """
    return Converter.convert(text, fileName: "t.json")
  }

  /// The text of `main.tf`.
  static func mainFile(_ conversion: Conversion) -> String {
    conversion.file("main.tf")?.contents ?? ""
  }

  /// The block of `address` (`type.name`, or `data.type.name`) in `main.tf`, with the comment
  /// lines just above it, ending with its closing brace and a newline; nil when there is none.
  static func block(_ address: String, in conversion: Conversion) -> String? {
    let lines = mainFile(conversion).split(separator: "\n", omittingEmptySubsequences: false)
    var parts = address.split(separator: ".").map(String.init)
    var kind = "resource"
    if parts.first == "data" {
      kind = "data"
      parts.removeFirst()
    }
    guard parts.count == 2 else { return nil }
    let header = "\(kind) \"\(parts[0])\" \"\(parts[1])\" {"
    guard var start = lines.firstIndex(where: { $0 == header }) else { return nil }
    let end = lines[start...].firstIndex { $0 == "}" } ?? lines.count - 1
    while start > 0, lines[start - 1].hasPrefix("#") { start -= 1 }
    return lines[start...end].joined(separator: "\n") + "\n"
  }

  /// The ledger entry at `path` (`Logical.Properties.Name`), if any.
  static func entry(_ path: String, in conversion: Conversion) -> LedgerEntry? {
    conversion.ledger.entries.first { $0.subject == path }
  }

  /// The diagnostics' messages.
  static func messages(_ conversion: Conversion) -> [String] {
    conversion.diagnostics.map(\.message)
  }

  /// The import id the mapping's rule forms for resource `logicalId` of `resources`, where `Ref`
  /// to a name of `physicalIds` resolves to that physical id; nil when the rule cannot form one
  /// or the type is not importable.
  static func importID(
    _ logicalId: String, resources: String, physicalId: String? = nil,
    physicalIds: [String: String] = [:]
  ) -> String? {
    let (template, _) = TemplateDecoder.decode(#"{"Resources": \#(resources)}"#, fileName: "t.json")
    guard let template, let resource = template.resource(logicalId),
      let mapping = MappingRegistry.mapping(for: resource.type.value, options: ConversionOptions())
    else { return nil }
    let context = ImportContext(physicalId: physicalId, resource: resource) { expr in
      switch expr.kind {
      case .string(let text): text
      case .number(let text): text
      case .bool(let value): value ? "true" : "false"
      case .ref(let name): physicalIds[name]
      default: nil
      }
    }
    switch mapping.importID {
    case .physicalId: return physicalId
    case .custom(let rule): return rule(context)
    case .lookup(let lookup):
      return lookup.arguments(context).map {
        "data.\(lookup.dataSource) " + $0.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
      }
    case .notImportable: return nil
    }
  }

  /// Writes the conversion to a temporary directory and runs tf-validate on it.
  static func validate(_ conversion: Conversion, label: String) throws -> (
    status: Int32, output: String
  ) {
    let directory = try Repository.temporaryDirectory(label)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Repository.write(conversion.files, to: directory)
    return try Repository.validate([directory])
  }
}
