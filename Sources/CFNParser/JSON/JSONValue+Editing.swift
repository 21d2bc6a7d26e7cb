extension JSONValue {
  /// The member named `key`, when this is an object that has one.
  package func member(_ key: String) -> JSONMember? {
    members?.first { $0.key == key }
  }

  /// The value with the member named `key` replaced by what `change` makes of its value; the
  /// value unchanged when it has no such member.
  package func replacingMember(_ key: String, _ change: (JSONValue) -> JSONValue) -> JSONValue {
    guard let members else { return self }
    return JSONValue(
      .object(
        members.map { member in
          guard member.key == key else { return member }
          return JSONMember(key: key, keyRange: member.keyRange, value: change(member.value))
        }),
      range: range)
  }

  /// The value with every member replaced by what `change` makes of it, when this is an object.
  package func mappingMembers(_ change: (JSONMember) -> JSONMember) -> JSONValue {
    guard let members else { return self }
    return JSONValue(.object(members.map(change)), range: range)
  }

  /// The value without the members named `key`, when this is an object.
  package func removingMember(_ key: String) -> JSONValue {
    guard let members else { return self }
    return JSONValue(.object(members.filter { $0.key != key }), range: range)
  }
}
