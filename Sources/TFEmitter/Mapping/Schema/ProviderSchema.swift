/// The slice of the hashicorp/aws provider schema the mappings use: the exact argument names,
/// types and nested blocks of the resource types and data sources listed in
/// `Scripts/provider-schema-types.txt`.
///
/// The values live in `Generated/`, which `Scripts/update-provider-schema` writes from
/// `terraform providers schema -json` as typed Swift: nothing is parsed at run time, and Swift
/// builds each type's value the first time it is asked for, so a conversion pays only for the
/// types it uses. `providerVersion` names the provider version it came from.
package enum ProviderSchema {
  /// The generated resource type values, one `static let` per type named as the type.
  enum Resources {}
  /// The generated data source values, one `static let` per data source named as it.
  enum DataSources {}

  /// The body of the resource type `type` (such as `aws_autoscaling_group`), or `nil` when the
  /// slice does not hold it.
  package static func resource(_ type: String) -> BlockBody? { resourceTable[type]?() }

  /// The body of the data source `type` (such as `aws_availability_zones`, without a `data.`
  /// prefix), or `nil` when the slice does not hold it.
  package static func dataSource(_ type: String) -> BlockBody? { dataSourceTable[type]?() }

  /// Every resource type in the slice, sorted.
  package static var resourceTypes: [String] { resourceTable.keys.sorted() }

  /// Every data source in the slice (without a `data.` prefix), sorted.
  package static var dataSourceTypes: [String] { dataSourceTable.keys.sorted() }

  /// One table of the generated files' tables, which never share a name.
  static func merged(_ tables: [[String: @Sendable () -> BlockBody]]) -> [String:
    @Sendable () -> BlockBody]
  {
    var result: [String: @Sendable () -> BlockBody] = [:]
    for table in tables { result.merge(table) { first, _ in first } }
    return result
  }
}
