import Testing

@testable import TFEmitter

@Suite("SQS queue policy and SNS topic policy mappings")
struct MessagingPolicyMappingTests {
  static let resources = """
    {"Jobs": {"Type": "AWS::SQS::Queue"},
     "Dead": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "dead"}},
     "Alerts": {"Type": "AWS::SNS::Topic"},
     "JobsPolicy": {"Type": "AWS::SQS::QueuePolicy", "Properties": {
       "Queues": [{"Ref": "Jobs"}, {"Ref": "Dead"}],
       "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Principal": {"Service": "events.amazonaws.com"}, "Action": "sqs:SendMessage",
         "Resource": "*"}]}}},
     "AlertsPolicy": {"Type": "AWS::SNS::TopicPolicy", "Properties": {
       "Topics": [{"Ref": "Alerts"}],
       "PolicyDocument": {"Statement": [{"Effect": "Allow",
         "Principal": {"Service": "events.amazonaws.com"}, "Action": "sns:Publish",
         "Resource": {"Ref": "Alerts"}}]}}}}
    """

  @Test("a queue policy on two queues becomes one aws_sqs_queue_policy per queue")
  func queuePolicy() {
    let conversion = MappingProbe.convert(resources: Self.resources)
    #expect(MappingProbe.messages(conversion) == [])
    let policy = """
        policy = jsonencode({
          Version = "2012-10-17"
          Statement = [
            {
              Effect = "Allow"
              Principal = {
                Service = "events.amazonaws.com"
              }
              Action   = "sqs:SendMessage"
              Resource = "*"
            },
          ]
        })
      }

      """
    #expect(
      MappingProbe.block("aws_sqs_queue_policy.jobs_policy", in: conversion) == """
        # JobsPolicy (AWS::SQS::QueuePolicy)
        resource "aws_sqs_queue_policy" "jobs_policy" {
          queue_url = aws_sqs_queue.jobs.url
        \(policy)
        """)
    #expect(
      MappingProbe.block("aws_sqs_queue_policy.jobs_policy_dead", in: conversion) == """
        # JobsPolicy.Queues[1] (AWS::SQS::QueuePolicy)
        resource "aws_sqs_queue_policy" "jobs_policy_dead" {
          queue_url = aws_sqs_queue.dead.url
        \(policy)
        """)
    let first = MappingProbe.entry("JobsPolicy.Properties.Queues[0]", in: conversion)
    #expect(first?.targetText == "aws_sqs_queue_policy.jobs_policy.queue_url")
    #expect(first?.status == .transformed)
    #expect(first?.note.contains("one aws_sqs_queue_policy per queue") == true)
    let second = MappingProbe.entry("JobsPolicy.Properties.Queues[1]", in: conversion)
    #expect(second?.targetText == "aws_sqs_queue_policy.jobs_policy_dead.queue_url")
  }

  @Test("a topic policy on one topic: the topic's ARN")
  func topicPolicy() {
    let conversion = MappingProbe.convert(resources: Self.resources)
    #expect(
      MappingProbe.block("aws_sns_topic_policy.alerts_policy", in: conversion) == """
        # AlertsPolicy (AWS::SNS::TopicPolicy)
        resource "aws_sns_topic_policy" "alerts_policy" {
          arn = aws_sns_topic.alerts.arn
          policy = jsonencode({
            Statement = [
              {
                Effect = "Allow"
                Principal = {
                  Service = "events.amazonaws.com"
                }
                Action   = "sns:Publish"
                Resource = aws_sns_topic.alerts.arn
              },
            ]
          })
        }

        """)
    let topics = MappingProbe.entry("AlertsPolicy.Properties.Topics", in: conversion)
    #expect(topics?.targetText == "aws_sns_topic_policy.alerts_policy.arn")
    #expect(topics?.note == "the list of one topic became arn")
  }

  @Test("a queue present under an Fn::If gets a count; a computed list is reported")
  func conditionalAndComputed() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Q": {"Type": "AWS::SQS::Queue"},
         "P": {"Type": "AWS::SQS::QueuePolicy", "Properties": {
           "Queues": ["https://sqs.us-east-1.amazonaws.com/123456789012/a",
             {"Fn::If": ["Two", {"Ref": "Q"}, {"Ref": "AWS::NoValue"}]}],
           "PolicyDocument": {"Statement": []}}},
         "L": {"Type": "AWS::SNS::TopicPolicy", "Properties": {
           "Topics": {"Ref": "Arns"}, "PolicyDocument": {"Statement": []}}}}
        """,
      parameters: #"{"Arns": {"Type": "CommaDelimitedList"}}"#,
      conditions: #"{"Two": {"Fn::Equals": ["a", "b"]}}"#)
    let block = MappingProbe.block("aws_sqs_queue_policy.p_q", in: conversion) ?? ""
    #expect(block.contains("count = local.two ? 1 : 0"))
    #expect(block.contains("queue_url = aws_sqs_queue.q.url"))
    #expect(
      MappingProbe.block("aws_sqs_queue_policy.p", in: conversion)?.contains(
        #"queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/a""#) == true)
    #expect(MappingProbe.entry("L.Properties.Topics", in: conversion)?.status == .unsupported)
    #expect(
      MappingProbe.messages(conversion).contains {
        $0.contains("a computed list of topics is not supported")
      })
  }

  @Test("Ref of a queue policy has no Terraform counterpart: null, with a warning")
  func reference() {
    let conversion = Converter.convert(
      """
      {"Resources": \(Self.resources),
       "Outputs": {"P": {"Value": {"Ref": "JobsPolicy"}}}}
      """, fileName: "t.json")
    #expect(
      MappingProbe.messages(conversion) == [
        "'Ref' to 'JobsPolicy' (AWS::SQS::QueuePolicy) has no Terraform counterpart; null is used"
      ])
  }

  @Test(
    "queue and topic policies convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let conversion = MappingProbe.convert(resources: Self.resources)
    let (status, output) = try MappingProbe.validate(conversion, label: "messaging-policies")
    #expect(status == 0, "\(output)")
  }
}

extension Messaging.Policies: ImportCaseProvider {
  static let importIds = [
    "Jobs": "https://sqs.us-east-1.amazonaws.com/123456789012/web-Jobs-1ABC",
    "Dead": "https://sqs.us-east-1.amazonaws.com/123456789012/dead",
    "Alerts": "arn:aws:sns:us-east-1:123456789012:web-Alerts-2DEF",
    "JobsPolicy": "web-JobsPolicy-3GHI", "AlertsPolicy": "web-AlertsPolicy-4JKL",
  ]

  static func policy(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: MessagingPolicyMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// A queue policy by its queue's URL, a topic policy by its topic's ARN: the stack's own id
  /// for the policy is of no use.
  static var importCases: [ImportCase] {
    [
      policy(
        "aws_sqs_queue_policy.jobs_policy", "JobsPolicy",
        .id("https://sqs.us-east-1.amazonaws.com/123456789012/web-Jobs-1ABC")),
      policy(
        "aws_sqs_queue_policy.jobs_policy_dead", "JobsPolicy",
        .id("https://sqs.us-east-1.amazonaws.com/123456789012/dead")),
      policy(
        "aws_sns_topic_policy.alerts_policy", "AlertsPolicy",
        .id("arn:aws:sns:us-east-1:123456789012:web-Alerts-2DEF")),
    ]
  }
}
