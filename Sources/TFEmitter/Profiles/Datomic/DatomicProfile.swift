import CFNParser

/// The Datomic transactor profile: turns a template written by Datomic's `create-cf-template`
/// (recognised by `DatomicTransactor.recognize`) into a deployable module — the launch template
/// and group the template declares, plus what `ensure-cf` and `ensure-transactor` created outside
/// it (security group, IAM roles and policies, log bucket, DynamoDB table), each behind a
/// `create_*` toggle; user data that reads the host through IMDSv2 and writes the transactor
/// properties from typed variables; an AMI found by name (baked by the Packer template written
/// beside the module); and an example root module.
struct DatomicProfile: ModuleProfile {
  let template: Template
  let transactor: DatomicTransactor
  let options: ConversionOptions
  /// The template's values as CloudFormation has them when no parameter is given (defaults);
  /// NoEcho defaults are the profile's to hide (`value(of:)`).
  let evaluator: TemplateEvaluator
  /// The module as it is written: files, inputs, ledger and diagnostics.
  var module: ModuleParts
  /// Parameter name → the variable that took its default (`var.java_xmx`).
  var parameterTargets: [String: TerraformPath] = [:]
  /// Transactor property key → the variable that is its input (`var.dynamodb_table_name`).
  var propertyTargets: [String: TerraformPath] = [:]

  init(template: Template, transactor: DatomicTransactor, options: ConversionOptions) {
    self.template = template
    self.transactor = transactor
    self.options = options
    evaluator = TemplateEvaluator(template: template, values: [:])
    module = ModuleParts(header: options.header(for: template))
  }

  /// The header comment of every generated file.
  var header: String { module.header }

  /// The module's inputs.
  var variables: [VariableDeclaration] { module.variables }

  /// Builds the module's files, each recording in the ledger what it holds. The ledger follows
  /// the template (parameters, mappings, the two resources, the user data's properties), then
  /// what the module adds.
  mutating func buildModule() -> ModuleParts {
    buildVariables()
    writeVariables()
    writeData()
    writeTransactor()
    writeTemplates()
    writeSecurityGroup()
    writeIAM()
    writeStorage()
    writePacker()
    module.write("versions.tf", [[.block(.terraformSettings())]])
    module.write("locals.tf", [localsItems])
    module.write("outputs.tf", outputItems)
    module.files += exampleFiles
    module.files.append(GeneratedFile(path: "README.md", contents: readme))
    return module
  }

  /// `packer/`: the template that bakes the transactor's image.
  private mutating func writePacker() {
    module.files += DatomicPacker.files(packerSettings, header: header)
    module.recordAddition(
      .file(DatomicPacker.templatePath),
      "bakes the transactor AMI (Datomic deprecated its own AMIs and this tooling on 2023-12-18)")
  }
}
