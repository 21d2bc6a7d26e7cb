import CFNParser

/// What adopting a live stack takes: one import per Terraform resource that has a physical
/// counterpart, the resources that have none (and what the plan will do about them), the live
/// parameter values as variable values, and the secrets the user must supply.
struct MigrationPlan {
  /// `import { to = address  id = … }`.
  struct Import {
    /// The resource address inside the migration root (`module.stack.aws_x.y[0]`).
    var address: TerraformPath
    /// The import id: a literal, or an expression known at plan time.
    var id: HCLExpression
    /// Where it came from.
    var comment: String
  }

  /// A Terraform resource the stack has no counterpart for.
  struct Unmatched {
    /// The resource address inside the migration root.
    var address: TerraformPath
    /// What `terraform plan` will do about it, and why.
    var outcome: String
  }

  /// One value for `terraform.tfvars`.
  struct Value {
    var variable: String
    var value: HCLExpression
    var comment: String?
  }

  /// The module's name inside the migration root.
  var moduleName: String
  var imports: [Import] = []
  var unmatched: [Unmatched] = []
  var values: [Value] = []
  /// Variables whose live value AWS hides (NoEcho): the user supplies them.
  var secrets: [(variable: String, parameter: String)] = []
  /// Data sources the import ids need (`data "aws_security_group" "…" { … }`), as blocks.
  var dataSources: [HCLBlock] = []
  /// Expected in-place changes, named for the runbook.
  var expectedChanges: [String] = []
  /// Stack resources that are not converted (no import).
  var notConverted: [String] = []
  /// Resources that stay in CloudFormation, in the stack itself, with why.
  var kept: [String] = []
  /// The `--keep` arguments the conversion was given, for the runbook's `retain --kept`.
  var keepArguments: [String] = []
  /// Launch configurations the adoption keeps as they are (a later step moves their groups to
  /// launch templates).
  var launchConfigurations: [String] = []
  /// The stack, for the runbook.
  var stack: LiveStack
  /// The template's parameter names (for the retain update's `UsePreviousValue`).
  var parameterNames: [String]
  /// Whether the template declares IAM resources (the update needs a capability).
  var needsIAMCapability: Bool
  /// The template's file name, without directories, its control characters escaped (the
  /// runbook quotes it).
  var templateName: String

  init(moduleName: String, stack: LiveStack, template: Template) {
    self.moduleName = moduleName
    self.stack = stack
    parameterNames = template.parameters.map(\.name)
    needsIAMCapability = template.resources.contains { $0.type.value.hasPrefix("AWS::IAM::") }
    templateName = template.inputName.escapingControlCharacters()
  }

  /// Sets the value of `variable` in `terraform.tfvars`, replacing an earlier one.
  mutating func set(_ variable: String, _ value: HCLExpression, _ comment: String) {
    values.removeAll { $0.variable == variable }
    values.append(Value(variable: variable, value: value, comment: comment))
  }

  /// Adds an import of the module's resource `resource` (`aws_x.y` or `aws_x.y[0]`).
  mutating func adopt(_ resource: TerraformPath, _ id: HCLExpression, _ comment: String) {
    imports.append(Import(address: resource.inModule(moduleName), id: id, comment: comment))
  }

  /// The address of `resource` inside the migration root: its first instance when it is counted.
  func address(of resource: TerraformResource) -> TerraformPath {
    (resource.hasCount ? resource.path / 0 : resource.path).inModule(moduleName)
  }
}
