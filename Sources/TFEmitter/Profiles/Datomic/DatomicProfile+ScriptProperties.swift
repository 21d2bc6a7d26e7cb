import CFNParser

extension DatomicProfile {
  /// `templates/`: the transactor properties and the boot script, with the ledger entries of the
  /// properties the template's script wrote, which they now write.
  mutating func writeTemplates() {
    module.files.append(
      GeneratedFile(
        path: Self.propertiesPath, contents: HCLPrinter.printTemplateFile(propertiesTemplate)))
    module.files.append(
      GeneratedFile(
        path: Self.userDataPath, contents: HCLPrinter.printTemplateFile(userDataTemplate)))
    recordScriptProperties()
  }

  /// Where a secret property goes: its input (declared for it), what the user should do, and the
  /// ledger note.
  func secretFate(_ key: String) -> (target: TerraformPath?, fix: String, note: String) {
    if key == "license-key", let target = propertyTargets[key] {
      return (
        target,
        "set \(target) or var.license_key_ssm_parameter (none is needed since 1.0.6726)",
        "the licence key became a sensitive input or an SSM parameter read at boot; its value is not copied"
      )
    }
    if key == "sql-password", let target = propertyTargets[key] {
      return (
        target, "set \(target)", "the password became a sensitive input; its value is not copied"
      )
    }
    return (
      nil, "the module's IAM role replaces IAM user keys",
      "IAM user keys of the 0.8 era are replaced by the transactor's IAM role; the key is not copied"
    )
  }

  /// Where each transactor property of the user data went.
  private mutating func recordScriptProperties() {
    let lc = transactor.launchConfiguration
    for property in transactor.properties {
      let path = TemplatePath.property("UserData", of: lc.logicalId).appending([.line(property.key)]
      )
      let value = value(of: property.value)
      let place = "on line \(property.line + 1) of the script"
      if property.key == "host" || property.key == "alt-host" {
        module.record(
          .property, path, at: property.location, resourceType: lc.type.value,
          target: .file(Self.userDataPath), .transformed,
          "read at boot through IMDSv2 instead of IMDSv1")
      } else if SecretScanner.isSecretName(property.key) {
        let literal = value.defaultText != nil && value.parameter == nil
        let (target, fix, note) = secretFate(property.key)
        if literal {
          module.diagnostics.append(
            .warning(
              "the user data of '\(lc.logicalId)' holds a secret in plain text ('\(property.key)' \(place)); it is not copied: \(fix)",
              at: property.location))
        }
        module.record(
          .property, path, at: property.location, resourceType: lc.type.value, target: target,
          target == nil ? .dropped : .transformed, note, source: Redaction.placeholder)
      } else if isSecret(property) {
        // A secret inside the value of a property whose name does not say so.
        let target = propertyTargets[property.key] ?? .variable("extra_transactor_properties")
        let fix =
          propertyTargets[property.key].map { "set \($0)" }
          ?? "add it to var.extra_transactor_properties"
        module.diagnostics.append(
          .warning(
            "the user data of '\(lc.logicalId)' holds a secret in plain text (in '\(property.key)' \(place)); it is not copied: \(fix)",
            at: property.location))
        module.record(
          .property, path, at: property.location, resourceType: lc.type.value, target: target,
          .transformed, "holds a secret, which is not copied: \(fix)",
          source: Redaction.placeholder)
      } else if let target = propertyTargets[property.key] {
        module.record(
          .property, path, at: property.location, resourceType: lc.type.value, target: target,
          .transformed,
          "became an input written into \(Self.propertiesPath) (from \(value.origin))"
        )
      } else {
        module.record(
          .property, path, at: property.location, resourceType: lc.type.value,
          target: .variable("extra_transactor_properties"), .transformed,
          "kept as an extra property (from \(value.origin))")
      }
    }
  }
}
