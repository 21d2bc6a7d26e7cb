import CFNParser

extension ExpressionTranslator {
  /// `Fn::Join`: a string template when the list is written out, `join()` otherwise.
  mutating func join(_ separator: String, _ values: Expr, as target: ValueType) -> HCLExpression {
    guard case .list(let items) = values.kind else {
      transformed("Fn::Join became join()")
      return .call("join", [.string(separator), translate(values, as: .list(.string))])
    }
    transformed("Fn::Join became a string template")
    var segments: [TextSegment] = []
    appendJoin(separator, items, at: values.location, to: &segments)
    return Self.template(segments.map(\.part))
  }

  private mutating func appendJoin(
    _ separator: String, _ items: [Expr], at location: SourceLocation,
    to segments: inout [TextSegment]
  ) {
    for (i, item) in items.enumerated() {
      if i > 0, !separator.isEmpty {
        segments.append(TextSegment(.literal(separator), at: location))
      }
      appendTemplateSegments(item, to: &segments)
    }
  }

  /// Appends one string-valued expression to a template, flattening nested joins and subs.
  mutating func appendTemplatePiece(_ item: Expr, to parts: inout [HCLTemplatePart]) {
    var segments: [TextSegment] = []
    appendTemplateSegments(item, to: &segments)
    parts += segments.map(\.part)
  }

  /// Appends one string-valued expression as CloudFormation evaluates it: nested joins and subs
  /// flattened into the text each writes, with where it is written, and computed values.
  mutating func appendTemplateSegments(_ item: Expr, to segments: inout [TextSegment]) {
    switch item.kind {
    case .string(let s): segments.append(TextSegment(.literal(s), at: item.location))
    case .number(let n): segments.append(TextSegment(.literal(n), at: item.location))
    case .bool(let b):
      segments.append(TextSegment(.literal(b ? "true" : "false"), at: item.location))
    case .join(let separator, let values):
      if case .list(let nested) = values.kind {
        appendJoin(separator, nested, at: values.location, to: &segments)
      } else {
        appendInterpolation(translate(item, as: .string), at: item.location, to: &segments)
      }
    case .sub(let subParts, let variables):
      appendSub(subParts, variables, at: item.location, to: &segments)
    default:
      appendInterpolation(translate(item, as: .string), at: item.location, to: &segments)
    }
  }

  /// Appends `${value}`; a null value (a reference to a resource that is not converted, whose
  /// approximation is already noted) contributes nothing, since a template cannot hold null, and
  /// a template contributes its parts.
  private func appendInterpolation(
    _ value: HCLExpression, at location: SourceLocation, to segments: inout [TextSegment]
  ) {
    switch value {
    case .null: return
    case .template(let inner): segments += inner.map { TextSegment($0, at: location) }
    default: segments.append(TextSegment(.interpolation(value), at: location))
    }
  }

  /// `Fn::Sub`: a string template.
  mutating func sub(_ parts: [SubPart], _ variables: [SubVariable], at location: SourceLocation)
    -> HCLExpression
  {
    transformed("Fn::Sub became a string template")
    var segments: [TextSegment] = []
    appendSub(parts, variables, at: location, to: &segments)
    return Self.template(segments.map(\.part))
  }

  private mutating func appendSub(
    _ parts: [SubPart], _ variables: [SubVariable], at location: SourceLocation,
    to segments: inout [TextSegment]
  ) {
    for part in parts {
      switch part {
      case .literal(let text): segments.append(TextSegment(.literal(text), at: location))
      case .reference(let name):
        if let variable = variables.first(where: { $0.name == name }) {
          appendTemplateSegments(variable.value, to: &segments)
        } else if let pseudo = PseudoParameter(rawValue: name) {
          segments.append(
            TextSegment(
              .interpolation(self.pseudo(pseudo, at: location, as: .string)), at: location))
        } else {
          appendInterpolation(
            reference(name, at: location, as: .string), at: location, to: &segments)
        }
      case .attribute(let resource, let attribute):
        appendInterpolation(
          getAtt(resource, attribute, at: location), at: location, to: &segments)
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
    if let key = second.stringValue,
      secretMappingKeys.contains(SecretMappingKey(mapping: name, key: key))
    {
      transformed("the mapping's secrets under '\(key)' are read from a sensitive variable")
      return .index(
        mappingSecretVariable(SecretMappingKey(mapping: name, key: key)),
        translate(top, as: .string))
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
