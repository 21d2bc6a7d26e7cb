import CFNParser

/// `AWS::Athena::*`: workgroups (their configuration as a block, `RecursiveDeleteOption` as
/// `force_destroy`), named queries and data catalogs.
package enum Athena: MappingFamily {
  /// The mappings of this family.
  static let mappings = [workGroup, namedQuery, dataCatalog]

  /// `AWS::Athena::WorkGroup`. `Ref` is its name.
  static let workGroup = ResourceMapping(
    "AWS::Athena::WorkGroup", to: "aws_athena_workgroup", ref: "name",
    attributes: [
      "WorkGroupConfiguration.EngineVersion.EffectiveEngineVersion":
        "configuration[0].engine_version[0].effective_engine_version",
      "WorkGroupConfigurationUpdates.EngineVersion.EffectiveEngineVersion":
        "configuration[0].engine_version[0].effective_engine_version",
    ],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("State", "state"),
      .argument("RecursiveDeleteOption", "force_destroy"),
      PropertyRule("WorkGroupConfiguration", .block("configuration", configurationRules)),
      OpenSearch.notInProvider(
        "WorkGroupConfigurationUpdates",
        "CloudFormation's deprecated instructions for changing a workgroup's configuration: write the settings into WorkGroupConfiguration, which is converted"
      ),
      .tags,
      .drop("CreationTime", "read-only: Athena sets it"),
    ])

  /// A workgroup's configuration.
  static let configurationRules: [PropertyRule] = [
    .argument("EnforceWorkGroupConfiguration", "enforce_workgroup_configuration"),
    .argument("PublishCloudWatchMetricsEnabled", "publish_cloudwatch_metrics_enabled"),
    .argument("BytesScannedCutoffPerQuery", "bytes_scanned_cutoff_per_query"),
    .argument("RequesterPaysEnabled", "requester_pays_enabled"),
    .argument("ExecutionRole", "execution_role"),
    PropertyRule(
      "EngineVersion",
      .block(
        "engine_version",
        [
          .argument("SelectedEngineVersion", "selected_engine_version"),
          .drop("EffectiveEngineVersion", "read-only: Athena sets it"),
        ])),
    PropertyRule(
      "ResultConfiguration",
      .block(
        "result_configuration",
        [
          .argument("OutputLocation", "output_location"),
          .argument("ExpectedBucketOwner", "expected_bucket_owner"),
          PropertyRule(
            "EncryptionConfiguration",
            .block(
              "encryption_configuration",
              [
                .argument("EncryptionOption", "encryption_option"),
                .argument("KmsKey", "kms_key_arn"),
              ])),
          PropertyRule(
            "AclConfiguration",
            .block("acl_configuration", [.argument("S3AclOption", "s3_acl_option")])),
        ])),
    notInWorkgroup("AdditionalConfiguration", "additional configuration (Spark notebooks)"),
    notInWorkgroup(
      "CustomerContentEncryptionConfiguration", "customer content encryption (Spark notebooks)"),
    notInWorkgroup("EngineConfiguration", "engine configuration (Spark)"),
    notInWorkgroup("ManagedQueryResultsConfiguration", "managed query results"),
    notInWorkgroup("MonitoringConfiguration", "monitoring configuration"),
  ]

  /// A workgroup setting provider 5.100 lacks, described as `what`.
  static func notInWorkgroup(_ property: String, _ what: String) -> PropertyRule {
    OpenSearch.notInProvider(
      property,
      "aws_athena_workgroup (provider 5.100) has no \(what): set it with 'aws athena update-work-group --configuration-updates'"
    )
  }

  /// `AWS::Athena::NamedQuery`. `Ref` and `NamedQueryId` are its id.
  static let namedQuery = ResourceMapping(
    "AWS::Athena::NamedQuery", to: "aws_athena_named_query", ref: "id",
    attributes: ["NamedQueryId": "id"],
    properties: [
      .argument("Name", "name"),
      .argument("Database", "database"),
      .argument("QueryString", "query"),
      .argument("Description", "description"),
      .argument("WorkGroup", "workgroup"),
      .drop("NamedQueryId", "read-only: GetAtt NamedQueryId returns it"),
    ],
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// `AWS::Athena::DataCatalog`. `Ref` is its name. Terraform requires a description and
  /// parameters, which CloudFormation does not.
  static let dataCatalog = ResourceMapping(
    "AWS::Athena::DataCatalog", to: "aws_athena_data_catalog", ref: "name",
    properties: [
      .argument("Name", "name"),
      .argument("Type", "type"),
      .argument("Description", "description"),
      .argument("Parameters", "parameters"),
      .tags,
      OpenSearch.notInProvider(
        "ConnectionType",
        "aws_athena_data_catalog (provider 5.100) cannot create a federated catalog's connection: create the catalog with 'aws athena create-data-catalog --type FEDERATED'"
      ),
      .drop("Status", "read-only: Athena reports the catalog's status"),
      .drop("Error", "read-only: Athena reports why a catalog failed"),
    ],
    finish: { builder in
      guard builder.resource.property("Description") == nil else {
        requireParameters(&builder)
        return
      }
      if let name = builder.resource.property("Name") {
        builder.translator.begin()
        let value = builder.translator.translate(name.value, as: .string)
        writeRequired(
          "description", value, for: "Description",
          comment: "Terraform requires a description: the catalog's name", &builder)
      }
      requireParameters(&builder)
    })

  /// `parameters`, which Terraform requires: none when the template gives none.
  static func requireParameters(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("Parameters") == nil else { return }
    writeRequired(
      "parameters", .object([]), for: "Parameters",
      comment: "Terraform requires parameters: the template gives none", &builder)
  }

  /// Writes argument `argument`, which Terraform requires and the template leaves out, under
  /// `comment`, with an addition in the ledger.
  static func writeRequired(
    _ argument: String, _ value: HCLExpression, for property: String, comment: String,
    _ builder: inout ResourceBuilder
  ) {
    builder.primary.content.argument(argument, value, comments: [comment])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / property),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / argument,
        status: .approximated, note: "not set: \(comment)",
        targetValue: HCLPrinter.printExpression(value)))
  }
}
