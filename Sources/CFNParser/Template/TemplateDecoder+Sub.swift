extension TemplateDecoder {
  mutating func decodeSub(_ member: JSONMember) -> Expr.Kind? {
    let shape = "a string, or a string and an object of variables: [\"text\", {Name: value}]"
    let text: JSONValue
    var variables: [SubVariable] = []
    if member.value.stringValue != nil {
      text = member.value
    } else if let items = member.value.elements, items.count == 2, items[0].stringValue != nil,
      let members = items[1].members
    {
      text = items[0]
      for variable in members {
        guard let value = decodeExpr(variable.value, context: .property) else { return nil }
        variables.append(SubVariable(name: variable.key, value: value))
      }
    } else {
      error(.functionArguments(function: "Fn::Sub", expected: shape), at: member.value.range)
      return nil
    }
    guard let parts = parseSub(text.stringValue!, variables: variables.map(\.name), at: text.range)
    else { return nil }
    return .sub(parts: parts, variables: variables)
  }

  /// Splits `Fn::Sub` text into literal text and `${…}` references. `${!Name}` is the literal
  /// `${Name}`.
  mutating func parseSub(_ text: String, variables: [String], at range: SourceRange) -> [SubPart]? {
    var parts: [SubPart] = []
    var literal = ""
    for piece in Interpolation.scan(text, as: .cloudFormationSub) {
      let inside: Substring
      switch piece {
      case .text(let run):
        literal += run
        continue
      case .escaped(let written, _):
        literal += "${" + written + "}"
        continue
      case .unclosed(_, let start):
        // Named by its place: the text is never quoted, since user data holds secrets.
        let before = text.unicodeScalars[..<start]
        let lineStart = before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex
        error(
          .unclosedSubstitution(
            line: before.count(where: { $0 == "\n" }) + 1,
            column: text[lineStart..<start].count + 1),
          at: range, notes: [.init("close it with '}', or write '${!' for a literal '${'")])
        return nil
      case .placeholder(let reference, _):
        inside = reference
      }
      let name = inside.trimmingSpaces()
      if name.isEmpty {
        error(.invalidSubstitution("${" + inside + "}"), at: range)
        return nil
      }
      if !literal.isEmpty {
        parts.append(.literal(literal))
        literal = ""
      }
      if variables.contains(name) || !name.contains(".") {
        parts.append(.reference(name))
      } else {
        let dot = name.firstIndex(of: ".")!
        let resource = String(name[..<dot])
        let attribute = String(name[name.index(after: dot)...])
        // The attribute's first byte: after `${`, the spaces before the name, the name and '.'.
        let leadingSpaces = inside.prefix { $0 == " " }.utf8.count
        let offset =
          text.utf8.distance(from: text.startIndex, to: inside.startIndex) + leadingSpaces
          + resource.utf8.count + 1
        recordAttributeRead(resource, attribute, at: range.location(ofByte: offset, in: text))
        parts.append(.attribute(resource: resource, attribute: attribute))
      }
    }
    if !literal.isEmpty { parts.append(.literal(literal)) }
    return parts
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String {
    var s = self
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
