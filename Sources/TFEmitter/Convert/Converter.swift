import CFNParser

/// Converts a CloudFormation template into a Terraform module: the whole pipeline from text to
/// files, with no I/O.
public enum Converter {
  /// Reads, decodes, analyses and converts template text. When the diagnostics hold an error, the
  /// conversion has no files.
  public static func convert(
    _ text: String, fileName: String, options: ConversionOptions = ConversionOptions()
  ) -> Conversion {
    convert(bytes: Array(text.utf8), fileName: fileName, options: options)
  }

  /// Reads, decodes, analyses and converts template bytes.
  public static func convert(
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
  public static func convert(
    _ graph: ResourceGraph, options: ConversionOptions = ConversionOptions(),
    liveStack: LiveStack? = nil
  ) -> Conversion {
    var files: [GeneratedFile]
    var ledger: Ledger
    var diagnostics: [Diagnostic]
    if options.useProfiles, let transactor = DatomicTransactor.recognize(graph.template) {
      var profile = DatomicProfile(
        template: graph.template, transactor: transactor, options: options)
      files = profile.build()
      if let liveStack {
        let plan = profile.migrationPlan(liveStack)
        files += MigrationFiles.files(plan, variables: profile.variables, header: profile.header)
        profile.record(plan)
      }
      (ledger, diagnostics) = (profile.ledger, profile.diagnostics)
    } else {
      // Adopting a stack changes nothing: its groups keep their live launch configurations
      // (MIGRATION.md names the move to launch templates as a step of its own), and nothing is
      // hardened (a launch configuration cannot change in place, a volume's encryption neither).
      var moduleOptions = options
      if liveStack != nil {
        moduleOptions.launchConfigurationTarget = .launchConfiguration
        moduleOptions.harden = false
      }
      var module = ModuleBuilder(graph: graph, options: moduleOptions)
      module.build()
      files = module.files()
      if let liveStack {
        let plan = module.migrationPlan(liveStack)
        files += MigrationFiles.files(plan, variables: module.variables, header: module.header)
        module.ledger.record(plan)
      }
      (ledger, diagnostics) = (module.ledger, module.diagnostics)
    }
    diagnostics = diagnostics.sortedByLocation()
    if diagnostics.containsErrors { files = [] }
    files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    var conversion = Conversion(files: files, ledger: ledger, diagnostics: diagnostics)
    conversion.attachReport(graph: graph, options: options)
    return conversion
  }
}
