import CFNParser
import Foundation
import TFEmitter
import Testing

/// The real templates in `../shared/corpus`: every Datomic template converts into a module that
/// passes tf-validate; any other template converts and validates too, or fails cleanly, with
/// nothing but located errors that name what is unsupported.
@Suite("Corpus conversions")
struct CorpusConversionTests {
  static let datomic = Repository.corpus("datomic")
  static let general = Repository.corpus("general")

  /// Templates that must convert without error.
  static let mustConvert = datomic.filter { !$0.lastPathComponent.hasPrefix("candera") }

  static func convert(_ url: URL) throws -> Conversion {
    let bytes = try [UInt8](Data(contentsOf: url))
    return Converter.convert(bytes: bytes, fileName: url.lastPathComponent)
  }

  @Test(
    "the Datomic templates convert without error",
    .enabled(if: Repository.shared != nil, "../shared/corpus is absent"))
  func datomicTemplatesConvert() throws {
    #expect(Self.mustConvert.count == 5)
    for url in Self.mustConvert {
      let conversion = try Self.convert(url)
      let errors = conversion.diagnostics.filter(\.isError)
      #expect(errors.isEmpty, "\(url.lastPathComponent): \(errors)")
      #expect(conversion.file("versions.tf") != nil, "\(url.lastPathComponent) has no versions.tf")
    }
  }

  @Test(
    "the 2016 WormBase template's duplicate key is a warning with both places",
    .enabled(if: Repository.shared != nil, "../shared/corpus is absent"))
  func duplicateKeyWarning() throws {
    let url = try #require(
      Self.datomic.first { $0.lastPathComponent.contains("wb-cf-ensured-2016") })
    let conversion = try Self.convert(url)
    let duplicates = conversion.diagnostics.filter { $0.message.contains("'m3.large'") }
    #expect(duplicates.count == 1)
    #expect(duplicates.first?.severity == .warning)
    #expect(duplicates.first?.location?.line == 266)
    #expect(duplicates.first?.notes.first?.location?.line == 263)
  }

  @Test(
    "every other corpus template converts, or fails with located errors only",
    .enabled(if: Repository.shared != nil, "../shared/corpus is absent"))
  func othersConvertOrFailCleanly() throws {
    for url in Self.datomic + Self.general where !Self.mustConvert.contains(url) {
      let conversion = try Self.convert(url)
      let errors = conversion.diagnostics.filter(\.isError)
      if errors.isEmpty {
        #expect(
          conversion.file("versions.tf") != nil, "\(url.lastPathComponent) has no versions.tf")
      } else {
        #expect(conversion.files.isEmpty, "\(url.lastPathComponent) wrote files despite errors")
        for error in errors {
          #expect(error.location != nil, "\(url.lastPathComponent): unlocated \(error)")
        }
      }
    }
  }

  @Test(
    "every module converted from the corpus passes tf-validate",
    .enabled(
      if: Repository.canValidate && Repository.shared != nil,
      "terraform, the provider mirror, tf-validate or the corpus is absent"))
  func modulesValidate() throws {
    let directory = try Repository.temporaryDirectory("corpus")
    defer { try? FileManager.default.removeItem(at: directory) }
    var modules: [URL] = []
    for url in Self.datomic + Self.general {
      let conversion = try Self.convert(url)
      guard !conversion.diagnostics.containsErrors else { continue }
      let module = directory.appendingPathComponent(url.deletingPathExtension().lastPathComponent)
      try Repository.write(conversion.files, to: module)
      modules.append(module)
    }
    #expect(modules.count >= Self.mustConvert.count)
    let (status, output) = try Repository.validate(modules)
    #expect(status == 0, "\(output)")
  }
}
