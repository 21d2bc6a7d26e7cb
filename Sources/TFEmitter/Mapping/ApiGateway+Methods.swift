import CFNParser

/// `AWS::ApiGateway::Method`: an `aws_api_gateway_method`, its `Integration` an
/// `aws_api_gateway_integration`, each of `MethodResponses` an `aws_api_gateway_method_response`
/// and each of `Integration.IntegrationResponses` an `aws_api_gateway_integration_response`. The
/// further resources name the method through its attributes, so Terraform creates it first; an
/// integration response also waits for the integration and the method responses (API Gateway
/// refuses one whose status code no method response has).
extension ApiGateway {
  /// `Ref` (CloudFormation's own method id, `mysta-metho-…`) has no Terraform counterpart: the
  /// `id` Terraform keeps is `agm-API-RESOURCE-METHOD`. `AuthorizationType` is `NONE` when the
  /// template leaves it out, as in CloudFormation.
  static let method = ResourceMapping(
    "AWS::ApiGateway::Method", to: "aws_api_gateway_method", ref: nil,
    properties: [
      .argument("RestApiId", "rest_api_id"),
      .argument("ResourceId", "resource_id"),
      .argument("HttpMethod", "http_method"),
      .argument("AuthorizationType", "authorization"),
      .argument("AuthorizerId", "authorizer_id"),
      .argument("AuthorizationScopes", "authorization_scopes"),
      .argument("ApiKeyRequired", "api_key_required"),
      .argument("OperationName", "operation_name"),
      .argument("RequestModels", "request_models"),
      .argument("RequestParameters", "request_parameters"),
      .argument("RequestValidatorId", "request_validator_id"),
      .custom("MethodResponses", methodResponses),
      .custom("Integration", integration),
    ],
    importID: methodPath([]),
    finish: { builder in
      var content = builder.primary.content
      CloudFront.writeDefault(
        "authorization", .string("NONE"), for: "AuthorizationType", in: &content, &builder,
        note: "not set: CloudFormation's default, NONE, is written (Terraform requires one)")
      builder.primary.content = content
    })

  /// `REST-API-ID/RESOURCE-ID/HTTP-METHOD`, then `suffix` (a status code), from the method's
  /// properties.
  static func methodPath(_ suffix: [ImportID.Part]) -> ImportID {
    .custom { context in
      let parts = ["RestApiId", "ResourceId", "HttpMethod"].compactMap {
        context.resource.property($0)?.value
      }
      guard parts.count == 3 else { return nil }
      let id = ImportID.joined(parts.map { .value($0) } + suffix, separator: "/")
      guard case .custom(let rule) = id else { return nil }
      return rule(context)
    }
  }

  /// The arguments naming the method, in a further resource.
  static func methodArguments(_ resource: inout TerraformResource, _ builder: ResourceBuilder) {
    for name in ["rest_api_id", "resource_id", "http_method"] {
      resource.content.argument(name, ExtraResources.primary(name, builder))
    }
  }

  /// The status code of a response, for names and import ids.
  static func statusCode(_ fields: [ExprMember]) -> Expr? {
    fields.first { $0.key == "StatusCode" }?.value
  }

