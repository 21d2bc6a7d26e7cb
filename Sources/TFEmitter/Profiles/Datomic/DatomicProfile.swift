import CFNParser

/// The Datomic transactor profile: turns a template written by Datomic's `create-cf-template`
/// (recognised by `DatomicTransactor.recognize`) into a deployable module — the launch template
/// and group the template declares, plus what `ensure-cf` and `ensure-transactor` created outside
/// it (security group, IAM roles and policies, log bucket, DynamoDB table), each behind a
/// `create_*` toggle; user data that reads the host through IMDSv2 and writes the transactor
/// properties from typed variables; an AMI found by name (baked by the Packer template written
/// beside the module); and an example root module.
struct DatomicProfile {
  let template: Template
  let transactor: DatomicTransactor
  let options: ConversionOptions
  var variables: [VariableDeclaration] = []
  var ledger = Ledger()
  var diagnostics: [Diagnostic] = []
  /// Parameter name → the variable that took its default (`var.java_xmx`).
  var parameterTargets: [String: String] = [:]

  init(template: Template, transactor: DatomicTransactor, options: ConversionOptions) {
    self.template = template
    self.transactor = transactor
    self.options = options
  }

  /// The header comment of every generated file.
  var header: String { options.header(for: template) }

  /// Builds the module's files and ledger.
  mutating func build() -> [GeneratedFile] {
    buildVariables()
    var files: [GeneratedFile] = []
    func add(_ path: String, _ groups: [[HCLItem]]) {
      files.append(GeneratedFile(path: path, contents: HCLPrinter.print(header: header, groups)))
    }
    add("versions.tf", [[.block(.terraformSettings())]])
    add(
      "variables.tf",
      variables.sorted { $0.name < $1.name }.map { variable in
        (variable.comments.isEmpty ? [] : [.comment(variable.comments)]) + [.block(variable.block)]
      })
    add("locals.tf", [localsItems])
    add("data.tf", dataItems)
    add("security_group.tf", securityGroupItems)
    add("iam.tf", iamItems)
    add("storage.tf", storageItems)
    add("transactor.tf", transactorItems)
    add("outputs.tf", outputItems)
    files += templateFiles
    files += exampleFiles
    files += DatomicPacker.files(packerSettings, header: header)
    recordTemplate()
    files.append(GeneratedFile(path: "README.md", contents: readme))
    return files
  }

}
