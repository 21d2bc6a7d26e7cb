extension Expr {
  /// The value as compact CloudFormation JSON, intrinsics written in their long form
  /// (`{"Ref":"X"}`, `{"Fn::GetAtt":["R","A"]}`). Used to show source values in reports.
  package var compactText: String {
    var out = ""
    writeCompact(into: &out)
    return out
  }

  /// Appends `compactText` to `out`: one buffer for the whole value, whatever its depth.
  package func writeCompact(into out: inout String) {
    switch kind {
    case .string(let s): JSONValue.quote(s, into: &out)
    case .number(let n): out += n
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .list(let items): Self.writeList(items, into: &out)
    case .object(let members):
      out += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { out += "," }
        JSONValue.quote(member.key, into: &out)
        out += ":"
        member.value.writeCompact(into: &out)
      }
      out += "}"
    case .ref(let name): Self.call("Ref", into: &out) { JSONValue.quote(name, into: &$0) }
    case .pseudo(let pseudo):
      Self.call("Ref", into: &out) { JSONValue.quote(pseudo.rawValue, into: &$0) }
    case .getAtt(let resource, let attribute):
      Self.call("Fn::GetAtt", into: &out) {
        $0 += "["
        JSONValue.quote(resource, into: &$0)
        $0 += ","
        JSONValue.quote(attribute, into: &$0)
        $0 += "]"
      }
    case .join(let separator, let values):
      Self.call("Fn::Join", into: &out) {
        $0 += "["
        JSONValue.quote(separator, into: &$0)
        $0 += ","
        values.writeCompact(into: &$0)
        $0 += "]"
      }
    case .sub(let parts, let variables):
      Self.call("Fn::Sub", into: &out) { out in
        if !variables.isEmpty { out += "[" }
        JSONValue.quote(parts.map(\.sourceText).joined(), into: &out)
        guard !variables.isEmpty else { return }
        out += ",{"
        for (index, variable) in variables.enumerated() {
          if index > 0 { out += "," }
          JSONValue.quote(variable.name, into: &out)
          out += ":"
          variable.value.writeCompact(into: &out)
        }
        out += "}]"
      }
    case .base64(let e): Self.call("Fn::Base64", e, into: &out)
    case .findInMap(let m, let t, let s): Self.call("Fn::FindInMap", list: [m, t, s], into: &out)
    case .getAZs(let r): Self.call("Fn::GetAZs", r, into: &out)
    case .select(let i, let l): Self.call("Fn::Select", list: [i, l], into: &out)
    case .split(let d, let s):
      Self.call("Fn::Split", into: &out) {
        $0 += "["
        JSONValue.quote(d, into: &$0)
        $0 += ","
        s.writeCompact(into: &$0)
        $0 += "]"
      }
    case .if(let c, let t, let e):
      Self.call("Fn::If", into: &out) {
        $0 += "["
        JSONValue.quote(c, into: &$0)
        $0 += ","
        t.writeCompact(into: &$0)
        $0 += ","
        e.writeCompact(into: &$0)
        $0 += "]"
      }
    case .equals(let a, let b): Self.call("Fn::Equals", list: [a, b], into: &out)
    case .and(let items): Self.call("Fn::And", list: items, into: &out)
    case .or(let items): Self.call("Fn::Or", list: items, into: &out)
    case .not(let e): Self.call("Fn::Not", list: [e], into: &out)
    case .condition(let name):
      Self.call("Condition", into: &out) { JSONValue.quote(name, into: &$0) }
    case .importValue(let e): Self.call("Fn::ImportValue", e, into: &out)
    case .cidr(let a, let b, let c): Self.call("Fn::Cidr", list: [a, b, c], into: &out)
    case .length(let e): Self.call("Fn::Length", e, into: &out)
    case .toJsonString(let e): Self.call("Fn::ToJsonString", e, into: &out)
    case .transform(let e): Self.call("Fn::Transform", e, into: &out)
    }
  }

  /// `{"<name>":<argument>}`, the argument written by `body`.
  private static func call(_ name: String, into out: inout String, _ body: (inout String) -> Void) {
    out += "{\""
    out += name
    out += "\":"
    body(&out)
    out += "}"
  }

  private static func call(_ name: String, _ argument: Expr, into out: inout String) {
    call(name, into: &out) { argument.writeCompact(into: &$0) }
  }

  private static func call(_ name: String, list items: [Expr], into out: inout String) {
    call(name, into: &out) { writeList(items, into: &$0) }
  }

  private static func writeList(_ items: [Expr], into out: inout String) {
    out += "["
    for (index, item) in items.enumerated() {
      if index > 0 { out += "," }
      item.writeCompact(into: &out)
    }
    out += "]"
  }
}

extension SubPart {
  /// The part as it is written in `Fn::Sub` text.
  package var sourceText: String {
    switch self {
    case .literal(let text): text.replacing("${", with: "${!")
    case .reference(let name): "${\(name)}"
    case .attribute(let resource, let attribute): "${\(resource).\(attribute)}"
    }
  }
}
