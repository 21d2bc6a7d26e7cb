import CFNParser

/// `AWS::Route53::*`: hosted zones (their query logging as a resource of its own), record sets
/// and record set groups (one `aws_route53_record` per record) and health checks.
package enum Route53: MappingFamily {
  /// The mappings of this family.
  static let mappings = [hostedZone, recordSet, recordSetGroup, healthCheck]

  /// `Ref` is the zone id, which the stack lists and Terraform imports by; `NameServers` is a
  /// list in both tools. A private zone lists its VPCs. Terraform comments a zone "Managed by
  /// Terraform" unless told otherwise, so a zone without a comment gets an empty one, as in
  /// CloudFormation.
  static let hostedZone = ResourceMapping(
    "AWS::Route53::HostedZone", to: "aws_route53_zone", ref: "zone_id",
    attributes: ["Id": "zone_id", "NameServers": "name_servers"],
    properties: [
      .argument("Name", "name"),
      .custom(
        "HostedZoneConfig", ExtraResources.flattened([.argument("Comment", "comment")])),
      PropertyRule(
        "VPCs",
        .blocks("vpc", [.argument("VPCId", "vpc_id"), .argument("VPCRegion", "vpc_region")])),
      PropertyRule("HostedZoneTags", .tagsMap("tags")),
      .custom(
        "QueryLoggingConfig",
        ExtraResources.separate(
          "aws_route53_query_log", link: .init(argument: "zone_id", attribute: "zone_id"),
          importID: .notImportable(
            "created: Terraform imports query logging by its configuration id, which the stack does not list; find it with 'aws route53 list-query-logging-configs --hosted-zone-id ZONE' and import it by hand (creating a second configuration for the zone fails)"
          ),
          [.argument("CloudWatchLogsLogGroupArn", "cloudwatch_log_group_arn")])),
      .drop(
        "HostedZoneFeatures",
        "aws_route53_zone (provider 5.100) has no accelerated recovery; enable it with 'aws route53 update-hosted-zone-features'"
      ),
    ],
    finish: { builder in
      let hasComment: Bool
      if case .object(let fields)? = builder.resource.property("HostedZoneConfig")?.value.kind {
        hasComment = fields.contains { $0.key == "Comment" }
      } else {
        hasComment = false
      }
      guard !hasComment else { return }
      builder.primary.content.argument(
        "comment", .string(""),
        comments: [
          "CloudFormation's zone has no comment; Terraform's would be \"Managed by Terraform\""
        ])
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(.here / "HostedZoneConfig" / "Comment"),
          resourceType: builder.resource.type.value, location: builder.resource.range.start,
          target: builder.primary.path / "comment", status: .transformed,
          note:
            "not set: an empty comment is written (Terraform's default is \"Managed by Terraform\")",
          targetValue: "\"\""))
    })

  /// `Ref` is the health check id, which Terraform imports by. The fields of
  /// `HealthCheckConfig` are the check's arguments.
  static let healthCheck = ResourceMapping(
    "AWS::Route53::HealthCheck", to: "aws_route53_health_check", ref: "id",
    attributes: ["HealthCheckId": "id"],
    properties: [
      .custom(
        "HealthCheckConfig",
        ExtraResources.flattened([
          .argument("Type", "type"),
          .argument("FullyQualifiedDomainName", "fqdn"),
          .argument("IPAddress", "ip_address"),
          .argument("Port", "port"),
          .argument("ResourcePath", "resource_path"),
          .argument("SearchString", "search_string"),
          .argument("RequestInterval", "request_interval"),
          .argument("FailureThreshold", "failure_threshold"),
          .argument("MeasureLatency", "measure_latency"),
          .argument("Inverted", "invert_healthcheck"),
          .argument("EnableSNI", "enable_sni"),
          .argument("Regions", "regions"),
          .argument("ChildHealthChecks", "child_healthchecks"),
          .argument("HealthThreshold", "child_health_threshold"),
          .argument("InsufficientDataHealthStatus", "insufficient_data_health_status"),
          .argument("RoutingControlArn", "routing_control_arn"),
          .custom(
            "AlarmIdentifier",
            ExtraResources.flattened([
              .argument("Name", "cloudwatch_alarm_name"),
              .argument("Region", "cloudwatch_alarm_region"),
            ])),
        ])),
      PropertyRule("HealthCheckTags", .tagsMap("tags")),
    ])
}
