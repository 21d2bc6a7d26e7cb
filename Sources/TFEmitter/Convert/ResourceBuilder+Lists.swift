import CFNParser

extension ResourceBuilder {
  /// One object of a written-out list property.
  package struct ListObject {
    /// Its index in the list.
    package var index: Int
    /// The length of the list, objects or not.
    package var count: Int
    /// Its members.
    package var fields: [ExprMember]
    /// `Property[index]`, the element as a member at its path, for ledger entries and messages.
    package var element: RuleMember
  }

  /// The objects of a list property written out in the template. A computed list is reported
  /// unsupported for `computed` (and gives nil); an element that is not an object, for
  /// `notAnObject` (and is left out).
  package mutating func objects(
    of member: RuleMember, computed: String, notAnObject: String
  ) -> [ListObject]? {
    guard case .list(let items) = member.value.kind else {
      unsupported(member, reason: computed)
      return nil
    }
    var objects: [ListObject] = []
    for (index, item) in items.enumerated() {
      let element = member.element(index, item)
      guard case .object(let fields) = item.kind else {
        unsupported(element, reason: notAnObject)
        continue
      }
      objects.append(
        ListObject(index: index, count: items.count, fields: fields, element: element))
    }
    return objects
  }
}
