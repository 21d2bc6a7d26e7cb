/// The type of a Terraform attribute value, as the provider schema declares it.
///
/// The description is Terraform's type syntax without spaces, for example `set(string)` or
/// `list(object({from_port=number,to_port=number}))`; object fields are sorted by name.
package indirect enum SchemaType: Hashable, Sendable {
  /// A string.
  case string
  /// A number.
  case number
  /// A boolean.
  case bool
  /// Any type, decided by the value (Terraform's `dynamic` pseudo-type).
  case dynamic
  /// An ordered list whose elements have the given type.
  case list(SchemaType)
  /// An unordered set whose elements have the given type.
  case set(SchemaType)
  /// A map from strings to values of the given type.
  case map(SchemaType)
  /// An object with the given fields, sorted by name.
  case object([Field])
  /// A tuple whose elements have the given types, in order.
  case tuple([SchemaType])

  /// One named field of an object type.
  package struct Field: Hashable, Sendable {
    /// The field name.
    package var name: String
    /// The field's type.
    package var type: SchemaType

    /// Creates a field named `name` of type `type`.
    package init(name: String, type: SchemaType) {
      self.name = name
      self.type = type
    }

    /// Creates a field (the generated slice's form).
    package init(_ name: String, _ type: SchemaType) {
      self.init(name: name, type: type)
    }
  }

  /// The type of the elements when this is a list, set or map; otherwise `nil`.
  package var elementType: SchemaType? {
    switch self {
    case .list(let element), .set(let element), .map(let element): element
    default: nil
    }
  }

  /// Whether this is a primitive type (string, number or bool).
  package var isPrimitive: Bool {
    switch self {
    case .string, .number, .bool: true
    default: false
    }
  }

  /// The field named `name` when this is an object type, or a list or set of one; otherwise `nil`.
  package func field(_ name: String) -> Field? {
    switch self {
    case .object(let fields): fields.first { $0.name == name }
    case .list(let element), .set(let element): element.field(name)
    default: nil
    }
  }
}

extension SchemaType: CustomStringConvertible {
  /// Terraform's type syntax without spaces, such as `map(string)` or `object({a=bool})`.
  package var description: String {
    switch self {
    case .string: "string"
    case .number: "number"
    case .bool: "bool"
    case .dynamic: "dynamic"
    case .list(let element): "list(\(element))"
    case .set(let element): "set(\(element))"
    case .map(let element): "map(\(element))"
    case .object(let fields):
      "object({" + fields.map { "\($0.name)=\($0.type)" }.joined(separator: ",") + "})"
    case .tuple(let elements): "tuple([" + elements.map(\.description).joined(separator: ",") + "])"
    }
  }
}
