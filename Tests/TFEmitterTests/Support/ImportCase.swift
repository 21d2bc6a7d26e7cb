import CFNParser
import Foundation
import Testing

@testable import TFEmitter

/// One import id rule under test: a small template, the live stack it was deployed as (the
/// physical ids of its resources, its parameter values), the Terraform resource whose import is
/// checked, and what `migration/imports.tf` must say about it.
struct ImportCase: Sendable, CustomTestStringConvertible {
  /// What `imports.tf` says about the resource.
  enum Expectation: Sendable, Equatable {
    /// An `import` block with this id.
    case id(String)
    /// A line of the "Not imported" comment with this outcome.
    case notImported(String)
    /// An `import` block whose id is this data source's attribute (`data.aws_eip.x.id`).
    case found(String)
  }

  /// The address inside the converted module (`aws_s3_bucket_versioning.site`, with `[0]` when
  /// it has a `count`).
  var address: String
  /// The logical id it comes from.
  var origin: String
  /// The template's `Resources`, as JSON.
  var resources: String
  /// The template's `Parameters`, as JSON.
  var parameters = "{}"
  /// The template's `Conditions`, as JSON.
  var conditions = "{}"
  /// Logical id → the physical id the stack lists. Resources not named are not in the stack.
  var physicalIds: [String: String]
  /// Parameter name → its live value.
  var values: [String: String] = [:]
  /// What launch configurations become.
  var options = ConversionOptions(useProfiles: false)
  /// The expected entry.
  var expected: Expectation

  /// The Terraform type the case covers.
  var type: String { String(address.split(separator: ".")[0]) }

  var testDescription: String { "\(address) \(expected)" }

  /// The template text.
  var template: String {
    #"{"Parameters": \#(parameters), "Conditions": \#(conditions), "Resources": \#(resources)}"#
  }

  /// The stack: `web` in us-east-1, account 123456789012.
  var liveStack: LiveStack {
    let (decoded, _) = TemplateDecoder.decode(template, fileName: "t.json")
    let location = SourceLocation(file: "stack.json", line: 1, column: 1)
    return LiveStack(
      name: "web", id: "arn:aws:cloudformation:us-east-1:123456789012:stack/web/1",
      resources: physicalIds.keys.sorted().map { logicalId in
        LiveStack.Resource(
          logicalId: logicalId, physicalId: physicalIds[logicalId],
          type: decoded?.resource(logicalId)?.type.value ?? "", status: "CREATE_COMPLETE",
          location: location)
      },
      parameters: values.keys.sorted().map {
        LiveStack.ParameterValue(name: $0, value: values[$0], location: location)
      })
  }

  /// The conversion with the live stack.
  func convert() -> Conversion {
    Converter.convert(
      bytes: Array(template.utf8), fileName: "t.json", options: options, liveStack: liveStack)
  }

  /// `migration/imports.tf`.
  func importsFile(_ conversion: Conversion) -> String {
    conversion.file("migration/imports.tf")?.contents ?? ""
  }

  /// The expected text: the import block with the comment naming its origin, or the line of the
  /// "Not imported" comment.
  var expectedText: String {
    switch expected {
    case .id(let id):
      return """
        # \(origin) (\(originType))
        import {
          to = module.stack.\(address)
          id = "\(id)"
        }
        """
    case .notImported(let outcome): return "# module.stack.\(address): \(outcome)"
    case .found(let reference):
      let source = reference.split(separator: ".").prefix(2).joined(separator: ".")
      return """
        # \(origin) (\(originType)), found by \(source)
        import {
          to = module.stack.\(address)
          id = \(reference)
        }
        """
    }
  }

  /// What `imports.tf` says about the address: the import block with the comment above it, or
  /// the line of the "Not imported" comment; nil when it says nothing.
  func entry(in imports: String) -> String? {
    let lines = imports.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let target = "module.stack.\(address)"
    if let to = lines.firstIndex(of: "  to = \(target)"), to >= 2, to + 2 < lines.count {
      return lines[(to - 2)...(to + 2)].joined(separator: "\n")
    }
    return lines.first { $0.hasPrefix("# \(target): ") }
  }

  /// The CloudFormation type of the origin.
  var originType: String {
    let (decoded, _) = TemplateDecoder.decode(template, fileName: "t.json")
    return decoded?.resource(origin)?.type.value ?? ""
  }
}

/// A mapping family whose test file gives import cases: `extension Lambda: ImportCaseProvider` in
/// `Mapping/LambdaMappingTests.swift`. The import id tests run the cases of every family in
/// `MappingRegistry.families` that provides some, and fail for a converted type no case covers.
protocol ImportCaseProvider {
  /// The cases.
  static var importCases: [ImportCase] { get }
}

extension ImportCase {
  /// The cases every family provides, in registry order.
  static var ofEveryFamily: [ImportCase] {
    MappingRegistry.families.flatMap { ($0 as? any ImportCaseProvider.Type)?.importCases ?? [] }
  }
}

/// The Terraform resource types a conversion writes (`resource "TYPE" "NAME"` lines of its
/// module files, not of the migration root).
enum ModuleTypes {
  static func of(_ conversion: Conversion) -> [String] {
    var types: [String] = []
    for file in conversion.files where file.path.hasSuffix(".tf") && !file.path.contains("/") {
      for line in file.contents.split(separator: "\n") where line.hasPrefix("resource \"") {
        let type = line.dropFirst("resource \"".count).prefix { $0 != "\"" }
        if !types.contains(String(type)) { types.append(String(type)) }
      }
    }
    return types
  }
}
