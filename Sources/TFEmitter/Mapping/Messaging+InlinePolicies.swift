import CFNParser

extension Messaging {
  /// `AWS::SNS::TopicInlinePolicy` and `AWS::SQS::QueueInlinePolicy`: the one policy of a topic
  /// or a queue, as `aws_sns_topic_policy` and `aws_sqs_queue_policy` (which also hold exactly
  /// one policy per topic or queue). `Ref` is the topic's ARN or the queue's URL, which Terraform
  /// imports.
  enum InlinePolicies: MappingFamily {
    /// The mappings of this family.
    static let mappings = [topicInlinePolicy, queueInlinePolicy]

    /// `AWS::SNS::TopicInlinePolicy`.
    static let topicInlinePolicy = ResourceMapping(
      "AWS::SNS::TopicInlinePolicy", to: "aws_sns_topic_policy", ref: "arn",
      properties: [.argument("TopicArn", "arn"), document])

    /// `AWS::SQS::QueueInlinePolicy`.
    static let queueInlinePolicy = ResourceMapping(
      "AWS::SQS::QueueInlinePolicy", to: "aws_sqs_queue_policy", ref: "queue_url",
      properties: [.argument("Queue", "queue_url"), document])

    /// `PolicyDocument` as `jsonencode()` of the document.
    static let document = PropertyRule.custom("PolicyDocument") { member, builder, parts in
      PolicyDocument.argument(member, "policy", &builder, &parts)
    }
  }
}
