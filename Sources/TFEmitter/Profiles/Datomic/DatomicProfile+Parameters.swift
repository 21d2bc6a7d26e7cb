import CFNParser

extension DatomicProfile {
  /// `variables.tf`: the module's inputs, with the ledger entries of the parameters whose
  /// defaults they took (or why a parameter has none).
  mutating func writeVariables() {
    module.write(
      "variables.tf",
      variables.sorted { $0.name < $1.name }.map { variable in
        (variable.comments.isEmpty ? [] : [.comment(variable.comments)]) + [.block(variable.block)]
      })
    for parameter in template.parameters {
      let path = TemplatePath.section("Parameters") / parameter.name
      if let target = parameterTargets[parameter.name] {
        let unchecked = ParameterValidation.uncheckedPattern(of: parameter)
        module.record(
          .parameter, path, at: parameter.range.start, target: target,
          unchecked == nil ? .transformed : .approximated,
          (["became an input of the transactor module"]
            + [
              parameter.noEcho && parameter.defaultValue != nil
                ? "the NoEcho default is not copied" : nil,
              unchecked?.note,
            ].compactMap { $0 })
            .joined(separator: "; "),
          source: parameter.noEcho ? Redaction.placeholder : parameter.defaultValue?.compactText)
      } else {
        module.record(
          .parameter, path, at: parameter.range.start, target: nil, .dropped,
          Self.droppedParameterReasons[parameter.name]
            ?? "only the template's boot script used it; the module's user data replaces that script",
          source: parameter.noEcho ? Redaction.placeholder : parameter.defaultValue?.compactText)
      }
    }
  }

  /// Why parameters the module has no input for are dropped.
  static let droppedParameterReasons: [String: String] = [
    "DatomicDeployBucket":
      "replaced: the AMI built by packer/ carries Datomic, so the deploy bucket and the DATOMIC_READ_DEPLOY_* credentials it needed are obsolete (Datomic Pro downloads are public since 1.0.6726)"
  ]
}
