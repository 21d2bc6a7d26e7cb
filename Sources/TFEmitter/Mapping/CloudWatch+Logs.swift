import CFNParser

extension CloudWatch {
  /// `AWS::Logs::*` beyond log groups (which `CloudWatch` maps): subscription filters, metric
  /// filters, log streams, saved queries and resource policies; and `AWS::CloudWatch::Dashboard`.
  /// A filter, stream or dashboard CloudFormation names itself gets the name Terraform requires
  /// from `var.physical_names`, else `<stack>-<LogicalId>`.
  enum Logs: MappingFamily {
    /// The mappings of this family.
    static let mappings = [
      subscriptionFilter, metricFilter, logStream, queryDefinition, resourcePolicy, dashboard,
    ]

    /// Why the fields provider 5.100 does not have for transformed logs are dropped.
    static let transformedLogsReason =
      "provider 5.100 has no setting for logs transformed by a log transformer: the filter reads the logs as they were sent"

    /// `Ref` is the filter's name. Terraform imports it as `LOG_GROUP|NAME`.
    static let subscriptionFilter = ResourceMapping(
      "AWS::Logs::SubscriptionFilter", to: "aws_cloudwatch_log_subscription_filter", ref: "name",
      properties: [
        .argument("FilterName", "name"),
        .argument("LogGroupName", "log_group_name"),
        .argument("FilterPattern", "filter_pattern"),
        .argument("DestinationArn", "destination_arn"),
        .argument("RoleArn", "role_arn"),
        .argument("Distribution", "distribution"),
        .drop("ApplyOnTransformedLogs", transformedLogsReason),
        .drop(
          "EmitSystemFields",
          "aws_cloudwatch_log_subscription_filter (provider 5.100) cannot add system fields to the events it sends: the destination receives the events alone"
        ),
        .drop(
          "FieldSelectionCriteria",
          "aws_cloudwatch_log_subscription_filter (provider 5.100) has no field selection criteria: every event the pattern matches is sent"
        ),
      ],
      importID: filterImportID(separator: "|"),
      finish: { builder in ExtraResources.requireName("name", unless: "FilterName", &builder) })

    /// `Ref` is the filter's name. Terraform imports it as `LOG_GROUP:NAME`.
    static let metricFilter = ResourceMapping(
      "AWS::Logs::MetricFilter", to: "aws_cloudwatch_log_metric_filter", ref: "name",
      properties: [
        .argument("FilterName", "name"),
        .argument("LogGroupName", "log_group_name"),
        .argument("FilterPattern", "pattern"),
        PropertyRule(
          "MetricTransformations",
          .blocks(
            "metric_transformation",
            [
              .argument("MetricName", "name"),
              .argument("MetricNamespace", "namespace"),
              .argument("MetricValue", "value"),
              .argument("DefaultValue", "default_value"),
              .argument("Unit", "unit"),
              PropertyRule("Dimensions", .tagsMap("dimensions")),
            ])),
        .drop("ApplyOnTransformedLogs", transformedLogsReason),
        .drop(
          "EmitSystemFieldDimensions",
          "aws_cloudwatch_log_metric_filter (provider 5.100) has no system field dimensions: add them to the metric's Dimensions by hand"
        ),
        .drop(
          "FieldSelectionCriteria",
          "aws_cloudwatch_log_metric_filter (provider 5.100) has no field selection criteria: every event the pattern matches counts"
        ),
      ],
      importID: filterImportID(separator: ":"),
      finish: { builder in ExtraResources.requireName("name", unless: "FilterName", &builder) })

    /// `LOG_GROUP` + `separator` + the filter's name (the stack lists a filter by its name).
    static func filterImportID(separator: String) -> ImportID {
      .custom { context in
        guard let group = context.property("LogGroupName"),
          let name = context.property("FilterName") ?? context.physicalId, !name.isEmpty
        else { return nil }
        return group + separator + name
      }
    }

    /// `Ref` is the stream's name. Terraform imports it as `LOG_GROUP:NAME`.
    static let logStream = ResourceMapping(
      "AWS::Logs::LogStream", to: "aws_cloudwatch_log_stream", ref: "name",
      properties: [
        .argument("LogStreamName", "name"),
        .argument("LogGroupName", "log_group_name"),
      ],
      importID: .custom { context in
        guard let group = context.property("LogGroupName"),
          let name = context.property("LogStreamName") ?? context.physicalId, !name.isEmpty
        else { return nil }
        return "\(group):\(name)"
      },
      finish: { builder in ExtraResources.requireName("name", unless: "LogStreamName", &builder) })

    /// A saved Logs Insights query. `Ref` and `QueryDefinitionId` are its id; Terraform imports
    /// it by its ARN, made from that id.
    static let queryDefinition = ResourceMapping(
      "AWS::Logs::QueryDefinition", to: "aws_cloudwatch_query_definition",
      ref: "query_definition_id", attributes: ["QueryDefinitionId": "query_definition_id"],
      properties: [
        .argument("Name", "name"),
        .argument("QueryString", "query_string"),
        .argument("LogGroupNames", "log_group_names"),
        .custom("QueryLanguage", queryLanguage),
        .drop(
          "Parameters",
          "aws_cloudwatch_query_definition (provider 5.100) has no query parameters: write their default values into QueryString"
        ),
        .drop(
          "QueryDefinitionId", "CloudFormation sets the id when it creates the query; so does AWS"),
      ],
      importID: .joined(
        [
          .literal("arn:"), .pseudo(.partition), .literal(":logs:"), .pseudo(.region),
          .literal(":"), .pseudo(.accountId), .literal(":query-definition:"), .physicalId,
        ], separator: ""))

    /// `QueryLanguage`: Terraform saves queries in the Logs Insights language (`CWLI`),
    /// CloudFormation's default; a query in SQL or PPL is dropped with the reason.
    @Sendable static func queryLanguage(
      _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
    ) {
      guard member.value.stringValue == "CWLI" else {
        builder.dropped(
          member,
          reason:
            "aws_cloudwatch_query_definition (provider 5.100) saves Logs Insights (CWLI) queries only: a SQL or PPL query must be rewritten in CWLI, or saved another way"
        )
        return
      }
      builder.record(
        member, target: nil, status: .exact,
        note: "CWLI is the language Terraform saves queries in; nothing to write",
        source: member.value)
    }

    /// `Ref` is the policy's name, which is also its import id.
    static let resourcePolicy = ResourceMapping(
      "AWS::Logs::ResourcePolicy", to: "aws_cloudwatch_log_resource_policy", ref: "policy_name",
      properties: [
        .argument("PolicyName", "policy_name"),
        .custom("PolicyDocument") { member, builder, parts in
          PolicyDocument.argument(member, "policy_document", &builder, &parts)
        },
      ])

    /// `Ref` is the dashboard's name, which is also its import id. `DashboardBody` is JSON
    /// text, written as it is (an object is `jsonencode`d).
    static let dashboard = ResourceMapping(
      "AWS::CloudWatch::Dashboard", to: "aws_cloudwatch_dashboard", ref: "dashboard_name",
      properties: [
        .argument("DashboardName", "dashboard_name"),
        .custom("DashboardBody") { member, builder, parts in
          PolicyDocument.argument(member, "dashboard_body", &builder, &parts)
        },
      ],
      finish: { builder in
        ExtraResources.requireName("dashboard_name", unless: "DashboardName", &builder)
      })
  }
}
