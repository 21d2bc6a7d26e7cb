import CFNParser

/// `AWS::CloudFront::*`: distributions (in `CloudFront+Distribution.swift` and
/// `CloudFront+CacheBehaviors.swift`), cache, origin request and response headers policies (in
/// `CloudFront+Policies.swift`), origin access controls and identities, functions, key groups and
/// public keys. CloudFormation wraps each type's settings in a `…Config` object; its fields become
/// the resource's own arguments.
package enum CloudFront: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    distribution, cachePolicy, originRequestPolicy, responseHeadersPolicy, originAccessControl,
    originAccessIdentity, function, keyGroup, publicKey,
  ]

  /// `Ref` is the origin access control id.
  static let originAccessControl = ResourceMapping(
    "AWS::CloudFront::OriginAccessControl", to: "aws_cloudfront_origin_access_control", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .custom(
        "OriginAccessControlConfig",
        ExtraResources.flattened([
          .argument("Name", "name"),
          .argument("Description", "description"),
          .argument("OriginAccessControlOriginType", "origin_access_control_origin_type"),
          .argument("SigningBehavior", "signing_behavior"),
          .argument("SigningProtocol", "signing_protocol"),
        ]))
    ])

  /// `Ref` is the origin access identity id; `S3CanonicalUserId` is the identity's canonical user.
  static let originAccessIdentity = ResourceMapping(
    "AWS::CloudFront::CloudFrontOriginAccessIdentity", to: "aws_cloudfront_origin_access_identity",
    ref: "id", attributes: ["Id": "id", "S3CanonicalUserId": "s3_canonical_user_id"],
    properties: [
      .custom(
        "CloudFrontOriginAccessIdentityConfig",
        ExtraResources.flattened([.argument("Comment", "comment")]))
    ])

  /// `AWS::CloudFront::Function`. `Ref` and `FunctionARN` are the function's ARN. CloudFormation
  /// leaves a function in the DEVELOPMENT stage unless `AutoPublish` is true, Terraform publishes
  /// it unless `publish` is false: an absent `AutoPublish` is written as `publish = false`.
  /// `GetAtt Stage` (LIVE or DEVELOPMENT) has no Terraform attribute and is not mapped.
  static let function = ResourceMapping(
    "AWS::CloudFront::Function", to: "aws_cloudfront_function", ref: "arn",
    attributes: ["FunctionARN": "arn", "FunctionMetadata.FunctionARN": "arn"],
    properties: [
      .argument("Name", "name"),
      .custom(
        "FunctionConfig",
        ExtraResources.flattened([
          .argument("Runtime", "runtime"),
          .argument("Comment", "comment"),
          .custom("KeyValueStoreAssociations", keyValueStores),
        ])),
      .argument("FunctionCode", "code"),
      .argument("AutoPublish", "publish"),
      .drop("FunctionMetadata", "read-only: CloudFront sets the function's ARN"),
      .drop(
        "Tags",
        "aws_cloudfront_function (provider 5.100) has no tags: tag the function by hand if you need to"
      ),
    ],
    importID: .custom { $0.property("Name") },
    finish: { builder in
      var content = builder.primary.content
      CloudFront.writeDefault(
        "publish", .bool(false), for: "AutoPublish", in: &content, &builder,
        note:
          "not set: CloudFormation leaves the function in DEVELOPMENT; Terraform would publish it"
      )
      builder.primary.content = content
    })

  /// `KeyValueStoreAssociations`: the ARN of each association.
  @Sendable static func keyValueStores(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of associations is not supported; write it out",
        notAnObject: "write the association out, with its KeyValueStoreARN")
    else { return }
    let target = builder.primary.path / "key_value_store_associations"
    var arns: [HCLExpression] = []
    for object in objects {
      guard let arn = object.fields.first(where: { $0.key == "KeyValueStoreARN" }) else { continue }
      arns.append(builder.translate(object.element.field(arn), as: .string, target: target))
    }
    parts.argument("key_value_store_associations", .tuple(arns))
  }

  /// `Ref` is the key group id.
  static let keyGroup = ResourceMapping(
    "AWS::CloudFront::KeyGroup", to: "aws_cloudfront_key_group", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .custom(
        "KeyGroupConfig",
        ExtraResources.flattened([
          .argument("Name", "name"), .argument("Comment", "comment"), .argument("Items", "items"),
        ]))
    ])

  /// `Ref` is the public key id.
  static let publicKey = ResourceMapping(
    "AWS::CloudFront::PublicKey", to: "aws_cloudfront_public_key", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .custom(
        "PublicKeyConfig",
        ExtraResources.flattened([
          .argument("Name", "name"),
          .argument("Comment", "comment"),
          .argument("EncodedKey", "encoded_key"),
          .drop(
            "CallerReference",
            "Terraform makes its own caller reference (read-only in aws_cloudfront_public_key); the key is the same"
          ),
        ]))
    ])

  /// A CloudFormation default that differs from Terraform's, written into `parts` when the
  /// template leaves top-level property `property` out, with its ledger entry and a comment saying
  /// whose default it is.
  static func writeDefault(
    _ argument: String, _ value: HCLExpression, for property: String, in parts: inout BodyParts,
    _ builder: inout ResourceBuilder, present: Bool? = nil, note: String
  ) {
    writeDefault(
      argument, value, at: .here / property, in: &parts, &builder, present: present, note: note)
  }

  /// `writeDefault(_:_:for:…)` for the member at `path` below the resource's properties, its
  /// entry against `target` (argument `argument` of the primary resource when nil). Unless
  /// `present` says, the default is written when `path` is a top-level property the template
  /// leaves out.
  static func writeDefault(
    _ argument: String, _ value: HCLExpression, at path: RelativeTemplatePath,
    in parts: inout BodyParts, _ builder: inout ResourceBuilder, target: TerraformPath? = nil,
    present: Bool? = nil, note: String
  ) {
    let given = present ?? isTopLevelProperty(path, of: builder)
    guard !given else { return }
    parts.argument(argument, value, comments: ["CloudFormation's default"])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(path),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: target ?? builder.primary.path / argument, status: .transformed,
        note: note, targetValue: HCLPrinter.printExpression(value)))
  }

  /// True when `path` is one property of the resource, set in the template.
  private static func isTopLevelProperty(
    _ path: RelativeTemplatePath, of builder: ResourceBuilder
  ) -> Bool {
    guard path.steps.count == 1, case .key(let key) = path.steps[0] else { return false }
    return builder.resource.property(key) != nil
  }
}
