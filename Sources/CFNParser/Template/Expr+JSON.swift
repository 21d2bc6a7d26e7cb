extension Expr {
  /// The value as compact CloudFormation JSON, intrinsics written in their long form
  /// (`{"Ref":"X"}`, `{"Fn::GetAtt":["R","A"]}`). Used to show source values in reports.
  public var compactText: String {
    switch kind {
    case .string(let s): return JSONValue.quoted(s)
    case .number(let n): return n
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    case .list(let items): return "[" + items.map(\.compactText).joined(separator: ",") + "]"
    case .object(let members):
      return "{"
        + members.map { JSONValue.quoted($0.key) + ":" + $0.value.compactText }.joined(
          separator: ",") + "}"
    case .ref(let name): return call("Ref", JSONValue.quoted(name))
    case .pseudo(let pseudo): return call("Ref", JSONValue.quoted(pseudo.rawValue))
    case .getAtt(let resource, let attribute):
      return call("Fn::GetAtt", list([JSONValue.quoted(resource), JSONValue.quoted(attribute)]))
    case .join(let separator, let values):
      return call("Fn::Join", list([JSONValue.quoted(separator), values.compactText]))
    case .sub(let parts, let variables):
      let text = JSONValue.quoted(parts.map(\.sourceText).joined())
      if variables.isEmpty { return call("Fn::Sub", text) }
      let object =
        "{"
        + variables.map { JSONValue.quoted($0.name) + ":" + $0.value.compactText }.joined(
          separator: ",") + "}"
      return call("Fn::Sub", list([text, object]))
    case .base64(let e): return call("Fn::Base64", e.compactText)
    case .findInMap(let m, let t, let s):
      return call("Fn::FindInMap", list([m, t, s].map(\.compactText)))
    case .getAZs(let r): return call("Fn::GetAZs", r.compactText)
    case .select(let i, let l): return call("Fn::Select", list([i.compactText, l.compactText]))
    case .split(let d, let s):
      return call("Fn::Split", list([JSONValue.quoted(d), s.compactText]))
    case .if(let c, let t, let e):
      return call("Fn::If", list([JSONValue.quoted(c), t.compactText, e.compactText]))
    case .equals(let a, let b): return call("Fn::Equals", list([a.compactText, b.compactText]))
    case .and(let items): return call("Fn::And", list(items.map(\.compactText)))
    case .or(let items): return call("Fn::Or", list(items.map(\.compactText)))
    case .not(let e): return call("Fn::Not", list([e.compactText]))
    case .condition(let name): return call("Condition", JSONValue.quoted(name))
    case .importValue(let e): return call("Fn::ImportValue", e.compactText)
    case .cidr(let a, let b, let c): return call("Fn::Cidr", list([a, b, c].map(\.compactText)))
    case .length(let e): return call("Fn::Length", e.compactText)
    case .toJsonString(let e): return call("Fn::ToJsonString", e.compactText)
    case .transform(let e): return call("Fn::Transform", e.compactText)
    }
  }

  private func call(_ name: String, _ argument: String) -> String {
    "{" + JSONValue.quoted(name) + ":" + argument + "}"
  }

  private func list(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
}

extension SubPart {
  /// The part as it is written in `Fn::Sub` text.
  public var sourceText: String {
    switch self {
    case .literal(let text): text.replacing("${", with: "${!")
    case .reference(let name): "${\(name)}"
    case .attribute(let resource, let attribute): "${\(resource).\(attribute)}"
    }
  }
}
