import Testing

@testable import TFEmitter

@Suite("API Gateway V2 mappings")
struct ApiGatewayV2MappingTests {
  static let resources = #"""
    {
     "Http": {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"Name": "http", "ProtocolType": "HTTP", "CorsConfiguration": {"AllowOrigins": ["https://example.com"], "AllowMethods": ["GET", "POST"], "MaxAge": 300}, "Tags": {"app": "site"}}},
     "Quick": {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"Name": "quick", "ProtocolType": "HTTP", "Target": "arn:aws:lambda:us-east-1:123456789012:function:quick", "RouteKey": "GET /"}},
     "Socket": {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"Name": "socket", "ProtocolType": "WEBSOCKET", "RouteSelectionExpression": "$request.body.action"}},
     "Lambda": {"Type": "AWS::ApiGatewayV2::Integration", "Properties": {"ApiId": {"Ref": "Http"}, "IntegrationType": "AWS_PROXY", "IntegrationUri": "arn:aws:lambda:us-east-1:123456789012:function:api", "PayloadFormatVersion": "2.0",
       "ResponseParameters": {"200": {"ResponseParameters": [{"Destination": "overwrite:header.x-app", "Source": "site"}]}}}},
     "Jwt": {"Type": "AWS::ApiGatewayV2::Authorizer", "Properties": {"ApiId": {"Ref": "Http"}, "Name": "jwt", "AuthorizerType": "JWT", "IdentitySource": ["$request.header.Authorization"], "JwtConfiguration": {"Audience": ["web"], "Issuer": "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC"}}},
     "GetItems": {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"ApiId": {"Ref": "Http"}, "RouteKey": "GET /items", "Target": {"Fn::Sub": "integrations/${Lambda}"}, "AuthorizationType": "JWT", "AuthorizerId": {"Ref": "Jwt"}, "RequestParameters": {"route.request.querystring.page": {"Required": false}}}},
     "Echo": {"Type": "AWS::ApiGatewayV2::Integration", "Properties": {"ApiId": {"Ref": "Socket"}, "IntegrationType": "MOCK", "RequestTemplates": {"$default": "{\"statusCode\": 200}"}, "TemplateSelectionExpression": "\\$default"}},
     "EchoResponse": {"Type": "AWS::ApiGatewayV2::IntegrationResponse", "Properties": {"ApiId": {"Ref": "Socket"}, "IntegrationId": {"Ref": "Echo"}, "IntegrationResponseKey": "$default"}},
     "Default": {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"ApiId": {"Ref": "Socket"}, "RouteKey": "$default", "Target": {"Fn::Sub": "integrations/${Echo}"}, "RouteResponseSelectionExpression": "$default"}},
     "DefaultResponse": {"Type": "AWS::ApiGatewayV2::RouteResponse", "Properties": {"ApiId": {"Ref": "Socket"}, "RouteId": {"Ref": "Default"}, "RouteResponseKey": "$default"}},
     "Release": {"Type": "AWS::ApiGatewayV2::Deployment", "DependsOn": ["Default"], "Properties": {"ApiId": {"Ref": "Socket"}, "Description": "release"}},
     "Live": {"Type": "AWS::ApiGatewayV2::Stage", "Properties": {"ApiId": {"Ref": "Socket"}, "StageName": "live", "DeploymentId": {"Ref": "Release"}, "DefaultRouteSettings": {"ThrottlingBurstLimit": 100, "ThrottlingRateLimit": 50}, "RouteSettings": {"$default": {"LoggingLevel": "INFO", "DataTraceEnabled": false}}, "AccessLogSettings": {"DestinationArn": "arn:aws:logs:us-east-1:123456789012:log-group:ws", "Format": "$context.requestId"}}},
     "HttpStage": {"Type": "AWS::ApiGatewayV2::Stage", "Properties": {"ApiId": {"Ref": "Http"}, "StageName": "$default", "AutoDeploy": true, "StageVariables": {"env": "prod"}}},
     "Domain": {"Type": "AWS::ApiGatewayV2::DomainName", "Properties": {"DomainName": "api.example.com", "DomainNameConfigurations": [{"CertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/abc"}]}},
     "Mapping": {"Type": "AWS::ApiGatewayV2::ApiMapping", "Properties": {"ApiId": {"Ref": "Http"}, "DomainName": {"Ref": "Domain"}, "Stage": {"Ref": "HttpStage"}, "ApiMappingKey": "v1"}},
     "Link": {"Type": "AWS::ApiGatewayV2::VpcLink", "Properties": {"Name": "link", "SubnetIds": ["subnet-1", "subnet-2"]}},
     "Item": {"Type": "AWS::ApiGatewayV2::Model", "Properties": {"ApiId": {"Ref": "Socket"}, "Name": "Item", "Schema": {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object"}}}
     }
    """#

  static func convert() -> Conversion {
    Converter.convert(
      #"""
      {"Resources": \#(resources),
       "Outputs": {"Endpoint": {"Value": {"Fn::GetAtt": ["Http", "ApiEndpoint"]}},
                   "Stage": {"Value": {"Ref": "Live"}},
                   "Domain": {"Value": {"Fn::GetAtt": ["Domain", "DomainNameArn"]}},
                   "Route": {"Value": {"Ref": "GetItems"}}}}
      """#, fileName: "t.json")
  }

  @Test("HTTP, quick-create and WebSocket APIs")
  func apis() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_apigatewayv2_api.http", in: conversion) == #"""
        # Http (AWS::ApiGatewayV2::Api)
        resource "aws_apigatewayv2_api" "http" {
          name          = "http"
          protocol_type = "HTTP"
          tags = {
            app = "site"
          }

          cors_configuration {
            allow_methods = ["GET", "POST"]
            allow_origins = ["https://example.com"]
            max_age       = 300
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_api.quick", in: conversion) == #"""
        # Quick (AWS::ApiGatewayV2::Api)
        resource "aws_apigatewayv2_api" "quick" {
          name          = "quick"
          protocol_type = "HTTP"
          target        = "arn:aws:lambda:us-east-1:123456789012:function:quick"
          route_key     = "GET /"
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_api.socket", in: conversion) == #"""
        # Socket (AWS::ApiGatewayV2::Api)
        resource "aws_apigatewayv2_api" "socket" {
          name                       = "socket"
          protocol_type              = "WEBSOCKET"
          route_selection_expression = "$request.body.action"
        }

        """#)
  }

  @Test("integrations, routes, their responses and authorizers")
  func routes() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_apigatewayv2_integration.lambda", in: conversion) == #"""
        # Lambda (AWS::ApiGatewayV2::Integration)
        resource "aws_apigatewayv2_integration" "lambda" {
          api_id                 = aws_apigatewayv2_api.http.id
          integration_type       = "AWS_PROXY"
          integration_uri        = "arn:aws:lambda:us-east-1:123456789012:function:api"
          payload_format_version = "2.0"

          response_parameters {
            status_code = "200"
            mappings = {
              "overwrite:header.x-app" = "site"
            }
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_authorizer.jwt", in: conversion) == #"""
        # Jwt (AWS::ApiGatewayV2::Authorizer)
        resource "aws_apigatewayv2_authorizer" "jwt" {
          api_id           = aws_apigatewayv2_api.http.id
          name             = "jwt"
          authorizer_type  = "JWT"
          identity_sources = ["$request.header.Authorization"]

          jwt_configuration {
            audience = ["web"]
            issuer   = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_route.get_items", in: conversion) == #"""
        # GetItems (AWS::ApiGatewayV2::Route)
        resource "aws_apigatewayv2_route" "get_items" {
          api_id             = aws_apigatewayv2_api.http.id
          route_key          = "GET /items"
          target             = "integrations/${aws_apigatewayv2_integration.lambda.id}"
          authorization_type = "JWT"
          authorizer_id      = aws_apigatewayv2_authorizer.jwt.id

          request_parameter {
            request_parameter_key = "route.request.querystring.page"
            required              = false
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_integration.echo", in: conversion) == #"""
        # Echo (AWS::ApiGatewayV2::Integration)
        resource "aws_apigatewayv2_integration" "echo" {
          api_id           = aws_apigatewayv2_api.socket.id
          integration_type = "MOCK"
          request_templates = {
            "$default" = "{\"statusCode\": 200}"
          }
          template_selection_expression = "\\$default"
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_integration_response.echo_response", in: conversion)
        == #"""
        # EchoResponse (AWS::ApiGatewayV2::IntegrationResponse)
        resource "aws_apigatewayv2_integration_response" "echo_response" {
          api_id                   = aws_apigatewayv2_api.socket.id
          integration_id           = aws_apigatewayv2_integration.echo.id
          integration_response_key = "$default"
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_route.default", in: conversion) == #"""
        # Default (AWS::ApiGatewayV2::Route)
        resource "aws_apigatewayv2_route" "default" {
          api_id                              = aws_apigatewayv2_api.socket.id
          route_key                           = "$default"
          target                              = "integrations/${aws_apigatewayv2_integration.echo.id}"
          route_response_selection_expression = "$default"
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_route_response.default_response", in: conversion) == #"""
        # DefaultResponse (AWS::ApiGatewayV2::RouteResponse)
        resource "aws_apigatewayv2_route_response" "default_response" {
          api_id             = aws_apigatewayv2_api.socket.id
          route_id           = aws_apigatewayv2_route.default.id
          route_response_key = "$default"
        }

        """#)
  }

  @Test("a deployment redeploys when the routes change; stages, domains, mappings, links, models")
  func stages() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_apigatewayv2_deployment.release", in: conversion) == #"""
        # Release (AWS::ApiGatewayV2::Deployment)
        resource "aws_apigatewayv2_deployment" "release" {
          depends_on = [aws_apigatewayv2_route.default]

          api_id      = aws_apigatewayv2_api.socket.id
          description = "release"
          # cfn2tf: redeploys when the routes change (CloudFormation deploys only when the deployment is replaced)
          triggers = {
            redeployment = sha1(jsonencode([
              aws_apigatewayv2_integration.echo,
              aws_apigatewayv2_route.default,
            ]))
          }

          lifecycle {
            create_before_destroy = true
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_stage.live", in: conversion) == #"""
        # Live (AWS::ApiGatewayV2::Stage)
        resource "aws_apigatewayv2_stage" "live" {
          api_id        = aws_apigatewayv2_api.socket.id
          name          = "live"
          deployment_id = aws_apigatewayv2_deployment.release.id

          access_log_settings {
            destination_arn = "arn:aws:logs:us-east-1:123456789012:log-group:ws"
            format          = "$context.requestId"
          }

          default_route_settings {
            throttling_burst_limit = 100
            throttling_rate_limit  = 50
          }

          route_settings {
            route_key          = "$default"
            data_trace_enabled = false
            logging_level      = "INFO"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_stage.http_stage", in: conversion) == #"""
        # HttpStage (AWS::ApiGatewayV2::Stage)
        resource "aws_apigatewayv2_stage" "http_stage" {
          api_id      = aws_apigatewayv2_api.http.id
          name        = "$default"
          auto_deploy = true
          stage_variables = {
            env = "prod"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_domain_name.domain", in: conversion) == #"""
        # Domain (AWS::ApiGatewayV2::DomainName)
        resource "aws_apigatewayv2_domain_name" "domain" {
          domain_name = "api.example.com"

          domain_name_configuration {
            certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
            # CloudFormation's default
            endpoint_type = "REGIONAL"
            # CloudFormation's default
            security_policy = "TLS_1_2"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_api_mapping.mapping", in: conversion) == #"""
        # Mapping (AWS::ApiGatewayV2::ApiMapping)
        resource "aws_apigatewayv2_api_mapping" "mapping" {
          api_id          = aws_apigatewayv2_api.http.id
          domain_name     = aws_apigatewayv2_domain_name.domain.domain_name
          stage           = aws_apigatewayv2_stage.http_stage.name
          api_mapping_key = "v1"
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_vpc_link.link", in: conversion) == #"""
        # Link (AWS::ApiGatewayV2::VpcLink)
        resource "aws_apigatewayv2_vpc_link" "link" {
          name       = "link"
          subnet_ids = ["subnet-1", "subnet-2"]
          # CloudFormation's default
          security_group_ids = []
        }

        """#)
    #expect(
      MappingProbe.block("aws_apigatewayv2_model.item", in: conversion) == #"""
        # Item (AWS::ApiGatewayV2::Model)
        resource "aws_apigatewayv2_model" "item" {
          api_id = aws_apigatewayv2_api.socket.id
          name   = "Item"
          schema = jsonencode({
            "$schema" = "http://json-schema.org/draft-04/schema#"
            type      = "object"
          })
          # CloudFormation's default
          content_type = "application/json"
        }

        """#)
  }

  @Test("Ref and GetAtt: the endpoint, a stage's name, a route's id, a domain's ARN")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_apigatewayv2_api.http.api_endpoint", "aws_apigatewayv2_stage.live.name",
      "aws_apigatewayv2_domain_name.domain.arn", "aws_apigatewayv2_route.get_items.id",
    ] {
      #expect(outputs.contains("value = \(value)"), "\(value)")
    }
  }

  @Test("an OpenAPI body names the API and makes it HTTP; what Terraform lacks is reported")
  func bodyAndGaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Api": {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"BasePath": "split",
           "Body": {"openapi": "3.0.1", "info": {"title": "spec", "version": "1"}, "paths": {}}}},
         "Release": {"Type": "AWS::ApiGatewayV2::Deployment", "Properties": {
           "ApiId": {"Ref": "Api"}, "StageName": "live"}}}
        """)
    let main = MappingProbe.mainFile(conversion)
    #expect(main.contains(#"name = "spec""#))
    #expect(main.contains(#"protocol_type = "HTTP""#))
    #expect(MappingProbe.entry("Api.Properties.BasePath", in: conversion)?.status == .unsupported)
    #expect(
      MappingProbe.entry("Release.Properties.StageName", in: conversion)?.status == .unsupported)
  }

  @Test(
    "API Gateway V2 resources convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "apigatewayv2")
    #expect(status == 0, "\(output)")
  }
}

extension ApiGatewayV2: ImportCaseProvider {
  static let importIds = [
    "Http": "a1b2c3", "Quick": "q1u2i3", "Socket": "s0c1e2", "Lambda": "int001", "Jwt": "auth01",
    "GetItems": "rt0001", "Echo": "int002", "EchoResponse": "ir0001", "Default": "rt0002",
    "DefaultResponse": "rr0001", "Release": "dep001", "Live": "live", "HttpStage": "$default",
    "Domain": "api.example.com", "Mapping": "map001", "Link": "vl0001", "Item": "mod001",
  ]

  static func v2(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: ApiGatewayV2MappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// APIs, domains and links by id; their parts as `API-ID/ID` (responses under their parent).
  static var importCases: [ImportCase] {
    [
      v2("aws_apigatewayv2_api.http", "Http", .id("a1b2c3")),
      v2("aws_apigatewayv2_integration.lambda", "Lambda", .id("a1b2c3/int001")),
      v2(
        "aws_apigatewayv2_integration_response.echo_response", "EchoResponse",
        .id("s0c1e2/int002/ir0001")),
      v2("aws_apigatewayv2_route.get_items", "GetItems", .id("a1b2c3/rt0001")),
      v2(
        "aws_apigatewayv2_route_response.default_response", "DefaultResponse",
        .id("s0c1e2/rt0002/rr0001")),
      v2("aws_apigatewayv2_authorizer.jwt", "Jwt", .id("a1b2c3/auth01")),
      v2("aws_apigatewayv2_deployment.release", "Release", .id("s0c1e2/dep001")),
      v2("aws_apigatewayv2_stage.live", "Live", .id("s0c1e2/live")),
      v2("aws_apigatewayv2_domain_name.domain", "Domain", .id("api.example.com")),
      v2("aws_apigatewayv2_api_mapping.mapping", "Mapping", .id("map001/api.example.com")),
      v2("aws_apigatewayv2_vpc_link.link", "Link", .id("vl0001")),
      v2("aws_apigatewayv2_model.item", "Item", .id("s0c1e2/mod001")),
    ]
  }
}
