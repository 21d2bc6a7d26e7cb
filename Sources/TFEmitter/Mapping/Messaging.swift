import CFNParser

/// `AWS::SNS::*` and `AWS::SQS::*`: topics, subscriptions and queues.
package enum Messaging: MappingFamily {
  /// The mappings of this family.
  static let mappings = [topic, subscription, queue]

  static let topic = ResourceMapping(
    "AWS::SNS::Topic", to: "aws_sns_topic", ref: "arn",
    attributes: ["TopicArn": "arn", "TopicName": "name"],
    properties: [
      .argument("TopicName", "name"),
      .argument("DisplayName", "display_name"),
      .argument("FifoTopic", "fifo_topic"),
      .argument("ContentBasedDeduplication", "content_based_deduplication"),
      .argument("FifoThroughputScope", "fifo_throughput_scope"),
      .argument("KmsMasterKeyId", "kms_master_key_id"),
      .argument("SignatureVersion", "signature_version"),
      .argument("TracingConfig", "tracing_config"),
      .custom("ArchivePolicy") { member, builder, parts in
        PolicyDocument.argument(member, "archive_policy", &builder, &parts)
      },
      .custom("DeliveryStatusLogging", deliveryStatusLogging),
      .tags,
      .custom("DataProtectionPolicy", dataProtectionPolicy),
      .custom("Subscription", inlineSubscriptions),
    ])

  /// `DeliveryStatusLogging`: per protocol, the `<protocol>_success_feedback_role_arn`,
  /// `<protocol>_failure_feedback_role_arn` and `<protocol>_success_feedback_sample_rate`
  /// arguments.
  @Sendable static func deliveryStatusLogging(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(
        member, reason: "a computed list of logging configurations is not supported")
      return
    }
    let prefixes = [
      ("http/s", "http"), ("sqs", "sqs"), ("lambda", "lambda"), ("firehose", "firehose"),
      ("application", "application"),
    ]
    for (i, item) in items.enumerated() {
      guard case .object(let fields) = item.kind,
        let text = fields.first(where: { $0.key == "Protocol" })?.value.stringValue,
        let prefix = prefixes.first(where: { $0.0 == text.lowercased() })?.1
      else {
        builder.unsupported(
          member.element(i, item),
          reason:
            "each configuration needs a literal Protocol (http/s, sqs, lambda, firehose or application)"
        )
        continue
      }
      builder.apply(
        [
          .custom("Protocol") { protocolMember, builder, _ in
            builder.record(
              protocolMember,
              target: builder.primary.path / "\(prefix)_*", status: .transformed,
              note: "the protocol became the prefix of the arguments", source: protocolMember.value)
          },
          .argument("SuccessFeedbackRoleArn", "\(prefix)_success_feedback_role_arn"),
          .argument("FailureFeedbackRoleArn", "\(prefix)_failure_feedback_role_arn"),
          .argument("SuccessFeedbackSampleRate", "\(prefix)_success_feedback_sample_rate"),
        ], to: fields, in: builder.scope.at(member.path / i), into: &parts)
    }
  }

  /// `DataProtectionPolicy`: an `aws_sns_topic_data_protection_policy`.
  @Sendable static func dataProtectionPolicy(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let type = "aws_sns_topic_data_protection_policy"
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    resource.content.argument("arn", ExtraResources.primary("arn", builder))
    resource.importID = .physicalId
    resource.content.argument(
      "policy", PolicyDocument.translate(member, &builder, target: resource.path / "policy"))
    builder.extras.append(resource)
  }

  /// `Subscription`: one `aws_sns_topic_subscription` per entry.
  @Sendable static func inlineSubscriptions(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard let elements = ExtraResources.elements(member.value, builder.translator) else {
      builder.unsupported(member, reason: "a computed list of subscriptions is not supported")
      return
    }
    let type = "aws_sns_topic_subscription"
    for (i, element) in elements.enumerated() {
      let subscription = member.element(i, element.value)
      guard case .object(let fields) = element.value.kind else {
        builder.unsupported(subscription, reason: "write the subscription out")
        continue
      }
      var resource = ExtraResources.make(
        type,
        name: ExtraResources.uniqueName(
          builder.primary.name + (elements.count > 1 ? "_\(i + 1)" : ""), type: type, builder),
        from: subscription.key, builder)
      if let count = ExtraResources.count(element.condition, builder) {
        resource.meta.attribute("count", count)
      }
      resource.importID = .notImportable(
        "created: Terraform imports a subscription by its ARN, which the stack does not list; subscribing the endpoint again gives the existing subscription (an unconfirmed email or HTTP endpoint is asked to confirm again); find the ARN with 'aws sns list-subscriptions-by-topic --topic-arn TOPIC' and import it by hand"
      )
      resource.content.argument("topic_arn", ExtraResources.primary("arn", builder))
      var inner = BodyParts()
      builder.apply(
        [.argument("Protocol", "protocol"), .argument("Endpoint", "endpoint")], to: fields,
        in: .resource(resource, at: member.path / i), into: &inner)
      resource.content.arguments.items += inner.arguments.items
      builder.record(
        subscription, target: resource.path, status: .transformed,
        note: "the subscription became \(type)", source: element.value)
      builder.extras.append(resource)
    }
  }

  static let subscription = ResourceMapping(
    "AWS::SNS::Subscription", to: "aws_sns_topic_subscription", ref: "arn",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("TopicArn", "topic_arn"),
      .argument("Protocol", "protocol"),
      .argument("Endpoint", "endpoint"),
      .argument("RawMessageDelivery", "raw_message_delivery"),
      .argument("SubscriptionRoleArn", "subscription_role_arn"),
      .argument("FilterPolicyScope", "filter_policy_scope"),
      .custom("FilterPolicy") { member, builder, parts in
        PolicyDocument.argument(member, "filter_policy", &builder, &parts)
      },
      .custom("DeliveryPolicy") { member, builder, parts in
        PolicyDocument.argument(member, "delivery_policy", &builder, &parts)
      },
      .custom("RedrivePolicy") { member, builder, parts in
        PolicyDocument.argument(member, "redrive_policy", &builder, &parts)
      },
      .custom("ReplayPolicy") { member, builder, parts in
        PolicyDocument.argument(member, "replay_policy", &builder, &parts)
      },
      .drop(
        "Region",
        "Terraform subscribes in the provider's region: a topic in another region needs a provider alias"
      ),
    ])

  /// `AWS::SQS::Queue`: `Ref` is the queue URL, as in CloudFormation.
  static let queue = ResourceMapping(
    "AWS::SQS::Queue", to: "aws_sqs_queue", ref: "url",
    attributes: ["Arn": "arn", "QueueName": "name", "QueueUrl": "url"],
    properties: [
      .argument("QueueName", "name"),
      .argument("FifoQueue", "fifo_queue"),
      .argument("ContentBasedDeduplication", "content_based_deduplication"),
      .argument("DeduplicationScope", "deduplication_scope"),
      .argument("FifoThroughputLimit", "fifo_throughput_limit"),
      .argument("DelaySeconds", "delay_seconds"),
      .argument("MaximumMessageSize", "max_message_size"),
      .argument("MessageRetentionPeriod", "message_retention_seconds"),
      .argument("ReceiveMessageWaitTimeSeconds", "receive_wait_time_seconds"),
      .argument("VisibilityTimeout", "visibility_timeout_seconds"),
      .argument("KmsMasterKeyId", "kms_master_key_id"),
      .argument("KmsDataKeyReusePeriodSeconds", "kms_data_key_reuse_period_seconds"),
      .argument("SqsManagedSseEnabled", "sqs_managed_sse_enabled"),
      .custom("RedrivePolicy") { member, builder, parts in
        PolicyDocument.argument(member, "redrive_policy", &builder, &parts)
      },
      .custom("RedriveAllowPolicy") { member, builder, parts in
        PolicyDocument.argument(member, "redrive_allow_policy", &builder, &parts)
      },
      .tags,
    ])
}
