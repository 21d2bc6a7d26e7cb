extension TemplateDecoder {
  /// Where an expression stands: a property value (where `{"Condition": …}` is a plain object) or
  /// a condition (where it names another condition).
  enum ExprContext {
    case property
    case condition
  }

  static let functionNames = [
    "Ref", "Fn::GetAtt", "Fn::Join", "Fn::Sub", "Fn::Base64", "Fn::FindInMap", "Fn::GetAZs",
    "Fn::Select", "Fn::Split", "Fn::If", "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition",
    "Fn::ImportValue", "Fn::Cidr", "Fn::Length", "Fn::ToJsonString", "Fn::Transform",
  ]

  /// Decodes a value and every intrinsic function inside it; nil after an error.
  mutating func decodeExpr(_ value: JSONValue, context: ExprContext) -> Expr? {
    switch value.kind {
    case .null: return Expr(.null, range: value.range)
    case .bool(let b): return Expr(.bool(b), range: value.range)
    case .number(let n): return Expr(.number(n), range: value.range)
    case .string(let s): return Expr(.string(s), range: value.range)
    case .array(let items):
      var decoded: [Expr] = []
      decoded.reserveCapacity(items.count)
      var failed = false
      for item in items {
        if let e = decodeExpr(item, context: context) { decoded.append(e) } else { failed = true }
      }
      return failed ? nil : Expr(.list(decoded), range: value.range)
    case .object(let members):
      if members.count == 1, let member = members.first, isFunctionName(member.key, context) {
        return decodeFunction(member, range: value.range)
      }
      if members.count > 1, !functionBesideKeys(members, context) { return nil }
      var decoded: [ExprMember] = []
      decoded.reserveCapacity(members.count)
      var failed = false
      for member in members {
        if let e = decodeExpr(member.value, context: .property) {
          decoded.append(ExprMember(key: member.key, keyRange: member.keyRange, value: e))
        } else {
          failed = true
        }
      }
      return failed ? nil : Expr(.object(decoded), range: value.range)
    }
  }

  /// False, after an error, when a function's key stands beside other keys: CloudFormation
  /// reads an object as a function only when the function is its one key. A loop's key is
  /// expanded before this (what is left is a loop CloudFormation expands itself), and what a macro
  /// may rewrite is its own.
  private mutating func functionBesideKeys(_ members: [JSONMember], _ context: ExprContext) -> Bool
  {
    guard !transforms.contains(where: { $0.kind == .macro }),
      let function = members.first(where: { isFunctionName($0.key, context) })
    else { return true }
    if function.key.hasPrefix(LoopExpander.prefix) {
      if transforms.contains(where: { $0.kind == .languageExtensions }) { return true }
      error(
        .loopWithoutTransform(function.key), at: function.keyRange,
        notes: [.init(#"add "Transform": "AWS::LanguageExtensions" to the template"#)])
      return false
    }
    let other = members.first { $0.key != function.key }?.key ?? function.key
    error(
      .functionBesideKeys(function: function.key, other: other), at: function.keyRange,
      notes: [
        .init(
          "an intrinsic function is an object of one key: move '\(other)' out of it, or remove it")
      ])
    return false
  }

  private func isFunctionName(_ key: String, _ context: ExprContext) -> Bool {
    if key == "Ref" || key.hasPrefix("Fn::") { return true }
    return key == "Condition" && context == .condition
  }

  private mutating func arguments(
    _ member: JSONMember, count: ClosedRange<Int>, _ shape: String
  ) -> [JSONValue]? {
    guard let items = member.value.elements, count.contains(items.count) else {
      error(.functionArguments(function: member.key, expected: shape), at: member.value.range)
      return nil
    }
    return items
  }

  private mutating func literalString(_ value: JSONValue, _ function: String, _ shape: String)
    -> String?
  {
    guard let s = value.stringValue else {
      error(.functionArguments(function: function, expected: shape), at: value.range)
      return nil
    }
    return s
  }

  private mutating func decodeFunction(_ member: JSONMember, range: SourceRange) -> Expr? {
    let name = member.key
    let argument = member.value
    func make(_ kind: Expr.Kind?) -> Expr? { kind.map { Expr($0, range: range) } }
    switch name {
    case "Ref":
      guard let target = literalString(argument, name, "a logical id or parameter name as a string")
      else { return nil }
      if target.isEmpty {
        error(.emptyName("the name in 'Ref'"), at: argument.range)
        return nil
      }
      if let pseudo = PseudoParameter(rawValue: target) { return make(.pseudo(pseudo)) }
      return make(.ref(target))
    case "Fn::GetAtt":
      return make(decodeGetAtt(argument))
    case "Fn::Join":
      let shape = "a separator string and a list: [\"sep\", [values]]"
      guard let args = arguments(member, count: 2...2, shape),
        let separator = literalString(args[0], name, shape),
        let values = decodeExpr(args[1], context: .property)
      else { return nil }
      return make(.join(separator: separator, values: values))
    case "Fn::Sub":
      return make(decodeSub(member))
    case "Fn::Base64":
      return make(singleArgument(member, "a string", accepting: [.string]).map { .base64($0) })
    case "Fn::FindInMap":
      let shape = "three arguments: [MapName, TopLevelKey, SecondLevelKey]"
      guard let args = arguments(member, count: 3...3, shape) else { return nil }
      let decoded = args.compactMap { decodeExpr($0, context: .property) }
      guard decoded.count == 3 else { return nil }
      return make(.findInMap(map: decoded[0], topKey: decoded[1], secondKey: decoded[2]))
    case "Fn::GetAZs":
      // CloudFormation reads `null`, `""` and `{"Ref": "AWS::Region"}` alike: the stack's region,
      // decoded as `""`, the spelling its documentation gives.
      let stackRegion = Expr(.string(""), range: argument.range)
      if case .null = argument.kind { return make(.getAZs(region: stackRegion)) }
      if argument.members?.count == 1, argument["Ref"]?.stringValue == "AWS::Region" {
        return make(.getAZs(region: stackRegion))
      }
      return make(
        singleArgument(member, "a region name as a string", accepting: [.string]).map {
          .getAZs(region: $0)
        })
    case "Fn::Select":
      let shape = "an index and a list: [index, [values]]"
      guard let args = arguments(member, count: 2...2, shape),
        let index = decodeExpr(args[0], context: .property),
        let list = decodeExpr(args[1], context: .property)
      else { return nil }
      return make(.select(index: index, list: list))
    case "Fn::Split":
      let shape = "a delimiter string and a source string: [\"delim\", source]"
      guard let args = arguments(member, count: 2...2, shape),
        let delimiter = literalString(args[0], name, shape),
        let source = decodeExpr(args[1], context: .property)
      else { return nil }
      return make(.split(delimiter: delimiter, source: source))
    case "Fn::If":
      let shape = "a condition name and two values: [Condition, ifTrue, ifFalse]"
      guard let args = arguments(member, count: 3...3, shape),
        let condition = literalString(args[0], name, shape),
        let then = decodeExpr(args[1], context: .property),
        let otherwise = decodeExpr(args[2], context: .property)
      else { return nil }
      return make(.if(condition: condition, then: then, else: otherwise))
    case "Fn::Equals":
      let shape = "two values: [a, b]"
      guard let args = arguments(member, count: 2...2, shape),
        let a = decodeExpr(args[0], context: .property),
        let b = decodeExpr(args[1], context: .property)
      else { return nil }
      return make(.equals(a, b))
    case "Fn::And", "Fn::Or":
      let shape = "a list of 2 to 10 conditions"
      guard let args = arguments(member, count: 2...10, shape) else { return nil }
      let decoded = args.compactMap { decodeExpr($0, context: .condition) }
      guard decoded.count == args.count else { return nil }
      return make(name == "Fn::And" ? .and(decoded) : .or(decoded))
    case "Fn::Not":
      guard let args = arguments(member, count: 1...1, "a list of one condition"),
        let inner = decodeExpr(args[0], context: .condition)
      else { return nil }
      return make(.not(inner))
    case "Condition":
      guard let condition = literalString(argument, name, "a condition name as a string") else {
        return nil
      }
      return make(.condition(condition))
    case "Fn::ImportValue":
      return make(
        singleArgument(member, "an export name as a string", accepting: [.string]).map {
          .importValue($0)
        })
    case "Fn::Cidr":
      let shape = "three arguments: [ipBlock, count, cidrBits]"
      guard let args = arguments(member, count: 3...3, shape) else { return nil }
      let decoded = args.compactMap { decodeExpr($0, context: .property) }
      guard decoded.count == 3 else { return nil }
      return make(.cidr(ipBlock: decoded[0], count: decoded[1], cidrBits: decoded[2]))
    case "Fn::Length":
      return make(singleArgument(member, "a list", accepting: [.list]).map { .length($0) })
    case "Fn::ToJsonString":
      return make(
        singleArgument(member, "an object or a list", accepting: [.object, .list]).map {
          .toJsonString($0)
        })
    case "Fn::Transform":
      let shape =
        "an object with the macro's 'Name' and, optionally, its 'Parameters', or a list of them"
      let calls = argument.elements ?? [argument]
      macroCallDepth += 1
      defer { macroCallDepth -= 1 }
      guard !calls.isEmpty, calls.allSatisfy({ $0["Name"]?.stringValue != nil }),
        let decoded = decodeExpr(argument, context: .property)
      else {
        error(.functionArguments(function: name, expected: shape), at: argument.range)
        return nil
      }
      sawTransformCall = true
      return make(.transform(decoded))
    default:
      let suggestion = Spelling.closest(to: name, in: Self.functionNames)
      error(
        .unknownFunction(name), at: member.keyRange,
        notes: suggestion.map { [.init("did you mean '\($0)'?")] } ?? [])
      return nil
    }
  }

  /// The written kinds a single argument can have; any function is accepted too.
  enum LiteralKind {
    case string
    case list
    case object
  }

  /// The argument of a one-argument function: a function call, or a literal of one of the
  /// `accepting` kinds (CloudFormation rejects `{"Fn::Base64": ["a"]}`).
  private mutating func singleArgument(
    _ member: JSONMember, _ shape: String, accepting: [LiteralKind]
  ) -> Expr? {
    guard let argument = decodeExpr(member.value, context: .property) else { return nil }
    let kind: LiteralKind?
    switch argument.kind {
    case .string: kind = .string
    case .list: kind = .list
    case .object: kind = .object
    case .number, .bool, .null: kind = nil
    default: return argument
    }
    guard let kind, accepting.contains(kind) else {
      error(.functionArguments(function: member.key, expected: shape), at: member.value.range)
      return nil
    }
    return argument
  }

  private mutating func decodeGetAtt(_ argument: JSONValue) -> Expr.Kind? {
    let shape = "[\"LogicalId\", \"Attribute\"] or \"LogicalId.Attribute\""
    if let text = argument.stringValue {
      guard let dot = text.firstIndex(of: "."), dot != text.startIndex,
        text.index(after: dot) != text.endIndex
      else {
        error(.functionArguments(function: "Fn::GetAtt", expected: shape), at: argument.range)
        return nil
      }
      let resource = String(text[..<dot])
      let attribute = String(text[text.index(after: dot)...])
      recordAttributeRead(
        resource, attribute, at: argument.location(ofByte: resource.utf8.count + 1))
      return .getAtt(resource: resource, attribute: attribute)
    }
    guard let items = argument.elements, items.count == 2,
      let resource = items[0].stringValue, !resource.isEmpty
    else {
      error(.functionArguments(function: "Fn::GetAtt", expected: shape), at: argument.range)
      return nil
    }
    guard let attribute = items[1].stringValue, !attribute.isEmpty else {
      error(
        .functionArguments(function: "Fn::GetAtt", expected: "a literal attribute name"),
        at: items[1].range)
      return nil
    }
    recordAttributeRead(resource, attribute, at: items[1].location)
    return .getAtt(resource: resource, attribute: attribute)
  }
}
