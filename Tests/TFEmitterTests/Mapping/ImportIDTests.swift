import CFNParser
import Foundation
import Testing

@testable import TFEmitter

/// The import id of every Terraform resource type a mapping writes, primary or extra, against the
/// Terraform AWS provider's "Import" documentation (and provider 5.100.0, which refuses to import
/// the types marked not importable): each case converts a small template with a live stack and
/// checks what `migration/imports.tf` says about one resource. A mapping that writes a type no
/// case covers fails the suite.
@Suite("Import ids of every mapped Terraform type")
struct ImportIDTests {
  static let cases: [ImportCase] = ImportCase.ofEveryFamily

  @Test("imports.tf imports the resource by this id, or says why not", arguments: cases)
  func entry(_ importCase: ImportCase) throws {
    let conversion = importCase.convert()
    let errors = conversion.diagnostics.filter(\.isError).map(\.message)
    #expect(errors.isEmpty)
    let imports = importCase.importsFile(conversion)
    #expect(importCase.entry(in: imports) == importCase.expectedText, "\(imports)")
  }

  /// The CloudFormation types a case converts. (Adopting a stack keeps its launch
  /// configurations whatever the option: they have one case.)
  static var coveredTypes: [String] {
    var types: [String] = []
    for importCase in cases {
      let (template, _) = TemplateDecoder.decode(importCase.template, fileName: "t.json")
      for resource in template?.resources ?? [] where !types.contains(resource.type.value) {
        types.append(resource.type.value)
      }
    }
    return types
  }

  @Test("every converted CloudFormation type is in a case")
  func everyMappingHasACase() {
    let covered = Self.coveredTypes
    for type in MappingRegistry.supportedTypes {
      guard
        let mapping = MappingRegistry.mapping(for: type, options: ConversionOptions()),
        mapping.omission == nil
      else { continue }
      #expect(covered.contains(type), "no import case converts \(type)")
    }
  }

  @Test("every Terraform type a case's template writes has a case of its own")
  func everyWrittenTypeHasACase() {
    let typesWithCases = Set(Self.cases.map(\.type))
    for importCase in Self.cases {
      for type in ModuleTypes.of(importCase.convert()) {
        #expect(typesWithCases.contains(type), "no import case for \(type)")
      }
    }
  }

  @Test(
    "the corpus: every resource has an import rule, every type written has a case",
    .enabled(if: Repository.shared != nil, "../shared/corpus is absent"))
  func corpus() throws {
    let typesWithCases = Set(Self.cases.map(\.type))
    let templates = Repository.corpus("general") + Repository.corpus("datomic")
    #expect(templates.count >= 20)
    var migrated = 0
    for url in templates {
      for target in ConversionOptions.LaunchConfigurationTarget.allCases {
        let bytes = try [UInt8](Data(contentsOf: url))
        let (template, _) = TemplateDecoder.decode(bytes: bytes, fileName: url.lastPathComponent)
        let location = SourceLocation(file: "stack.json", line: 1, column: 1)
        let stack = LiveStack(
          name: "web", id: "arn:aws:cloudformation:us-east-1:123456789012:stack/web/1",
          resources: (template?.resources ?? []).map {
            LiveStack.Resource(
              logicalId: $0.logicalId, physicalId: "physical-\($0.logicalId)",
              type: $0.type.value, status: nil, location: location)
          })
        let conversion = Converter.convert(
          bytes: bytes, fileName: url.lastPathComponent,
          options: ConversionOptions(launchConfigurationTarget: target, useProfiles: false),
          liveStack: stack)
        guard let imports = conversion.file("migration/imports.tf")?.contents else { continue }
        migrated += 1
        #expect(
          !imports.contains("cfn2tf has no import rule"),
          "\(url.lastPathComponent): \(imports)")
        for type in ModuleTypes.of(conversion) {
          #expect(typesWithCases.contains(type), "\(url.lastPathComponent): no case for \(type)")
        }
      }
    }
    // Templates with unsupported types have no files; all the others are checked.
    #expect(migrated >= 2 * 20, "\(migrated) conversions had a migration")
  }
}
