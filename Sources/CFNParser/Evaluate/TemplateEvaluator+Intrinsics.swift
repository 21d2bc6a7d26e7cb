extension TemplateEvaluator {
  /// Evaluates an expression.
  package func evaluate(_ expr: Expr) -> Value {
    switch expr.kind {
    case .string(let s): return .string(s)
    case .number(let n): return .number(n)
    case .bool(let b): return .bool(b)
    case .null: return .null
    case .list(let items):
      return .list(items.map(evaluate).filter { $0 != .noValue })
    case .object(let members):
      return .object(members.map { ($0.key, evaluate($0.value)) }.filter { $0.1 != .noValue })
    case .ref(let name):
      if let parameter = template.parameter(name) { return parameterValue(parameter) }
      return physicalIds[name].map(Value.string) ?? .unknown("Ref \(name)")
    case .pseudo(.noValue): return .noValue
    case .pseudo(let p):
      if let value = pseudo[p] { return .string(value) }
      switch p {
      case .partition: return .string("aws")
      case .urlSuffix: return .string("amazonaws.com")
      case .notificationARNs: return .list([])
      default: return .unknown(p.rawValue)
      }
    case .getAtt(let resource, let attribute): return .unknown("GetAtt \(resource).\(attribute)")
    case .join(let separator, let values):
      guard case .list(let items) = evaluate(values) else {
        return .unknown("Fn::Join of an unknown list")
      }
      var texts: [String] = []
      for item in items {
        guard let text = item.text else { return .unknown("Fn::Join of an unknown value") }
        texts.append(text)
      }
      return .string(texts.joined(separator: separator))
    case .sub(let parts, let variables): return sub(parts, variables, expr)
    case .base64(let inner):
      guard let text = evaluate(inner).text else {
        return .unknown("Fn::Base64 of an unknown value")
      }
      return .string(Base64.encode(Array(text.utf8)))
    case .findInMap(let map, let top, let second):
      guard let name = evaluate(map).text, let mapping = template.mapping(name),
        let topKey = evaluate(top).text, let secondKey = evaluate(second).text,
        let entry = mapping.entries.first(where: { $0.key == topKey }),
        let value = entry.values.first(where: { $0.key == secondKey })?.value
      else { return .unknown("Fn::FindInMap with unknown keys") }
      return Self.literal(value)
    case .getAZs: return .unknown("Fn::GetAZs")
    case .select(let index, let list):
      guard let text = evaluate(index).text, let i = Int(text),
        case .list(let items) = evaluate(list),
        items.indices.contains(i)
      else { return .unknown("Fn::Select of unknown values") }
      return items[i]
    case .split(let delimiter, let source):
      guard let text = evaluate(source).text else {
        return .unknown("Fn::Split of an unknown value")
      }
      return .list(
        text.split(separator: delimiter, omittingEmptySubsequences: false).map {
          .string(String($0))
        })
    case .if(let name, let then, let otherwise):
      guard let holds = condition(name) else { return .unknown("condition \(name)") }
      return evaluate(holds ? then : otherwise)
    case .equals(let a, let b):
      let (x, y) = (evaluate(a), evaluate(b))
      guard let l = x.text, let r = y.text else {
        return x.containsUnknown || y.containsUnknown ? .unknown("Fn::Equals") : .bool(x == y)
      }
      return .bool(l == r)
    case .and(let items): return logic(items, all: true)
    case .or(let items): return logic(items, all: false)
    case .not(let inner):
      guard case .bool(let b) = evaluate(inner) else { return .unknown("Fn::Not") }
      return .bool(!b)
    case .condition(let name):
      return condition(name).map { .bool($0) } ?? .unknown("condition \(name)")
    case .importValue: return .unknown("Fn::ImportValue")
    case .transform: return .unknown("Fn::Transform")
    case .cidr: return .unknown("Fn::Cidr")
    case .length(let list):
      guard case .list(let items) = evaluate(list) else { return .unknown("Fn::Length") }
      return .number(String(items.count))
    case .toJsonString(let value):
      let v = evaluate(value)
      return v.containsUnknown ? .unknown("Fn::ToJsonString") : .string(v.description)
    }
  }

  private func logic(_ items: [Expr], all: Bool) -> Value {
    var unknown = false
    for item in items {
      guard case .bool(let b) = evaluate(item) else {
        unknown = true
        continue
      }
      if all && !b { return .bool(false) }
      if !all && b { return .bool(true) }
    }
    return unknown ? .unknown(all ? "Fn::And" : "Fn::Or") : .bool(all)
  }

  private func sub(_ parts: [SubPart], _ variables: [SubVariable], _ expr: Expr) -> Value {
    var text = ""
    for part in parts {
      switch part {
      case .literal(let literal): text += literal
      case .reference(let name):
        let value: Value
        if let variable = variables.first(where: { $0.name == name }) {
          value = evaluate(variable.value)
        } else if let p = PseudoParameter(rawValue: name) {
          value = evaluate(Expr(.pseudo(p), range: expr.range))
        } else {
          value = evaluate(Expr(.ref(name), range: expr.range))
        }
        guard let piece = value.text else { return .unknown("Fn::Sub of ${\(name)}") }
        text += piece
      case .attribute(let resource, let attribute):
        return .unknown("Fn::Sub of ${\(resource).\(attribute)}")
      }
    }
    return .string(text)
  }

  /// A literal JSON value (a mapping's).
  static func literal(_ json: JSONValue) -> Value {
    switch json.kind {
    case .null: .null
    case .bool(let b): .bool(b)
    case .number(let n): .number(n)
    case .string(let s): .string(s)
    case .array(let items): .list(items.map(literal))
    case .object(let members): .object(members.map { ($0.key, literal($0.value)) })
    }
  }
}

/// Base64 encoding (RFC 4648, with padding), for `Fn::Base64`.
enum Base64 {
  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

  static func encode(_ bytes: [UInt8]) -> String {
    var out = ""
    var i = 0
    while i + 2 < bytes.count {
      let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
      for shift in [18, 12, 6, 0] { out.append(alphabet[Int((n >> UInt32(shift)) & 63)]) }
      i += 3
    }
    let rest = bytes.count - i
    if rest > 0 {
      var n = UInt32(bytes[i]) << 16
      if rest == 2 { n |= UInt32(bytes[i + 1]) << 8 }
      out.append(alphabet[Int((n >> 18) & 63)])
      out.append(alphabet[Int((n >> 12) & 63)])
      out.append(rest == 2 ? alphabet[Int((n >> 6) & 63)] : "=")
      out.append("=")
    }
    return out
  }
}
