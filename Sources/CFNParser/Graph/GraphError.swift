/// What can be wrong with the references between a template's parts.
package enum GraphError: Error, Hashable, Sendable, CustomStringConvertible {
  case unknownReference(String)
  case unknownResource(function: String, name: String)
  case unknownCondition(String)
  case unknownMapping(String)
  case unknownMappingKey(mapping: String, key: String)
  case cycle([String])
  case selfReference(String)

  /// The message of the diagnostic.
  package var description: String {
    switch self {
    case .unknownReference(let name):
      "'Ref' to '\(name)', which is neither a parameter nor a resource"
    case .unknownResource(let function, let name):
      "'\(function)' names '\(name)', which is not a resource"
    case .unknownCondition(let name):
      "unknown condition '\(name)'"
    case .unknownMapping(let name):
      "'Fn::FindInMap' names '\(name)', which is not a mapping"
    case .unknownMappingKey(let mapping, let key):
      "mapping '\(mapping)' has no key '\(key)'"
    case .cycle(let names):
      "circular dependency: \(names.joined(separator: " -> "))"
    case .selfReference(let name):
      "'\(name)' refers to itself"
    }
  }
}
