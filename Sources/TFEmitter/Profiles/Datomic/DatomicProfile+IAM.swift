import CFNParser

extension DatomicProfile {
  /// `{ Effect = "Allow", Action = […], Resource = … }`, with an optional condition.
  static func statement(
    _ actions: [String], _ resource: HCLExpression, condition: HCLExpression? = nil
  )
    -> HCLExpression
  {
    var items = [
      HCLObjectItem("Effect", .string("Allow")), HCLObjectItem("Action", .strings(actions)),
      HCLObjectItem("Resource", resource),
    ]
    if let condition { items.append(HCLObjectItem("Condition", condition)) }
    return .object(items)
  }

  /// A policy with ensure-transactor's statements. Its documents had no `Version` (so AWS read
  /// them as 2008-10-17); these name the current language version, which IAM requires of new
  /// documents in places and which changes nothing in what they allow.
  static func policy(_ statements: HCLExpression...) -> HCLExpression {
    .call(
      "jsonencode",
      .object(("Version", .string("2012-10-17")), ("Statement", .tuple(statements))))
  }

  private static func rolePolicy(
    _ name: String, comment: [String], count: HCLExpression, role: String,
    policyName: HCLExpression, policy: HCLExpression
  ) -> [HCLItem] {
    [
      .comment(comment),
      .block(
        HCLBlock("resource", "aws_iam_role_policy", name) {
          HCLAttribute("count", count)
          HCLBlank()
          HCLAttribute("name", policyName)
          HCLAttribute("role", .traversal(.resource("aws_iam_role", role) / 0 / "id"))
          HCLAttribute("policy", policy)
        }),
    ]
  }

  /// Trust for EC2, as ensure-transactor wrote it (policy version 2008-10-17).
  static var ec2Trust: HCLExpression {
    .call(
      "jsonencode",
      .object(
        ("Version", .string("2008-10-17")),
        (
          "Statement",
          .list(
            .object(
              ("Effect", .string("Allow")),
              ("Principal", .object(("Service", .string("ec2.amazonaws.com")))),
              ("Action", .string("sts:AssumeRole"))))
        )))
  }

  private static func role(_ name: String, comment: String, count: HCLExpression, roleName: String)
    -> [[HCLItem]]
  {
    [
      [
        .comment(comment),
        .block(
          HCLBlock("resource", "aws_iam_role", name) {
            HCLAttribute("count", count)
            HCLBlank()
            HCLAttribute("name", .variable(roleName))
            HCLAttribute("assume_role_policy", ec2Trust)
            HCLAttribute("tags", .variable("tags"))
          }),
      ],
      [
        .block(
          HCLBlock("resource", "aws_iam_instance_profile", name) {
            HCLAttribute("count", count)
            HCLBlank()
            HCLAttribute("name", .variable(roleName))
            HCLAttribute("role", .traversal(.resource("aws_iam_role", name) / 0 / "name"))
            HCLAttribute("tags", .variable("tags"))
          })
      ],
    ]
  }

  /// `iam.tf`, recorded as what `ensure-transactor` created.
  mutating func writeIAM() {
    let items = iamItems
    module.write("iam.tf", items)
    let roles = items.joined().compactMap { item -> HCLBlock? in
      guard case .block(let block) = item, block.labels.first == "aws_iam_role" else { return nil }
      return block
    }
    module.recordAddition(
      roles[0].address,
      "what ensure-transactor created: role, instance profile and inline policies (create_iam_role)"
    )
    module.recordAddition(
      roles[1].address, "the peers' role ensure-transactor created (create_peer_role)")
  }

  /// The roles, instance profiles and inline policies `ensure-transactor` made.
  private var iamItems: [[HCLItem]] {
    let create = HCLExpression.variable("create_iam_role")
    let createPeer = HCLExpression.variable("create_peer_role")
    return Self.role(
      "transactor",
      comment:
        "The transactor's role and instance profile (aws-transactor-role), as ensure-transactor made them.",
      count: .countIf(create), roleName: "transactor_role_name")
      + [
        Self.rolePolicy(
          "dynamodb", comment: ["<table>-transactor: the transactor owns the table."],
          count: .countIf(.and(create, .local("use_dynamodb"))), role: "transactor",
          policyName: .interpolated("${var.dynamodb_table_name}-transactor"),
          policy: Self.policy(Self.statement(["dynamodb:*"], .local("dynamodb_table_arn")))),
        Self.rolePolicy(
          "logs", comment: ["<bucket>-transactor-logs: log upload to the log bucket."],
          count: .countIf(.and(create, .notEqual(.variable("log_bucket_name"), .null))),
          role: "transactor", policyName: .interpolated("${var.log_bucket_name}-transactor-logs"),
          policy: Self.policy(
            Self.statement(
              ["s3:PutObject"],
              .list(.local("log_bucket_arn"), .interpolated("${local.log_bucket_arn}/*"))))),
        Self.rolePolicy(
          "metrics", comment: ["transactor-metrics: CloudWatch metrics, over TLS only."],
          count: .countIf(.and(create, .variable("enable_cloudwatch_metrics"))), role: "transactor",
          policyName: .string("transactor-metrics"),
          policy: Self.policy(
            Self.statement(
              ["cloudwatch:PutMetricData", "cloudwatch:PutMetricDataBatch"], .string("*"),
              condition: .object(
                ("Bool", .object(items: [("aws:SecureTransport", .string("true"))])))))),
        Self.rolePolicy(
          "license", comment: ["Reading the licence key from SSM at boot, when it is kept there."],
          count: .countIf(.and(create, .notEqual(.variable("license_key_ssm_parameter"), .null))),
          role: "transactor", policyName: .string("transactor-license-key"),
          policy: Self.policy(
            Self.statement(
              ["ssm:GetParameter"],
              .template([
                .literal("arn:"),
                .interpolation(.traversal(.data("aws_partition", "current") / "partition")),
                .literal(":ssm:"), .interpolation(.local("region")), .literal(":"),
                .interpolation(.traversal(.data("aws_caller_identity", "current") / "account_id")),
                .literal(":parameter/"),
                .interpolation(
                  .call("trimprefix", .variable("license_key_ssm_parameter"), .string("/"))),
              ])))),
      ]
      + Self.role(
        "peer", comment: "The peers' role and instance profile (aws-peer-role).",
        count: .countIf(createPeer), roleName: "peer_role_name")
      + [
        Self.rolePolicy(
          "peer",
          comment: ["<table>-peer: what peers need (also the output peer_iam_policy_json)."],
          count: .countIf(.and(createPeer, .local("use_dynamodb"))), role: "peer",
          policyName: .interpolated("${var.dynamodb_table_name}-peer"),
          policy: .call("jsonencode", .local("peer_policy")))
      ]
  }
}
