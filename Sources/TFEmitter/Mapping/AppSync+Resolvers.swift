import CFNParser

extension AppSync {
  /// `AWS::AppSync::DataSource`. `Ref` and `DataSourceArn` are its ARN; Terraform imports it as
  /// `<api id>-<name>`, both read from that ARN.
  static let dataSource = ResourceMapping(
    "AWS::AppSync::DataSource", to: "aws_appsync_datasource", ref: "arn",
    attributes: ["DataSourceArn": "arn", "Name": "name"],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("Type", "type"),
      .argument("ServiceRoleArn", "service_role_arn"),
      PropertyRule(
        "DynamoDBConfig",
        .block(
          "dynamodb_config",
          [
            .argument("TableName", "table_name"), .argument("AwsRegion", "region"),
            .argument("UseCallerCredentials", "use_caller_credentials"),
            .argument("Versioned", "versioned"),
            PropertyRule(
              "DeltaSyncConfig",
              .block(
                "delta_sync_config",
                [
                  .argument("BaseTableTTL", "base_table_ttl"),
                  .argument("DeltaSyncTableName", "delta_sync_table_name"),
                  .argument("DeltaSyncTableTTL", "delta_sync_table_ttl"),
                ])),
          ])),
      PropertyRule("ElasticsearchConfig", .block("elasticsearch_config", searchDomain)),
      PropertyRule("OpenSearchServiceConfig", .block("opensearchservice_config", searchDomain)),
      PropertyRule(
        "EventBridgeConfig",
        .block("event_bridge_config", [.argument("EventBusArn", "event_bus_arn")])),
      PropertyRule(
        "HttpConfig",
        .block(
          "http_config",
          [
            .argument("Endpoint", "endpoint"),
            PropertyRule(
              "AuthorizationConfig",
              .block(
                "authorization_config",
                [
                  .argument("AuthorizationType", "authorization_type"),
                  PropertyRule(
                    "AwsIamConfig",
                    .block(
                      "aws_iam_config",
                      [
                        .argument("SigningRegion", "signing_region"),
                        .argument("SigningServiceName", "signing_service_name"),
                      ])),
                ])),
          ])),
      PropertyRule(
        "LambdaConfig", .block("lambda_config", [.argument("LambdaFunctionArn", "function_arn")])),
      PropertyRule(
        "RelationalDatabaseConfig",
        .block(
          "relational_database_config",
          [
            .argument("RelationalDatabaseSourceType", "source_type"),
            PropertyRule(
              "RdsHttpEndpointConfig",
              .block(
                "http_endpoint_config",
                [
                  .argument("DbClusterIdentifier", "db_cluster_identifier"),
                  .argument("AwsSecretStoreArn", "aws_secret_store_arn"),
                  .argument("DatabaseName", "database_name"),
                  .argument("Schema", "schema"),
                  .argument("AwsRegion", "region"),
                ])),
          ])),
      absent(
        "MetricsConfig",
        "aws_appsync_datasource (provider 5.100) has no metrics configuration: set it with 'aws appsync update-data-source --metrics-config'"
      ),
      .drop("DataSourceArn", "read-only: Ref returns it"),
    ],
    importID: pathImport(["datasources"]) { "\($0[0])-\($0[2])" })

  /// The fields of an Elasticsearch or OpenSearch domain.
  static let searchDomain: [PropertyRule] = [
    .argument("Endpoint", "endpoint"), .argument("AwsRegion", "region"),
  ]

  /// `AWS::AppSync::Resolver`. `Ref` and `ResolverArn` are its ARN; Terraform imports it as
  /// `<api id>-<type>-<field>`, read from that ARN.
  static let resolver = ResourceMapping(
    "AWS::AppSync::Resolver", to: "aws_appsync_resolver", ref: "arn",
    attributes: ["ResolverArn": "arn", "TypeName": "type", "FieldName": "field"],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("TypeName", "type"),
      .argument("FieldName", "field"),
      .argument("Kind", "kind"),
      .argument("DataSourceName", "data_source"),
      .argument("RequestMappingTemplate", "request_template"),
      .argument("ResponseMappingTemplate", "response_template"),
      .argument("Code", "code"),
      .argument("MaxBatchSize", "max_batch_size"),
      PropertyRule("Runtime", .block("runtime", runtime)),
      PropertyRule(
        "PipelineConfig", .block("pipeline_config", [.argument("Functions", "functions")])),
      PropertyRule(
        "CachingConfig",
        .block(
          "caching_config", [.argument("Ttl", "ttl"), .argument("CachingKeys", "caching_keys")])),
      PropertyRule("SyncConfig", .block("sync_config", syncConfig)),
      absent(
        "MetricsConfig",
        "aws_appsync_resolver (provider 5.100) has no metrics configuration: set it with 'aws appsync update-resolver --metrics-config'"
      ),
      inS3("RequestMappingTemplateS3Location", "RequestMappingTemplate"),
      inS3("ResponseMappingTemplateS3Location", "ResponseMappingTemplate"),
      inS3("CodeS3Location", "Code"),
      .drop("ResolverArn", "read-only: Ref returns it"),
    ],
    importID: pathImport(["types", "resolvers"]) { "\($0[0])-\($0[2])-\($0[4])" })

  /// `AWS::AppSync::FunctionConfiguration`. `Ref` and `FunctionArn` are its ARN; Terraform
  /// imports it as `<api id>-<function id>`, read from that ARN.
  static let function = ResourceMapping(
    "AWS::AppSync::FunctionConfiguration", to: "aws_appsync_function", ref: "arn",
    attributes: [
      "FunctionArn": "arn", "FunctionId": "function_id", "Name": "name",
      "DataSourceName": "data_source",
    ],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("DataSourceName", "data_source"),
      .argument("FunctionVersion", "function_version"),
      .argument("RequestMappingTemplate", "request_mapping_template"),
      .argument("ResponseMappingTemplate", "response_mapping_template"),
      .argument("Code", "code"),
      .argument("MaxBatchSize", "max_batch_size"),
      PropertyRule("Runtime", .block("runtime", runtime)),
      PropertyRule("SyncConfig", .block("sync_config", syncConfig)),
      inS3("RequestMappingTemplateS3Location", "RequestMappingTemplate"),
      inS3("ResponseMappingTemplateS3Location", "ResponseMappingTemplate"),
      inS3("CodeS3Location", "Code"),
      .drop("FunctionArn", "read-only: Ref returns it"),
      .drop("FunctionId", "read-only: GetAtt FunctionId returns it"),
    ],
    importID: pathImport(["functions"]) { "\($0[0])-\($0[2])" })

  /// The fields of a JavaScript runtime.
  static let runtime: [PropertyRule] = [
    .argument("Name", "name"), .argument("RuntimeVersion", "runtime_version"),
  ]

  /// The fields of a conflict resolution configuration.
  static let syncConfig: [PropertyRule] = [
    .argument("ConflictDetection", "conflict_detection"),
    .argument("ConflictHandler", "conflict_handler"),
    PropertyRule(
      "LambdaConflictHandlerConfig",
      .block(
        "lambda_conflict_handler_config",
        [.argument("LambdaConflictHandlerArn", "lambda_conflict_handler_arn")])),
  ]

  /// A template or code in S3, which Terraform cannot read: said, with the property to use.
  static func inS3(_ property: String, _ inline: String) -> PropertyRule {
    absent(
      property,
      "Terraform takes the text itself: download the object and write it as \(inline) (or file() of a copy in the module)"
    )
  }

  /// An import id made from the parts of the ARN CloudFormation lists, after checking that the
  /// parts at odd places after the API id are `kinds` (`types`, `resolvers`).
  static func pathImport(_ kinds: [String], _ id: @escaping @Sendable ([String]) -> String)
    -> ImportID
  {
    .custom { context in
      guard let arn = context.physicalId else { return nil }
      let path = apiPath(arn)
      guard path.count == 1 + 2 * kinds.count,
        kinds.enumerated().allSatisfy({ path[1 + 2 * $0.offset] == $0.element })
      else { return nil }
      return id(path)
    }
  }

  /// `AWS::AppSync::ApiKey`. `GetAtt ApiKey` is the key Terraform reads (sensitive), never a
  /// value the module writes. `Ref` and `Arn` (the key's ARN) have no Terraform counterpart.
  /// Terraform imports it as `<api id>:<key id>`.
  static let apiKey = ResourceMapping(
    "AWS::AppSync::ApiKey", to: "aws_appsync_api_key", ref: nil,
    attributes: ["ApiKey": "key", "ApiKeyId": "api_key_id"],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("Description", "description"),
      .custom("Expires", expires),
      .drop("ApiKey", "read-only: AppSync makes the key, which GetAtt ApiKey returns"),
      .drop("ApiKeyId", "read-only: GetAtt ApiKeyId returns it"),
      .drop("Arn", "read-only: the key's ARN"),
    ],
    importID: .custom { context in
      guard let physicalId = context.physicalId else { return nil }
      let path = apiPath(physicalId)
      if path.count == 3, path[1].hasPrefix("apikey") { return "\(path[0]):\(path[2])" }
      guard !physicalId.contains(":"), let api = apiId(context) else { return nil }
      return "\(api):\(physicalId)"
    })

  /// The API id `ApiId` names: `Fn::GetAtt <API>.ApiId` read from that API's ARN in the stack.
  static func apiId(_ context: ImportContext) -> String? {
    guard let member = context.resource.property("ApiId") else { return nil }
    if case .getAtt(let api, "ApiId") = member.value.kind {
      return context.resolve(Expr(.ref(api), range: member.value.range)).flatMap {
        apiPath($0).first
      }
    }
    return context.resolve(member.value)
  }

  /// `Expires`, seconds since 1970, as the RFC 3339 time Terraform takes: computed here when
  /// written in the template, by `timeadd()` otherwise.
  @Sendable static func expires(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "expires"
    builder.translator.begin()
    let value: HCLExpression
    if let text = member.value.scalarText, let seconds = Int(text) {
      value = .string(rfc3339(seconds))
      builder.translator.transformed("seconds since 1970 became an RFC 3339 time")
    } else {
      let seconds = builder.translator.translate(member.value, as: .string)
      value = .call(
        "timeadd",
        [.string("1970-01-01T00:00:00Z"), .template([.interpolation(seconds), .literal("s")])])
      builder.translator.transformed("seconds since 1970 became an RFC 3339 time by timeadd()")
    }
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
    parts.argument("expires", value)
  }

  /// `seconds` since 1970-01-01T00:00:00Z as `YYYY-MM-DDThh:mm:ssZ`.
  static func rfc3339(_ seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let time = seconds - days * 86_400
    // Days to a civil date (proleptic Gregorian calendar).
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return
      "\(year)-\(two(month))-\(two(day))T\(two(time / 3600)):\(two(time % 3600 / 60)):\(two(time % 60))Z"
  }
}
