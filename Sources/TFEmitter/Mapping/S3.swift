import CFNParser

/// `AWS::S3::*`: buckets, each with the separate configuration resources of provider 4.0 and
/// later (versioning, lifecycle, encryption, …), and bucket policies.
package enum S3: MappingFamily {
  /// The mappings of this family.
  static let mappings = [bucket, bucketPolicy]

  static let bucket = ResourceMapping(
    "AWS::S3::Bucket", to: "aws_s3_bucket", ref: "id",
    attributes: [
      "Arn": "arn", "DomainName": "bucket_domain_name",
      "RegionalDomainName": "bucket_regional_domain_name",
      // The deprecated website_endpoint is the one attribute that has the endpoint whether or
      // not the website configuration is in this module.
      "WebsiteURL": "http://${website_endpoint}",
      "DualStackDomainName": "${bucket}.s3.dualstack.${region}.amazonaws.com",
    ],
    properties: [
      .argument("BucketName", "bucket"),
      .argument("BucketNamePrefix", "bucket_prefix"),
      .argument("ObjectLockEnabled", "object_lock_enabled"),
      .tags,
      .custom(
        "VersioningConfiguration",
        configuration(
          "aws_s3_bucket_versioning", block: "versioning_configuration",
          [.argument("Status", "status")])),
      .custom(
        "AccelerateConfiguration",
        configuration(
          "aws_s3_bucket_accelerate_configuration", [.argument("AccelerationStatus", "status")])),
      .custom(
        "BucketEncryption",
        configuration("aws_s3_bucket_server_side_encryption_configuration", encryptionRules)),
      .custom(
        "PublicAccessBlockConfiguration",
        configuration(
          "aws_s3_bucket_public_access_block",
          [
            .argument("BlockPublicAcls", "block_public_acls"),
            .argument("BlockPublicPolicy", "block_public_policy"),
            .argument("IgnorePublicAcls", "ignore_public_acls"),
            .argument("RestrictPublicBuckets", "restrict_public_buckets"),
          ])),
      .custom(
        "OwnershipControls",
        configuration(
          "aws_s3_bucket_ownership_controls",
          [
            PropertyRule(
              "Rules", .blocks("rule", [.argument("ObjectOwnership", "object_ownership")]))
          ])),
      .custom(
        "LifecycleConfiguration",
        configuration("aws_s3_bucket_lifecycle_configuration", lifecycleRules)),
      .custom("CorsConfiguration", configuration("aws_s3_bucket_cors_configuration", corsRules)),
      .custom(
        "WebsiteConfiguration", configuration("aws_s3_bucket_website_configuration", websiteRules)),
      .custom("LoggingConfiguration", logging),
      .custom(
        "NotificationConfiguration", configuration("aws_s3_bucket_notification", notificationRules)),
      .custom(
        "ObjectLockConfiguration",
        configuration("aws_s3_bucket_object_lock_configuration", objectLockRules)),
      .custom(
        "ReplicationConfiguration",
        configuration("aws_s3_bucket_replication_configuration", replicationRules)),
      .custom("MetricsConfigurations", metrics),
      .custom("IntelligentTieringConfigurations", intelligentTiering),
      // Placed by `finish`, once the ownership controls and public access block are known.
      .custom("AccessControl") { _, _, _ in },
    ],
    finish: accessControl)

  /// `AWS::S3::BucketPolicy`: an `aws_s3_bucket_policy`.
  static let bucketPolicy = ResourceMapping(
    "AWS::S3::BucketPolicy", to: "aws_s3_bucket_policy", ref: nil,
    properties: [
      .argument("Bucket", "bucket"),
      .custom("PolicyDocument") { member, builder, parts in
        PolicyDocument.argument(member, "policy", &builder, &parts)
      },
    ],
    importID: .custom { context in context.property("Bucket") })

  static let encryptionRules: [PropertyRule] = [
    PropertyRule(
      "ServerSideEncryptionConfiguration",
      .blocks(
        "rule",
        [
          .argument("BucketKeyEnabled", "bucket_key_enabled"),
          PropertyRule(
            "ServerSideEncryptionByDefault",
            .block(
              "apply_server_side_encryption_by_default",
              [
                .argument("SSEAlgorithm", "sse_algorithm"),
                .argument("KMSMasterKeyID", "kms_master_key_id"),
              ])),
        ]))
  ]

  static let corsRules: [PropertyRule] = [
    PropertyRule(
      "CorsRules",
      .blocks(
        "cors_rule",
        [
          .argument("Id", "id"),
          .argument("AllowedHeaders", "allowed_headers"),
          .argument("AllowedMethods", "allowed_methods"),
          .argument("AllowedOrigins", "allowed_origins"),
          .argument("ExposedHeaders", "expose_headers"),
          .argument("MaxAge", "max_age_seconds"),
        ]))
  ]

  static let websiteRules: [PropertyRule] = [
    .custom("IndexDocument") { member, builder, parts in
      websiteDocument(
        member, block: "index_document", argument: "suffix", &builder, &parts)
    },
    .custom("ErrorDocument") { member, builder, parts in
      websiteDocument(member, block: "error_document", argument: "key", &builder, &parts)
    },
    PropertyRule(
      "RedirectAllRequestsTo",
      .block(
        "redirect_all_requests_to",
        [.argument("HostName", "host_name"), .argument("Protocol", "protocol")])),
    PropertyRule(
      "RoutingRules",
      .blocks(
        "routing_rule",
        [
          PropertyRule(
            "RoutingRuleCondition",
            .block(
              "condition",
              [
                .argument("HttpErrorCodeReturnedEquals", "http_error_code_returned_equals"),
                .argument("KeyPrefixEquals", "key_prefix_equals"),
              ])),
          PropertyRule(
            "RedirectRule",
            .block(
              "redirect",
              [
                .argument("HostName", "host_name"),
                .argument("HttpRedirectCode", "http_redirect_code"),
                .argument("Protocol", "protocol"),
                .argument("ReplaceKeyPrefixWith", "replace_key_prefix_with"),
                .argument("ReplaceKeyWith", "replace_key_with"),
              ])),
        ])),
  ]

  static let objectLockRules: [PropertyRule] = [
    .argument("ObjectLockEnabled", "object_lock_enabled"),
    PropertyRule(
      "Rule",
      .block(
        "rule",
        [
          PropertyRule(
            "DefaultRetention",
            .block(
              "default_retention",
              [.argument("Mode", "mode"), .argument("Days", "days"), .argument("Years", "years")]))
        ])),
  ]

  /// A website document name that becomes `block { argument = value }`.
  static func websiteDocument(
    _ member: RuleMember, block: String, argument: String, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts
  ) {
    let address = TerraformPath.resource(
      "aws_s3_bucket_website_configuration", builder.primary.name)
    let value = builder.translate(member, as: .string, target: address / block / argument)
    var body = HCLBody()
    body.attribute(argument, value)
    parts.block(HCLBlock(block, body: body))
  }
}
