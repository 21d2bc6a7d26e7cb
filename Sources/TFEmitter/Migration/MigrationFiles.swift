import CFNParser

/// The files of a migration: a root module in `migration/` that calls the converted module,
/// `migration/imports.tf`, `migration/terraform.tfvars` with the live values, and `MIGRATION.md`.
enum MigrationFiles {
  static func files(_ plan: MigrationPlan, variables: [VariableDeclaration], header: String)
    -> [GeneratedFile]
  {
    [
      GeneratedFile(
        path: "migration/main.tf", contents: root(plan, variables: variables, header: header)),
      GeneratedFile(path: "migration/imports.tf", contents: imports(plan, header: header)),
      GeneratedFile(path: "migration/terraform.tfvars", contents: values(plan, header: header)),
      GeneratedFile(path: "MIGRATION.md", contents: MigrationRunbook.text(plan)),
    ]
  }

  static func root(_ plan: MigrationPlan, variables: [VariableDeclaration], header: String)
    -> String
  {
    let sorted = variables.sorted { $0.name < $1.name }
    var moduleBody = HCLBody([.attribute(HCLAttribute("source", .string("../"))), .blankLine])
    for variable in sorted { moduleBody.attribute(variable.name, .variable(variable.name)) }
    var groups: [[HCLItem]] = [
      [
        .comment([
          "The root of the migration: it calls the converted module and adopts the stack's",
          "resources with the import blocks in imports.tf (MIGRATION.md has the steps).",
        ]),
        .block(.terraformSettings(requiredVersion: ">= 1.6.0")),
      ],
      [
        .block(
          HCLBlock("provider", "aws") {
            HCLAttribute("region", .string(plan.stack.region ?? "us-east-1"))
          })
      ],
      [.block(HCLBlock("module", [plan.moduleName], body: moduleBody))],
    ]
    groups += plan.dataSources.map { [.block($0)] }
    for variable in sorted {
      var mirror = variable
      mirror.comments = []
      mirror.validations = []
      groups.append([.block(mirror.block)])
    }
    return HCLPrinter.print(header: header, groups)
  }

  static func imports(_ plan: MigrationPlan, header: String) -> String {
    var groups: [[HCLItem]] = []
    for item in plan.imports {
      groups.append([
        .comment([item.comment]),
        .block(
          HCLBlock("import") {
            HCLAttribute("to", .traversal(item.address))
            HCLAttribute("id", item.id)
          }),
      ])
    }
    let unmatched = plan.unmatched.map { "\($0.address): \($0.outcome)" }
    if !unmatched.isEmpty {
      groups.append([.comment(["Not imported (no counterpart in the stack):"] + unmatched)])
    }
    return HCLPrinter.print(header: header, groups)
  }

  static func values(_ plan: MigrationPlan, header: String) -> String {
    var items: [HCLItem] = [
      .comment([
        header, "The stack's live values, so that the first plan compares the live configuration.",
      ]), .blankLine,
    ]
    for value in plan.values.sorted(by: { $0.variable < $1.variable }) {
      if let comment = value.comment { items.append(.comment([comment])) }
      items.append(.attribute(HCLAttribute(value.variable, value.value)))
    }
    if !plan.secrets.isEmpty {
      items.append(.blankLine)
      items.append(
        .comment(
          ["AWS hides these NoEcho values; set them outside this file, for example:"]
            + plan.secrets.map { "export TF_VAR_\($0.variable)=… (parameter \($0.parameter))" }))
    }
    return HCLPrinter.print(HCLBody(items))
  }
}
