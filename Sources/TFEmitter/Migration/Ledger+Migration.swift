import CFNParser

extension Ledger {
  /// Records how each resource of the migration is adopted, or what happens to it instead.
  mutating func record(_ plan: MigrationPlan) {
    for item in plan.imports {
      record(
        LedgerEntry(
          kind: .migration, path: nil, caption: item.comment, target: item.address, status: .exact,
          note: "imported", targetValue: HCLPrinter.printExpression(item.id)))
    }
    for item in plan.unmatched {
      record(
        LedgerEntry(
          kind: .migration, path: nil, target: item.address, status: .approximated,
          note: item.outcome))
    }
  }
}
