/// What stops `RetainTemplate` from editing a template that reads without errors.
package enum RetainError: Error, Hashable, Sendable, CustomStringConvertible {
  /// `Resources` is written twice with the same content; only the first would be edited.
  case repeatedResources
  /// A resource is written twice with the same content; only the first would be edited.
  case repeatedResource(String)
  /// A resource's `DeletionPolicy` or `UpdateReplacePolicy` is written twice; only the first
  /// would be edited.
  case repeatedPolicy(String, resource: String)
  /// The edited text did not read back as the original with both policies `Retain` everywhere: a
  /// fault of the edit, never of the template.
  case editNotVerified

  /// The diagnostic's message.
  package var description: String {
    switch self {
    case .repeatedResources:
      "'Resources' is written twice; remove the repetition, since only the first would be retained"
    case .repeatedResource(let id):
      "resource '\(id)' is written twice; remove the repetition, since only the first would be "
        + "retained"
    case .repeatedPolicy(let attribute, let id):
      "'\(attribute)' of resource '\(id)' is written twice; remove the repetition, since only the "
        + "first would be set to 'Retain'"
    case .editNotVerified:
      "internal error: the edited template does not read back as the original with every policy "
        + "'Retain'; nothing was written"
    }
  }
}
