/// The body of a resource, data source or nested block in the provider schema: its attributes and
/// its nested blocks, each sorted by name.
package struct BlockBody: Hashable, Sendable {
  /// The attributes, sorted by name.
  package var attributes: [AttributeSchema]
  /// The nested blocks, sorted by name.
  package var blocks: [BlockSchema]
  /// Nested blocks the provider has but the slice leaves out (`Scripts/provider-schema-types.txt`
  /// says which: a recursive block too big to keep), sorted.
  package var omittedBlocks: [String]
  /// Whether the provider marks the whole body deprecated.
  package var isDeprecated: Bool

  /// Creates a body; attributes and blocks are sorted by name.
  package init(
    attributes: [AttributeSchema] = [], blocks: [BlockSchema] = [], omittedBlocks: [String] = [],
    isDeprecated: Bool = false
  ) {
    self.attributes = attributes.sorted { $0.name < $1.name }
    self.blocks = blocks.sorted { $0.name < $1.name }
    self.omittedBlocks = omittedBlocks.sorted()
    self.isDeprecated = isDeprecated
  }

  /// The attribute named `name`, or `nil` when the body has none.
  package func attribute(_ name: String) -> AttributeSchema? {
    Self.binarySearch(attributes, for: name, name: \.name)
  }

  /// The nested block named `name`, or `nil` when the body has none.
  package func block(_ name: String) -> BlockSchema? {
    Self.binarySearch(blocks, for: name, name: \.name)
  }

  private static func binarySearch<Element>(
    _ elements: [Element], for name: String, name key: (Element) -> String
  ) -> Element? {
    var low = 0
    var high = elements.count
    while low < high {
      let middle = (low + high) / 2
      let candidate = key(elements[middle])
      if candidate == name { return elements[middle] }
      if candidate < name { low = middle + 1 } else { high = middle }
    }
    return nil
  }
}
