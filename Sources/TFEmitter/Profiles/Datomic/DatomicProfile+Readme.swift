import CFNParser

extension DatomicProfile {
  /// The module's README: the path from here to running transactors, inputs and outputs.
  var readme: String {
    var lines = [
      "# Datomic transactor",
      "",
      "Terraform module converted by cfn2tf \(options.toolVersion) from \(MarkdownReport.code(template.inputName)), a template written by",
      "Datomic's `create-cf-template`. Besides the launch template and auto scaling group the template",
      "declared, it creates what `ensure-cf` and `ensure-transactor` made outside the template — the",
      "security group, IAM roles and policies, the DynamoDB table and the log bucket — each behind a",
      "`create_*` toggle, so that it serves a new deployment and the adoption of an existing one.",
      "",
      "## From here to a running transactor",
      "",
      "1. Bake the AMI (Datomic's own images are gone; `packer/README.md` has the details):",
      "",
      "   ```sh",
      "   cd packer && packer init . && packer build -var datomic_version=\(PackerSettings.exampleRelease) .",
      "   ```",
      "",
      "2. Plan with the example root module, which calls this module with a provider block:",
      "",
      "   ```sh",
      "   cd examples/datomic && terraform init && terraform plan",
      "   ```",
      "",
      "3. Apply: `terraform apply`. The transactor properties are the `transactor_properties` output;",
      "   peers need the policy in `peer_iam_policy_json` and a route to port `var.port`.",
      "",
      "To adopt a running stack instead of creating new resources, see cfn2tf's migration support",
      "(`--stack-resources`), which writes import blocks for this module.",
      "",
      "## Inputs",
      "",
      "| Name | Type | Default | Description |",
      "|------|------|---------|-------------|",
    ]
    for variable in variables.sorted(by: { $0.name < $1.name }) {
      let defaultText: String
      if variable.sensitive {
        defaultText = variable.defaultValue == nil ? "required, sensitive" : "sensitive"
      } else if let value = variable.defaultValue {
        defaultText = "`\(Markdown.code(HCLPrinter.printExpression(value)))`"
      } else {
        defaultText = "required"
      }
      lines.append(
        "| `\(variable.name)` | `\(Markdown.code(variable.type))` | \(defaultText) | \(Markdown.inline(variable.description)) |"
      )
    }
    lines += [
      "",
      "## What changed from the CloudFormation template",
      "",
      "- The `AWSRegionArch2AMI` and `AWSInstanceType2Arch` mappings named Datomic's own AMIs; the module",
      "  runs the image `packer/` bakes (`data.aws_ami.transactor`), or `ami_id`.",
      "- The deploy bucket and its credentials are gone: the AMI carries Datomic.",
      "- The user data reads the host through IMDSv2 (tokens required) and writes the properties from",
      "  typed inputs; secrets (licence key, SQL password) are sensitive inputs or SSM parameters read at",
      "  boot, never copied from the template.",
      "- The launch configuration is a launch template; the group follows its latest version.",
      "- The table has point-in-time recovery (`dynamodb_point_in_time_recovery`); the log bucket",
      "  blocks public access, is encrypted and aborts incomplete uploads (`harden_log_bucket`). An",
      "  adoption sets both false, so that an adopted table and bucket stay as they are.",
      "",
      "`REPORT.md`, where present, lists every element of the template and what became of it.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
