extension Expr {
  /// The value as compact CloudFormation JSON, intrinsics written in their long form
  /// (`{"Ref":"X"}`, `{"Fn::GetAtt":["R","A"]}`). Used to show source values in reports.
  package var compactText: String {
    var out: [UInt8] = []
    out.reserveCapacity(64)
    writeCompact(into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `compactText` to `out` as UTF-8: one buffer for the whole value, whatever its depth.
  package func writeCompact(into out: inout [UInt8]) {
    switch kind {
    case .string(let s): JSONValue.quote(s, into: &out)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .bool(let b): out.append(literal: b ? "true" : "false")
    case .null: out.append(literal: "null")
    case .list(let items): Self.writeList(items, into: &out)
    case .object(let members):
      out.append(literal: "{")
      for (index, member) in members.enumerated() {
        if index > 0 { out.append(literal: ",") }
        JSONValue.quote(member.key, into: &out)
        out.append(literal: ":")
        member.value.writeCompact(into: &out)
      }
      out.append(literal: "}")
    case .ref(let name): Self.call("Ref", into: &out) { JSONValue.quote(name, into: &$0) }
    case .pseudo(let pseudo):
      Self.call("Ref", into: &out) { JSONValue.quote(pseudo.rawValue, into: &$0) }
    case .getAtt(let resource, let attribute):
      Self.call("Fn::GetAtt", into: &out) {
        $0.append(literal: "[")
        JSONValue.quote(resource, into: &$0)
        $0.append(literal: ",")
        JSONValue.quote(attribute, into: &$0)
        $0.append(literal: "]")
      }
    case .join(let separator, let values):
      Self.call("Fn::Join", into: &out) {
        $0.append(literal: "[")
        JSONValue.quote(separator, into: &$0)
        $0.append(literal: ",")
        values.writeCompact(into: &$0)
        $0.append(literal: "]")
      }
    case .sub(let parts, let variables):
      Self.call("Fn::Sub", into: &out) { out in
        if !variables.isEmpty { out.append(literal: "[") }
        var text: [UInt8] = []
        for part in parts { part.writeSource(into: &text) }
        text.withUnsafeBufferPointer { JSONValue.quote(utf8: $0, into: &out) }
        guard !variables.isEmpty else { return }
        out.append(literal: ",{")
        for (index, variable) in variables.enumerated() {
          if index > 0 { out.append(literal: ",") }
          JSONValue.quote(variable.name, into: &out)
          out.append(literal: ":")
          variable.value.writeCompact(into: &out)
        }
        out.append(literal: "}]")
      }
    case .base64(let e): Self.call("Fn::Base64", e, into: &out)
    case .findInMap(let m, let t, let s): Self.call("Fn::FindInMap", list: [m, t, s], into: &out)
    case .getAZs(let r): Self.call("Fn::GetAZs", r, into: &out)
    case .select(let i, let l): Self.call("Fn::Select", list: [i, l], into: &out)
    case .split(let d, let s):
      Self.call("Fn::Split", into: &out) {
        $0.append(literal: "[")
        JSONValue.quote(d, into: &$0)
        $0.append(literal: ",")
        s.writeCompact(into: &$0)
        $0.append(literal: "]")
      }
    case .if(let c, let t, let e):
      Self.call("Fn::If", into: &out) {
        $0.append(literal: "[")
        JSONValue.quote(c, into: &$0)
        $0.append(literal: ",")
        t.writeCompact(into: &$0)
        $0.append(literal: ",")
        e.writeCompact(into: &$0)
        $0.append(literal: "]")
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
  private static func call(
    _ name: StaticString, into out: inout [UInt8], _ body: (inout [UInt8]) -> Void
  ) {
    out.append(literal: "{\"")
    out.append(literal: name)
    out.append(literal: "\":")
    body(&out)
    out.append(literal: "}")
  }

  private static func call(_ name: StaticString, _ argument: Expr, into out: inout [UInt8]) {
    call(name, into: &out) { argument.writeCompact(into: &$0) }
  }

  private static func call(_ name: StaticString, list items: [Expr], into out: inout [UInt8]) {
    call(name, into: &out) { writeList(items, into: &$0) }
  }

  private static func writeList(_ items: [Expr], into out: inout [UInt8]) {
    out.append(literal: "[")
    for (index, item) in items.enumerated() {
      if index > 0 { out.append(literal: ",") }
      item.writeCompact(into: &out)
    }
    out.append(literal: "]")
  }
}

extension SubPart {
  /// The part as it is written in `Fn::Sub` text.
  package var sourceText: String {
    var bytes: [UInt8] = []
    writeSource(into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `sourceText` to `bytes`, as UTF-8.
  func writeSource(into bytes: inout [UInt8]) {
    switch self {
    case .literal(let text):
      // `${` is written back as `${!`. Text without those two bytes has nothing to replace;
      // other text is replaced as before, character by character.
      var text = text
      let hasOpening = text.withUTF8 { utf8 in
        utf8.indices.dropLast().contains { utf8[$0] == 0x24 && utf8[$0 + 1] == 0x7B }
      }
      bytes.append(contentsOf: (hasOpening ? text.replacing("${", with: "${!") : text).utf8)
    case .reference(let name):
      bytes.append(literal: "${")
      bytes.append(contentsOf: name.utf8)
      bytes.append(UInt8(ascii: "}"))
    case .attribute(let resource, let attribute):
      bytes.append(literal: "${")
      bytes.append(contentsOf: resource.utf8)
      bytes.append(UInt8(ascii: "."))
      bytes.append(contentsOf: attribute.utf8)
      bytes.append(UInt8(ascii: "}"))
    }
  }
}
