import CFNParser

/// `AWS::SSM::Parameter`.
package enum SSM: MappingFamily {
  /// The mappings of this family.
  static let mappings = [parameter]

  /// `Name` is optional in CloudFormation but required in Terraform: a parameter without one is
  /// named `"${var.stack_name}-LogicalId"`.
  static let parameter = ResourceMapping(
    "AWS::SSM::Parameter", to: "aws_ssm_parameter", ref: "name",
    attributes: ["Type": "type", "Value": "value"],
    properties: [
      .argument("Name", "name"),
      .argument("Type", "type"),
      .argument("Value", "value"),
      .argument("Description", "description"),
      .argument("AllowedPattern", "allowed_pattern"),
      .argument("DataType", "data_type"),
      .argument("Tier", "tier"),
      .argument("Tags", "tags"),
      .drop(
        "Policies",
        "aws_ssm_parameter has no parameter policies (expiration, notifications): set them with the SSM API"
      ),
    ],
    finish: { builder in ExtraResources.requireName("name", unless: "Name", &builder) })
}
