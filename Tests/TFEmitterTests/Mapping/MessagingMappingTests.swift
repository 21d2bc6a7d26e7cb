import Testing

@testable import TFEmitter

@Suite("SNS and SQS mappings")
struct MessagingMappingTests {
  static let resources = """
    {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": "alerts",
       "Subscription": [{"Endpoint": {"Ref": "Email"}, "Protocol": "email"},
         {"Endpoint": {"Fn::GetAtt": ["Queue", "Arn"]}, "Protocol": "sqs"}],
       "DeliveryStatusLogging": [{"Protocol": "sqs",
         "SuccessFeedbackRoleArn": "arn:aws:iam::123456789012:role/r", "SuccessFeedbackSampleRate": "50"}],
       "Tags": [{"Key": "a", "Value": "b"}]}},
     "Sub": {"Type": "AWS::SNS::Subscription", "Properties": {"TopicArn": {"Ref": "Topic"},
       "Protocol": "sqs", "Endpoint": {"Fn::GetAtt": ["Queue", "Arn"]}, "RawMessageDelivery": "true",
       "FilterPolicy": {"kind": ["order"]}}},
     "Dead": {"Type": "AWS::SQS::Queue", "Properties": {"MessageRetentionPeriod": 1209600}},
     "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "work", "VisibilityTimeout": "60",
       "RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": ["Dead", "Arn"]}, "maxReceiveCount": 5}}}}
    """
  static let email = #"{"Email": {"Type": "String"}}"#

  @Test("a topic's inline subscriptions become aws_sns_topic_subscription resources")
  func topic() {
    let conversion = MappingProbe.convert(resources: Self.resources, parameters: Self.email)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_sns_topic.topic", in: conversion) == """
        # Topic (AWS::SNS::Topic)
        resource "aws_sns_topic" "topic" {
          display_name                     = "alerts"
          sqs_success_feedback_role_arn    = "arn:aws:iam::123456789012:role/r"
          sqs_success_feedback_sample_rate = 50
          tags = {
            a = "b"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_sns_topic_subscription.topic_1", in: conversion) == """
        # Topic.Subscription[0] (AWS::SNS::Topic)
        resource "aws_sns_topic_subscription" "topic_1" {
          topic_arn = aws_sns_topic.topic.arn
          protocol  = "email"
          endpoint  = var.email
        }

        """)
    #expect(
      MappingProbe.block("aws_sns_topic_subscription.topic_2", in: conversion)?.contains(
        "endpoint  = aws_sqs_queue.queue.arn") == true)
  }

  @Test("a subscription's JSON policies are jsonencode()d")
  func subscription() {
    let conversion = MappingProbe.convert(resources: Self.resources, parameters: Self.email)
    #expect(
      MappingProbe.block("aws_sns_topic_subscription.sub", in: conversion) == """
        # Sub (AWS::SNS::Subscription)
        resource "aws_sns_topic_subscription" "sub" {
          topic_arn            = aws_sns_topic.topic.arn
          protocol             = "sqs"
          endpoint             = aws_sqs_queue.queue.arn
          raw_message_delivery = true
          filter_policy = jsonencode({
            kind = ["order"]
          })
        }

        """)
  }

  @Test("a queue: its redrive policy is JSON, Ref is its URL")
  func queue() {
    let conversion = MappingProbe.convert(resources: Self.resources, parameters: Self.email)
    #expect(
      MappingProbe.block("aws_sqs_queue.queue", in: conversion) == """
        # Queue (AWS::SQS::Queue)
        resource "aws_sqs_queue" "queue" {
          name                       = "work"
          visibility_timeout_seconds = 60
          redrive_policy = jsonencode({
            deadLetterTargetArn = aws_sqs_queue.dead.arn
            maxReceiveCount     = 5
          })
        }

        """)
    #expect(Messaging.queue.refAttribute == "url")
    #expect(Messaging.topic.refAttribute == "arn")
    #expect(
      MappingProbe.importID(
        "Queue", resources: Self.resources,
        physicalId: "https://sqs.us-east-1.amazonaws.com/123456789012/work")
        == "https://sqs.us-east-1.amazonaws.com/123456789012/work")
  }

  @Test(
    "every SNS and SQS type converts to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let conversion = MappingProbe.convert(resources: Self.resources, parameters: Self.email)
    let (status, output) = try MappingProbe.validate(conversion, label: "messaging")
    #expect(status == 0, "\(output)")
  }
}
