/// One nested block type of a block body in the provider schema.
package struct BlockSchema: Hashable, Sendable {
  /// How many instances of a nested block a body may hold, and how they are addressed.
  package enum Nesting: String, Hashable, Sendable {
    /// At most one instance, addressed directly.
    case single
    /// Exactly one instance that is always present; its attributes are addressed directly.
    case group
    /// An ordered list of instances.
    case list
    /// An unordered set of instances.
    case set
    /// A map of instances, each labelled with its key.
    case map
  }

  /// The block type name.
  package var name: String
  /// How instances of the block nest.
  package var nesting: Nesting
  /// The fewest instances a configuration must write.
  package var minItems: Int
  /// The most instances a configuration may write, or `nil` when there is no limit.
  package var maxItems: Int?
  /// The attributes and blocks inside each instance.
  package var body: BlockBody

  /// Creates a nested block type.
  package init(
    name: String, nesting: Nesting, minItems: Int = 0, maxItems: Int? = nil, body: BlockBody
  ) {
    self.name = name
    self.nesting = nesting
    self.minItems = minItems
    self.maxItems = maxItems
    self.body = body
  }

  /// Creates a nested block type (the generated slice's form).
  package init(_ name: String, _ nesting: Nesting, min: Int, max: Int?, _ body: BlockBody) {
    self.init(name: name, nesting: nesting, minItems: min, maxItems: max, body: body)
  }
}
