extension ResourceBuilder {
  /// The ledger with the values of every entry that encloses a secret's entry redacted too: an
  /// object property (`LaunchTemplateData`) shows its fields' values, the user data among them.
  var ledgerRedactingEnclosures: [LedgerEntry] {
    let secrets = ledger.filter { $0.sourceValue == Redaction.placeholder }.map(\.path)
    guard !secrets.isEmpty else { return ledger }
    return ledger.map { entry in
      let encloses = secrets.contains {
        $0.hasPrefix(entry.path + ".") || $0.hasPrefix(entry.path + "[")
      }
      guard encloses, entry.sourceValue != nil || entry.targetValue != nil else { return entry }
      var redacted = entry
      redacted.sourceValue = entry.sourceValue.map { _ in Redaction.placeholder }
      redacted.targetValue = entry.targetValue.map { _ in Redaction.placeholder }
      return redacted
    }
  }
}
