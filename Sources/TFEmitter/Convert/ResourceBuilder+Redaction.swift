extension ResourceBuilder {
  /// The ledger with the values of every entry that encloses a secret's entry redacted too: an
  /// object property (`LaunchTemplateData`) shows its fields' values, the user data among them.
  var ledgerRedactingEnclosures: [LedgerEntry] {
    let secrets = ledger.filter { $0.sourceValue == Redaction.placeholder }.compactMap(\.path)
    guard !secrets.isEmpty else { return ledger }
    return ledger.map { entry in
      guard let path = entry.path else { return entry }
      let encloses = secrets.contains { $0 != path && path.contains($0) }
      guard encloses, entry.sourceValue != nil || entry.targetValue != nil else { return entry }
      var redacted = entry
      redacted.sourceValue = entry.sourceValue.map { _ in Redaction.placeholder }
      redacted.targetValue = entry.targetValue.map { _ in Redaction.placeholder }
      return redacted
    }
  }
}
