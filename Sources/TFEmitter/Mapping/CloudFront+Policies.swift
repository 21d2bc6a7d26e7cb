import CFNParser

/// Cache, origin request and response headers policies.
extension CloudFront {
  /// `Ref` is the cache policy id.
  static let cachePolicy = ResourceMapping(
    "AWS::CloudFront::CachePolicy", to: "aws_cloudfront_cache_policy", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .custom(
        "CachePolicyConfig",
        ExtraResources.flattened([
          .argument("Name", "name"),
          .argument("Comment", "comment"),
          .argument("DefaultTTL", "default_ttl"),
          .argument("MaxTTL", "max_ttl"),
          .argument("MinTTL", "min_ttl"),
          PropertyRule(
            "ParametersInCacheKeyAndForwardedToOrigin",
            .block(
              "parameters_in_cache_key_and_forwarded_to_origin",
              [
                .argument("EnableAcceptEncodingBrotli", "enable_accept_encoding_brotli"),
                .argument("EnableAcceptEncodingGzip", "enable_accept_encoding_gzip"),
              ]
                + requestParts(under: ["parameters_in_cache_key_and_forwarded_to_origin"]))),
        ]))
    ])

  /// `Ref` is the origin request policy id.
  static let originRequestPolicy = ResourceMapping(
    "AWS::CloudFront::OriginRequestPolicy", to: "aws_cloudfront_origin_request_policy",
    ref: "id", attributes: ["Id": "id"],
    properties: [
      .custom(
        "OriginRequestPolicyConfig",
        ExtraResources.flattened(
          [.argument("Name", "name"), .argument("Comment", "comment")] + requestParts(under: [])
        ))
    ])

  /// The cookies, headers and query strings configurations of a cache or origin request policy,
  /// their name lists as `items` of a nested block; `under` names the blocks they are in, from
  /// the resource down.
  static func requestParts(under path: [String]) -> [PropertyRule] {
    [
      PropertyRule(
        "CookiesConfig",
        .block(
          "cookies_config",
          [
            .argument("CookieBehavior", "cookie_behavior"),
            .custom("Cookies", items("cookies", at: path + ["cookies_config"])),
          ])),
      PropertyRule(
        "HeadersConfig",
        .block(
          "headers_config",
          [
            .argument("HeaderBehavior", "header_behavior"),
            .custom("Headers", items("headers", at: path + ["headers_config"])),
          ])),
      PropertyRule(
        "QueryStringsConfig",
        .block(
          "query_strings_config",
          [
            .argument("QueryStringBehavior", "query_string_behavior"),
            .custom("QueryStrings", items("query_strings", at: path + ["query_strings_config"])),
          ])),
    ]
  }

  /// A list of names that becomes nested block `block` with the list as its `items`; `path`
  /// names the blocks of the body it is written into, from the resource down, for the ledger.
  static func items(_ block: String, at path: [String]) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / (path + [block, "items"])
      var body = HCLBody()
      body.attribute("items", builder.translate(member, as: .list(.string), target: target))
      parts.block(HCLBlock(block, body: body))
    }
  }

  /// `{"Items": [...]}` as nested block `block` with `items`.
  static func itemsObject(_ property: String, _ block: String) -> PropertyRule {
    PropertyRule(property, .block(block, [.argument("Items", "items")]))
  }

  /// `Ref` is the response headers policy id.
  static let responseHeadersPolicy = ResourceMapping(
    "AWS::CloudFront::ResponseHeadersPolicy", to: "aws_cloudfront_response_headers_policy",
    ref: "id", attributes: ["Id": "id"],
    properties: [
      .custom(
        "ResponseHeadersPolicyConfig",
        ExtraResources.flattened([
          .argument("Name", "name"),
          .argument("Comment", "comment"),
          PropertyRule(
            "CorsConfig",
            .block(
              "cors_config",
              [
                .argument("AccessControlAllowCredentials", "access_control_allow_credentials"),
                .argument("AccessControlMaxAgeSec", "access_control_max_age_sec"),
                .argument("OriginOverride", "origin_override"),
                itemsObject("AccessControlAllowHeaders", "access_control_allow_headers"),
                itemsObject("AccessControlAllowMethods", "access_control_allow_methods"),
                itemsObject("AccessControlAllowOrigins", "access_control_allow_origins"),
                itemsObject("AccessControlExposeHeaders", "access_control_expose_headers"),
              ])),
          PropertyRule(
            "CustomHeadersConfig",
            .block(
              "custom_headers_config",
              [
                PropertyRule(
                  "Items",
                  .blocks(
                    "items",
                    [
                      .argument("Header", "header"), .argument("Value", "value"),
                      .argument("Override", "override"),
                    ]))
              ])),
          PropertyRule(
            "RemoveHeadersConfig",
            .block(
              "remove_headers_config",
              [PropertyRule("Items", .blocks("items", [.argument("Header", "header")]))])),
          PropertyRule("SecurityHeadersConfig", .block("security_headers_config", securityHeaders)),
          PropertyRule(
            "ServerTimingHeadersConfig",
            .block(
              "server_timing_headers_config",
              [.argument("Enabled", "enabled"), .argument("SamplingRate", "sampling_rate")])),
        ]))
    ])

  /// The security headers of a response headers policy.
  static let securityHeaders: [PropertyRule] = [
    PropertyRule(
      "ContentSecurityPolicy",
      .block(
        "content_security_policy",
        [
          .argument("ContentSecurityPolicy", "content_security_policy"),
          .argument("Override", "override"),
        ])),
    PropertyRule(
      "ContentTypeOptions", .block("content_type_options", [.argument("Override", "override")])),
    PropertyRule(
      "FrameOptions",
      .block(
        "frame_options",
        [.argument("FrameOption", "frame_option"), .argument("Override", "override")])),
    PropertyRule(
      "ReferrerPolicy",
      .block(
        "referrer_policy",
        [.argument("ReferrerPolicy", "referrer_policy"), .argument("Override", "override")])),
    PropertyRule(
      "StrictTransportSecurity",
      .block(
        "strict_transport_security",
        [
          .argument("AccessControlMaxAgeSec", "access_control_max_age_sec"),
          .argument("IncludeSubdomains", "include_subdomains"),
          .argument("Preload", "preload"),
          .argument("Override", "override"),
        ])),
    PropertyRule(
      "XSSProtection",
      .block(
        "xss_protection",
        [
          .argument("Protection", "protection"), .argument("ModeBlock", "mode_block"),
          .argument("ReportUri", "report_uri"), .argument("Override", "override"),
        ])),
  ]
}
