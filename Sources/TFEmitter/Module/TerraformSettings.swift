extension HCLBlock {
  /// The `terraform` block of a generated root or module: Terraform `requiredVersion` and the
  /// AWS provider 5 or later.
  static func terraformSettings(requiredVersion: String = ">= 1.5.0") -> HCLBlock {
    HCLBlock("terraform") {
      HCLAttribute("required_version", .string(requiredVersion))
      HCLBlank()
      HCLBlock("required_providers") {
        HCLAttribute(
          "aws", .object(("source", .string("hashicorp/aws")), ("version", .string(">= 5.0"))))
      }
    }
  }
}
