import CFNParser

/// `AWS::Cloud9::EnvironmentEC2`: EC2 development environments.
package enum Cloud9: MappingFamily {
  /// The mappings of this family.
  static let mappings = [environmentEC2]

  /// `AWS::Cloud9::EnvironmentEC2`. `Ref` is the environment id, by which Terraform imports it;
  /// `Arn` and `Name` are its ARN and name. Terraform requires the name, which CloudFormation
  /// makes up when `Name` is not set: such an environment is named
  /// `"${var.stack_name}-LogicalId"` (write the live name into the template before adopting it).
  static let environmentEC2 = ResourceMapping(
    "AWS::Cloud9::EnvironmentEC2", to: "aws_cloud9_environment_ec2", ref: "id",
    attributes: ["Arn": "arn", "Name": "name"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("InstanceType", "instance_type"),
      .argument("ImageId", "image_id"),
      .argument("SubnetId", "subnet_id"),
      .argument("ConnectionType", "connection_type"),
      .argument("AutomaticStopTimeMinutes", "automatic_stop_time_minutes"),
      .argument("OwnerArn", "owner_arn"),
      .tags,
      .custom("Repositories") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_cloud9_environment_ec2 (provider 5.100) clones no repositories: clone them in the environment"
        )
      },
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("Id", "read-only: the environment's id, which Ref returns"),
    ],
    finish: { builder in
      guard builder.resource.property("Name") == nil else { return }
      let value = HCLExpression.template([
        .interpolation(builder.translator.stackName()), .literal("-\(builder.logicalId)"),
      ])
      builder.primary.content.arguments.items.insert(
        contentsOf: [
          .comment([
            "cfn2tf: 'Name' is not set: CloudFormation names the environment itself; write the",
            "live name into the template before adopting it, or Terraform renames it",
          ]),
          .attribute(HCLAttribute("name", value)),
        ], at: 0)
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(.here / "Name"),
          resourceType: builder.resource.type.value,
          location: builder.resource.range.start, target: builder.primary.path / "name",
          status: .approximated,
          note:
            "not set: Terraform requires it; <stack>-\(builder.logicalId) is written, which is not the name CloudFormation chose",
          targetValue: HCLPrinter.printExpression(value)))
    })
}
