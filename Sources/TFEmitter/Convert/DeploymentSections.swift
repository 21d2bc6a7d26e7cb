import CFNParser

/// The judgement on a template's `Rules` and `Hooks` (`Template.deploymentSections`): Terraform
/// has no equivalent of either, so each is a warning at its key that names the fix.
package enum DeploymentSections {
  /// One warning per section, in document order.
  package static func warnings(in template: Template) -> [Diagnostic] {
    template.deploymentSections.map { member in
      .warning(
        "section '\(member.key)' is not converted; Terraform has no equivalent",
        at: member.keyRange.start,
        notes: [.init("check its assertions with variable validation or a 'check' block by hand")])
    }
  }

  /// One dropped `section` ledger entry per section, in document order.
  static func ledgerEntries(in template: Template) -> [LedgerEntry] {
    template.deploymentSections.map { member in
      LedgerEntry(
        kind: .section, path: .section(member.key), location: member.keyRange.start,
        status: .dropped,
        note: "Terraform has no equivalent: check its assertions with variable validation or a "
          + "'check' block by hand")
    }
  }

  /// Decodes template bytes as `TemplateDecoder.decode(bytes:fileName:)` does, with the warnings
  /// on its deployment sections among the diagnostics (even when they hold errors, so that
  /// every problem is said at once). The template is nil when any error was found.
  package static func decode(bytes: [UInt8], fileName: String) -> (
    template: Template?, diagnostics: [Diagnostic]
  ) {
    let (template, diagnostics) = TemplateDecoder.decodePartially(bytes: bytes, fileName: fileName)
    return judged(template, diagnostics)
  }

  /// Decodes a JSON tree as `TemplateDecoder.decode(_:fileName:)` does, with the warnings on its
  /// deployment sections among the diagnostics. The template is nil when any error was found.
  package static func decode(_ root: JSONValue, fileName: String) -> (
    template: Template?, diagnostics: [Diagnostic]
  ) {
    let (template, diagnostics) = TemplateDecoder.decodePartially(root, fileName: fileName)
    return judged(template, diagnostics)
  }

  private static func judged(_ template: Template?, _ diagnostics: [Diagnostic]) -> (
    template: Template?, diagnostics: [Diagnostic]
  ) {
    guard let template else { return (nil, diagnostics) }
    let all = diagnostics + warnings(in: template)
    return (all.containsErrors ? nil : template, all)
  }
}
