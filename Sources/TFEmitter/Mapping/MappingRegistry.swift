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
      ApiGateway.self,
      ApiGatewayV2.self,
      AutoScaling.self,
      Backup.self,
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
      DocDB.self,
      DynamoDB.self,
      EC2.self,
      ECS.self,
      ECS.Workloads.self,
      EFS.self,
      EKS.self,
      ElastiCache.self,
      ElasticLoadBalancing.self,
      ElasticLoadBalancingV2.self,
      Events.self,
      GuardDuty.self,
      IAM.self,
      IAM.InlinePolicies.self,
      Kinesis.self,
      KinesisFirehose.self,
      KMS.self,
      Lambda.self,
      Messaging.self,
      Messaging.Policies.self,
      Neptune.self,
      RDS.self,
      RDS.Clusters.self,
      Route53.self,
      Route53Resolver.self,
      S3.self,
      Scheduler.self,
      SecretsManager.self,
      SecurityHub.self,
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
