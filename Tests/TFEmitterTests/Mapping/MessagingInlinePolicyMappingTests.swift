import Testing

@testable import TFEmitter

@Suite("SNS and SQS inline policy mappings")
struct MessagingInlinePolicyMappingTests {
  static let resources = """
    {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": "events"}},
     "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "jobs"}},
     "TopicAccess": {"Type": "AWS::SNS::TopicInlinePolicy", "Properties": {
       "TopicArn": {"Ref": "Topic"},
       "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Principal": {"Service": "events.amazonaws.com"}, "Action": "sns:Publish",
         "Resource": {"Ref": "Topic"}}]}}},
     "QueueAccess": {"Type": "AWS::SQS::QueueInlinePolicy", "Properties": {
       "Queue": {"Ref": "Queue"},
       "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage",
         "Resource": {"Fn::GetAtt": ["Queue", "Arn"]}}]}}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Topic": {"Value": {"Ref": "TopicAccess"}},
         "Queue": {"Value": {"Ref": "QueueAccess"}}}}
      """, fileName: "t.json")
  }

  @Test("a topic's and a queue's one policy")
  func policies() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_sns_topic_policy.topic_access", in: conversion) == """
        # TopicAccess (AWS::SNS::TopicInlinePolicy)
        resource "aws_sns_topic_policy" "topic_access" {
          arn = aws_sns_topic.topic.arn
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect = "Allow"
                Principal = {
                  Service = "events.amazonaws.com"
                }
                Action   = "sns:Publish"
                Resource = aws_sns_topic.topic.arn
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_sqs_queue_policy.queue_access", in: conversion) == """
        # QueueAccess (AWS::SQS::QueueInlinePolicy)
        resource "aws_sqs_queue_policy" "queue_access" {
          queue_url = aws_sqs_queue.queue.url
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect = "Allow"
                Principal = {
                  Service = "sns.amazonaws.com"
                }
                Action   = "sqs:SendMessage"
                Resource = aws_sqs_queue.queue.arn
              },
            ]
          })
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_sns_topic_policy.topic_access.arn\n"))
    #expect(outputs.contains("value = aws_sqs_queue_policy.queue_access.queue_url\n"))
  }

  @Test(
    "inline policies convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "inline-policies")
    #expect(status == 0, "\(output)")
  }
}

extension Messaging.InlinePolicies: ImportCaseProvider {
  /// By the topic's ARN and the queue's URL, their physical ids.
  static var importCases: [ImportCase] {
    let topic = "arn:aws:sns:us-east-1:123456789012:events"
    let queue = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
    let ids = ["Topic": topic, "Queue": queue, "TopicAccess": topic, "QueueAccess": queue]
    return [
      ImportCase(
        address: "aws_sns_topic_policy.topic_access", origin: "TopicAccess",
        resources: MessagingInlinePolicyMappingTests.resources, physicalIds: ids,
        expected: .id(topic)),
      ImportCase(
        address: "aws_sqs_queue_policy.queue_access", origin: "QueueAccess",
        resources: MessagingInlinePolicyMappingTests.resources, physicalIds: ids,
        expected: .id(queue)),
    ]
  }
}
