import CFNParser

// A bridge for the callers that still give a ledger entry's path or target as text, while they
// are converted to typed paths. It goes with its last caller.

extension LedgerEntry {
  /// Creates an entry from a path and a target given as text.
  @available(*, deprecated, message: "TEXTSITE: give the path as a TemplatePath")
  package init(
    kind: LedgerElementKind, path: String, resourceType: String? = nil,
    location: SourceLocation? = nil, target: String? = nil, status: LedgerStatus, note: String = "",
    sourceValue: String? = nil, targetValue: String? = nil
  ) {
    let targets = target.map(Self.bridgeTargets) ?? []
    self.init(
      kind: kind, path: TemplatePath.bridge(path), resourceType: resourceType,
      location: location, target: targets.first, furtherTargets: Array(targets.dropFirst()),
      status: status, note: note, sourceValue: sourceValue, targetValue: targetValue)
  }

  /// Creates an entry from a path given as text.
  @available(*, deprecated, message: "TEXTSITE: give the path as a TemplatePath")
  package init(
    kind: LedgerElementKind, path: String, resourceType: String? = nil,
    location: SourceLocation? = nil, target: TerraformPath, status: LedgerStatus,
    note: String = "", sourceValue: String? = nil, targetValue: String? = nil
  ) {
    self.init(
      kind: kind, path: TemplatePath.bridge(path), resourceType: resourceType,
      location: location, target: target, status: status, note: note, sourceValue: sourceValue,
      targetValue: targetValue)
  }

  private static func bridgeTargets(_ text: String) -> [TerraformPath] {
    text.split(separator: ", ").map { TerraformPath.bridge(String($0)) }
  }
}

extension TerraformPath {
  /// A target given as text: a resource, data source, variable, local or output and its steps
  /// where they print back the same, else the text as one argument name.
  static func bridge(_ text: String) -> TerraformPath {
    var names = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard names.count >= 2 else { return TerraformPath(.argument(text)) }
    let root: Root
    switch names[0] {
    case "var": root = .variable(names[1]); names.removeFirst(2)
    case "local": root = .local(names[1]); names.removeFirst(2)
    case "output": root = .output(names[1]); names.removeFirst(2)
    case "data" where names.count >= 3:
      root = .data(type: names[1], name: names[2]); names.removeFirst(3)
    default: root = .resource(type: names[0], name: names[1]); names.removeFirst(2)
    }
    var steps: [Step] = []
    for name in names {
      var rest = Substring(name)
      if let open = rest.firstIndex(of: "[") {
        steps.append(.attribute(String(rest[..<open])))
        rest = rest[open...]
        while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
          let inside = rest[rest.index(after: rest.startIndex)..<close]
          steps.append(inside == "*" ? .splat : Int(inside).map { .index($0) } ?? .attribute("?"))
          rest = rest[rest.index(after: close)...]
        }
      } else {
        steps.append(.attribute(String(rest)))
      }
    }
    let path = TerraformPath(root, steps)
    return path.description == text ? path : TerraformPath(.argument(text))
  }
}

extension TemplatePath {
  /// A path given as text: a resource's steps where they print back the same, else the text
  /// as one section name.
  static func bridge(_ text: String) -> TemplatePath {
    let sections: Set<String> = ["Parameters", "Mappings", "Conditions", "Outputs"]
    var pieces = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let head = pieces.removeFirst()
    var steps: [Step] = []
    for piece in pieces {
      var rest = Substring(piece)
      if let open = rest.firstIndex(of: "[") {
        steps.append(.key(String(rest[..<open])))
        rest = rest[open...]
        while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
          let inside = rest[rest.index(after: rest.startIndex)..<close]
          steps.append(Int(inside).map { .index($0) } ?? .line(String(inside)))
          rest = rest[rest.index(after: close)...]
        }
      } else {
        steps.append(.key(String(rest)))
      }
    }
    let path = TemplatePath(sections.contains(head) ? .section(head) : .resource(head), steps)
    return path.description == text ? path : .section(text)
  }
}
