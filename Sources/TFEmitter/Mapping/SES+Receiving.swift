import CFNParser

extension SES {
  /// `AWS::SES::ReceiptRuleSet`. `Ref` and `Id` are its name, which Terraform imports. Neither
  /// CloudFormation nor Terraform makes the set the active one.
  static let receiptRuleSet = ResourceMapping(
    "AWS::SES::ReceiptRuleSet", to: "aws_ses_receipt_rule_set", ref: "rule_set_name",
    attributes: ["Id": "rule_set_name"],
    properties: [
      .argument("RuleSetName", "rule_set_name"),
      .drop("Id", "read-only: the rule set's name, which Ref returns"),
    ],
    finish: { ExtraResources.requireName("rule_set_name", unless: "RuleSetName", &$0) })

  /// `AWS::SES::ReceiptRule`. `Ref` and `Id` are the rule's name; Terraform imports it as
  /// `<rule set>:<rule>`. Each of the rule's `Actions` becomes the block of its kind, its
  /// `position` the action's place in the list.
  static let receiptRule = ResourceMapping(
    "AWS::SES::ReceiptRule", to: "aws_ses_receipt_rule", ref: "name", attributes: ["Id": "name"],
    properties: [
      .argument("RuleSetName", "rule_set_name"),
      .argument("After", "after"),
      .custom(
        "Rule",
        ExtraResources.flattened([
          .argument("Name", "name"),
          .argument("Enabled", "enabled"),
          .argument("Recipients", "recipients"),
          .argument("ScanEnabled", "scan_enabled"),
          .argument("TlsPolicy", "tls_policy"),
          .custom("Actions", receiptActions),
        ])),
      .drop("Id", "read-only: the rule's name, which Ref returns"),
    ],
    importID: .custom { context in
      guard let set = context.property("RuleSetName"), let rule = context.physicalId else {
        return nil
      }
      return "\(set):\(rule)"
    },
    finish: { builder in
      guard field("Name", of: builder.resource.property("Rule")?.value) == nil else { return }
      ExtraResources.requireName("name", unless: "Rule.Name", &builder)
    })

  /// Each kind of receipt action: its block and the rules of its fields.
  static let receiptActionKinds: [String: (block: String, rules: [PropertyRule])] = [
    "AddHeaderAction": (
      "add_header_action",
      [.argument("HeaderName", "header_name"), .argument("HeaderValue", "header_value")]
    ),
    "BounceAction": (
      "bounce_action",
      [
        .argument("Message", "message"), .argument("Sender", "sender"),
        .argument("SmtpReplyCode", "smtp_reply_code"), .argument("StatusCode", "status_code"),
        .argument("TopicArn", "topic_arn"),
      ]
    ),
    "LambdaAction": (
      "lambda_action",
      [
        .argument("FunctionArn", "function_arn"), .argument("InvocationType", "invocation_type"),
        .argument("TopicArn", "topic_arn"),
      ]
    ),
    "S3Action": (
      "s3_action",
      [
        .argument("BucketName", "bucket_name"), .argument("IamRoleArn", "iam_role_arn"),
        .argument("KmsKeyArn", "kms_key_arn"), .argument("ObjectKeyPrefix", "object_key_prefix"),
        .argument("TopicArn", "topic_arn"),
      ]
    ),
    "SNSAction": (
      "sns_action", [.argument("Encoding", "encoding"), .argument("TopicArn", "topic_arn")]
    ),
    "StopAction": (
      "stop_action", [.argument("Scope", "scope"), .argument("TopicArn", "topic_arn")]
    ),
    "WorkmailAction": (
      "workmail_action",
      [.argument("OrganizationArn", "organization_arn"), .argument("TopicArn", "topic_arn")]
    ),
  ]

  /// `Rule.Actions`: each action the block of its kind, with its position (1 for the first).
  @Sendable static func receiptActions(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of actions cannot become blocks; write it out",
        notAnObject: "write the action out, as an object naming its kind")
    else { return }
    for object in objects {
      for action in object.fields {
        let key = object.element.field(action)
        guard let kind = receiptActionKinds[action.key] else {
          builder.unsupported(
            key,
            reason: action.key == "ConnectAction"
              ? "aws_ses_receipt_rule (provider 5.100) has no Amazon Connect action: add it with 'aws ses update-receipt-rule'"
              : "not a receipt action SES knows")
          continue
        }
        guard case .object(let fields) = action.value.kind else {
          builder.report(key, .computedObject(block: kind.block))
          continue
        }
        let scope = builder.scope.block(kind.block, reading: key.path)
        let position = object.index + 1
        builder.record(
          key, target: scope.target, status: .transformed,
          note: "became a \(kind.block) block at position \(position)")
        var inner = BodyParts()
        inner.argument("position", .number(String(position)))
        builder.apply(kind.rules, to: fields, in: scope, into: &inner)
        parts.block(HCLBlock(kind.block, body: inner.body))
      }
    }
  }
}
