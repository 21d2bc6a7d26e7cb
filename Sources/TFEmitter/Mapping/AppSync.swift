import CFNParser

/// `AWS::AppSync::*`: GraphQL APIs (with the schema of the template's `GraphQLSchema` as their
/// `schema` argument), data sources, resolvers, functions and API keys.
package enum AppSync: MappingFamily {
  /// The mappings of this family.
  static let mappings = [graphQLApi, graphQLSchema, dataSource, resolver, function, apiKey]

  /// `AWS::AppSync::GraphQLApi`. `Ref` is its ARN; the DNS names are the hosts of its URLs;
  /// `GraphQLEndpointArn` has no Terraform counterpart. Terraform imports it by its id, the last
  /// part of the ARN CloudFormation lists.
  static let graphQLApi = ResourceMapping(
    "AWS::AppSync::GraphQLApi", to: "aws_appsync_graphql_api", ref: "arn",
    attributes: [
      "ApiId": "id", "Arn": "arn", "GraphQLUrl": #"uris["GRAPHQL"]"#,
      "RealtimeUrl": #"uris["REALTIME"]"#,
      "GraphQLDns": #"basename(dirname(uris["GRAPHQL"]))"#,
      "RealtimeDns": #"basename(dirname(uris["REALTIME"]))"#,
    ],
    properties: [
      .argument("Name", "name"),
      .argument("ApiType", "api_type"),
      .argument("AuthenticationType", "authentication_type"),
      PropertyRule("LambdaAuthorizerConfig", .block("lambda_authorizer_config", lambdaAuthorizer)),
      PropertyRule("OpenIDConnectConfig", .block("openid_connect_config", openIDConnect)),
      .custom("UserPoolConfig", userPoolConfig),
      PropertyRule(
        "AdditionalAuthenticationProviders",
        .blocks(
          "additional_authentication_provider",
          [
            .argument("AuthenticationType", "authentication_type"),
            PropertyRule(
              "LambdaAuthorizerConfig", .block("lambda_authorizer_config", lambdaAuthorizer)),
            PropertyRule("OpenIDConnectConfig", .block("openid_connect_config", openIDConnect)),
            PropertyRule(
              "UserPoolConfig",
              .block(
                "user_pool_config",
                [
                  .argument("UserPoolId", "user_pool_id"), .argument("AwsRegion", "aws_region"),
                  .argument("AppIdClientRegex", "app_id_client_regex"),
                ])),
          ])),
      PropertyRule(
        "LogConfig",
        .block(
          "log_config",
          [
            .argument("CloudWatchLogsRoleArn", "cloudwatch_logs_role_arn"),
            .argument("FieldLogLevel", "field_log_level"),
            .argument("ExcludeVerboseContent", "exclude_verbose_content"),
          ])),
      PropertyRule(
        "EnhancedMetricsConfig",
        .block(
          "enhanced_metrics_config",
          [
            .argument("DataSourceLevelMetricsBehavior", "data_source_level_metrics_behavior"),
            .argument("OperationLevelMetricsConfig", "operation_level_metrics_config"),
            .argument("ResolverLevelMetricsBehavior", "resolver_level_metrics_behavior"),
          ])),
      .argument("IntrospectionConfig", "introspection_config"),
      .argument("MergedApiExecutionRoleArn", "merged_api_execution_role_arn"),
      .argument("QueryDepthLimit", "query_depth_limit"),
      .argument("ResolverCountLimit", "resolver_count_limit"),
      .argument("Visibility", "visibility"),
      .argument("XrayEnabled", "xray_enabled"),
      .tags,
      absent(
        "EnvironmentVariables",
        "aws_appsync_graphql_api (provider 5.100) has no environment variables: set them with 'aws appsync put-graphql-api-environment-variables'"
      ),
      .drop(
        "OwnerContact",
        "aws_appsync_graphql_api (provider 5.100) has no owner contact, which only describes the API: set it with 'aws appsync update-graphql-api --owner-contact' if you need it"
      ),
    ]
      + [
        "ApiId", "Arn", "GraphQLDns", "GraphQLEndpointArn", "GraphQLUrl", "RealtimeDns",
        "RealtimeUrl",
      ]
      .map { .drop($0, "read-only: GetAtt \($0) returns it") },
    importID: .custom { context in
      context.physicalId.map { apiPath($0).first ?? $0 }
    },
    finish: schemaOfTemplate)

  /// `AWS::AppSync::GraphQLSchema` has no resource of its own in Terraform: the API's `schema`
  /// argument holds it (see `schemaOfTemplate`).
  static let graphQLSchema = ResourceMapping.omitted(
    "AWS::AppSync::GraphQLSchema",
    reason:
      "Terraform has no GraphQL schema resource: its Definition is the schema argument of the aws_appsync_graphql_api its ApiId names (Fn::GetAtt <API>.ApiId); the schema of an API outside the template is not converted, set it on that API"
  )

  /// The fields of a Lambda authorizer.
  static let lambdaAuthorizer: [PropertyRule] = [
    .argument("AuthorizerUri", "authorizer_uri"),
    .argument("AuthorizerResultTtlInSeconds", "authorizer_result_ttl_in_seconds"),
    .argument("IdentityValidationExpression", "identity_validation_expression"),
  ]

  /// The fields of an OpenID Connect configuration.
  static let openIDConnect: [PropertyRule] = [
    .argument("Issuer", "issuer"), .argument("ClientId", "client_id"),
    .argument("AuthTTL", "auth_ttl"), .argument("IatTTL", "iat_ttl"),
  ]

  /// `UserPoolConfig`: the `user_pool_config` block. AppSync and Terraform require a default
  /// action, which CloudFormation's schema leaves optional: ALLOW is assumed (an approximation,
  /// said in the ledger) when the template names none.
  @Sendable static func userPoolConfig(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "user_pool_config"))
      return
    }
    let scope = builder.scope.block("user_pool_config", reading: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    var inner = BodyParts()
    builder.apply(
      [
        .argument("UserPoolId", "user_pool_id"), .argument("AwsRegion", "aws_region"),
        .argument("DefaultAction", "default_action"),
        .argument("AppIdClientRegex", "app_id_client_regex"),
      ], to: fields, in: scope, into: &inner)
    if !fields.contains(where: { $0.key == "DefaultAction" }) {
      let value = HCLExpression.string("ALLOW")
      inner.argument(
        "default_action", value,
        comments: ["cfn2tf: not set: AppSync and Terraform require it; ALLOW is assumed"])
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(member.path / "DefaultAction"),
          resourceType: builder.resource.type.value, location: member.keyRange.start,
          target: scope.target / "default_action", status: .approximated,
          note: "not set: AppSync and Terraform require a default action; ALLOW is assumed",
          targetValue: HCLPrinter.printExpression(value)))
    }
    parts.block(HCLBlock("user_pool_config", body: inner.body))
  }

  /// The API's `schema`: the `Definition` of the template's `AWS::AppSync::GraphQLSchema` whose
  /// `ApiId` is this API's (`Fn::GetAtt <API>.ApiId`), null when that schema has a false
  /// `Condition`.
  static func schemaOfTemplate(_ builder: inout ResourceBuilder) {
    let schemas = builder.translator.template.resources.filter { resource in
      guard resource.type.value == "AWS::AppSync::GraphQLSchema",
        case .getAtt(let api, let attribute) = resource.property("ApiId")?.value.kind
      else { return false }
      return api == builder.logicalId && attribute == "ApiId"
    }
    for (index, schema) in schemas.enumerated() {
      let type = schema.type.value
      let target = builder.primary.path / "schema"
      guard let definition = schema.property("Definition"), index == 0 else {
        let member = schema.property("Definition") ?? schema.property("DefinitionS3Location")
        let reason =
          index > 0
          ? "the API already takes the schema of '\(schemas[0].logicalId)'"
          : "Terraform takes the schema's text: download it from S3 and write it as Definition"
        builder.diagnostics.append(
          .warning(
            "the schema '\(schema.logicalId)' of '\(builder.logicalId)' is not converted: \(reason)",
            at: (member?.keyRange.start ?? schema.range.start)))
        builder.ledger.append(
          LedgerEntry(
            kind: .property,
            path: .property(member?.key ?? "Definition", of: schema.logicalId),
            resourceType: type, location: member?.keyRange.start, status: .unsupported,
            note: reason, sourceValue: member?.value.compactText))
        continue
      }
      builder.translator.begin()
      var value = builder.translator.translate(definition.value, as: .string)
      if let text = definition.value.stringValue, text.hasSuffix("\n") {
        let lines = text.split(separator: "\n").map(String.init)
        value = .heredoc(
          marker: HCLEscaping.heredocMarker(preferring: "SCHEMA", avoiding: lines),
          parts: [.literal(text)])
      }
      builder.translator.transformed(
        "the schema '\(schema.logicalId)' became the schema argument of its API")
      if let condition = schema.condition {
        let local = HCLExpression.local(
          builder.translator.namer.local(forCondition: condition.value))
        value = .conditional(local, value, .null)
      }
      builder.primary.content.argument("schema", value)
      builder.ledger.append(
        LedgerEntry(
          kind: .property, path: .property("Definition", of: schema.logicalId), resourceType: type,
          location: definition.keyRange.start, target: target, status: builder.translator.status,
          note: builder.translator.note, sourceValue: definition.value.compactText,
          targetValue: HCLPrinter.printExpression(value)))
    }
  }

  /// The parts of an AppSync ARN after `apis/`: the API id, then the path under the API
  /// (`datasources/<name>`, `types/<type>/resolvers/<field>`, `functions/<id>`).
  static func apiPath(_ arn: String) -> [String] {
    guard let range = arn.firstRange(of: ":apis/") else { return [] }
    return arn[range.upperBound...].split(separator: "/").map(String.init)
  }

  /// A property provider 5.100 has no counterpart for, though it changes what is deployed: a
  /// warning, a comment and the ledger entry say so.
  static func absent(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in builder.unsupported(member, reason: reason) }
  }
}
