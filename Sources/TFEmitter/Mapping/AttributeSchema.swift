/// One attribute of a block body in the provider schema.
package struct AttributeSchema: Hashable, Sendable {
  /// The attribute name.
  package var name: String
  /// The attribute's value type.
  package var type: SchemaType
  /// Whether a configuration must set it.
  package var isRequired: Bool
  /// Whether a configuration may set it.
  package var isOptional: Bool
  /// Whether the provider computes it when the configuration leaves it unset (or always).
  package var isComputed: Bool
  /// Whether the provider marks it deprecated.
  package var isDeprecated: Bool
  /// Whether its value is sensitive (hidden in plans and output).
  package var isSensitive: Bool
  /// Whether it is write-only: sent to the provider but never stored in state.
  package var isWriteOnly: Bool

  /// Creates an attribute; every flag defaults to `false`.
  package init(
    name: String, type: SchemaType, isRequired: Bool = false, isOptional: Bool = false,
    isComputed: Bool = false, isDeprecated: Bool = false, isSensitive: Bool = false,
    isWriteOnly: Bool = false
  ) {
    self.name = name
    self.type = type
    self.isRequired = isRequired
    self.isOptional = isOptional
    self.isComputed = isComputed
    self.isDeprecated = isDeprecated
    self.isSensitive = isSensitive
    self.isWriteOnly = isWriteOnly
  }

  /// Whether a configuration can set it (it is required or optional, not only computed).
  package var isArgument: Bool { isRequired || isOptional }
}
