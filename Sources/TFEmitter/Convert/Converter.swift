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
    bytes: [UInt8], fileName: String, options: ConversionOptions = ConversionOptions()
  ) -> Conversion {
    let (template, decodeDiagnostics) = TemplateDecoder.decode(bytes: bytes, fileName: fileName)
    guard let template else {
      return Conversion(files: [], ledger: Ledger(), diagnostics: decodeDiagnostics)
    }
    let (graph, graphDiagnostics) = GraphBuilder.build(template)
    let diagnostics = decodeDiagnostics + graphDiagnostics
    if diagnostics.containsErrors {
      return Conversion(files: [], ledger: Ledger(), diagnostics: diagnostics)
    }
    var conversion = convert(graph, options: options)
    conversion.diagnostics = diagnostics + conversion.diagnostics
    return conversion
  }

  /// Converts an analysed template. When the diagnostics hold an error, the conversion has no
  /// files.
  public static func convert(
    _ graph: ResourceGraph, options: ConversionOptions = ConversionOptions()
  )
    -> Conversion
  {
    if options.useProfiles, let transactor = DatomicTransactor.recognize(graph.template) {
      var profile = DatomicProfile(template: graph.template, transactor: transactor, options: options)
      let files = profile.build().sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
      let diagnostics = profile.diagnostics.sortedByLocation()
      return Conversion(
        files: diagnostics.containsErrors ? [] : files, ledger: profile.ledger,
        diagnostics: diagnostics)
    }
    var module = ModuleBuilder(graph: graph, options: options)
    module.build()
    let diagnostics = module.diagnostics.sortedByLocation()
    if diagnostics.containsErrors {
      return Conversion(files: [], ledger: module.ledger, diagnostics: diagnostics)
    }
    let files = module.files().sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    return Conversion(files: files, ledger: module.ledger, diagnostics: diagnostics)
  }
}
