import CFNParser

extension DatomicProfile {
  var localsItems: [HCLItem] {
    let partition = "${data.aws_partition.current.partition}"
    let account = "${data.aws_caller_identity.current.account_id}"
    return [
      .block(
        HCLBlock("locals") {
          HCLAttribute(
            "vpc_id",
            .when(
              .notEqual(.variable("vpc_id"), .null), .variable("vpc_id"),
              .call("one", .traversal(.data("aws_vpc", "default").splat / "id"))))
          HCLAttribute(
            "ami_id",
            .when(
              .notEqual(.variable("ami_id"), .null), .variable("ami_id"),
              .call("one", .traversal(.data("aws_ami", "transactor").splat / "id"))))
          HCLAttribute(
            "security_group_id",
            .when(
              .variable("create_security_group"),
              .call("one", .traversal(.resource("aws_security_group", "transactor").splat / "id")),
              .call("one", .traversal(.data("aws_security_group", "transactor").splat / "id"))))
          HCLAttribute(
            "instance_profile_name",
            .when(
              .variable("create_iam_role"),
              .call(
                "one",
                .traversal(.resource("aws_iam_instance_profile", "transactor").splat / "name")),
              .variable("transactor_role_name")))
          HCLAttribute(
            "region", .traversal(.data("aws_region", "current") / "name"))
          HCLAttribute(
            "dynamodb_region",
            .when(
              .notEqual(.variable("dynamodb_region"), .null), .variable("dynamodb_region"),
              .local("region")))
          HCLAttribute(
            "cloudwatch_region",
            .when(
              .notEqual(.variable("cloudwatch_region"), .null), .variable("cloudwatch_region"),
              .local("region")))
          HCLAttribute("use_dynamodb", .equal(.variable("protocol"), .string("ddb")))
          HCLAttribute(
            "dynamodb_table_arn",
            .when(
              .notEqual(.variable("dynamodb_table_name"), .null),
              .interpolated(
                "arn:\(partition):dynamodb:*:\(account):table/${var.dynamodb_table_name}"),
              .null))
          HCLAttribute(
            "log_bucket_arn",
            .when(
              .notEqual(.variable("log_bucket_name"), .null),
              .interpolated("arn:\(partition):s3:::${var.log_bucket_name}"), .null))
          HCLAttribute(
            "instance_tags", .call("merge", .object(("Name", .variable("name"))), .variable("tags"))
          )
          HCLBlank()
          HCLComment(
            "The transactor properties without host, alt-host and secrets, which the user data adds",
            "at boot. Also an output, so that peers and reviewers can see them.")
          HCLAttribute(
            "transactor_properties",
            .call(
              "templatefile", .interpolated("${path.module}/\(Self.propertiesPath)"),
              propertiesTemplateVariables))
          HCLBlank()
          HCLComment(
            "What peers need: read access to the table (ensure-transactor's <table>-peer policy).")
          HCLAttribute("peer_policy", peerPolicy)
        })
    ]
  }

  /// The peers' policy document.
  var peerPolicy: HCLExpression {
    .object(
      ("Version", .string("2012-10-17")),
      (
        "Statement",
        .list(
          .object(
            ("Effect", .string("Allow")),
            (
              "Action",
              .strings([
                "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Scan", "dynamodb:Query",
              ])
            ),
            ("Resource", .local("dynamodb_table_arn"))
          ))
      ))
  }
}