  /// `MethodResponses`: an `aws_api_gateway_method_response` each.
  @Sendable static func methodResponses(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of method responses is not supported",
        notAnObject: "write the method response out")
    else { return }
    let type = "aws_api_gateway_method_response"
    for object in objects {
      let code = statusCode(object.fields)
      var resource = ExtraResources.make(
        type,
        name: ExtraResources.uniqueName(
          builder.primary.name + "_" + (code?.stringValue ?? String(object.index + 1)),
          type: type, builder),
        from: object.element.key, builder)
      methodArguments(&resource, builder)
      resource.importID = code.map { methodPath([.value($0)]) } ?? .notImportable("no status code")
      var inner = BodyParts()
      builder.apply(
        [
          .argument("StatusCode", "status_code"),
          .argument("ResponseModels", "response_models"),
          .argument("ResponseParameters", "response_parameters"),
        ], to: object.fields, in: .resource(resource, at: object.element.path),
        into: &inner)
      resource.content.arguments.items += inner.arguments.items
      builder.record(
        object.element.path, at: member.keyRange.start, target: resource.path,
        status: .transformed, note: "became \(type)")
      builder.extras.append(resource)
    }
  }

  /// `Integration`: an `aws_api_gateway_integration`, and its responses.
  @Sendable static func integration(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.unsupported(
        member, reason: "a computed integration cannot be converted; write it out")
      return
    }
    let type = "aws_api_gateway_integration"
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    methodArguments(&resource, builder)
    resource.importID = methodPath([])
    var inner = BodyParts()
    builder.apply(
      [
        .argument("Type", "type"),
        .argument("IntegrationHttpMethod", "integration_http_method"),
        .argument("Uri", "uri"),
        .argument("Credentials", "credentials"),
        .argument("ConnectionType", "connection_type"),
        .argument("ConnectionId", "connection_id"),
        .argument("ContentHandling", "content_handling"),
        .argument("PassthroughBehavior", "passthrough_behavior"),
        .argument("RequestParameters", "request_parameters"),
        .argument("RequestTemplates", "request_templates"),
        .argument("CacheKeyParameters", "cache_key_parameters"),
        .argument("CacheNamespace", "cache_namespace"),
        .argument("TimeoutInMillis", "timeout_milliseconds"),
        unsupported("IntegrationTarget", type, "integration target"),
        .custom("ResponseTransferMode") { member, builder, _ in
          if member.value.stringValue == "BUFFERED" {
            builder.dropped(member, reason: "BUFFERED is how Terraform's integrations respond")
          } else {
            builder.unsupported(
              member, reason: "\(type) (provider 5.100) has no response streaming")
          }
        },
        // Written below, as resources of their own.
        .custom("IntegrationResponses") { _, _, _ in },
      ], to: fields, in: .resource(resource, at: member.path), into: &inner)
    resource.content.arguments.items += inner.arguments.items
    resource.content.blocks += inner.blocks
    builder.record(
      member, target: resource.path, status: .transformed,
      note: "became \(type)")
    builder.extras.append(resource)
    if let responses = fields.first(where: { $0.key == "IntegrationResponses" }) {
      integrationResponses(member.field(responses), integration: resource.path, &builder)
    }
  }

  /// `Integration.IntegrationResponses`: an `aws_api_gateway_integration_response` each.
  static func integrationResponses(
    _ member: RuleMember, integration: TerraformPath, _ builder: inout ResourceBuilder
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of integration responses is not supported",
        notAnObject: "write the integration response out")
    else { return }
    let type = "aws_api_gateway_integration_response"
    let methodResponses = builder.extras.filter { $0.type == "aws_api_gateway_method_response" }
      .map { HCLExpression.traversal($0.path) }
    for object in objects {
      let code = statusCode(object.fields)
      var resource = ExtraResources.make(
        type,
        name: ExtraResources.uniqueName(
          builder.primary.name + "_" + (code?.stringValue ?? String(object.index + 1)),
          type: type, builder),
        from: object.element.key, builder)
      methodArguments(&resource, builder)
      resource.importID = code.map { methodPath([.value($0)]) } ?? .notImportable("no status code")
      var inner = BodyParts()
      builder.apply(
        [
          .argument("StatusCode", "status_code"),
          .argument("SelectionPattern", "selection_pattern"),
          .argument("ResponseParameters", "response_parameters"),
          .argument("ResponseTemplates", "response_templates"),
          .argument("ContentHandling", "content_handling"),
        ], to: object.fields, in: .resource(resource, at: object.element.path),
        into: &inner)
      resource.content.arguments.items += inner.arguments.items
      resource.meta.attribute(
        "depends_on", .tuple([.traversal(integration)] + methodResponses))
      builder.record(
        object.element.path, at: member.keyRange.start, target: resource.path,
        status: .transformed, note: "became \(type), after the integration and method responses")
      builder.extras.append(resource)
    }
  }
}
