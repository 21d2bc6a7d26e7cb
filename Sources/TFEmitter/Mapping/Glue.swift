import CFNParser

/// `AWS::Glue::*`: Data Catalog databases, tables and connections (their `…Input` objects spread
/// over the resource's arguments, names in lower case as Glue stores them, passwords among a
/// connection's properties as sensitive variables; imported as `<catalog id>:<name>`), and
/// crawlers, jobs, triggers, workflows and security configurations (`Glue+Jobs.swift`).
package enum Glue: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    database, table, connection, crawler, job, trigger, workflow, securityConfiguration,
  ]

  /// `AWS::Glue::Database`. `Ref` is the database name; its input's `Name`, or the newer
  /// top-level `DatabaseName`, is the name.
  static let database = ResourceMapping(
    "AWS::Glue::Database", to: "aws_glue_catalog_database", ref: "name",
    properties: [
      .argument("CatalogId", "catalog_id"),
      .custom("DatabaseName", topLevelName(input: "DatabaseInput")),
      .custom(
        "DatabaseInput",
        ExtraResources.flattened([
          .custom("Name", lowercased("name")),
          .argument("Description", "description"),
          .argument("LocationUri", "location_uri"),
          .argument("Parameters", "parameters"),
          PropertyRule(
            "CreateTableDefaultPermissions",
            .blocks(
              "create_table_default_permission",
              [
                .argument("Permissions", "permissions"),
                PropertyRule(
                  "Principal",
                  .block(
                    "principal",
                    [.argument("DataLakePrincipalIdentifier", "data_lake_principal_identifier")]
                  )),
              ])),
          PropertyRule(
            "FederatedDatabase",
            .block(
              "federated_database",
              [
                .argument("ConnectionName", "connection_name"),
                .argument("Identifier", "identifier"),
              ])),
          PropertyRule(
            "TargetDatabase",
            .block(
              "target_database",
              [
                .argument("CatalogId", "catalog_id"),
                .argument("DatabaseName", "database_name"), .argument("Region", "region"),
              ])),
        ])),
    ],
    importID: underCatalog,
    finish: { requireInputName(input: "DatabaseInput", top: "DatabaseName", &$0) })

  /// `AWS::Glue::Table`. `Ref` and `Id` are the table name; its input's `Name`, or the newer
  /// top-level `Name`, is the name. Imported as `<catalog id>:<database>:<table>`.
  static let table = ResourceMapping(
    "AWS::Glue::Table", to: "aws_glue_catalog_table", ref: "name",
    attributes: ["Id": "name"],
    properties: [
      .argument("CatalogId", "catalog_id"),
      .custom("DatabaseName", lowercased("database_name")),
      .custom("Name", topLevelName(input: "TableInput")),
      .custom(
        "TableInput",
        ExtraResources.flattened([
          .custom("Name", lowercased("name")),
          .argument("Description", "description"),
          .argument("Owner", "owner"),
          .argument("TableType", "table_type"),
          .argument("Parameters", "parameters"),
          .argument("Retention", "retention"),
          .argument("ViewOriginalText", "view_original_text"),
          .argument("ViewExpandedText", "view_expanded_text"),
          PropertyRule("PartitionKeys", .blocks("partition_keys", columnRules)),
          PropertyRule("StorageDescriptor", .block("storage_descriptor", storageRules)),
          PropertyRule(
            "TargetTable",
            .block(
              "target_table",
              [
                .argument("CatalogId", "catalog_id"),
                .argument("DatabaseName", "database_name"),
                .argument("Name", "name"), .argument("Region", "region"),
              ])),
          OpenSearch.notInProvider(
            "ViewDefinition",
            "aws_glue_catalog_table (provider 5.100) has no view definition (multi-dialect views): create the view with 'aws glue create-table --table-input ViewDefinition=…'"
          ),
        ])),
      PropertyRule(
        "OpenTableFormatInput",
        .block(
          "open_table_format_input",
          [
            PropertyRule(
              "IcebergInput",
              .block(
                "iceberg_input",
                [
                  .argument("MetadataOperation", "metadata_operation"),
                  .argument("Version", "version"),
                  OpenSearch.notInProvider(
                    "IcebergTableInput",
                    "aws_glue_catalog_table (provider 5.100) cannot give an Iceberg table's location, schema, partitions and sort order: Glue creates the table from the Iceberg metadata it finds"
                  ),
                ]))
          ])),
      .drop("Id", "read-only: the table name, which Ref returns"),
    ],
    importID: .custom { context in
      guard let catalog = context.property("CatalogId"),
        let database = context.property("DatabaseName"), let name = context.physicalId
      else { return nil }
      return "\(catalog):\(database.lowercased()):\(name)"
    },
    finish: { requireInputName(input: "TableInput", top: "Name", &$0) })

  /// A column of a table or a partition key.
  static let columnRules: [PropertyRule] = [
    .argument("Name", "name"), .argument("Type", "type"), .argument("Comment", "comment"),
  ]

  /// A table's storage descriptor.
  static let storageRules: [PropertyRule] = [
    .argument("Location", "location"),
    .argument("InputFormat", "input_format"),
    .argument("OutputFormat", "output_format"),
    .argument("Compressed", "compressed"),
    .argument("NumberOfBuckets", "number_of_buckets"),
    .argument("BucketColumns", "bucket_columns"),
    .argument("StoredAsSubDirectories", "stored_as_sub_directories"),
    .argument("Parameters", "parameters"),
    PropertyRule("Columns", .blocks("columns", columnRules)),
    PropertyRule(
      "SerdeInfo",
      .block(
        "ser_de_info",
        [
          .argument("Name", "name"),
          .argument("SerializationLibrary", "serialization_library"),
          .argument("Parameters", "parameters"),
        ])),
    PropertyRule(
      "SortColumns",
      .blocks(
        "sort_columns", [.argument("Column", "column"), .argument("SortOrder", "sort_order")])
    ),
    PropertyRule(
      "SkewedInfo",
      .block(
        "skewed_info",
        [
          .argument("SkewedColumnNames", "skewed_column_names"),
          .argument("SkewedColumnValues", "skewed_column_values"),
          .argument("SkewedColumnValueLocationMaps", "skewed_column_value_location_maps"),
        ])),
    PropertyRule(
      "SchemaReference",
      .block(
        "schema_reference",
        [
          .argument("SchemaVersionId", "schema_version_id"),
          .argument("SchemaVersionNumber", "schema_version_number"),
          PropertyRule(
            "SchemaId",
            .block(
              "schema_id",
              [
                .argument("RegistryName", "registry_name"),
                .argument("SchemaName", "schema_name"), .argument("SchemaArn", "schema_arn"),
              ])),
        ])),
  ]
}
