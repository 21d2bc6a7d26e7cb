import CFNParser

/// A way of turning an analysed template into a Terraform module. The converter picks one — a
/// purpose-built profile such as `DatomicProfile` when it recognises the template, the
/// resource-by-resource `ModuleBuilder` otherwise — and calls it through this protocol alone.
protocol ModuleProfile {
  /// Builds the module: its files, inputs, ledger and diagnostics.
  mutating func buildModule() -> ModuleParts

  /// How a running stack is adopted into the module `buildModule()` built.
  func migrationPlan(_ stack: LiveStack) -> MigrationPlan
}

/// What a profile builds, gathered as it is written: each file with the ledger entries for what it
/// holds recorded beside it, so that the ledger says what the files say.
struct ModuleParts {
  /// The header comment of every generated file.
  let header: String
  /// The files written so far, in the order written (the converter sorts them by path).
  var files: [GeneratedFile] = []
  /// The module's inputs.
  var variables: [VariableDeclaration] = []
  /// What became of every element of the template.
  var ledger = Ledger()
  /// Warnings and errors, in the order raised.
  var diagnostics: [Diagnostic] = []

  /// Parts whose files open with the comment `header`.
  init(header: String) {
    self.header = header
  }

  /// Parts already built (by `ModuleBuilder`, which keeps its own).
  init(
    header: String, files: [GeneratedFile], variables: [VariableDeclaration], ledger: Ledger,
    diagnostics: [Diagnostic]
  ) {
    self.header = header
    self.files = files
    self.variables = variables
    self.ledger = ledger
    self.diagnostics = diagnostics
  }

  /// Writes an HCL file of blank-line separated groups, under the header.
  mutating func write(_ path: String, _ groups: [[HCLItem]]) {
    files.append(GeneratedFile(path: path, contents: HCLPrinter.print(header: header, groups)))
  }

  /// Records what became of one element of the template: the single place ledger entries of a
  /// profile are made (the ledger keeps the target's text for now).
  mutating func record(
    _ kind: LedgerElementKind, _ path: TemplatePath?, at location: SourceLocation?,
    resourceType: String? = nil, target: TerraformPath?, _ status: LedgerStatus, _ note: String,
    source: String? = nil
  ) {
    ledger.record(
      LedgerEntry(
        kind: kind, path: path, resourceType: resourceType, location: location,
        target: target, status: status, note: note, sourceValue: source))
  }

  /// Records something the module adds that the template did not have, at its own address.
  mutating func recordAddition(_ target: TerraformPath, _ note: String) {
    record(.addition, nil, at: nil, target: target, .transformed, note)
  }

  /// Records the `resource` block of type `type` among `groups` (the file just written) as an
  /// addition, at the address written there.
  mutating func recordAddition(ofResource type: String, in groups: [[HCLItem]], _ note: String) {
    for case .block(let block) in groups.joined()
    where block.type == "resource" && block.labels.first == type {
      recordAddition(block.address, note)
      return
    }
    preconditionFailure("no '\(type)' resource among the items written")
  }
}

extension HCLBlock {
  /// The Terraform address of a `resource` or `data` block: `aws_s3_bucket.logs`,
  /// `data.aws_ami.transactor`.
  var address: TerraformPath {
    precondition(labels.count == 2, "'\(type)' block without a type and a name")
    if type == "data" { return TerraformPath(.data(type: labels[0], name: labels[1])) }
    return .resource(labels[0], labels[1])
  }
}
