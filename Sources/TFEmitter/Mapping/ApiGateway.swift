import CFNParser

/// `AWS::ApiGateway::*`: REST APIs and their resources, methods (with their integration and
/// responses, in `ApiGateway+Methods.swift`), deployments and stages
/// (`ApiGateway+Deployments.swift`), keys, usage plans and domain names (`ApiGateway+Keys.swift`),
/// authorizers, validators, gateway responses, models, documentation, VPC links, client
/// certificates and the account settings.
package enum ApiGateway: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    restApi, resource, method, deployment, stage, authorizer, apiKey, usagePlan, usagePlanKey,
    model, account, domainName, basePathMapping, requestValidator, gatewayResponse, vpcLink,
    documentationPart, clientCertificate,
  ]

  /// `AWS::ApiGateway::RestApi`. `Ref` is the API id. `Body` (an OpenAPI document) becomes
  /// `body = jsonencode(…)`; without `Name`, the name is the document's `info.title`, as
  /// CloudFormation takes it.
  static let restApi = ResourceMapping(
    "AWS::ApiGateway::RestApi", to: "aws_api_gateway_rest_api", ref: "id",
    attributes: ["RestApiId": "id", "RootResourceId": "root_resource_id"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .custom("Body") { member, builder, parts in
        PolicyDocument.argument(member, "body", &builder, &parts)
      },
      .custom("BodyS3Location") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_api_gateway_rest_api has no S3 location for its definition: read the object with a data \"aws_s3_object\" and pass its body as body, or put the definition in Body"
        )
      },
      .argument("Mode", "put_rest_api_mode"),
      .argument("FailOnWarnings", "fail_on_warnings"),
      .argument("Parameters", "parameters"),
      .custom("Policy") { member, builder, parts in
        PolicyDocument.argument(member, "policy", &builder, &parts)
      },
      .argument("ApiKeySourceType", "api_key_source"),
      .argument("BinaryMediaTypes", "binary_media_types"),
      .argument("DisableExecuteApiEndpoint", "disable_execute_api_endpoint"),
      .argument("MinimumCompressionSize", "minimum_compression_size"),
      PropertyRule(
        "EndpointConfiguration",
        .block(
          "endpoint_configuration",
          [
            .argument("Types", "types"), .argument("VpcEndpointIds", "vpc_endpoint_ids"),
            .argument("IpAddressType", "ip_address_type"),
          ])),
      .custom("CloneFrom") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_api_gateway_rest_api cannot clone an API: export the source API's definition and pass it as body"
        )
      },
      unsupported("EndpointAccessMode", "aws_api_gateway_rest_api", "an endpoint access mode"),
      unsupported("SecurityPolicy", "aws_api_gateway_rest_api", "a security policy"),
      .tags,
    ],
    finish: { builder in
      guard builder.resource.property("Name") == nil else { return }
      if case .object(let body) = builder.resource.property("Body")?.value.kind,
        case .object(let info) = body.first(where: { $0.key == "info" })?.value.kind,
        let title = info.first(where: { $0.key == "title" })?.value.stringValue
      {
        var items: [HCLItem] = [
          .comment([
            "cfn2tf: 'Name' is not set: CloudFormation names the API by the Body's info.title"
          ]),
          .attribute(HCLAttribute("name", .string(title))),
        ]
        items += builder.primary.content.arguments.items
        builder.primary.content.arguments.items = items
        return
      }
      ExtraResources.requireName("name", unless: "Name", &builder)
    })

  /// A property `type` (provider 5.100) cannot express: a warning, since the resource differs.
  static func unsupported(_ property: String, _ type: String, _ feature: String) -> PropertyRule {
    .custom(property) { member, builder, _ in
      builder.unsupported(
        member,
        reason: "\(type) (provider 5.100) has no \(feature): set it by hand after the apply")
    }
  }

  /// The import id `REST-API-ID/<physical id>`.
  static let underApi = ImportID.custom { context in
    guard let api = context.property("RestApiId"), let id = context.physicalId else { return nil }
    return "\(api)/\(id)"
  }

  /// `Ref` is the resource id.
  static let resource = ResourceMapping(
    "AWS::ApiGateway::Resource", to: "aws_api_gateway_resource", ref: "id",
    attributes: ["ResourceId": "id"],
    properties: [
      .argument("RestApiId", "rest_api_id"), .argument("ParentId", "parent_id"),
      .argument("PathPart", "path_part"),
    ], importID: underApi)

  /// `Ref` is the authorizer id.
  static let authorizer = ResourceMapping(
    "AWS::ApiGateway::Authorizer", to: "aws_api_gateway_authorizer", ref: "id",
    attributes: ["AuthorizerId": "id"],
    properties: [
      .argument("RestApiId", "rest_api_id"),
      .argument("Name", "name"),
      .argument("Type", "type"),
      .argument("AuthorizerUri", "authorizer_uri"),
      .argument("AuthorizerCredentials", "authorizer_credentials"),
      .argument("AuthorizerResultTtlInSeconds", "authorizer_result_ttl_in_seconds"),
      .argument("IdentitySource", "identity_source"),
      .argument("IdentityValidationExpression", "identity_validation_expression"),
      .argument("ProviderARNs", "provider_arns"),
      .drop(
        "AuthType",
        "only an OpenAPI extension (x-amazon-apigateway-authtype) that API Gateway does not act on; Terraform has no counterpart"
      ),
    ], importID: underApi)

  /// `Ref` is the validator id.
  static let requestValidator = ResourceMapping(
    "AWS::ApiGateway::RequestValidator", to: "aws_api_gateway_request_validator", ref: "id",
    attributes: ["RequestValidatorId": "id"],
    properties: [
      .argument("RestApiId", "rest_api_id"),
      .argument("Name", "name"),
      .argument("ValidateRequestBody", "validate_request_body"),
      .argument("ValidateRequestParameters", "validate_request_parameters"),
    ], importID: underApi,
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// `Ref` is the gateway response id; Terraform imports it as `REST-API-ID/RESPONSE-TYPE`.
  static let gatewayResponse = ResourceMapping(
    "AWS::ApiGateway::GatewayResponse", to: "aws_api_gateway_gateway_response", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("RestApiId", "rest_api_id"),
      .argument("ResponseType", "response_type"),
      .argument("StatusCode", "status_code"),
      .argument("ResponseParameters", "response_parameters"),
      .argument("ResponseTemplates", "response_templates"),
    ],
    importID: .custom { context in
      guard let api = context.property("RestApiId"), let type = context.property("ResponseType")
      else { return nil }
      return "\(api)/\(type)"
    })

  /// `Ref` is the model's name. CloudFormation's default content type, `application/json`, is
  /// written when `ContentType` is not set (Terraform requires one); a model without `Name` is
  /// named after its logical id, since model names are alphanumeric.
  static let model = ResourceMapping(
    "AWS::ApiGateway::Model", to: "aws_api_gateway_model", ref: "name",
    properties: [
      .argument("RestApiId", "rest_api_id"),
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
      if builder.resource.property("Name") == nil {
        let fallback = String(
          builder.logicalId.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
        let name = HCLExpression.call(
          "lookup",
          [
            builder.translator.physicalNames(for: builder.logicalId),
            .string(builder.logicalId), .string(fallback),
          ])
        content.arguments.items.insert(
          contentsOf: [
            .comment([
              "cfn2tf: 'Name' is not set: CloudFormation generates one; var.physical_names keeps the live name when a stack is adopted"
            ]),
            .attribute(HCLAttribute("name", name)),
          ], at: 0)
      }
      builder.primary.content = content
    })

  /// `AWS::ApiGateway::Account`: the region's API Gateway settings, one per account and region.
  static let account = ResourceMapping(
    "AWS::ApiGateway::Account", to: "aws_api_gateway_account", ref: "id",
    attributes: ["Id": "id"],
    properties: [.argument("CloudWatchRoleArn", "cloudwatch_role_arn")],
    importID: .joined([.literal("api-gateway-account")], separator: ""))

  /// `Ref` is the client certificate id.
  static let clientCertificate = ResourceMapping(
    "AWS::ApiGateway::ClientCertificate", to: "aws_api_gateway_client_certificate", ref: "id",
    attributes: ["ClientCertificateId": "id"],
    properties: [.argument("Description", "description"), .tags])

  /// `Ref` is the VPC link id.
  static let vpcLink = ResourceMapping(
    "AWS::ApiGateway::VpcLink", to: "aws_api_gateway_vpc_link", ref: "id",
    attributes: ["VpcLinkId": "id"],
    properties: [
      .argument("Name", "name"), .argument("Description", "description"),
      .argument("TargetArns", "target_arns"), .tags,
    ])

  /// `Ref` is the documentation part id (Terraform's `id` is `REST-API-ID/PART-ID`).
  static let documentationPart = ResourceMapping(
    "AWS::ApiGateway::DocumentationPart", to: "aws_api_gateway_documentation_part",
    ref: "documentation_part_id", attributes: ["DocumentationPartId": "documentation_part_id"],
    properties: [
      .argument("RestApiId", "rest_api_id"),
      PropertyRule(
        "Location",
        .block(
          "location",
          [
            .argument("Type", "type"), .argument("Method", "method"), .argument("Name", "name"),
            .argument("Path", "path"), .argument("StatusCode", "status_code"),
          ])),
      .argument("Properties", "properties"),
    ], importID: underApi)
}
