import CFNParser

extension ExpressionTranslator {
  /// `Fn::Join`: a string template when the list is written out, `join()` otherwise.
  mutating func join(_ separator: String, _ values: Expr, as target: ValueType) -> HCLExpression {
    guard case .list(let items) = values.kind else {
      transformed("Fn::Join became join()")
      return .call("join", [.string(separator), translate(values, as: .list(.string))])
    }
    transformed("Fn::Join became a string template")
    var parts: [HCLTemplatePart] = []
    appendJoin(separator, items, to: &parts)
    return Self.template(parts)
  }

  private mutating func appendJoin(
    _ separator: String, _ items: [Expr], to parts: inout [HCLTemplatePart]
  ) {
    for (i, item) in items.enumerated() {
      if i > 0, !separator.isEmpty { parts.append(.literal(separator)) }
      appendTemplatePiece(item, to: &parts)
    }
  }

  /// Appends one string-valued expression to a template, flattening nested joins and subs.
  mutating func appendTemplatePiece(_ item: Expr, to parts: inout [HCLTemplatePart]) {
    switch item.kind {
    case .string(let s): parts.append(.literal(s))
    case .number(let n): parts.append(.literal(n))
    case .bool(let b): parts.append(.literal(b ? "true" : "false"))
    case .join(let separator, let values):
      if case .list(let nested) = values.kind {
        appendJoin(separator, nested, to: &parts)
      } else {
        appendInterpolation(translate(item, as: .string), to: &parts)
      }
    case .sub(let subParts, let variables):
      appendSub(subParts, variables, at: item.location, to: &parts)
    default:
      appendInterpolation(translate(item, as: .string), to: &parts)
    }
  }

  /// Appends `${value}`; a null value (a reference to a resource that is not converted, whose
  /// approximation is already noted) contributes nothing, since a template cannot hold null, and
  /// a template contributes its parts.
  private func appendInterpolation(_ value: HCLExpression, to parts: inout [HCLTemplatePart]) {
    switch value {
    case .null: return
    case .template(let inner): parts += inner
    default: parts.append(.interpolation(value))
    }
  }

  /// `Fn::Sub`: a string template.
  mutating func sub(_ parts: [SubPart], _ variables: [SubVariable], at location: SourceLocation)
    -> HCLExpression
  {
    transformed("Fn::Sub became a string template")
    var template: [HCLTemplatePart] = []
    appendSub(parts, variables, at: location, to: &template)
    return Self.template(template)
  }

  private mutating func appendSub(
    _ parts: [SubPart], _ variables: [SubVariable], at location: SourceLocation,
    to template: inout [HCLTemplatePart]
  ) {
    for part in parts {
      switch part {
      case .literal(let text): template.append(.literal(text))
      case .reference(let name):
        if let variable = variables.first(where: { $0.name == name }) {
          appendTemplatePiece(variable.value, to: &template)
        } else if let pseudo = PseudoParameter(rawValue: name) {
          template.append(.interpolation(self.pseudo(pseudo, at: location, as: .string)))
        } else {
          appendInterpolation(reference(name, at: location, as: .string), to: &template)
        }
      case .attribute(let resource, let attribute):
        appendInterpolation(getAtt(resource, attribute, at: location), to: &template)
      }
    }
  }

  /// A template from parts: merged literals; a plain string when there is no interpolation; the
  /// expression itself when it is the only part.
  static func template(_ parts: [HCLTemplatePart]) -> HCLExpression {
    var merged: [HCLTemplatePart] = []
    for part in parts {
      if case .literal(let text) = part, case .literal(let previous)? = merged.last {
        merged[merged.count - 1] = .literal(previous + text)
      } else if case .literal(let text) = part, text.isEmpty {
        continue
      } else {
        merged.append(part)
      }
    }
    if merged.isEmpty { return .string("") }
    if merged.count == 1 {
      switch merged[0] {
      case .literal(let text): return .string(text)
      case .interpolation(let expression): return expression
      case .directive: break
      }
    }
    if merged.allSatisfy({ if case .literal = $0 { true } else { false } }) {
      return .string(merged.map { if case .literal(let t) = $0 { t } else { "" } }.joined())
    }
    return .template(merged)
  }

  /// `Fn::FindInMap`: an index into the mapping's local.
  mutating func findInMap(_ map: Expr, _ top: Expr, _ second: Expr, as target: ValueType)
    -> HCLExpression
  {
    transformed("Fn::FindInMap became a lookup in locals")
    guard let name = map.stringValue else {
      approximated("Fn::FindInMap with a computed mapping name is not supported; null is used")
      warn("'Fn::FindInMap' with a computed mapping name is not supported", at: map.location)
      return .null
    }
    let local = HCLExpression.local(namer.local(forMapping: name))
    return .index(.index(local, translate(top, as: .string)), translate(second, as: .string))
  }

  /// `Fn::GetAZs`.
  mutating func availabilityZones(_ region: Expr) -> HCLExpression {
    transformed("Fn::GetAZs became data.aws_availability_zones")
    switch region.kind {
    case .string(let s) where !s.isEmpty:
      approximated("Fn::GetAZs of region '\(s)' lists the zones of the provider's region")
    case .string, .pseudo(.region): break
    default:
      approximated("Fn::GetAZs of a computed region lists the zones of the provider's region")
    }
    return .attributeAccess(use(.availabilityZones), "names")
  }

  /// `Fn::Select`.
  mutating func select(_ index: Expr, _ list: Expr, as target: ValueType) -> HCLExpression {
    if case .list(let items) = list.kind, let text = index.scalarText, let i = Int(text),
      items.indices.contains(i)
    {
      transformed("Fn::Select of a written-out list resolved at conversion")
      return translate(items[i], as: target)
    }
    transformed("Fn::Select became an index")
    let element: ValueType = target.isList ? target : .list(target)
    return .index(translate(list, as: element), translate(index, as: .number))
  }

  /// `Fn::Cidr`: `cidrsubnets()` of the block.
  mutating func cidr(_ block: Expr, _ count: Expr, _ bits: Expr) -> HCLExpression {
    transformed("Fn::Cidr became cidrsubnet()")
    let blockExpression = translate(block, as: .string)
    if let text = block.stringValue, let slash = text.split(separator: "/").last,
      let prefix = Int(slash), let countText = count.scalarText, let n = Int(countText),
      let bitsText = bits.scalarText, let b = Int(bitsText), n > 0, n <= 256
    {
      let hostBits = text.contains(":") ? 128 : 32
      let newBits = String(hostBits - b - prefix)
      return .call("cidrsubnets", [blockExpression] + Array(repeating: .number(newBits), count: n))
    }
    let prefix = HCLExpression.call(
      "tonumber", [.index(.call("split", [.string("/"), blockExpression]), .number("1"))])
    let newBits = HCLExpression.binary(
      .binary(.number("32"), "-", translate(bits, as: .number)), "-", prefix)
    return .forTuple(
      HCLForClause(valueName: "i", collection: .call("range", [translate(count, as: .number)])),
      .call("cidrsubnet", [blockExpression, newBits, .reference("i")]))
  }
}
