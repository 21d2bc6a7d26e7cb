import CFNParser

/// Converts a CloudFormation template into a Terraform module: the whole pipeline from text to
/// files, with no I/O.
package enum Converter {
  /// Reads, decodes, analyses and converts template text. When the diagnostics hold an error, the
  /// conversion has no files.
  package static func convert(
    _ text: String, fileName: String, options: ConversionOptions = ConversionOptions()
  ) -> Conversion {
    convert(bytes: Array(text.utf8), fileName: fileName, options: options)
  }

  /// Reads, decodes, analyses and converts template bytes.
  package static func convert(
    bytes: [UInt8], fileName: String, options: ConversionOptions = ConversionOptions(),
    liveStack: LiveStack? = nil
  ) -> Conversion {
    let (template, decodeDiagnostics) = DeploymentSections.decode(bytes: bytes, fileName: fileName)
    guard let template else {
      return Conversion(files: [], ledger: Ledger(), diagnostics: decodeDiagnostics)
    }
    let (graph, graphDiagnostics) = GraphBuilder.build(template)
    var diagnostics = decodeDiagnostics + graphDiagnostics
    for name in options.keptResources where template.resource(name) == nil {
      diagnostics.append(
        .error(
          "'--keep' names '\(name)', which is not a resource of the template", at: nil,
          notes: Spelling.closest(to: name, in: template.resources.map(\.logicalId)).map {
            [.init("did you mean '\($0)'?")]
          } ?? []))
    }
    if diagnostics.containsErrors {
      return Conversion(files: [], ledger: Ledger(), diagnostics: diagnostics)
    }
    var conversion = convert(graph, options: options, liveStack: liveStack)
    conversion.diagnostics = diagnostics + conversion.diagnostics
    if !diagnostics.isEmpty { conversion.attachReport(graph: graph, options: options) }
    return conversion
  }

  /// Converts an analysed template. With a live stack, the output also holds the migration:
  /// `migration/` (a root module with import blocks and the live values) and `MIGRATION.md`.
  /// When the diagnostics hold an error, the conversion has no files.
  package static func convert(
    _ graph: ResourceGraph, options: ConversionOptions = ConversionOptions(),
    liveStack: LiveStack? = nil
  ) -> Conversion {
    // The profile and its parts are gone before the report is written: they hold the module's
    // syntax trees and share the ledger's entries.
    var conversion = module(graph, options: options, liveStack: liveStack)
    conversion.attachReport(graph: graph, options: options)
    return conversion
  }

  /// The module's files, ledger and diagnostics, without the report.
  private static func module(
    _ graph: ResourceGraph, options: ConversionOptions, liveStack: LiveStack?
  ) -> Conversion {
    var profile = profile(for: graph, options: options, adopting: liveStack != nil)
    var parts = profile.buildModule()
    if let liveStack {
      let plan = profile.migrationPlan(liveStack)
      parts.files += MigrationFiles.files(plan, variables: parts.variables, header: parts.header)
      parts.ledger.record(plan)
    }
    var files = parts.files
    let diagnostics = parts.diagnostics.sortedByLocation()
    if diagnostics.containsErrors { files = [] }
    files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    return Conversion(files: files, ledger: parts.ledger, diagnostics: diagnostics)
  }

  /// The profile that converts `graph`: a purpose-built one when the options allow profiles and
  /// one recognises the template, the resource-by-resource conversion otherwise.
  static func profile(for graph: ResourceGraph, options: ConversionOptions, adopting: Bool)
    -> any ModuleProfile
  {
    if options.useProfiles, let transactor = DatomicTransactor.recognize(graph.template) {
      return DatomicProfile(template: graph.template, transactor: transactor, options: options)
    }
    // Adopting a stack changes nothing: its groups keep their live launch configurations
    // (MIGRATION.md names the move to launch templates as a step of its own), and nothing is
    // hardened (a launch configuration cannot change in place, a volume's encryption neither).
    var moduleOptions = options
    if adopting {
      moduleOptions.launchConfigurationTarget = .launchConfiguration
      moduleOptions.harden = false
    }
    return ModuleBuilder(graph: graph, options: moduleOptions)
  }
}
