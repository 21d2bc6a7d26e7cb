import Testing

@testable import TFEmitter

@Suite("AppSync mappings")
struct AppSyncMappingTests {
  static let resources = #"""
    {"Api": {"Type": "AWS::AppSync::GraphQLApi", "Properties": {"Name": "notes",
       "AuthenticationType": "AMAZON_COGNITO_USER_POOLS",
       "UserPoolConfig": {"UserPoolId": "us-east-1_abc", "AwsRegion": "us-east-1"},
       "AdditionalAuthenticationProviders": [{"AuthenticationType": "API_KEY"},
         {"AuthenticationType": "OPENID_CONNECT",
          "OpenIDConnectConfig": {"Issuer": "https://id.example.com", "AuthTTL": 3600}}],
       "LogConfig": {"CloudWatchLogsRoleArn": "arn:aws:iam::123456789012:role/logs",
         "FieldLogLevel": "ERROR"},
       "XrayEnabled": true, "IntrospectionConfig": "DISABLED", "QueryDepthLimit": 5,
       "Tags": [{"Key": "app", "Value": "notes"}]}},
     "Schema": {"Type": "AWS::AppSync::GraphQLSchema", "Properties": {
       "ApiId": {"Fn::GetAtt": ["Api", "ApiId"]},
       "Definition": "type Note { id: ID! }\ntype Query { note(id: ID!): Note }\n"}},
     "Table": {"Type": "AWS::AppSync::DataSource", "Properties": {
       "ApiId": {"Fn::GetAtt": ["Api", "ApiId"]}, "Name": "notes", "Type": "AMAZON_DYNAMODB",
       "ServiceRoleArn": "arn:aws:iam::123456789012:role/appsync",
       "DynamoDBConfig": {"TableName": "notes", "AwsRegion": "us-east-1", "Versioned": true,
         "DeltaSyncConfig": {"BaseTableTTL": "43200", "DeltaSyncTableName": "deltas",
           "DeltaSyncTableTTL": "30"}}}},
     "Remote": {"Type": "AWS::AppSync::DataSource", "Properties": {
       "ApiId": {"Fn::GetAtt": ["Api", "ApiId"]}, "Name": "remote", "Type": "HTTP",
       "HttpConfig": {"Endpoint": "https://api.example.com",
         "AuthorizationConfig": {"AuthorizationType": "AWS_IAM",
           "AwsIamConfig": {"SigningRegion": "us-east-1", "SigningServiceName": "execute-api"}}}}},
     "GetNote": {"Type": "AWS::AppSync::FunctionConfiguration", "Properties": {
       "ApiId": {"Fn::GetAtt": ["Api", "ApiId"]}, "Name": "getNote",
       "DataSourceName": {"Fn::GetAtt": ["Table", "Name"]},
       "Runtime": {"Name": "APPSYNC_JS", "RuntimeVersion": "1.0.0"},
       "Code": "export function request(ctx) { return {}; }"}},
     "Note": {"Type": "AWS::AppSync::Resolver", "DependsOn": "Schema", "Properties": {
       "ApiId": {"Fn::GetAtt": ["Api", "ApiId"]}, "TypeName": "Query", "FieldName": "note",
       "Kind": "PIPELINE", "PipelineConfig": {"Functions": [{"Fn::GetAtt": ["GetNote", "FunctionId"]}]},
       "Runtime": {"Name": "APPSYNC_JS", "RuntimeVersion": "1.0.0"},
       "Code": "export function request(ctx) { return {}; }",
       "CachingConfig": {"Ttl": 60, "CachingKeys": ["$context.arguments.id"]}}},
     "Legacy": {"Type": "AWS::AppSync::Resolver", "Properties": {
       "ApiId": {"Fn::GetAtt": ["Api", "ApiId"]}, "TypeName": "Note", "FieldName": "id",
       "DataSourceName": "remote",
       "RequestMappingTemplate": "{\"version\": \"2018-05-29\"}",
       "ResponseMappingTemplate": "$util.toJson($ctx.result)",
       "SyncConfig": {"ConflictDetection": "VERSION", "ConflictHandler": "OPTIMISTIC_CONCURRENCY"}}},
     "Key": {"Type": "AWS::AppSync::ApiKey", "Properties": {
       "ApiId": {"Fn::GetAtt": ["Api", "ApiId"]}, "Description": "web", "Expires": 1798761600}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Arn": {"Value": {"Ref": "Api"}},
         "Id": {"Value": {"Fn::GetAtt": ["Api", "ApiId"]}},
         "Url": {"Value": {"Fn::GetAtt": ["Api", "GraphQLUrl"]}},
         "Dns": {"Value": {"Fn::GetAtt": ["Api", "GraphQLDns"]}},
         "Realtime": {"Value": {"Fn::GetAtt": ["Api", "RealtimeUrl"]}},
         "Source": {"Value": {"Ref": "Table"}},
         "Resolver": {"Value": {"Fn::GetAtt": ["Note", "ResolverArn"]}},
         "Function": {"Value": {"Ref": "GetNote"}},
         "FunctionId": {"Value": {"Fn::GetAtt": ["GetNote", "FunctionId"]}},
         "KeyId": {"Value": {"Fn::GetAtt": ["Key", "ApiKeyId"]}},
         "TheKey": {"Value": {"Fn::GetAtt": ["Key", "ApiKey"]}}}}
      """, fileName: "t.json")
  }

  @Test("an API with its authentication providers and the template's schema as a heredoc")
  func graphQLApi() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.messages(conversion) == [
        "'Schema' (AWS::AppSync::GraphQLSchema) is not converted: \(AppSync.graphQLSchema.omission ?? "")"
      ])
    #expect(
      MappingProbe.block("aws_appsync_graphql_api.api", in: conversion) == """
        # Api (AWS::AppSync::GraphQLApi)
        resource "aws_appsync_graphql_api" "api" {
          name                 = "notes"
          authentication_type  = "AMAZON_COGNITO_USER_POOLS"
          introspection_config = "DISABLED"
          query_depth_limit    = 5
          xray_enabled         = true
          tags = {
            app = "notes"
          }
          schema = <<-SCHEMA
            type Note { id: ID! }
            type Query { note(id: ID!): Note }
          SCHEMA

          user_pool_config {
            user_pool_id = "us-east-1_abc"
            aws_region   = "us-east-1"
            # cfn2tf: not set: AppSync and Terraform require it; ALLOW is assumed
            default_action = "ALLOW"
          }

          additional_authentication_provider {
            authentication_type = "API_KEY"
          }
          additional_authentication_provider {
            authentication_type = "OPENID_CONNECT"

            openid_connect_config {
              issuer   = "https://id.example.com"
              auth_ttl = 3600
            }
          }

          log_config {
            cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/logs"
            field_log_level          = "ERROR"
          }
        }

