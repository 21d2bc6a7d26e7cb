import CFNParser
import Foundation
import TFEmitter
import Testing

/// AWS's own template library (`../shared/aws-templates`, JSON) and the corpus: every template
/// converts, but for those that are not CloudFormation (rain modules and directives, a macro's
/// request event: one named error each) and the one CloudFormation refuses too; every module
/// passes tf-validate but for those listed here with the reason, a list that may only shrink.
@Suite("AWS template library")
struct TemplateLibraryTests {
  /// Every JSON file under `../shared/aws-templates` and `../shared/corpus`, sorted.
  static let templates: [URL] = {
    guard let shared = Repository.shared else { return [] }
    var found: [URL] = []
    for folder in ["aws-templates", "corpus"] {
      let base = shared.appendingPathComponent(folder)
      let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
      while let url = enumerator?.nextObject() as? URL {
        if url.pathExtension == "json" { found.append(url) }
      }
    }
    return found.sorted { $0.path < $1.path }
  }()

  /// The path below `../shared`, as the lists here name templates.
  static func name(_ url: URL) -> String {
    guard let shared = Repository.shared else { return url.lastPathComponent }
    return String(url.standardizedFileURL.path.dropFirst(shared.standardizedFileURL.path.count + 1))
  }

  /// Templates CloudFormation refuses too, with why.
  static let refused = [
    "corpus/general/EC2Conditions.json": "it names a condition it never declares"
  ]

  /// Modules that do not pass tf-validate, with why. It may only shrink.
  static let knownInvalid: [String: String] = [:]

  /// The errors that say a file is not CloudFormation (rain's syntax, a macro's event).
  static func isNotCloudFormation(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.message.hasPrefix("this is a rain module template, not CloudFormation")
      || diagnostic.message.hasPrefix("this is a template for rain, not CloudFormation")
      || diagnostic.message.hasPrefix("this is the event CloudFormation sends a macro")
  }

  static func convert(_ url: URL) throws -> Conversion {
    Converter.convert(bytes: try [UInt8](Data(contentsOf: url)), fileName: url.lastPathComponent)
  }

  @Test(
    "every template converts; what is not CloudFormation gets one error saying so",
    .enabled(if: Repository.shared != nil, "../shared is absent"))
  func everyTemplateConverts() throws {
    #expect(Self.templates.count >= 90)
    var converted = 0
    for url in Self.templates {
      let name = Self.name(url)
      let errors = try Self.convert(url).diagnostics.filter(\.isError)
      if Self.refused[name] != nil {
        #expect(!errors.isEmpty, "\(name) converts, but CloudFormation refuses it")
      } else if let first = errors.first, Self.isNotCloudFormation(first) {
        #expect(errors.count == 1, "\(name): \(errors)")
      } else {
        #expect(errors.isEmpty, "\(name): \(errors)")
        converted += 1
      }
    }
    #expect(converted >= 80)
  }

  @Test(
    "every converted module passes tf-validate, but for the listed ones (at least 95%)",
    .enabled(
      if: Repository.canValidate && Repository.shared != nil,
      "terraform, the provider mirror, tf-validate or ../shared is absent"))
  func modulesValidate() throws {
    let directory = try Repository.temporaryDirectory("library")
    defer { try? FileManager.default.removeItem(at: directory) }
    var modules: [(name: String, url: URL)] = []
    for (index, url) in Self.templates.enumerated() {
      let conversion = try Self.convert(url)
      guard !conversion.diagnostics.containsErrors else { continue }
      let module = directory.appendingPathComponent("m\(index)")
      try Repository.write(conversion.files, to: module)
      modules.append((Self.name(url), module))
    }
    let (_, output) = try Repository.validate(modules.map(\.url))
    let failing = Set(
      output.split(separator: "\n").filter { $0.hasPrefix("FAIL ") }.map {
        String($0.dropFirst(5)).trimmingCharacters(in: .whitespaces)
      })
    let invalid = modules.filter { failing.contains($0.url.path) }.map(\.name)
    let unexpected = invalid.filter { Self.knownInvalid[$0] == nil }
    #expect(unexpected.isEmpty, "new tf-validate failures: \(unexpected)\n\(output)")
    let mended = Self.knownInvalid.keys.filter { !invalid.contains($0) }.sorted()
    #expect(mended.isEmpty, "these now pass: take them off the list: \(mended)")
    #expect(Double(modules.count - invalid.count) >= 0.95 * Double(modules.count))
  }
}
