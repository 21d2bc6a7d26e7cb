/// The one explicit list of resource mappings cfn2tf knows. A type that is not here is an
/// unsupported type: a diagnostic, never a guess.
package enum MappingRegistry {
  /// Every mapping, by CloudFormation type. Launch configurations depend on the options.
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
  static let all: [ResourceMapping] =
    AutoScaling.mappings + AutoScaling.scalingMappings + IAM.mappings + S3.mappings
    + DynamoDB.mappings + Messaging.mappings + CloudWatch.mappings + ECS.mappings + RDS.mappings
    + CloudFormation.mappings + KMS.mappings + SSM.mappings + EC2.mappings
    + ElasticLoadBalancing.mappings + ElasticLoadBalancingV2.mappings
}
