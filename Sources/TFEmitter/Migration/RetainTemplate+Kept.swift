import CFNParser

extension RetainTemplate {
  /// The template a live stack keeps once Terraform has adopted the rest: exactly the
  /// `cloudformation/kept.json` of the module converted with `options`. A template whose every
  /// resource converts gives an error: its stack keeps nothing and is deleted instead.
  package static func kept(bytes: [UInt8], fileName: String, options: ConversionOptions) -> (
    text: String?, diagnostics: [Diagnostic]
  ) {
    let conversion = Converter.convert(bytes: bytes, fileName: fileName, options: options)
    guard !conversion.diagnostics.containsErrors else { return (nil, conversion.diagnostics) }
    guard let file = conversion.file(ModuleBuilder.keptTemplatePath) else {
      let nothing = Diagnostic.error(
        "nothing of \(fileName) stays in CloudFormation: every resource converts", at: nil,
        notes: [.init("without '--kept', retain writes the template that keeps every resource")])
      return (nil, conversion.diagnostics + [nothing])
    }
    return (file.contents, conversion.diagnostics)
  }
}
