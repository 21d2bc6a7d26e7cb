import Testing

@testable import TFEmitter

@Suite("API Gateway mappings")
struct ApiGatewayMappingTests {
  static let parameters = #"{"ApiKeyValue": {"Type": "String", "NoEcho": true}}"#

  static let resources = #"""
    {
     "Api": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "pets", "Description": "Pet store", "EndpointConfiguration": {"Types": ["REGIONAL"]}, "BinaryMediaTypes": ["image/png"], "MinimumCompressionSize": 1024,
       "Policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}]}}},
     "Spec": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Body": {"openapi": "3.0.1", "info": {"title": "spec", "version": "1"}, "paths": {}}}},
     "Pets": {"Type": "AWS::ApiGateway::Resource", "Properties": {"RestApiId": {"Ref": "Api"}, "ParentId": {"Fn::GetAtt": ["Api", "RootResourceId"]}, "PathPart": "pets"}},
     "Auth": {"Type": "AWS::ApiGateway::Authorizer", "Properties": {"RestApiId": {"Ref": "Api"}, "Name": "token", "Type": "TOKEN", "AuthorizerUri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations", "IdentitySource": "method.request.header.Authorization", "AuthorizerResultTtlInSeconds": 300}},
     "Validator": {"Type": "AWS::ApiGateway::RequestValidator", "Properties": {"RestApiId": {"Ref": "Api"}, "ValidateRequestBody": true}},
     "PetModel": {"Type": "AWS::ApiGateway::Model", "Properties": {"RestApiId": {"Ref": "Api"}, "Name": "Pet", "Schema": {"type": "object", "properties": {"name": {"type": "string"}}}}},
     "GetPets": {"Type": "AWS::ApiGateway::Method", "Properties": {"RestApiId": {"Ref": "Api"}, "ResourceId": {"Ref": "Pets"}, "HttpMethod": "GET", "AuthorizationType": "CUSTOM", "AuthorizerId": {"Ref": "Auth"}, "RequestValidatorId": {"Ref": "Validator"},
       "RequestParameters": {"method.request.querystring.limit": false},
       "Integration": {"Type": "AWS_PROXY", "IntegrationHttpMethod": "POST", "Uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations"}}},
     "Options": {"Type": "AWS::ApiGateway::Method", "Properties": {"RestApiId": {"Ref": "Api"}, "ResourceId": {"Ref": "Pets"}, "HttpMethod": "OPTIONS",
       "Integration": {"Type": "MOCK", "RequestTemplates": {"application/json": "{\"statusCode\": 200}"},
         "IntegrationResponses": [{"StatusCode": "200", "ResponseParameters": {"method.response.header.Access-Control-Allow-Origin": "'*'"}, "ResponseTemplates": {"application/json": ""}}]},
       "MethodResponses": [{"StatusCode": "200", "ResponseParameters": {"method.response.header.Access-Control-Allow-Origin": true}, "ResponseModels": {"application/json": "Empty"}}]}},
     "Deploy": {"Type": "AWS::ApiGateway::Deployment", "DependsOn": ["GetPets", "Options"], "Properties": {"RestApiId": {"Ref": "Api"}, "StageName": "prod",
       "StageDescription": {"MetricsEnabled": true, "LoggingLevel": "INFO", "TracingEnabled": true, "Variables": {"env": "prod"},
         "MethodSettings": [{"ResourcePath": "/~1pets", "HttpMethod": "GET", "ThrottlingRateLimit": 10, "ThrottlingBurstLimit": 20}]}}},
     "Beta": {"Type": "AWS::ApiGateway::Stage", "Properties": {"RestApiId": {"Ref": "Api"}, "DeploymentId": {"Ref": "Deploy"}, "StageName": "beta",
       "AccessLogSetting": {"DestinationArn": "arn:aws:logs:us-east-1:123456789012:log-group:api", "Format": "$context.requestId"},
       "MethodSettings": [{"ResourcePath": "/*", "HttpMethod": "*", "LoggingLevel": "ERROR"}], "Tags": [{"Key": "env", "Value": "beta"}]}},
     "Key": {"Type": "AWS::ApiGateway::ApiKey", "Properties": {"Value": {"Ref": "ApiKeyValue"}}},
     "Plan": {"Type": "AWS::ApiGateway::UsagePlan", "Properties": {"UsagePlanName": "basic", "ApiStages": [{"ApiId": {"Ref": "Api"}, "Stage": {"Ref": "Beta"}, "Throttle": {"/pets/GET": {"RateLimit": 5, "BurstLimit": 10}}}], "Quota": {"Limit": 1000, "Period": "MONTH"}, "Throttle": {"RateLimit": 50, "BurstLimit": 100}}},
     "PlanKey": {"Type": "AWS::ApiGateway::UsagePlanKey", "Properties": {"KeyId": {"Ref": "Key"}, "KeyType": "API_KEY", "UsagePlanId": {"Ref": "Plan"}}},
     "Domain": {"Type": "AWS::ApiGateway::DomainName", "Properties": {"DomainName": "api.example.com", "RegionalCertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/abc", "EndpointConfiguration": {"Types": ["REGIONAL"]}, "SecurityPolicy": "TLS_1_2"}},
     "Mapping": {"Type": "AWS::ApiGateway::BasePathMapping", "Properties": {"DomainName": {"Ref": "Domain"}, "RestApiId": {"Ref": "Api"}, "Stage": {"Ref": "Beta"}, "BasePath": "v1"}},
     "NotFound": {"Type": "AWS::ApiGateway::GatewayResponse", "Properties": {"RestApiId": {"Ref": "Api"}, "ResponseType": "DEFAULT_4XX", "ResponseParameters": {"gatewayresponse.header.Access-Control-Allow-Origin": "'*'"}}},
     "Link": {"Type": "AWS::ApiGateway::VpcLink", "Properties": {"Name": "link", "TargetArns": ["arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/1"]}},
     "Doc": {"Type": "AWS::ApiGateway::DocumentationPart", "Properties": {"RestApiId": {"Ref": "Api"}, "Location": {"Type": "API"}, "Properties": "{\"description\": \"Pets\"}"}},
     "Cert": {"Type": "AWS::ApiGateway::ClientCertificate", "Properties": {"Description": "backend"}},
     "Settings": {"Type": "AWS::ApiGateway::Account", "Properties": {"CloudWatchRoleArn": "arn:aws:iam::123456789012:role/apigw-logs"}}
     }
    """#

  static func convert() -> Conversion {
    Converter.convert(
      #"""
      {"Parameters": \#(parameters), "Resources": \#(resources),
       "Outputs": {"Root": {"Value": {"Fn::GetAtt": ["Api", "RootResourceId"]}},
                   "ApiId": {"Value": {"Ref": "Api"}}, "Stage": {"Value": {"Ref": "Beta"}},
                   "Regional": {"Value": {"Fn::GetAtt": ["Domain", "RegionalDomainName"]}},
                   "Model": {"Value": {"Ref": "PetModel"}}, "Deployment": {"Value": {"Ref": "Deploy"}}}}
      """#, fileName: "t.json")
  }

  @Test("REST APIs: a policy and an OpenAPI body through jsonencode, the name from info.title")
  func restApis() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_api_gateway_rest_api.api", in: conversion) == #"""
        # Api (AWS::ApiGateway::RestApi)
        resource "aws_api_gateway_rest_api" "api" {
          name        = "pets"
          description = "Pet store"
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect    = "Allow"
                Principal = "*"
                Action    = "execute-api:Invoke"
                Resource  = "execute-api:/*"
              },
            ]
          })
          binary_media_types       = ["image/png"]
          minimum_compression_size = "1024"

          endpoint_configuration {
            types = ["REGIONAL"]
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_rest_api.spec", in: conversion) == #"""
        # Spec (AWS::ApiGateway::RestApi)
        resource "aws_api_gateway_rest_api" "spec" {
          # cfn2tf: 'Name' is not set: CloudFormation names the API by the Body's info.title
          name = "spec"
          body = jsonencode({
            openapi = "3.0.1"
            info = {
              title   = "spec"
              version = "1"
            }
            paths = {}
          })
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_resource.pets", in: conversion) == #"""
        # Pets (AWS::ApiGateway::Resource)
        resource "aws_api_gateway_resource" "pets" {
          rest_api_id = aws_api_gateway_rest_api.api.id
          parent_id   = aws_api_gateway_rest_api.api.root_resource_id
          path_part   = "pets"
        }

        """#)
  }

  @Test("a method, its integration and responses as resources of their own, in order")
  func methods() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_api_gateway_method.get_pets", in: conversion) == #"""
        # GetPets (AWS::ApiGateway::Method)
        resource "aws_api_gateway_method" "get_pets" {
          rest_api_id   = aws_api_gateway_rest_api.api.id
          resource_id   = aws_api_gateway_resource.pets.id
          http_method   = "GET"
          authorization = "CUSTOM"
          authorizer_id = aws_api_gateway_authorizer.auth.id
          request_parameters = {
            "method.request.querystring.limit" = false
          }
          request_validator_id = aws_api_gateway_request_validator.validator.id
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_integration.get_pets", in: conversion) == #"""
        # GetPets.Integration (AWS::ApiGateway::Method)
        resource "aws_api_gateway_integration" "get_pets" {
          rest_api_id             = aws_api_gateway_method.get_pets.rest_api_id
          resource_id             = aws_api_gateway_method.get_pets.resource_id
          http_method             = aws_api_gateway_method.get_pets.http_method
          type                    = "AWS_PROXY"
          integration_http_method = "POST"
          uri                     = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations"
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_method.options", in: conversion) == #"""
        # Options (AWS::ApiGateway::Method)
        resource "aws_api_gateway_method" "options" {
          rest_api_id = aws_api_gateway_rest_api.api.id
          resource_id = aws_api_gateway_resource.pets.id
          http_method = "OPTIONS"
          # CloudFormation's default
          authorization = "NONE"
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_method_response.options_200", in: conversion) == #"""
        # Options.MethodResponses[0] (AWS::ApiGateway::Method)
        resource "aws_api_gateway_method_response" "options_200" {
          rest_api_id = aws_api_gateway_method.options.rest_api_id
          resource_id = aws_api_gateway_method.options.resource_id
          http_method = aws_api_gateway_method.options.http_method
          status_code = "200"
          response_models = {
            "application/json" = "Empty"
          }
          response_parameters = {
            "method.response.header.Access-Control-Allow-Origin" = true
          }
        }

        """#)
  }

  @Test("a deployment redeploys when the API changes; its StageName becomes a stage of its own")
  func deployments() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_api_gateway_deployment.deploy", in: conversion) == #"""
        # Deploy (AWS::ApiGateway::Deployment)
        resource "aws_api_gateway_deployment" "deploy" {
          depends_on = [aws_api_gateway_method.get_pets, aws_api_gateway_method.options]

          rest_api_id = aws_api_gateway_rest_api.api.id
          # cfn2tf: redeploys when the API changes (CloudFormation deploys only when the deployment is replaced)
          triggers = {
            redeployment = sha1(jsonencode([
              aws_api_gateway_rest_api.api,
              aws_api_gateway_resource.pets,
              aws_api_gateway_method.get_pets,
              aws_api_gateway_integration.get_pets,
              aws_api_gateway_method.options,
              aws_api_gateway_integration.options,
            ]))
          }

          lifecycle {
            create_before_destroy = true
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_stage.deploy", in: conversion) == #"""
        # Deploy.StageName (AWS::ApiGateway::Deployment)
        resource "aws_api_gateway_stage" "deploy" {
          rest_api_id          = aws_api_gateway_deployment.deploy.rest_api_id
          deployment_id        = aws_api_gateway_deployment.deploy.id
          stage_name           = "prod"
          xray_tracing_enabled = true
          variables = {
            env = "prod"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_method_settings.deploy_1", in: conversion) == #"""
        # Deploy.StageDescription.MethodSettings[0] (AWS::ApiGateway::Deployment)
        resource "aws_api_gateway_method_settings" "deploy_1" {
          rest_api_id = aws_api_gateway_stage.deploy.rest_api_id
          stage_name  = aws_api_gateway_stage.deploy.stage_name
          method_path = "pets/GET"

          settings {
            throttling_burst_limit = 20
            throttling_rate_limit  = 10
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_method_settings.deploy_all", in: conversion) == #"""
        # Deploy.StageDescription (AWS::ApiGateway::Deployment)
        resource "aws_api_gateway_method_settings" "deploy_all" {
          rest_api_id = aws_api_gateway_stage.deploy.rest_api_id
          stage_name  = aws_api_gateway_stage.deploy.stage_name
          method_path = "*/*"

          settings {
            logging_level   = "INFO"
            metrics_enabled = true
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_stage.beta", in: conversion) == #"""
        # Beta (AWS::ApiGateway::Stage)
        resource "aws_api_gateway_stage" "beta" {
          rest_api_id   = aws_api_gateway_rest_api.api.id
          stage_name    = "beta"
          deployment_id = aws_api_gateway_deployment.deploy.id
          tags = {
            env = "beta"
          }

          access_log_settings {
            destination_arn = "arn:aws:logs:us-east-1:123456789012:log-group:api"
            format          = "$context.requestId"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_method_settings.beta_1", in: conversion) == #"""
        # Beta.MethodSettings[0] (AWS::ApiGateway::Stage)
        resource "aws_api_gateway_method_settings" "beta_1" {
          rest_api_id = aws_api_gateway_stage.beta.rest_api_id
          stage_name  = aws_api_gateway_stage.beta.stage_name
          method_path = "*/*"

          settings {
            logging_level = "ERROR"
          }
        }

        """#)
  }

  @Test("keys (disabled unless Enabled), usage plans, domains and the smaller types")
  func keysAndDomains() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_api_gateway_api_key.key", in: conversion) == #"""
        # Key (AWS::ApiGateway::ApiKey)
        resource "aws_api_gateway_api_key" "key" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Key-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name  = lookup(var.physical_names, "Key", "${var.stack_name}-Key")
          value = var.api_key_value
          # CloudFormation's default
          enabled = false
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_usage_plan.plan", in: conversion) == #"""
        # Plan (AWS::ApiGateway::UsagePlan)
        resource "aws_api_gateway_usage_plan" "plan" {
          name = "basic"

          api_stages {
            api_id = aws_api_gateway_rest_api.api.id
            stage  = aws_api_gateway_stage.beta.stage_name

            throttle {
              path        = "/pets/GET"
              burst_limit = 10
              rate_limit  = 5
            }
          }

          quota_settings {
            limit  = 1000
            period = "MONTH"
          }

          throttle_settings {
            burst_limit = 100
            rate_limit  = 50
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_usage_plan_key.plan_key", in: conversion) == #"""
        # PlanKey (AWS::ApiGateway::UsagePlanKey)
        resource "aws_api_gateway_usage_plan_key" "plan_key" {
          usage_plan_id = aws_api_gateway_usage_plan.plan.id
          key_id        = aws_api_gateway_api_key.key.id
          key_type      = "API_KEY"
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_domain_name.domain", in: conversion) == #"""
        # Domain (AWS::ApiGateway::DomainName)
        resource "aws_api_gateway_domain_name" "domain" {
          domain_name              = "api.example.com"
          regional_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
          security_policy          = "TLS_1_2"

          endpoint_configuration {
            types = ["REGIONAL"]
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_base_path_mapping.mapping", in: conversion) == #"""
        # Mapping (AWS::ApiGateway::BasePathMapping)
        resource "aws_api_gateway_base_path_mapping" "mapping" {
          domain_name = aws_api_gateway_domain_name.domain.domain_name
          api_id      = aws_api_gateway_rest_api.api.id
          stage_name  = aws_api_gateway_stage.beta.stage_name
          base_path   = "v1"
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_authorizer.auth", in: conversion) == #"""
        # Auth (AWS::ApiGateway::Authorizer)
        resource "aws_api_gateway_authorizer" "auth" {
          rest_api_id                      = aws_api_gateway_rest_api.api.id
          name                             = "token"
          type                             = "TOKEN"
          authorizer_uri                   = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations"
          authorizer_result_ttl_in_seconds = 300
          identity_source                  = "method.request.header.Authorization"
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_request_validator.validator", in: conversion) == #"""
        # Validator (AWS::ApiGateway::RequestValidator)
        resource "aws_api_gateway_request_validator" "validator" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Validator-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name                  = lookup(var.physical_names, "Validator", "${var.stack_name}-Validator")
          rest_api_id           = aws_api_gateway_rest_api.api.id
          validate_request_body = true
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_model.pet_model", in: conversion) == #"""
        # PetModel (AWS::ApiGateway::Model)
        resource "aws_api_gateway_model" "pet_model" {
          rest_api_id = aws_api_gateway_rest_api.api.id
          name        = "Pet"
          schema = jsonencode({
            type = "object"
            properties = {
              name = {
                type = "string"
              }
            }
          })
          # CloudFormation's default
          content_type = "application/json"
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_gateway_response.not_found", in: conversion) == #"""
        # NotFound (AWS::ApiGateway::GatewayResponse)
        resource "aws_api_gateway_gateway_response" "not_found" {
          rest_api_id   = aws_api_gateway_rest_api.api.id
          response_type = "DEFAULT_4XX"
          response_parameters = {
            "gatewayresponse.header.Access-Control-Allow-Origin" = "'*'"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_vpc_link.link", in: conversion) == #"""
        # Link (AWS::ApiGateway::VpcLink)
        resource "aws_api_gateway_vpc_link" "link" {
          name        = "link"
          target_arns = ["arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/1"]
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_documentation_part.doc", in: conversion) == #"""
        # Doc (AWS::ApiGateway::DocumentationPart)
        resource "aws_api_gateway_documentation_part" "doc" {
          rest_api_id = aws_api_gateway_rest_api.api.id
          properties  = "{\"description\": \"Pets\"}"

          location {
            type = "API"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_client_certificate.cert", in: conversion) == #"""
        # Cert (AWS::ApiGateway::ClientCertificate)
        resource "aws_api_gateway_client_certificate" "cert" {
          description = "backend"
        }

        """#)
    #expect(
      MappingProbe.block("aws_api_gateway_account.settings", in: conversion) == #"""
        # Settings (AWS::ApiGateway::Account)
        resource "aws_api_gateway_account" "settings" {
          cloudwatch_role_arn = "arn:aws:iam::123456789012:role/apigw-logs"
        }

        """#)
  }

  @Test("Ref and GetAtt: ids, the root resource, a stage's and a model's name, a domain")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_api_gateway_rest_api.api.root_resource_id", "aws_api_gateway_rest_api.api.id",
      "aws_api_gateway_stage.beta.stage_name", "aws_api_gateway_model.pet_model.name",
      "aws_api_gateway_domain_name.domain.regional_domain_name",
      "aws_api_gateway_deployment.deploy.id",
    ] {
      #expect(outputs.contains("value = \(value)"), "\(value)")
    }
  }

  @Test("a key written in the template becomes a sensitive variable; an S3 body is reported")
  func secretsAndGaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Key": {"Type": "AWS::ApiGateway::ApiKey", "Properties": {"Name": "k", "Enabled": true,
           "Value": "abcdefghijklmnopqrstuvwxyz0123"}},
         "Api": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "a",
           "BodyS3Location": {"Bucket": "specs", "Key": "api.yaml"}}}}
        """)
    let main = MappingProbe.mainFile(conversion)
    #expect(!main.contains("abcdefghijklmnopqrstuvwxyz0123"))
    #expect(main.contains("value   = var.key_value"))
    #expect(main.contains("enabled = true"))
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(variables.contains("sensitive   = true"))
    #expect(
      MappingProbe.entry("Api.Properties.BodyS3Location", in: conversion)?.status == .unsupported)
    #expect(MappingProbe.messages(conversion).count == 2)
  }

  @Test("the canary of a deployment's stage runs that deployment")
  func deploymentCanary() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Api": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "a"}},
         "D": {"Type": "AWS::ApiGateway::Deployment", "Properties": {"RestApiId": {"Ref": "Api"},
           "StageName": "prod", "StageDescription": {"CanarySetting": {"PercentTraffic": 10}}}}}
        """)
    #expect(
      MappingProbe.block("aws_api_gateway_stage.d", in: conversion) == """
        # D.StageName (AWS::ApiGateway::Deployment)
        resource "aws_api_gateway_stage" "d" {
          rest_api_id   = aws_api_gateway_deployment.d.rest_api_id
          deployment_id = aws_api_gateway_deployment.d.id
          stage_name    = "prod"

          canary_settings {
            deployment_id   = aws_api_gateway_deployment.d.id
            percent_traffic = 10
          }
        }

        """)
  }

  @Test(
    "API Gateway resources convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "apigateway")
    #expect(status == 0, "\(output)")
  }
}

extension ApiGateway: ImportCaseProvider {
  static let importIds = [
    "Api": "a1b2c3d4e5", "Spec": "f6g7h8i9j0", "Pets": "r1s2t3", "Auth": "au1234",
    "Validator": "v1a2l3", "PetModel": "Pet", "GetPets": "web-GetPe-1ABC",
    "Options": "web-Optio-2DEF",
    "Deploy": "d1e2p3", "Beta": "beta", "Key": "k1e2y3k4e5", "Plan": "p1l2a3",
    "PlanKey": "k1e2y3k4e5",
    "Domain": "api.example.com", "Mapping": "web-Mappi-3GHI", "NotFound": "gr-1234",
    "Link": "l1i2n3", "Doc": "d0c123", "Cert": "c3r7a1", "Settings": "web-Setti-4JKL",
  ]

  static func apiGateway(
    _ address: String, _ origin: String, _ expected: ImportCase.Expectation
  ) -> ImportCase {
    ImportCase(
      address: address, origin: origin, resources: ApiGatewayMappingTests.resources,
      parameters: ApiGatewayMappingTests.parameters, physicalIds: importIds,
      values: ["ApiKeyValue": "secret"], expected: expected)
  }

  /// Most types are imported as `REST-API-ID/ID`; methods and their parts by the method's path.
  static var importCases: [ImportCase] {
    [
      apiGateway("aws_api_gateway_rest_api.api", "Api", .id("a1b2c3d4e5")),
      apiGateway("aws_api_gateway_resource.pets", "Pets", .id("a1b2c3d4e5/r1s2t3")),
      apiGateway("aws_api_gateway_authorizer.auth", "Auth", .id("a1b2c3d4e5/au1234")),
      apiGateway(
        "aws_api_gateway_request_validator.validator", "Validator", .id("a1b2c3d4e5/v1a2l3")),
      apiGateway("aws_api_gateway_model.pet_model", "PetModel", .id("a1b2c3d4e5/Pet")),
      apiGateway("aws_api_gateway_method.get_pets", "GetPets", .id("a1b2c3d4e5/r1s2t3/GET")),
      apiGateway("aws_api_gateway_integration.get_pets", "GetPets", .id("a1b2c3d4e5/r1s2t3/GET")),
      apiGateway(
        "aws_api_gateway_method_response.options_200", "Options",
        .id("a1b2c3d4e5/r1s2t3/OPTIONS/200")),
      apiGateway(
        "aws_api_gateway_integration_response.options_200", "Options",
        .id("a1b2c3d4e5/r1s2t3/OPTIONS/200")),
      apiGateway("aws_api_gateway_deployment.deploy", "Deploy", .id("a1b2c3d4e5/d1e2p3")),
      apiGateway("aws_api_gateway_stage.deploy", "Deploy", .id("a1b2c3d4e5/prod")),
      apiGateway(
        "aws_api_gateway_method_settings.deploy_1", "Deploy", .id("a1b2c3d4e5/prod/pets/GET")),
      apiGateway("aws_api_gateway_stage.beta", "Beta", .id("a1b2c3d4e5/beta")),
      apiGateway("aws_api_gateway_api_key.key", "Key", .id("k1e2y3k4e5")),
      apiGateway("aws_api_gateway_usage_plan.plan", "Plan", .id("p1l2a3")),
      apiGateway("aws_api_gateway_usage_plan_key.plan_key", "PlanKey", .id("p1l2a3/k1e2y3k4e5")),
      apiGateway("aws_api_gateway_domain_name.domain", "Domain", .id("api.example.com")),
      apiGateway(
        "aws_api_gateway_base_path_mapping.mapping", "Mapping", .id("api.example.com/v1")),
      apiGateway(
        "aws_api_gateway_gateway_response.not_found", "NotFound", .id("a1b2c3d4e5/DEFAULT_4XX")),
      apiGateway("aws_api_gateway_vpc_link.link", "Link", .id("l1i2n3")),
      apiGateway("aws_api_gateway_documentation_part.doc", "Doc", .id("a1b2c3d4e5/d0c123")),
      apiGateway("aws_api_gateway_client_certificate.cert", "Cert", .id("c3r7a1")),
      apiGateway("aws_api_gateway_account.settings", "Settings", .id("api-gateway-account")),
    ]
  }
}
