extension ModuleBuilder: ModuleProfile {
  /// Maps every resource, then gathers the module's files.
  mutating func buildModule() -> ModuleParts {
    build()
    return ModuleParts(
      header: header, files: files(), variables: variables, ledger: ledger,
      diagnostics: diagnostics)
  }
}
