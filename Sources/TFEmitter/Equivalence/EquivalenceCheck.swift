import CFNParser

/// The proof a reviewer wants: with the same inputs, the template and the generated module
/// describe the same resources. The template is evaluated with the given parameter values
/// (defaults otherwise); the module's planned values come from `terraform show -json`; every
/// ledger entry that says a property became an argument (exactly or transformed) is compared,
/// attribute by attribute.
package struct EquivalenceReport: Hashable, Sendable {
  /// One comparison.
  package struct Item: Hashable, Sendable {
    /// The CloudFormation path (`LaunchGroup.Properties.MinSize`).
    package var path: String
    /// The Terraform path (`aws_autoscaling_group.launch_group.min_size`).
    package var target: String
    /// The CloudFormation value, rendered (secrets redacted).
    package var cloudFormation: String
    /// The planned Terraform value, rendered (secrets redacted).
    package var terraform: String
    /// Where the CloudFormation element is written.
    package var location: SourceLocation?
  }

  /// Entries whose values agree.
  package var equal: [Item] = []
  /// Entries whose values differ: the check fails.
  package var differences: [Item] = []
  /// Entries not compared, with the reason in `terraform`.
  package var notCompared: [Item] = []

  /// True when nothing differs.
  package var isEquivalent: Bool { differences.isEmpty }
}

/// Runs equivalence checks.
package enum EquivalenceCheck {
  /// Converts `template` (with `options`), evaluates it with `values` (parameters by name, pseudo
  /// parameters as `AWS::Region` …) and compares it with the plan. Nil, with diagnostics, when the
  /// template or the plan cannot be read.
  package static func check(
    template bytes: [UInt8], fileName: String, options: ConversionOptions = ConversionOptions(),
    plan planBytes: [UInt8], planFileName: String, values: [String: String]
  ) -> (report: EquivalenceReport?, diagnostics: [Diagnostic]) {
    let (decoded, decodeDiagnostics) = DeploymentSections.decode(bytes: bytes, fileName: fileName)
    guard let template = decoded else { return (nil, decodeDiagnostics) }
    let conversion = Converter.convert(bytes: bytes, fileName: fileName, options: options)
    if conversion.diagnostics.containsErrors { return (nil, conversion.diagnostics) }
    let (planned, planDiagnostics) = PlannedValues.read(bytes: planBytes, fileName: planFileName)
    guard let planned else { return (nil, planDiagnostics) }
    var unknownNames: [Diagnostic] = []
    for name in values.keys.sorted()
    where template.parameter(name) == nil && PseudoParameter(rawValue: name) == nil {
      unknownNames.append(
        .error(
          "'\(name)' is not a parameter of the template", at: nil,
          notes: [.init("parameters: \(template.parameters.map(\.name).joined(separator: ", "))")]))
    }
    if !unknownNames.isEmpty { return (nil, unknownNames) }
    let evaluator = TemplateEvaluator(template: template, values: values)
    var comparer = Comparer(template: template, evaluator: evaluator, planned: planned)
    for entry in conversion.ledger.entries { comparer.compare(entry) }
    return (comparer.report, planDiagnostics)
  }
}
