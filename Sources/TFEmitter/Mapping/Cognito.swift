import CFNParser

/// `AWS::Cognito::*`: user pools (in `Cognito+UserPool.swift`), their clients, domains, groups,
/// resource servers, identity providers, users, group memberships, UI customizations and risk
/// configurations (in `Cognito+Attachments.swift`), identity pools and their roles.
package enum Cognito: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    userPool, userPoolClient, userPoolDomain, userPoolGroup, resourceServer, identityProvider,
    user, userToGroup, uiCustomization, riskConfiguration, identityPool, identityPoolRoles,
  ]

  /// `user_pool_id` then `separator` then property `property`.
  static func inPool(_ property: String, _ separator: String) -> ImportID {
    .custom { context in
      guard let pool = context.property("UserPoolId"), let id = context.property(property)
      else { return nil }
      return "\(pool)\(separator)\(id)"
    }
  }

  /// `AWS::Cognito::UserPoolClient`. `Ref` is the client id; `ClientSecret` is
  /// `client_secret`, which the provider marks sensitive.
  static let userPoolClient = ResourceMapping(
    "AWS::Cognito::UserPoolClient", to: "aws_cognito_user_pool_client", ref: "id",
    attributes: ["ClientId": "id", "ClientSecret": "client_secret", "Name": "name"],
    properties: [
      .argument("UserPoolId", "user_pool_id"),
      .argument("ClientName", "name"),
      .argument("GenerateSecret", "generate_secret"),
      .argument("ExplicitAuthFlows", "explicit_auth_flows"),
      .argument("AllowedOAuthFlows", "allowed_oauth_flows"),
      .argument("AllowedOAuthFlowsUserPoolClient", "allowed_oauth_flows_user_pool_client"),
      .argument("AllowedOAuthScopes", "allowed_oauth_scopes"),
      .argument("CallbackURLs", "callback_urls"),
      .argument("LogoutURLs", "logout_urls"),
      .argument("DefaultRedirectURI", "default_redirect_uri"),
      .argument("SupportedIdentityProviders", "supported_identity_providers"),
      .argument("ReadAttributes", "read_attributes"),
      .argument("WriteAttributes", "write_attributes"),
      .argument("AccessTokenValidity", "access_token_validity"),
      .argument("IdTokenValidity", "id_token_validity"),
      .argument("RefreshTokenValidity", "refresh_token_validity"),
      .argument("AuthSessionValidity", "auth_session_validity"),
      .argument("EnableTokenRevocation", "enable_token_revocation"),
      .argument(
        "EnablePropagateAdditionalUserContextData", "enable_propagate_additional_user_context_data"
      ),
      .argument("PreventUserExistenceErrors", "prevent_user_existence_errors"),
      PropertyRule(
        "TokenValidityUnits",
        .block(
          "token_validity_units",
          [
            .argument("AccessToken", "access_token"), .argument("IdToken", "id_token"),
            .argument("RefreshToken", "refresh_token"),
          ])),
      PropertyRule(
        "AnalyticsConfiguration",
        .block(
          "analytics_configuration",
          [
            .argument("ApplicationArn", "application_arn"),
            .argument("ApplicationId", "application_id"),
            .argument("ExternalId", "external_id"), .argument("RoleArn", "role_arn"),
            .argument("UserDataShared", "user_data_shared"),
          ])),
      PropertyRule(
        "RefreshTokenRotation",
        .block(
          "refresh_token_rotation",
          [
            .argument("Feature", "feature"),
            .argument("RetryGracePeriodSeconds", "retry_grace_period_seconds"),
          ])),
    ],
    importID: .custom { context in
      guard let pool = context.property("UserPoolId"), let id = context.physicalId else {
        return nil
      }
      return "\(pool)/\(id)"
    },
    finish: { ExtraResources.requireName("name", unless: "ClientName", &$0) })

  /// `AWS::Cognito::UserPoolDomain`. `Ref` is the domain; `CloudFrontDistribution` the domain
  /// name of its distribution.
  static let userPoolDomain = ResourceMapping(
    "AWS::Cognito::UserPoolDomain", to: "aws_cognito_user_pool_domain", ref: "domain",
    attributes: ["CloudFrontDistribution": "cloudfront_distribution"],
    properties: [
      .argument("UserPoolId", "user_pool_id"),
      .argument("Domain", "domain"),
      .custom(
        "CustomDomainConfig",
        ExtraResources.flattened([.argument("CertificateArn", "certificate_arn")])),
      .argument("ManagedLoginVersion", "managed_login_version"),
    ])

  /// `AWS::Cognito::UserPoolGroup`. `Ref` is the group's name.
  static let userPoolGroup = ResourceMapping(
    "AWS::Cognito::UserPoolGroup", to: "aws_cognito_user_group", ref: "name",
    properties: [
      .argument("UserPoolId", "user_pool_id"),
      .argument("GroupName", "name"),
      .argument("Description", "description"),
      .argument("Precedence", "precedence"),
      .argument("RoleArn", "role_arn"),
    ],
    importID: .custom { context in
      guard let pool = context.property("UserPoolId"), let name = context.physicalId else {
        return nil
      }
      return "\(pool)/\(name)"
    },
    finish: { ExtraResources.requireName("name", unless: "GroupName", &$0) })

  /// `AWS::Cognito::UserPoolResourceServer`. `Ref` is the identifier.
  static let resourceServer = ResourceMapping(
    "AWS::Cognito::UserPoolResourceServer", to: "aws_cognito_resource_server", ref: "identifier",
    properties: [
      .argument("UserPoolId", "user_pool_id"),
      .argument("Identifier", "identifier"),
      .argument("Name", "name"),
      PropertyRule(
        "Scopes",
        .blocks(
          "scope",
          [
            .argument("ScopeName", "scope_name"),
            .argument("ScopeDescription", "scope_description"),
          ])),
    ], importID: inPool("Identifier", "|"))

  /// `AWS::Cognito::UserPoolIdentityProvider`. `Ref` is the provider's name.
  static let identityProvider = ResourceMapping(
    "AWS::Cognito::UserPoolIdentityProvider", to: "aws_cognito_identity_provider",
    ref: "provider_name",
    properties: [
      .argument("UserPoolId", "user_pool_id"),
      .argument("ProviderName", "provider_name"),
      .argument("ProviderType", "provider_type"),
      .argument("ProviderDetails", "provider_details"),
      .argument("AttributeMapping", "attribute_mapping"),
      .argument("IdpIdentifiers", "idp_identifiers"),
    ], importID: inPool("ProviderName", ":"))

  /// `AWS::Cognito::IdentityPool`. `Ref` is the pool id, `Name` its name. A pool without
  /// `IdentityPoolName` is named after its logical id (the names allow no hyphen).
  static let identityPool = ResourceMapping(
    "AWS::Cognito::IdentityPool", to: "aws_cognito_identity_pool", ref: "id",
    attributes: ["Id": "id", "Name": "identity_pool_name"],
    properties: [
      .argument("IdentityPoolName", "identity_pool_name"),
      .argument("AllowUnauthenticatedIdentities", "allow_unauthenticated_identities"),
      .argument("AllowClassicFlow", "allow_classic_flow"),
      .argument("DeveloperProviderName", "developer_provider_name"),
      PropertyRule(
        "CognitoIdentityProviders",
        .blocks(
          "cognito_identity_providers",
          [
            .argument("ClientId", "client_id"), .argument("ProviderName", "provider_name"),
            .argument("ServerSideTokenCheck", "server_side_token_check"),
          ])),
      .argument("OpenIdConnectProviderARNs", "openid_connect_provider_arns"),
      .argument("SamlProviderARNs", "saml_provider_arns"),
      .argument("SupportedLoginProviders", "supported_login_providers"),
      PropertyRule("IdentityPoolTags", .tagsMap("tags")),
      cognitoSync("CognitoEvents"), cognitoSync("CognitoStreams"), cognitoSync("PushSync"),
    ],
    finish: { builder in
      guard builder.resource.property("IdentityPoolName") == nil else { return }
      let fallback = String(builder.logicalId.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
      let name = HCLExpression.call(
        "lookup",
        [
          builder.translator.physicalNames(for: builder.logicalId), .string(builder.logicalId),
          .string(fallback),
        ])
      builder.primary.content.arguments.items.insert(
        contentsOf: [
          .comment([
            "cfn2tf: 'IdentityPoolName' is not set: CloudFormation generates one; var.physical_names keeps the live name when a stack is adopted"
          ]),
          .attribute(HCLAttribute("identity_pool_name", name)),
        ], at: 0)
    })

  /// A Cognito Sync setting, which the provider does not manage.
  static func cognitoSync(_ property: String) -> PropertyRule {
    .custom(property) { member, builder, _ in
      builder.unsupported(
        member,
        reason:
          "Cognito Sync settings have no counterpart in aws_cognito_identity_pool: set them with the Cognito Sync API, or move to AWS AppSync"
      )
    }
  }

  /// `AWS::Cognito::IdentityPoolRoleAttachment`. `Ref` is the identity pool id, by which
  /// Terraform imports it.
  static let identityPoolRoles = ResourceMapping(
    "AWS::Cognito::IdentityPoolRoleAttachment", to: "aws_cognito_identity_pool_roles_attachment",
    ref: "id",
    properties: [
      .argument("IdentityPoolId", "identity_pool_id"),
      .argument("Roles", "roles"),
      .custom("RoleMappings", roleMappings),
    ], importID: .custom { $0.property("IdentityPoolId") ?? $0.physicalId })

  /// `RoleMappings`, a map whose keys name the identity provider when `IdentityProvider` does
  /// not: a `role_mapping` block each.
  @Sendable static func roleMappings(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let mappings) = member.value.kind else {
      builder.report(member, .computedList(block: "role_mapping"))
      return
    }
    builder.record(
      member, target: builder.primary.path / "role_mapping",
      status: .transformed, note: "each mapping became a role_mapping block")
    for mapping in mappings {
      guard case .object(let fields) = mapping.value.kind else {
        builder.report(
          member.field(mapping), .computedObject(block: "role_mapping"))
        continue
      }
      var inner = BodyParts()
      if !fields.contains(where: { $0.key == "IdentityProvider" }) {
        inner.argument("identity_provider", .string(mapping.key))
      }
      let scope = builder.scope.block("role_mapping").at(member.path / mapping.key)
      builder.apply(
        [
          .argument("IdentityProvider", "identity_provider"),
          .argument("Type", "type"),
          .argument("AmbiguousRoleResolution", "ambiguous_role_resolution"),
          .custom(
            "RulesConfiguration",
            ExtraResources.flattened(
              [
                PropertyRule(
                  "Rules",
                  .blocks(
                    "mapping_rule",
                    [
                      .argument("Claim", "claim"), .argument("MatchType", "match_type"),
                      .argument("RoleARN", "role_arn"), .argument("Value", "value"),
                    ]))
              ], in: ["role_mapping"])),
        ], to: fields, in: scope, into: &inner)
      parts.block(HCLBlock("role_mapping", body: inner.body))
    }
  }
}