        """)
    let definition = MappingProbe.entry("Schema.Properties.Definition", in: conversion)
    #expect(definition?.targetText == "aws_appsync_graphql_api.api.schema")
    #expect(definition?.status == .transformed)
    #expect(MappingProbe.entry("Schema", in: conversion)?.status == .dropped)
    let action = MappingProbe.entry("Api.Properties.UserPoolConfig.DefaultAction", in: conversion)
    #expect(action?.status == .approximated)
  }

  @Test("data sources, functions and resolvers")
  func resolvers() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_appsync_datasource.table", in: conversion) == """
        # Table (AWS::AppSync::DataSource)
        resource "aws_appsync_datasource" "table" {
          api_id           = aws_appsync_graphql_api.api.id
          name             = "notes"
          type             = "AMAZON_DYNAMODB"
          service_role_arn = "arn:aws:iam::123456789012:role/appsync"

          dynamodb_config {
            table_name = "notes"
            region     = "us-east-1"
            versioned  = true

            delta_sync_config {
              base_table_ttl        = 43200
              delta_sync_table_name = "deltas"
              delta_sync_table_ttl  = 30
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_appsync_datasource.remote", in: conversion) == """
        # Remote (AWS::AppSync::DataSource)
        resource "aws_appsync_datasource" "remote" {
          api_id = aws_appsync_graphql_api.api.id
          name   = "remote"
          type   = "HTTP"

          http_config {
            endpoint = "https://api.example.com"

            authorization_config {
              authorization_type = "AWS_IAM"

              aws_iam_config {
                signing_region       = "us-east-1"
                signing_service_name = "execute-api"
              }
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_appsync_function.get_note", in: conversion) == """
        # GetNote (AWS::AppSync::FunctionConfiguration)
        resource "aws_appsync_function" "get_note" {
          api_id      = aws_appsync_graphql_api.api.id
          name        = "getNote"
          data_source = aws_appsync_datasource.table.name
          code        = "export function request(ctx) { return {}; }"

          runtime {
            name            = "APPSYNC_JS"
            runtime_version = "1.0.0"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_appsync_resolver.note", in: conversion) == #"""
        # Note (AWS::AppSync::Resolver)
        resource "aws_appsync_resolver" "note" {
          api_id = aws_appsync_graphql_api.api.id
          type   = "Query"
          field  = "note"
          kind   = "PIPELINE"
          code   = "export function request(ctx) { return {}; }"

          runtime {
            name            = "APPSYNC_JS"
            runtime_version = "1.0.0"
          }

          pipeline_config {
            functions = [aws_appsync_function.get_note.function_id]
          }

          caching_config {
            ttl          = 60
            caching_keys = ["$context.arguments.id"]
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_appsync_resolver.legacy", in: conversion) == #"""
        # Legacy (AWS::AppSync::Resolver)
        resource "aws_appsync_resolver" "legacy" {
          api_id            = aws_appsync_graphql_api.api.id
          type              = "Note"
          field             = "id"
          data_source       = "remote"
          request_template  = "{\"version\": \"2018-05-29\"}"
          response_template = "$util.toJson($ctx.result)"

          sync_config {
            conflict_detection = "VERSION"
            conflict_handler   = "OPTIMISTIC_CONCURRENCY"
          }
        }

        """#)
  }

  @Test("an API key: its expiry as an RFC 3339 time, the key read and sensitive")
  func apiKey() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_appsync_api_key.key", in: conversion) == """
        # Key (AWS::AppSync::ApiKey)
        resource "aws_appsync_api_key" "key" {
          api_id      = aws_appsync_graphql_api.api.id
          description = "web"
          expires     = "2027-01-01T00:00:00Z"
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(
      outputs.contains(
        """
        output "the_key" {
          value     = aws_appsync_api_key.key.key
          sensitive = true
        }
        """))
    #expect(AppSync.rfc3339(0) == "1970-01-01T00:00:00Z")
    #expect(AppSync.rfc3339(951_782_400) == "2000-02-29T00:00:00Z")
    #expect(AppSync.rfc3339(1_709_251_199) == "2024-02-29T23:59:59Z")
    let computed = MappingProbe.convert(
      resources: """
        {"Key": {"Type": "AWS::AppSync::ApiKey", "Properties": {"ApiId": "abc",
          "Expires": {"Ref": "Until"}}}}
        """, parameters: #"{"Until": {"Type": "Number"}}"#)
    #expect(
      MappingProbe.mainFile(computed).contains(
        #"expires = timeadd("1970-01-01T00:00:00Z", "${var.until}s")"#))
  }

  @Test("Ref and GetAtt: ARNs, ids, URLs and the DNS name of a URL")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_appsync_graphql_api.api.arn", "aws_appsync_graphql_api.api.id",
      #"aws_appsync_graphql_api.api.uris["GRAPHQL"]"#,
      #"basename(dirname(aws_appsync_graphql_api.api.uris["GRAPHQL"]))"#,
      #"aws_appsync_graphql_api.api.uris["REALTIME"]"#,
      "aws_appsync_datasource.table.arn", "aws_appsync_resolver.note.arn",
      "aws_appsync_function.get_note.arn", "aws_appsync_function.get_note.function_id",
      "aws_appsync_api_key.key.api_key_id",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("what provider 5.100 lacks, and templates in S3, are reported")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Api": {"Type": "AWS::AppSync::GraphQLApi", "Properties": {"Name": "a",
           "AuthenticationType": "API_KEY", "EnvironmentVariables": {"STAGE": "prod"},
           "OwnerContact": "ops"}},
         "Schema": {"Type": "AWS::AppSync::GraphQLSchema", "Properties": {
           "ApiId": {"Fn::GetAtt": ["Api", "ApiId"]},
           "DefinitionS3Location": "s3://bucket/schema.graphql"}},
         "Source": {"Type": "AWS::AppSync::DataSource", "Properties": {"ApiId": "a",
           "Name": "n", "Type": "NONE", "MetricsConfig": "ENABLED"}},
         "Resolver": {"Type": "AWS::AppSync::Resolver", "Properties": {"ApiId": "a",
           "TypeName": "Query", "FieldName": "f",
           "RequestMappingTemplateS3Location": "s3://bucket/request.vtl"}}}
        """)
    #expect(
      MappingProbe.entry("Api.Properties.EnvironmentVariables", in: conversion)?.status
        == .unsupported)
    #expect(MappingProbe.entry("Api.Properties.OwnerContact", in: conversion)?.status == .dropped)
    #expect(
      MappingProbe.entry("Schema.Properties.DefinitionS3Location", in: conversion)?.status
        == .unsupported)
    #expect(
      MappingProbe.entry("Source.Properties.MetricsConfig", in: conversion)?.status
        == .unsupported)
    #expect(
      MappingProbe.entry("Resolver.Properties.RequestMappingTemplateS3Location", in: conversion)?
        .status == .unsupported)
    #expect(!MappingProbe.mainFile(conversion).contains("schema ="))
  }

  @Test(
    "AppSync resources convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "appsync")
    #expect(status == 0, "\(output)")
  }
}

extension AppSync: ImportCaseProvider {
  static let apiArn = "arn:aws:appsync:us-east-1:123456789012:apis/abcdefghij"

  static let importIds = [
    "Api": apiArn, "Table": "\(apiArn)/datasources/notes",
    "Remote": "\(apiArn)/datasources/remote", "GetNote": "\(apiArn)/functions/fn123456",
    "Note": "\(apiArn)/types/Query/resolvers/note", "Legacy": "\(apiArn)/types/Note/resolvers/id",
    "Key": "da2-abcdefghijklmnopqrstuvwxyz",
  ]

  static func appSync(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: AppSyncMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// The API by its id; the rest by the API id and their own names, read from their ARNs (a key's
  /// API from the API's ARN).
  static var importCases: [ImportCase] {
    [
      appSync("aws_appsync_graphql_api.api", "Api", .id("abcdefghij")),
      appSync("aws_appsync_datasource.table", "Table", .id("abcdefghij-notes")),
      appSync("aws_appsync_function.get_note", "GetNote", .id("abcdefghij-fn123456")),
      appSync("aws_appsync_resolver.note", "Note", .id("abcdefghij-Query-note")),
      appSync(
        "aws_appsync_api_key.key", "Key", .id("abcdefghij:da2-abcdefghijklmnopqrstuvwxyz")),
      ImportCase(
        address: "aws_appsync_api_key.key", origin: "Key",
        resources: #"{"Key": {"Type": "AWS::AppSync::ApiKey", "Properties": {"ApiId": "abc"}}}"#,
        physicalIds: ["Key": "arn:aws:appsync:us-east-1:123456789012:apis/abc/apikeys/da2-xyz"],
        expected: .id("abc:da2-xyz")),
    ]
  }
}
