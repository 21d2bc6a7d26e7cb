@testable import TFEmitter

/// Auto Scaling, load balancers, DynamoDB, SNS and SQS, CloudWatch, ECS, RDS, KMS and SSM.
extension ImportCase {
  static let scaling = #"""
    {"Config": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": {
       "ImageId": "ami-1", "InstanceType": "t3.micro"}},
     "Group": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {
       "MinSize": "1", "MaxSize": "2", "AvailabilityZones": ["us-east-1a"],
       "LaunchConfigurationName": {"Ref": "Config"},
       "NotificationConfigurations": [{"TopicARN": "arn:aws:sns:us-east-1:123456789012:ops",
         "NotificationTypes": ["autoscaling:EC2_INSTANCE_LAUNCH"]}]}},
     "ScaleUp": {"Type": "AWS::AutoScaling::ScalingPolicy", "Properties": {
       "AutoScalingGroupName": {"Ref": "Group"}, "AdjustmentType": "ChangeInCapacity",
       "ScalingAdjustment": 1}},
     "Nightly": {"Type": "AWS::AutoScaling::ScheduledAction", "Properties": {
       "AutoScalingGroupName": {"Ref": "Group"}, "Recurrence": "0 0 * * *", "MinSize": 0}},
     "Drain": {"Type": "AWS::AutoScaling::LifecycleHook", "Properties": {
       "AutoScalingGroupName": {"Ref": "Group"},
       "LifecycleTransition": "autoscaling:EC2_INSTANCE_TERMINATING"}}}
    """#

  static let scalingIds = [
    "Config": "web-Config-1", "Group": "web-Group-2",
    "ScaleUp":
      "arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:0d3c-11:autoScalingGroupName/web-Group-2:policyName/web-ScaleUp-3",
    "Nightly": "web-Nightly-4", "Drain": "web-Drain-5",
  ]

  static func scaled(
    _ address: String, _ origin: String, _ expected: Expectation,
    options: ConversionOptions = ConversionOptions(useProfiles: false)
  ) -> ImportCase {
    ImportCase(
      address: address, origin: origin, resources: scaling, physicalIds: scalingIds,
      options: options, expected: expected)
  }

  static let autoScaling: [ImportCase] = [
    scaled("aws_autoscaling_group.group", "Group", .id("web-Group-2")),
    // Adopting a stack keeps its launch configurations, whatever the option.
    scaled("aws_launch_configuration.config", "Config", .id("web-Config-1")),
    scaled(
      "aws_autoscaling_notification.group", "Group",
      .notImported(
        "created: the Terraform AWS provider cannot import aws_autoscaling_notification; putting the same notification configuration again changes nothing"
      )),
    scaled("aws_autoscaling_policy.scale_up", "ScaleUp", .id("web-Group-2/web-ScaleUp-3")),
    scaled("aws_autoscaling_schedule.nightly", "Nightly", .id("web-Group-2/web-Nightly-4")),
    scaled("aws_autoscaling_lifecycle_hook.drain", "Drain", .id("web-Group-2/web-Drain-5")),
  ]

  static let data = #"""
    {"Table": {"Type": "AWS::DynamoDB::Table", "Properties": {
       "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
       "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
       "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamViewType": "NEW_IMAGE", "ResourcePolicy": {"PolicyDocument": {
         "Statement": [{"Effect": "Allow", "Principal": {"AWS": "123456789012"},
           "Action": "dynamodb:GetRecords", "Resource": "*"}]}}},
       "ResourcePolicy": {"PolicyDocument": {"Statement": [{"Effect": "Allow",
         "Principal": {"AWS": "123456789012"}, "Action": "dynamodb:GetItem", "Resource": "*"}]}},
       "ContributorInsightsSpecification": {"Enabled": true}}},
     "Topic": {"Type": "AWS::SNS::Topic", "Properties": {
       "Subscription": [{"Protocol": "sqs", "Endpoint": {"Fn::GetAtt": ["Queue", "Arn"]}}],
       "DataProtectionPolicy": {"Name": "p", "Version": "2021-06-01", "Statement": []}}},
     "Subscription": {"Type": "AWS::SNS::Subscription", "Properties": {
       "TopicArn": {"Ref": "Topic"}, "Protocol": "email", "Endpoint": "ops@example.com"}},
     "Queue": {"Type": "AWS::SQS::Queue"},
     "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {
       "DataProtectionPolicy": {"Name": "p", "Version": "2021-06-01", "Statement": []}}},
     "Alarm": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"MetricName": "CPUUtilization",
       "Namespace": "AWS/EC2", "Statistic": "Average", "Period": 60, "EvaluationPeriods": 1,
       "Threshold": 90, "ComparisonOperator": "GreaterThanThreshold"}},
     "Cluster": {"Type": "AWS::ECS::Cluster", "Properties": {"CapacityProviders": ["FARGATE"]}},
     "Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Statement": []}}},
     "KeyAlias": {"Type": "AWS::KMS::Alias", "Properties": {"AliasName": "alias/web",
       "TargetKeyId": {"Ref": "Key"}}},
     "Setting": {"Type": "AWS::SSM::Parameter", "Properties": {"Type": "String", "Value": "v"}},
     "Subnets": {"Type": "AWS::RDS::DBSubnetGroup", "Properties": {
       "DBSubnetGroupDescription": "d", "SubnetIds": ["subnet-1", "subnet-2"]}},
     "Database": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "postgres",
       "DBInstanceClass": "db.t3.micro", "AllocatedStorage": "20", "MasterUsername": "admin",
       "MasterUserPassword": "not-a-secret", "DBSubnetGroupName": {"Ref": "Subnets"}}}}
    """#

  static let dataIds = [
    "Table": "web-Table-1AB", "Topic": "arn:aws:sns:us-east-1:123456789012:web-Topic-2CD",
    "Subscription": "arn:aws:sns:us-east-1:123456789012:web-Topic-2CD:0f1e2d3c",
    "Queue": "https://sqs.us-east-1.amazonaws.com/123456789012/web-Queue-3EF",
    "Logs": "web-Logs-4GH", "Alarm": "web-Alarm-5IJ", "Cluster": "web-Cluster-6KL",
    "Key": "1234abcd-12ab-34cd-56ef-1234567890ab", "KeyAlias": "alias/web",
    "Setting": "web-Setting-7MN", "Subnets": "web-subnets-8op", "Database": "web-database-9qr",
  ]

  static func stored(_ address: String, _ origin: String, _ expected: Expectation) -> ImportCase {
    ImportCase(
      address: address, origin: origin, resources: data, physicalIds: dataIds,
      expected: expected)
  }

  static let services: [ImportCase] = [
    stored("aws_dynamodb_table.table", "Table", .id("web-Table-1AB")),
    stored(
      "aws_dynamodb_resource_policy.table", "Table",
      .id("arn:aws:dynamodb:us-east-1:123456789012:table/web-Table-1AB")),
    stored(
      "aws_dynamodb_resource_policy.table_stream", "Table",
      .notImported(
        "not imported: its id is the stream's ARN, whose label the stack does not list; find it with 'aws dynamodb describe-table --table-name TABLE --query Table.LatestStreamArn' and import it by hand (creating it puts the same policy on the stream again)"
      )),
    stored(
      "aws_dynamodb_contributor_insights.table", "Table",
      .id("name:web-Table-1AB/index:/123456789012")),
    stored("aws_sns_topic.topic", "Topic", .id("arn:aws:sns:us-east-1:123456789012:web-Topic-2CD")),
    stored(
      "aws_sns_topic_data_protection_policy.topic", "Topic",
      .id("arn:aws:sns:us-east-1:123456789012:web-Topic-2CD")),
    stored(
      "aws_sns_topic_subscription.subscription", "Subscription",
      .id("arn:aws:sns:us-east-1:123456789012:web-Topic-2CD:0f1e2d3c")),
    stored(
      "aws_sns_topic_subscription.topic", "Topic",
      .notImported(
        "created: Terraform imports a subscription by its ARN, which the stack does not list; subscribing the endpoint again gives the existing subscription (an unconfirmed email or HTTP endpoint is asked to confirm again); find the ARN with 'aws sns list-subscriptions-by-topic --topic-arn TOPIC' and import it by hand"
      )),
    stored(
      "aws_sqs_queue.queue", "Queue",
      .id("https://sqs.us-east-1.amazonaws.com/123456789012/web-Queue-3EF")),
    stored("aws_cloudwatch_log_group.logs", "Logs", .id("web-Logs-4GH")),
    stored("aws_cloudwatch_log_data_protection_policy.logs", "Logs", .id("web-Logs-4GH")),
    stored("aws_cloudwatch_metric_alarm.alarm", "Alarm", .id("web-Alarm-5IJ")),
    stored("aws_ecs_cluster.cluster", "Cluster", .id("web-Cluster-6KL")),
    stored("aws_ecs_cluster_capacity_providers.cluster", "Cluster", .id("web-Cluster-6KL")),
    stored("aws_kms_key.key", "Key", .id("1234abcd-12ab-34cd-56ef-1234567890ab")),
    stored("aws_kms_alias.key_alias", "KeyAlias", .id("alias/web")),
    stored("aws_ssm_parameter.setting", "Setting", .id("web-Setting-7MN")),
    stored("aws_db_subnet_group.subnets", "Subnets", .id("web-subnets-8op")),
    stored("aws_db_instance.database", "Database", .id("web-database-9qr")),
    ImportCase(
      address: "aws_dynamodb_kinesis_streaming_destination.table", origin: "Table",
      resources: #"""
        {"Table": {"Type": "AWS::DynamoDB::Table", "Properties": {
           "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
           "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
           "BillingMode": "PAY_PER_REQUEST",
           "KinesisStreamSpecification": {"StreamArn": {"Fn::Sub":
             "arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${Name}"}}}}}
        """#,
      parameters: #"{"Name": {"Type": "String"}}"#, physicalIds: ["Table": "web-Table-1AB"],
      values: ["Name": "changes"],
      expected: .id("web-Table-1AB,arn:aws:kinesis:us-east-1:123456789012:stream/changes")),
  ]
}

extension AutoScaling: ImportCaseProvider {
  static var importCases: [ImportCase] { ImportCase.autoScaling }
}

/// DynamoDB, SNS and SQS, CloudWatch, ECS, RDS, KMS and SSM share one template.
extension DynamoDB: ImportCaseProvider {
  static var importCases: [ImportCase] { ImportCase.services }
}
