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

  /// The flags of a generated attribute.
  package struct Flags: OptionSet, Hashable, Sendable {
    package let rawValue: UInt8
    /// Creates flags from their bits.
    package init(rawValue: UInt8) { self.rawValue = rawValue }
    /// A configuration must set it.
    package static let required = Flags(rawValue: 1)
    /// A configuration may set it.
    package static let optional = Flags(rawValue: 2)
    /// The provider computes it.
    package static let computed = Flags(rawValue: 4)
    /// The provider marks it deprecated.
    package static let deprecated = Flags(rawValue: 8)
    /// Its value is sensitive.
    package static let sensitive = Flags(rawValue: 16)
    /// It is write-only.
    package static let writeOnly = Flags(rawValue: 32)
  }

  /// Creates an attribute from its name, type and flags (the generated slice's form).
  package init(_ name: String, _ type: SchemaType, _ flags: Flags) {
    self.init(
      name: name, type: type, isRequired: flags.contains(.required),
      isOptional: flags.contains(.optional), isComputed: flags.contains(.computed),
      isDeprecated: flags.contains(.deprecated), isSensitive: flags.contains(.sensitive),
      isWriteOnly: flags.contains(.writeOnly))
  }

  /// Whether a configuration can set it (it is required or optional, not only computed).
  package var isArgument: Bool { isRequired || isOptional }
}
