/// The slice of the hashicorp/aws provider schema the mappings use: the exact argument names,
/// types and nested blocks of the resource types and data sources listed in
/// `Scripts/provider-schema-types.txt`.
///
/// The data lives in `ProviderSchema+Generated.swift`, which `Scripts/update-provider-schema`
/// writes from `terraform providers schema -json`; it is parsed once, on first use, into an
/// immutable table. `providerVersion` names the provider version it came from.
package enum ProviderSchema {
  /// The body of the resource type `type` (such as `aws_autoscaling_group`), or `nil` when the
  /// slice does not hold it.
  package static func resource(_ type: String) -> BlockBody? {
    table.resources[type]
  }

  /// The body of the data source `type` (such as `aws_availability_zones`, without a `data.`
  /// prefix), or `nil` when the slice does not hold it.
  package static func dataSource(_ type: String) -> BlockBody? {
    table.dataSources[type]
  }

  /// Every resource type in the slice, sorted.
  package static var resourceTypes: [String] { table.resourceTypes }

  /// Every data source in the slice (without a `data.` prefix), sorted.
  package static var dataSourceTypes: [String] { table.dataSourceTypes }

  /// The parsed slice: bodies by type name, and the sorted names.
  struct Table: Sendable {
    /// Resource bodies by type name.
    var resources: [String: BlockBody]
    /// Data source bodies by type name.
    var dataSources: [String: BlockBody]
    /// The resource type names, sorted.
    var resourceTypes: [String]
    /// The data source names, sorted.
    var dataSourceTypes: [String]

    /// Parses the generated texts.
    init(
      resourceTexts: [(name: String, text: String)], dataSourceTexts: [(name: String, text: String)]
    ) {
      resources = Dictionary(
        resourceTexts.map { ($0.name, ProviderSchema.parseBody($0.text, type: $0.name)) },
        uniquingKeysWith: { first, _ in first })
      dataSources = Dictionary(
        dataSourceTexts.map { ($0.name, ProviderSchema.parseBody($0.text, type: $0.name)) },
        uniquingKeysWith: { first, _ in first })
      resourceTypes = resourceTexts.map(\.name).sorted()
      dataSourceTypes = dataSourceTexts.map(\.name).sorted()
    }
  }

  /// The slice, parsed on first use.
  static let table = Table(resourceTexts: resourceTexts, dataSourceTexts: dataSourceTexts)
}
