/// A family of resource mappings: the CloudFormation types of one AWS service, in a source file of
/// its own (with `Family+Concern.swift` files beside it when it grows), each mapping owning its
/// property rules, its `Ref`/`Fn::GetAtt` table and its import id.
protocol MappingFamily {
  /// The family's mappings.
  static var mappings: [ResourceMapping] { get }
}

/// The one explicit list of resource mappings cfn2tf knows. A type that is not here has no
/// mapping: it stays in CloudFormation or is an error, never a guess.
package enum MappingRegistry {
  /// Every family, a line each: adding a family is adding its line here.
  static var families: [any MappingFamily.Type] {
    [
      AccessAnalyzer.self,
      AmazonMQ.self,
      ApiGateway.self,
      ApiGatewayV2.self,
      ApplicationAutoScaling.self,
      AppRunner.self,
      AppSync.self,
      Athena.self,
      AutoScaling.self,
      Backup.self,
      Batch.self,
      Budgets.self,
      CertificateManager.self,
      Cloud9.self,
      CloudFormation.self,
      CloudFormation.Stacks.self,
      CloudFront.self,
      CloudTrail.self,
      CloudWatch.self,
      CloudWatch.Logs.self,
      CloudWatch.Monitoring.self,
      CodeBuild.self,
      CodeCommit.self,
      CodeDeploy.self,
      CodePipeline.self,
      CodeStarConnections.self,
      Cognito.self,
      Config.self,
      DMS.self,
      DocDB.self,
      DynamoDB.self,
      EC2.self,
      ECR.self,
      ECS.self,
      ECS.Workloads.self,
      EFS.self,
      EKS.self,
      ElastiCache.self,
      ElasticBeanstalk.self,
      ElasticLoadBalancing.self,
      ElasticLoadBalancingV2.self,
      EMR.self,
      Events.self,
      EventSchemas.self,
      Glue.self,
      GuardDuty.self,
      IAM.self,
      IAM.InlinePolicies.self,
      IoT.self,
      Kinesis.self,
      KinesisFirehose.self,
      KMS.self,
      Lambda.self,
      Messaging.self,
      Messaging.InlinePolicies.self,
      Messaging.Policies.self,
      MSK.self,
      Neptune.self,
      OpenSearch.self,
      Pipes.self,
      RDS.self,
      RDS.Clusters.self,
      Redshift.self,
      Route53.self,
      Route53Resolver.self,
      S3.self,
      Scheduler.self,
      SecretsManager.self,
      SecurityHub.self,
      ServiceDiscovery.self,
      SES.self,
      SSM.self,
      SSM.Documents.self,
      SSO.self,
      StepFunctions.self,
      Synthetics.self,
      WAFv2.self,
    ]
  }

  /// The mapping of CloudFormation type `type`, or nil when there is none. Launch
  /// configurations depend on the options.
  package static func mapping(for type: String, options: ConversionOptions) -> ResourceMapping? {
    if type == "AWS::AutoScaling::LaunchConfiguration" {
      switch options.launchConfigurationTarget {
      case .launchTemplate: return AutoScaling.launchConfigurationAsTemplate
      case .launchConfiguration: return AutoScaling.launchConfiguration
      }
    }
    return table[type]
  }

  /// The CloudFormation types cfn2tf converts, sorted.
  package static var supportedTypes: [String] {
    (Array(table.keys) + ["AWS::AutoScaling::LaunchConfiguration"]).sorted()
  }

  private static let table: [String: ResourceMapping] = {
    var table: [String: ResourceMapping] = [:]
    for mapping in all { table[mapping.cloudFormationType] = mapping }
    return table
  }()

  /// Every mapping but the launch configuration, whose target is an option.
  static let all: [ResourceMapping] = families.flatMap { $0.mappings }
}
