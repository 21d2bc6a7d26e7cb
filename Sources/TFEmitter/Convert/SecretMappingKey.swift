import CFNParser

/// A second-level key of a mapping whose values are secrets (`Mappings.Credentials.*.Password`):
/// `locals.tf` leaves them out, and `Fn::FindInMap` reads them from a sensitive variable.
package struct SecretMappingKey: Hashable, Sendable, Comparable {
  /// The mapping's name.
  package var mapping: String
  /// The second-level key.
  package var key: String

  /// Creates a key.
  package init(mapping: String, key: String) {
    self.mapping = mapping
    self.key = key
  }

  /// By mapping, then key.
  package static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.mapping, lhs.key) < (rhs.mapping, rhs.key)
  }

  /// The keys of `template` known before anything is converted: keys named like a secret
  /// (`Password`), keys holding an AWS access key id, and the keys `Fn::FindInMap` reads in a
  /// property named like a secret (`MasterUserPassword`, `AuthToken`, `PreSharedKey`).
  package static func keys(in template: Template) -> Set<SecretMappingKey> {
    var keys: Set<SecretMappingKey> = []
    for mapping in template.mappings {
      for entry in mapping.entries {
        for value in entry.values {
          let text = value.value.stringValue ?? ""
          if SecretScanner.isSecretName(value.key)
            || !SecretScanner.accessKeyIds(in: Array(text.utf8)).isEmpty
          {
            keys.insert(SecretMappingKey(mapping: mapping.name, key: value.key))
          }
        }
      }
    }
    for resource in template.resources {
      for property in resource.properties {
        collect(property.value, secret: isSecretProperty(property.key), into: &keys)
      }
    }
    return keys
  }

  /// True for a property name that says it holds a secret.
  static func isSecretProperty(_ name: String) -> Bool {
    SecretScanner.isSecretName(name) || name.hasSuffix("SharedKey")
  }

  private static func collect(_ expr: Expr, secret: Bool, into keys: inout Set<SecretMappingKey>) {
    switch expr.kind {
    case .object(let members):
      for member in members {
        collect(member.value, secret: secret || isSecretProperty(member.key), into: &keys)
      }
    case .findInMap(let map, _, let second):
      if secret, let name = map.stringValue, let key = second.stringValue {
        keys.insert(SecretMappingKey(mapping: name, key: key))
      }
      for child in expr.children { collect(child, secret: secret, into: &keys) }
    default:
      for child in expr.children { collect(child, secret: secret, into: &keys) }
    }
  }
}
