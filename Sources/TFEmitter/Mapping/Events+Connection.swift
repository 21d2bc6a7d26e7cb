import CFNParser

extension Events {
  /// `AWS::Events::Connection`. `Ref` is its name. Its secrets (the API key, the password, the
  /// OAuth client secret, and parameter values marked secret, which `IsValueSecret` defaults
  /// to) never reach the module: a value written in the template becomes a sensitive variable.
  static let connection = ResourceMapping(
    "AWS::Events::Connection", to: "aws_cloudwatch_event_connection", ref: "name",
    attributes: ["Arn": "arn", "SecretArn": "secret_arn"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("AuthorizationType", "authorization_type"),
      .argument("KmsKeyIdentifier", "kms_key_identifier"),
      PropertyRule(
        "AuthParameters",
        .block(
          "auth_parameters",
          [
            PropertyRule(
              "ApiKeyAuthParameters",
              .block(
                "api_key",
                [
                  .argument("ApiKeyName", "key"),
                  .custom("ApiKeyValue", secret("value", "API key")),
                ]
              )),
            PropertyRule(
              "BasicAuthParameters",
              .block(
                "basic",
                [
                  .argument("Username", "username"),
                  .custom("Password", secret("password", "password")),
                ])),
            PropertyRule(
              "OAuthParameters",
              .block(
                "oauth",
                [
                  .argument("AuthorizationEndpoint", "authorization_endpoint"),
                  .argument("HttpMethod", "http_method"),
                  PropertyRule(
                    "ClientParameters",
                    .block(
                      "client_parameters",
                      [
                        .argument("ClientID", "client_id"),
                        .custom("ClientSecret", secret("client_secret", "OAuth client secret")),
                      ])),
                  PropertyRule(
                    "OAuthHttpParameters", .block("oauth_http_parameters", httpParameters)),
                ])),
            PropertyRule(
              "InvocationHttpParameters", .block("invocation_http_parameters", httpParameters)),
            .custom("ConnectivityParameters") { member, builder, _ in
              builder.unsupported(
                member,
                reason:
                  "auth_parameters (provider 5.100) has no private connectivity for the OAuth endpoint"
              )
            },
          ])),
      PropertyRule(
        "InvocationConnectivityParameters",
        .block(
          "invocation_connectivity_parameters",
          [
            PropertyRule(
              "ResourceParameters",
              .block(
                "resource_parameters",
                [
                  .argument("ResourceConfigurationArn", "resource_configuration_arn"),
                  .drop("ResourceAssociationArn", "read-only: EventBridge sets it"),
                ]))
          ])),
    ],
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// The `body`, `header` and `query_string` blocks of HTTP parameters.
  static let httpParameters: [PropertyRule] = [
    PropertyRule("BodyParameters", .custom(parameters("body"))),
    PropertyRule("HeaderParameters", .custom(parameters("header"))),
    PropertyRule("QueryStringParameters", .custom(parameters("query_string"))),
  ]

  /// A list of `Key`, `Value`, `IsValueSecret` as `block` blocks; a value marked secret (the
  /// default) is a secret.
  static func parameters(_ block: String) -> PropertyCode {
    { member, builder, parts in
      guard case .list(let items) = member.value.kind else {
        builder.report(member, .computedList(block: block))
        return
      }
      for (index, item) in items.enumerated() {
        guard case .object(let fields) = item.kind else {
          builder.report(member.element(index, item), .computedObject(block: block))
          continue
        }
        let isSecret = fields.first { $0.key == "IsValueSecret" }?.value.kind != .bool(false)
        let hint = fields.first { $0.key == "Key" }?.value.stringValue
        let scope = RuleScope(
          target: .resource("aws_cloudwatch_event_connection", block), schema: nil,
          at: member.path / index)
        var inner = BodyParts()
        builder.apply(
          [
            .argument("Key", "key"),
            isSecret
              ? .custom("Value", secret("value", "secret \(block) parameter", name: hint))
              : .argument("Value", "value"),
            .argument("IsValueSecret", "is_value_secret"),
          ], to: fields, in: scope, into: &inner)
        parts.block(HCLBlock(block, body: inner.body))
      }
    }
  }

  /// A secret argument: a `Ref` to a NoEcho parameter stays (its variable is sensitive); a value
  /// written in the template becomes a new sensitive variable, its value not copied.
  static func secret(_ argument: String, _ what: String, name hint: String? = nil)
    -> PropertyCode
  {
    { member, builder, parts in
      builder.translator.begin()
      let written = builder.translator.writesSecretText(member.value)
      var value = written ? .null : builder.translator.translate(member.value, as: .string)
      if written {
        let last = member.member.key
        let name = builder.translator.namer.reserveVariable(
          builder.primary.name + "_" + Namer.snakeCase(hint ?? last))
        value = builder.translator.addVariable(
          AddedVariable(
            name: name, type: "string",
            description:
              "The \(what) of the EventBridge connection \(builder.logicalId); the template wrote it in plain text, and its value is not copied.",
            sensitive: true))
        builder.translator.sensitiveVariables.insert(name)
        builder.translator.touchesSecret = true
        builder.translator.transformed("the \(what) written in the template became var.\(name)")
        builder.diagnostics.append(
          .warning(
            "the \(what) of '\(builder.logicalId)' is written in the template; it becomes the sensitive variable '\(name)'",
            at: member.keyRange.start,
            notes: [.init("set it from a secret store; the template's value is not copied")]))
      }
      builder.record(
        member, target: builder.primary.path / argument,
        status: builder.translator.status, note: builder.translator.note, source: member.value,
        value: value, secret: true)
      parts.argument(argument, value)
    }
  }
}
