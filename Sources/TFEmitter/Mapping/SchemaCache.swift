/// The provider schemas one conversion has parsed, so that each type is parsed once however
/// many resources use it. A class because the memo is shared by every resource builder of the
/// conversion; it lives only as long as the conversion.
package final class SchemaCache {
  private var resources: [String: BlockBody?] = [:]

  /// An empty cache.
  package init() {}

  /// `ProviderSchema.resource(type)`, parsed on first use.
  package func resource(_ type: String) -> BlockBody? {
    if let cached = resources[type] { return cached }
    let body = ProviderSchema.resource(type)
    resources[type] = body
    return body
  }
}
