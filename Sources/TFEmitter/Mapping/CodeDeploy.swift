import CFNParser

/// `AWS::CodeDeploy::*`: applications, deployment groups (see
/// `CodeDeploy+DeploymentGroup.swift`) and deployment configurations. CloudFormation's
/// defaults (the Server compute platform, CodeDeployDefault.OneAtATime, in-place deployments
/// without traffic control, outdated instances updated, all-at-once traffic routing) are
/// Terraform's too.
package enum CodeDeploy: MappingFamily {
  /// The mappings of this family.
  static let mappings = [application, deploymentGroup, deploymentConfig]

  /// `AWS::CodeDeploy::Application`. `Ref` is its name, by which it is imported.
  static let application = ResourceMapping(
    "AWS::CodeDeploy::Application", to: "aws_codedeploy_app", ref: "name",
    properties: [
      .argument("ApplicationName", "name"),
      .argument("ComputePlatform", "compute_platform"),
      .tags,
    ],
    finish: { ExtraResources.requireName("name", unless: "ApplicationName", &$0) })

  /// `AWS::CodeDeploy::DeploymentConfig`. `Ref` is its name, by which it is imported.
  static let deploymentConfig = ResourceMapping(
    "AWS::CodeDeploy::DeploymentConfig", to: "aws_codedeploy_deployment_config",
    ref: "deployment_config_name",
    properties: [
      .argument("DeploymentConfigName", "deployment_config_name"),
      .argument("ComputePlatform", "compute_platform"),
      PropertyRule("MinimumHealthyHosts", .block("minimum_healthy_hosts", typeAndValue)),
      PropertyRule(
        "TrafficRoutingConfig",
        .block(
          "traffic_routing_config",
          [
            .argument("Type", "type"),
            PropertyRule(
              "TimeBasedCanary",
              .block(
                "time_based_canary",
                [
                  .argument("CanaryInterval", "interval"),
                  .argument("CanaryPercentage", "percentage"),
                ])),
            PropertyRule(
              "TimeBasedLinear",
              .block(
                "time_based_linear",
                [
                  .argument("LinearInterval", "interval"),
                  .argument("LinearPercentage", "percentage"),
                ])),
          ])),
      PropertyRule(
        "ZonalConfig",
        .block(
          "zonal_config",
          [
            .argument(
              "FirstZoneMonitorDurationInSeconds", "first_zone_monitor_duration_in_seconds"),
            .argument("MonitorDurationInSeconds", "monitor_duration_in_seconds"),
            PropertyRule(
              "MinimumHealthyHostsPerZone",
              .block("minimum_healthy_hosts_per_zone", typeAndValue)),
          ])),
    ],
    finish: {
      ExtraResources.requireName("deployment_config_name", unless: "DeploymentConfigName", &$0)
    })

  /// A minimum number of healthy hosts: `Type` and `Value`.
  static let typeAndValue: [PropertyRule] = [
    .argument("Type", "type"), .argument("Value", "value"),
  ]
}
