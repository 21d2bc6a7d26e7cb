import CFNParser

extension DatomicProfile {
  var outputItems: [[HCLItem]] {
    func output(_ name: String, _ description: String, _ value: HCLExpression) -> [HCLItem] {
      [
        .block(
          HCLBlock("output", name) {
            HCLAttribute("description", .string(description))
            HCLAttribute("value", value)
          })
      ]
    }
    return [
      output(
        "autoscaling_group_name", "Name of the transactors' auto scaling group.",
        .traversal(.resource("aws_autoscaling_group", "transactor") / "name")),
      output(
        "autoscaling_group_arn", "ARN of the transactors' auto scaling group.",
        .traversal(.resource("aws_autoscaling_group", "transactor") / "arn")),
      output(
        "launch_template_id",
        "Id of the transactors' launch template (null while the group keeps a launch configuration).",
        .call("one", .traversal(.resource("aws_launch_template", "transactor").splat / "id"))),
      output(
        "security_group_id", "Id of the transactor's security group.", .local("security_group_id")),
      output(
        "iam_role_name", "Name of the transactor's IAM role.", .variable("transactor_role_name")),
      output(
        "iam_role_arn", "ARN of the transactor's IAM role (when the module created it).",
        .call("one", .traversal(.resource("aws_iam_role", "transactor").splat / "arn"))),
      output(
        "instance_profile_name", "Name of the transactor's instance profile.",
        .local("instance_profile_name")),
      output(
        "peer_role_name", "Name of the peers' IAM role (when the module created it).",
        .call("one", .traversal(.resource("aws_iam_role", "peer").splat / "name"))),
      output(
        "peer_iam_policy_json", "The policy peers need, as JSON, to attach to peer roles.",
        .call("jsonencode", .local("peer_policy"))),
      output(
        "log_bucket_name", "Bucket of the transactor logs (null when none).",
        .variable("log_bucket_name")),
      output(
        "dynamodb_table_name", "DynamoDB table of the ddb protocol.",
        .variable("dynamodb_table_name")),
      output(
        "dynamodb_table_arn", "ARN of the table (when the module created it).",
        .call("one", .traversal(.resource("aws_dynamodb_table", "transactor").splat / "arn"))),
      output(
        "ami_id", "The AMI the transactors run.", .local("ami_id")),
      output(
        "transactor_properties",
        "The transactor properties, without host, alt-host and secrets (added at boot).",
        .local("transactor_properties")),
    ]
  }

  /// What the Packer template is told by the converted template.
  var packerSettings: PackerSettings {
    PackerSettings(
      datomicVersion: transactor.export("DATOMIC_VERSION").flatMap {
        value(of: $0.value).defaultText
      },
      region: propertyValue("aws-dynamodb-region")?.defaultText)
  }
}
