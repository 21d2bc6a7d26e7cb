import CFNParser

/// `AWS::ApiGatewayV2::*`: HTTP and WebSocket APIs, integrations, routes and their responses,
/// authorizers, models, VPC links; stages, deployments, domain names and API mappings are in
/// `ApiGatewayV2+Stages.swift`.
package enum ApiGatewayV2: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    api, integration, integrationResponse, route, routeResponse, stage, authorizer, deployment,
    domainName, apiMapping, vpcLink, model,
  ]

  /// The import id `API-ID/<physical id>`.
  static let underApi = ImportID.custom { context in
    guard let api = context.property("ApiId"), let id = context.physicalId else { return nil }
    return "\(api)/\(id)"
  }

  /// `API-ID/<parent property>/<physical id>`.
  static func under(_ parent: String) -> ImportID {
    .custom { context in
      guard let api = context.property("ApiId"), let owner = context.property(parent),
        let id = context.physicalId
      else { return nil }
      return "\(api)/\(owner)/\(id)"
    }
  }

  /// `AWS::ApiGatewayV2::Api`. `Ref` is the API id. `Target` (with `RouteKey` and
  /// `CredentialsArn`) is quick create: the provider, as CloudFormation, makes the default
  /// route, integration and `$default` stage. Without `Name`, the name is the `Body`'s
  /// `info.title`; without `ProtocolType`, an imported `Body` is an HTTP API, as in
  /// CloudFormation.
  static let api = ResourceMapping(
    "AWS::ApiGatewayV2::Api", to: "aws_apigatewayv2_api", ref: "id",
    attributes: ["ApiId": "id", "ApiEndpoint": "api_endpoint"],
    properties: [
      .argument("Name", "name"),
      .argument("ProtocolType", "protocol_type"),
      .argument("Description", "description"),
      .argument("Version", "version"),
      .custom("Body") { member, builder, parts in
        PolicyDocument.argument(member, "body", &builder, &parts)
      },
      .custom("BodyS3Location") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_apigatewayv2_api has no S3 location for its definition: read the object with a data \"aws_s3_object\" and pass its body as body, or put the definition in Body"
        )
      },
      ApiGateway.unsupported(
        "BasePath", "aws_apigatewayv2_api", "base path for imported definitions"),
      ApiGateway.unsupported(
        "DisableSchemaValidation", "aws_apigatewayv2_api", "switch for schema validation"),
      .argument("FailOnWarnings", "fail_on_warnings"),
      .argument("Target", "target"),
      .argument("RouteKey", "route_key"),
      .argument("CredentialsArn", "credentials_arn"),
      .argument("RouteSelectionExpression", "route_selection_expression"),
      .argument("ApiKeySelectionExpression", "api_key_selection_expression"),
      .argument("DisableExecuteApiEndpoint", "disable_execute_api_endpoint"),
      .argument("IpAddressType", "ip_address_type"),
      PropertyRule(
        "CorsConfiguration",
        .block(
          "cors_configuration",
          [
            .argument("AllowCredentials", "allow_credentials"),
            .argument("AllowHeaders", "allow_headers"),
            .argument("AllowMethods", "allow_methods"),
            .argument("AllowOrigins", "allow_origins"),
            .argument("ExposeHeaders", "expose_headers"),
            .argument("MaxAge", "max_age"),
          ])),
      .argument("Tags", "tags"),
    ],
    finish: { builder in
      var content = builder.primary.content
      if builder.resource.property("Body") != nil {
        CloudFront.writeDefault(
          "protocol_type", .string("HTTP"), for: "ProtocolType", in: &content, &builder,
          note: "not set: CloudFormation imports the Body as an HTTP API")
      }
      builder.primary.content = content
      guard builder.resource.property("Name") == nil else { return }
      if case .object(let body) = builder.resource.property("Body")?.value.kind,
        case .object(let info) = body.first(where: { $0.key == "info" })?.value.kind,
        let title = info.first(where: { $0.key == "title" })?.value.stringValue
      {
        builder.primary.content.arguments.items.insert(
          contentsOf: [
            .comment([
              "cfn2tf: 'Name' is not set: CloudFormation names the API by the Body's info.title"
            ]),
            .attribute(HCLAttribute("name", .string(title))),
          ], at: 0)
        return
      }
      ExtraResources.requireName("name", unless: "Name", &builder)
    })

  /// `AWS::ApiGatewayV2::Integration`. `Ref` is the integration id.
  static let integration = ResourceMapping(
    "AWS::ApiGatewayV2::Integration", to: "aws_apigatewayv2_integration", ref: "id",
    attributes: ["IntegrationId": "id"],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("IntegrationType", "integration_type"),
      .argument("IntegrationSubtype", "integration_subtype"),
      .argument("IntegrationUri", "integration_uri"),
      .argument("IntegrationMethod", "integration_method"),
      .argument("PayloadFormatVersion", "payload_format_version"),
      .argument("ConnectionType", "connection_type"),
      .argument("ConnectionId", "connection_id"),
      .argument("CredentialsArn", "credentials_arn"),
      .argument("Description", "description"),
      .argument("ContentHandlingStrategy", "content_handling_strategy"),
      .argument("PassthroughBehavior", "passthrough_behavior"),
      .argument("RequestParameters", "request_parameters"),
      .argument("RequestTemplates", "request_templates"),
      .argument("TemplateSelectionExpression", "template_selection_expression"),
      .argument("TimeoutInMillis", "timeout_milliseconds"),
      .custom("ResponseParameters", responseParameters),
      PropertyRule(
        "TlsConfig",
        .block("tls_config", [.argument("ServerNameToVerify", "server_name_to_verify")])
      ),
    ], importID: underApi)

  /// `ResponseParameters`, a map from status code to `{"ResponseParameters": [{Destination,
  /// Source}]}`: a `response_parameters` block each, its pairs as `mappings`.
  @Sendable static func responseParameters(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let codes) = member.value.kind else {
      builder.report(member, .computedList(block: "response_parameters"))
      return
    }
    let target = builder.primary.path / "response_parameters"
    builder.record(
      member, target: target, status: .transformed,
      note: "each status code became a response_parameters block")
    for code in codes {
      guard case .object(let map) = code.value.kind,
        case .list(let pairs) = map.first(where: { $0.key == "ResponseParameters" })?.value.kind
      else {
        builder.report(
          member.field(code), .computedObject(block: "response_parameters"))
        continue
      }
      var mappings: [HCLObjectItem] = []
      for (index, pair) in pairs.enumerated() {
        let path = member.path / code.key / "ResponseParameters" / index
        guard case .object(let fields) = pair.kind,
          let destination = fields.first(where: { $0.key == "Destination" })?.value.stringValue,
          let source = fields.first(where: { $0.key == "Source" })
        else {
          builder.unsupported(
            RuleMember(
              ExprMember(key: "ResponseParameters", keyRange: code.keyRange, value: pair), at: path),
            reason: "each parameter needs a literal Destination and a Source")
          continue
        }
        let value = builder.translate(
          RuleMember(source, at: path / "Source"), as: .string, target: target / "mappings")
        mappings.append(HCLObjectItem(destination, value))
      }
      var body = HCLBody()
      body.attribute("status_code", .string(code.key))
      body.attribute("mappings", .object(mappings))
      parts.block(HCLBlock("response_parameters", body: body))
    }
  }

  /// `AWS::ApiGatewayV2::IntegrationResponse`. `Ref` is its id.
  static let integrationResponse = ResourceMapping(
    "AWS::ApiGatewayV2::IntegrationResponse", to: "aws_apigatewayv2_integration_response",
    ref: "id", attributes: ["IntegrationResponseId": "id"],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("IntegrationId", "integration_id"),
      .argument("IntegrationResponseKey", "integration_response_key"),
      .argument("ContentHandlingStrategy", "content_handling_strategy"),
      .argument("ResponseTemplates", "response_templates"),
      .argument("TemplateSelectionExpression", "template_selection_expression"),
      ApiGateway.unsupported(
        "ResponseParameters", "aws_apigatewayv2_integration_response", "response parameters"),
    ], importID: under("IntegrationId"))

  /// `AWS::ApiGatewayV2::Route`. `Ref` is the route id.
  static let route = ResourceMapping(
    "AWS::ApiGatewayV2::Route", to: "aws_apigatewayv2_route", ref: "id",
    attributes: ["RouteId": "id"],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("RouteKey", "route_key"),
      .argument("Target", "target"),
      .argument("AuthorizationType", "authorization_type"),
      .argument("AuthorizerId", "authorizer_id"),
      .argument("AuthorizationScopes", "authorization_scopes"),
      .argument("ApiKeyRequired", "api_key_required"),
      .argument("OperationName", "operation_name"),
      .argument("ModelSelectionExpression", "model_selection_expression"),
      .argument("RequestModels", "request_models"),
      .argument("RouteResponseSelectionExpression", "route_response_selection_expression"),
      .custom("RequestParameters", requestParameters),
    ], importID: underApi)

  /// `RequestParameters`, a map from parameter to `{"Required": bool}`: a `request_parameter`
  /// block each.
  @Sendable static func requestParameters(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let parameters) = member.value.kind else {
      builder.report(member, .computedList(block: "request_parameter"))
      return
    }
    builder.record(
      member,
      target: builder.primary.path / "request_parameter", status: .transformed,
      note: "each parameter became a request_parameter block")
    for parameter in parameters {
      guard case .object(let fields) = parameter.value.kind else {
        builder.report(
          member.field(parameter), .computedObject(block: "request_parameter"))
        continue
      }
      var inner = BodyParts()
      inner.argument("request_parameter_key", .string(parameter.key))
      builder.apply(
        [.argument("Required", "required")], to: fields,
        in: builder.scope.block("request_parameter").at(member.path / parameter.key),
        into: &inner)
      parts.block(HCLBlock("request_parameter", body: inner.body))
    }
  }

  /// `AWS::ApiGatewayV2::RouteResponse`. `Ref` is its id.
  static let routeResponse = ResourceMapping(
    "AWS::ApiGatewayV2::RouteResponse", to: "aws_apigatewayv2_route_response", ref: "id",
    attributes: ["RouteResponseId": "id"],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("RouteId", "route_id"),
      .argument("RouteResponseKey", "route_response_key"),
      .argument("ModelSelectionExpression", "model_selection_expression"),
      .argument("ResponseModels", "response_models"),
      ApiGateway.unsupported(
        "ResponseParameters", "aws_apigatewayv2_route_response", "response parameters"),
    ], importID: under("RouteId"))

  /// `AWS::ApiGatewayV2::Authorizer`. `Ref` is the authorizer id.
  static let authorizer = ResourceMapping(
    "AWS::ApiGatewayV2::Authorizer", to: "aws_apigatewayv2_authorizer", ref: "id",
    attributes: ["AuthorizerId": "id"],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("Name", "name"),
      .argument("AuthorizerType", "authorizer_type"),
      .argument("AuthorizerUri", "authorizer_uri"),
      .argument("AuthorizerCredentialsArn", "authorizer_credentials_arn"),
      .argument("AuthorizerPayloadFormatVersion", "authorizer_payload_format_version"),
      .argument("AuthorizerResultTtlInSeconds", "authorizer_result_ttl_in_seconds"),
      .argument("EnableSimpleResponses", "enable_simple_responses"),
      .argument("IdentitySource", "identity_sources"),
      .custom("IdentityValidationExpression") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_apigatewayv2_authorizer (provider 5.100) has no identity validation expression; API Gateway does not apply it to HTTP or WebSocket APIs either"
        )
      },
      PropertyRule(
        "JwtConfiguration",
        .block(
          "jwt_configuration", [.argument("Audience", "audience"), .argument("Issuer", "issuer")])),
    ], importID: underApi)

  /// `AWS::ApiGatewayV2::VpcLink`. `Ref` is the link id. Terraform requires security groups:
  /// none (an empty list) when CloudFormation has none.
  static let vpcLink = ResourceMapping(
    "AWS::ApiGatewayV2::VpcLink", to: "aws_apigatewayv2_vpc_link", ref: "id",
    attributes: ["VpcLinkId": "id"],
    properties: [
      .argument("Name", "name"), .argument("SubnetIds", "subnet_ids"),
      .argument("SecurityGroupIds", "security_group_ids"), .argument("Tags", "tags"),
    ],
    finish: { builder in
      var content = builder.primary.content
      CloudFront.writeDefault(
        "security_group_ids", .tuple([]), for: "SecurityGroupIds", in: &content, &builder,
        note: "not set: no security groups, as in CloudFormation (Terraform requires the list)")
      builder.primary.content = content
    })

  /// `AWS::ApiGatewayV2::Model`. `Ref` is the model id. `ContentType` is CloudFormation's
  /// default, `application/json`, when not set.
  static let model = ResourceMapping(
    "AWS::ApiGatewayV2::Model", to: "aws_apigatewayv2_model", ref: "id",
    attributes: ["ModelId": "id"],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("Name", "name"),
      .argument("ContentType", "content_type"),
      .argument("Description", "description"),
      .custom("Schema") { member, builder, parts in
        PolicyDocument.argument(member, "schema", &builder, &parts)
      },
    ], importID: underApi,
    finish: { builder in
      var content = builder.primary.content
      CloudFront.writeDefault(
        "content_type", .string("application/json"), for: "ContentType", in: &content, &builder,
        note:
          "not set: CloudFormation's default, application/json, is written (Terraform requires one)"
      )
      builder.primary.content = content
    })
}
