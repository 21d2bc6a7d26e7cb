import CFNParser

/// `MIGRATION.md`: the exact commands, in order, what to check after each, and how to roll back.
enum MigrationRunbook {
  static func text(_ plan: MigrationPlan) -> String {
    let stack = plan.stack.name ?? "STACK"
    let region = plan.stack.region ?? "REGION"
    let stackTemplate = plan.stack.templateFile.map {
      ($0.split(separator: "/").last.map(String.init) ?? $0).escapingControlCharacters()
    }
    let template =
      stackTemplate.map { "--stack-template \(ShellWord.word($0))" }
      ?? ShellWord.word(plan.templateName)
    let retained = retainedName(stackTemplate ?? plan.templateName, body: stackTemplate != nil)
    let retainedWord = ShellWord.word(retained)
    let keeps = !plan.kept.isEmpty
    var lines: [String] = [
      "# Migrating stack `\(stack)` to Terraform",
      "",
    ]
    if keeps {
      lines += [
        "The stack's resources are adopted by Terraform, never recreated: CloudFormation first keeps",
        "every resource (DeletionPolicy Retain); Terraform imports the resources it converts and the",
        "stack itself, which from then on holds only what stays in CloudFormation",
        "(`\(ModuleBuilder.keptTemplatePath)`; see the end of this file). Run the commands from the",
        "directory that holds this file, with AWS credentials for the stack's account and",
        "`AWS_REGION=\(region)`; Terraform 1.6 or later.",
        "",
      ]
    } else {
      lines += [
        "The stack's resources are adopted by Terraform, never recreated: CloudFormation first keeps",
        "every resource (DeletionPolicy Retain), the stack is deleted, and Terraform imports what is",
        "left. Run the commands from the directory that holds this file, with AWS credentials for the",
        "stack's account and `AWS_REGION=\(region)`; Terraform 1.6 or later.",
        "",
      ]
    }
    lines += [
      "## 1. Keep every resource when the stack goes",
      "",
      "```sh",
      "cfn2tf retain \(template) -o \(retainedWord)",
      "aws cloudformation update-stack --stack-name \(stack) \\",
      "  --template-body file://\(retainedWord) \\",
    ]
    if !plan.parameterNames.isEmpty {
      lines.append(
        "  --parameters "
          + plan.parameterNames.map { "ParameterKey=\($0),UsePreviousValue=true" }
          .joined(separator: " ") + " \\")
    }
    if plan.needsIAMCapability { lines.append("  --capabilities CAPABILITY_IAM \\") }
    if lines.last?.hasSuffix(" \\") == true { lines[lines.count - 1].removeLast(2) }
    lines += [
      "aws cloudformation wait stack-update-complete --stack-name \(stack)",
      "```",
      "",
      "Check: the stack is `UPDATE_COMPLETE` and its template has `Retain` on every resource:",
      "",
      "```sh",
      "aws cloudformation get-template --stack-name \(stack) --query TemplateBody --output json | grep -c '\"Retain\"'",
      "```",
      "",
      "Roll back: update the stack again with the original template (nothing else changed).",
      "",
    ]
    if keeps {
      lines += keptStackStep(plan, template: template)
    } else {
      lines += deletionStep(plan, stack: stack)
    }
    lines += ["## 3. Plan the adoption", ""]
    lines += planSteps(plan, retained: retained, keeps: keeps)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Step 2 when nothing stays in CloudFormation: the stack is deleted.
  static func deletionStep(_ plan: MigrationPlan, stack: String) -> [String] {
    var lines = [
      "## 2. Delete the stack; every resource stays",
      "",
      "```sh",
      "aws cloudformation delete-stack --stack-name \(stack)",
      "aws cloudformation wait stack-delete-complete --stack-name \(stack)",
      "```",
      "",
      "Check that each resource survived:",
      "",
      "```sh",
    ]
    for resource in plan.stack.resources {
      if let check = check(resource) { lines.append(check) }
    }
    lines += [
      "```",
      "",
      "Roll back: the resources are unmanaged but intact; to give them back to CloudFormation,",
      "create a stack from the retain template with a change set of type `IMPORT`",
      "(`aws cloudformation create-change-set --change-set-type IMPORT …`).",
      "",
    ]
    return lines
  }

  /// Step 2 when resources stay in CloudFormation: the stack stays, for them.
  static func keptStackStep(_ plan: MigrationPlan, template: String) -> [String] {
    [
      "## 2. Keep the stack for what stays in CloudFormation",
      "",
      "Do not delete the stack: \(plan.kept.count) resource(s) stay in it (listed at the end).",
      "Terraform imports the stack as `module.\(plan.moduleName).aws_cloudformation_stack.kept` and,",
      "when you apply, updates it to `\(ModuleBuilder.keptTemplatePath)`: the resources Terraform",
      "adopts leave the stack and, retained by step 1, stay in place. Review that template first;",
      "`cfn2tf retain` writes the same:",
      "",
      "```sh",
      (["cfn2tf retain \(template) --kept"] + plan.keepArguments + ["-o kept.json"])
        .joined(separator: " "),
      "```",
      "",
    ]
  }

  /// Steps 3 to 5: plan, apply, remove the import blocks; then the imports and what stays.
  /// The name of the retained template: `web-retain.json` for `web.json`, `web-retain.yaml` for
  /// `web.yaml`; for the `body` of a get-template output, which may be either,
  /// `web-retain.template`.
  static func retainedName(_ name: String, body: Bool) -> String {
    for suffix in [".json", ".yaml", ".yml", ".template"] where name.hasSuffix(suffix) {
      return String(name.dropLast(suffix.count)) + "-retain" + (body ? ".template" : suffix)
    }
    return name + (body ? "-retain.template" : "-retain.json")
  }

  static func planSteps(_ plan: MigrationPlan, retained: String, keeps: Bool) -> [String] {
    var lines: [String] = []
    if !plan.secrets.isEmpty {
      lines.append("Set the values AWS hides (NoEcho parameters) first:")
      lines.append("")
      lines.append("```sh")
      for secret in plan.secrets {
        lines.append("export TF_VAR_\(secret.variable)='…'   # parameter \(secret.parameter)")
      }
      lines.append("```")
      lines.append("")
    }
    lines += [
      "```sh",
      "cd migration",
      "terraform init",
      "terraform plan -out=migrate.tfplan",
      "```",
      "",
      "Check: `Plan: \(plan.imports.count) to import, \(plan.unmatched.filter { $0.outcome.hasPrefix("created") }.count) to add, … to change, 0 to destroy`.",
      "Nothing may be destroyed or replaced. The expected differences:",
      "",
    ]
    for item in plan.unmatched { lines.append("- `\(item.address)`: \(item.outcome)") }
    for change in plan.expectedChanges { lines.append("- \(change)") }
    if plan.unmatched.isEmpty && plan.expectedChanges.isEmpty { lines.append("- none") }
    lines += [
      "",
      "Roll back: nothing is applied yet; fix `terraform.tfvars` and plan again.",
      "",
      "## 4. Apply",
      "",
      "```sh",
      "terraform apply migrate.tfplan",
      "terraform plan",
      "```",
      "",
      "Check: the second plan shows no changes. Roll back: `terraform state rm` of the imported",
      "addresses forgets them without touching AWS"
        + (keeps
          ? "; to give the adopted resources back to the stack, update it with `\(retained)` (step 1)."
          : "."),
      "",
      "## 5. Remove the import blocks",
      "",
      "```sh",
      "rm imports.tf",
      "terraform plan",
      "```",
      "",
      "Check: no changes. From here on, change the infrastructure through Terraform only.",
      "",
    ]
    if !plan.launchConfigurations.isEmpty {
      lines += [
        "## 6. Later, on its own: move the groups to launch templates",
        "",
        "The adoption keeps the live launch configurations (\(plan.launchConfigurations.map { "`\($0)`" }.joined(separator: ", ")))",
        "so that it changes nothing. AWS no longer lets new accounts create launch configurations;",
        "to move to launch templates, convert the template again without `--stack-resources`, put",
        "that module in place of this one and plan: each group changes in place to its new launch",
        "template and the launch configuration is destroyed; running instances stay until they are",
        "replaced (an instance refresh replaces them at once).",
        "",
      ]
    }
    lines += [
      "## Imports",
      "",
      "| Terraform address | Import id | From |",
      "|---|---|---|",
    ]
    for item in plan.imports {
      lines.append(
        "| `\(item.address)` | `\(Markdown.code(HCLPrinter.printExpression(item.id)))` | \(Markdown.inline(item.comment)) |"
      )
    }
    if keeps {
      lines += ["", "## Stays in CloudFormation", ""] + plan.kept.map { "- \($0)" }
    }
    if !plan.notConverted.isEmpty {
      lines += ["", "## Not converted", ""] + plan.notConverted.map { "- \($0)" }
    }
    return lines
  }

  /// A command that shows the resource exists, by type.
  static func check(_ resource: LiveStack.Resource) -> String? {
    guard let id = resource.physicalId else { return nil }
    let quoted = ShellWord.quoted(id)
    switch resource.type {
    case "AWS::AutoScaling::AutoScalingGroup":
      return
        "aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names \(quoted) --query 'AutoScalingGroups[].AutoScalingGroupName'"
    case "AWS::AutoScaling::LaunchConfiguration":
      return
        "aws autoscaling describe-launch-configurations --launch-configuration-names \(quoted) --query 'LaunchConfigurations[].LaunchConfigurationName'"
    case "AWS::EC2::SecurityGroup":
      return
        "aws ec2 describe-security-groups --group-ids \(quoted) --query 'SecurityGroups[].GroupId'"
    case "AWS::EC2::Instance":
      return
        "aws ec2 describe-instances --instance-ids \(quoted) --query 'Reservations[].Instances[].State.Name'"
    case "AWS::IAM::Role":
      return "aws iam get-role --role-name \(quoted) --query Role.RoleName"
    case "AWS::IAM::InstanceProfile":
      return
        "aws iam get-instance-profile --instance-profile-name \(quoted) --query InstanceProfile.InstanceProfileName"
    case "AWS::IAM::User":
      return "aws iam get-user --user-name \(quoted) --query User.UserName"
    case "AWS::S3::Bucket":
      return "aws s3api head-bucket --bucket \(quoted)"
    case "AWS::DynamoDB::Table":
      return "aws dynamodb describe-table --table-name \(quoted) --query Table.TableStatus"
    default:
      return "# \(resource.logicalId) (\(resource.type)): \(id)"
    }
  }
}
