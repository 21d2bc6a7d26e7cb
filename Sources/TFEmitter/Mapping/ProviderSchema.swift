/// The slice of the hashicorp/aws provider schema the mappings use: the exact argument names,
/// types and nested blocks of the resource types and data sources listed in
/// `Scripts/provider-schema-types.txt`.
///
/// The data lives in `ProviderSchema+Generated.swift`, which `Scripts/update-provider-schema`
/// writes from `terraform providers schema -json`. A type's text is parsed when it is asked for,
/// so a conversion pays only for the types it uses (parsing the whole slice would cost more than
/// converting Datomic's template); callers that ask often keep what they got.
/// `providerVersion` names the provider version it came from.
package enum ProviderSchema {
  /// The body of the resource type `type` (such as `aws_autoscaling_group`), or `nil` when the
  /// slice does not hold it.
  package static func resource(_ type: String) -> BlockBody? {
    table.resources[type].map { ProviderSchema.parseBody($0, type: type) }
  }

  /// The body of the data source `type` (such as `aws_availability_zones`, without a `data.`
  /// prefix), or `nil` when the slice does not hold it.
  package static func dataSource(_ type: String) -> BlockBody? {
    table.dataSources[type].map { ProviderSchema.parseBody($0, type: type) }
  }

  /// Every resource type in the slice, sorted.
  package static var resourceTypes: [String] { table.resourceTypes }

  /// Every data source in the slice (without a `data.` prefix), sorted.
  package static var dataSourceTypes: [String] { table.dataSourceTypes }

  /// The slice: each type's text by type name, and the sorted names.
  struct Table: Sendable {
    /// Resource texts by type name.
    var resources: [String: String]
    /// Data source texts by type name.
    var dataSources: [String: String]
    /// The resource type names, sorted.
    var resourceTypes: [String]
    /// The data source names, sorted.
    var dataSourceTypes: [String]

    /// Indexes the generated texts.
    init(
      resourceTexts: [(name: String, text: String)], dataSourceTexts: [(name: String, text: String)]
    ) {
      resources = Dictionary(
        resourceTexts.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
      dataSources = Dictionary(
        dataSourceTexts.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
      resourceTypes = resourceTexts.map(\.name).sorted()
      dataSourceTypes = dataSourceTexts.map(\.name).sorted()
    }
  }

  /// The slice, indexed on first use.
  static let table = Table(resourceTexts: resourceTexts, dataSourceTexts: dataSourceTexts)
}
