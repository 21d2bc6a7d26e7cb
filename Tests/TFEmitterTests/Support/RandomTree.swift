import TFEmitter

/// Deterministic pseudo-random HCL trees for the printer's oracle tests: every construct, nested
/// at random, with the strings that need escaping. The same seed gives the same tree everywhere.
struct RandomTree {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// A number in `0..<bound` (a 64-bit linear congruential generator).
  private mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  private mutating func pick<T>(_ values: [T]) -> T { values[next(values.count)] }

  static let words = [
    "a", "us-east-1", "m3.large", "日本", "x\"y", "$${X}", "%{y}", "a\\b", "tab\t", "line\nbreak",
    "", " lead", "é", "$", "%", "\u{301}z", "$$", "%%", "{", "}", "for",
  ]
  static let numbers = ["0", "1", "-1", "1.5", "-0.25", "2", "42", "-3", "1e3"]
  static let references = ["var.a", "local.b", "aws_instance.x.id", "each.value", "var.list[0]"]

  // MARK: Any shape, for the formatters

  /// An expression of any kind, `depth` levels deep at most; it need not evaluate.
  mutating func expression(_ depth: Int) -> HCLExpression {
    if depth <= 0 { return scalar() }
    switch next(14) {
    case 0: return .call(pick(["f", "merge", "jsonencode"]), list(depth))
    case 1: return .tuple(list(depth))
    case 2: return .object(items(depth))
    case 3: return .index(expression(depth - 1), scalar())
    case 4: return .attributeAccess(expression(depth - 1), "id")
    case 5: return .conditional(expression(depth - 1), expression(depth - 1), expression(depth - 1))
    case 6:
      let op = pick(["==", "!=", "&&", "||", "+", "-", "*", "/", "%", "<", ">=", "<="])
      return .binary(expression(depth - 1), op, expression(depth - 1))
    case 7: return .parenthesized(expression(depth - 1))
    case 8:
      return .forTuple(clause(depth), expression(depth - 1))
    case 9:
      return .forObject(clause(depth), scalar(), expression(depth - 1))
    case 10: return .heredoc(marker: "EOT", parts: parts(depth, inHeredoc: true))
    case 11: return .template(parts(depth, inHeredoc: false))
    default: return scalar()
    }
  }

  private mutating func scalar() -> HCLExpression {
    switch next(6) {
    case 0: .string(pick(Self.words))
    case 1: .number(pick(Self.numbers))
    case 2: .bool(next(2) == 0)
    case 3: .null
    default: .reference(pick(Self.references))
    }
  }

  private mutating func list(_ depth: Int) -> [HCLExpression] {
    (0..<next(4)).map { _ in expression(depth - 1) }
  }

  private mutating func items(_ depth: Int) -> [HCLObjectItem] {
    (0..<next(4)).map { index in
      next(5) == 0
        ? HCLObjectItem(key: .expression(.reference("var.k")), value: expression(depth - 1))
        : HCLObjectItem(pick(Self.words) + "\(index)", expression(depth - 1))
    }
  }

  private mutating func clause(_ depth: Int) -> HCLForClause {
    HCLForClause(
      keyName: next(2) == 0 ? "k" : nil, valueName: "v", collection: expression(depth - 1),
      condition: next(2) == 0 ? expression(depth - 1) : nil)
  }

  private mutating func parts(_ depth: Int, inHeredoc: Bool) -> [HCLTemplatePart] {
    var parts: [HCLTemplatePart] = []
    for _ in 0...next(4) {
      switch next(6) {
      case 0:
        parts.append(.interpolation(depth > 1 ? string(depth - 1) : .number(pick(Self.numbers))))
      case 1 where inHeredoc: parts.append(.literal("\n" + pick(["", "  ", "\t", "   "])))
      case 2:
        parts += [
          .directive(pick(["if true", "if 1 < 2", "if false"])), .literal(pick(Self.words)),
          .directive("else"), .interpolation(.string(pick(Self.words))), .directive("endif"),
        ]
      default: parts.append(.literal(pick(Self.words)))
      }
    }
    return parts
  }

  // MARK: Well typed, for evaluation

  /// A value that Terraform can evaluate without variables: numbers, booleans, strings,
  /// templates, heredocs, conditionals, operators, `format` calls, lists and objects.
  mutating func value(_ depth: Int) -> HCLExpression {
    switch next(6) {
    case 0: number(depth)
    case 1: boolean(depth)
    case 2: .tuple((0..<next(4)).map { _ in value(depth - 1) })
    case 3:
      .object((0..<next(4)).map { HCLObjectItem(pick(Self.words) + "\($0)", value(depth - 1)) })
    default: string(depth)
    }
  }

  private mutating func number(_ depth: Int) -> HCLExpression {
    switch depth <= 0 ? 0 : next(4) {
    case 0: .number(pick(Self.numbers))
    case 1: .binary(number(depth - 1), pick(["+", "-", "*"]), number(depth - 1))
    case 2: .conditional(boolean(depth - 1), number(depth - 1), number(depth - 1))
    default: .template([.interpolation(number(depth - 1))])
    }
  }

  private mutating func boolean(_ depth: Int) -> HCLExpression {
    switch depth <= 0 ? 0 : next(4) {
    case 0: .bool(next(2) == 0)
    case 1: .binary(number(depth - 1), pick(["==", "!=", "<", ">", "<=", ">="]), number(depth - 1))
    case 2: .binary(boolean(depth - 1), pick(["&&", "||", "==", "!="]), boolean(depth - 1))
    default: .conditional(boolean(depth - 1), boolean(depth - 1), boolean(depth - 1))
    }
  }

  private mutating func string(_ depth: Int) -> HCLExpression {
    switch depth <= 0 ? 0 : next(5) {
    case 0: .string(pick(Self.words))
    case 1: .template(parts(depth, inHeredoc: false))
    case 2: .heredoc(marker: "EOT", parts: parts(depth, inHeredoc: true))
    case 3: .conditional(boolean(depth - 1), string(depth - 1), string(depth - 1))
    default: .call("format", [.string("%s|%s"), string(depth - 1), string(depth - 1)])
    }
  }

  /// The same value written the plainest way: every operator and conditional in explicit
  /// parentheses, every heredoc as a quoted template of the same text.
  static func plain(_ expression: HCLExpression) -> HCLExpression {
    switch expression {
    case .binary(let left, let op, let right):
      return .parenthesized(.binary(plain(left), op, plain(right)))
    case .conditional(let condition, let whenTrue, let whenFalse):
      return .parenthesized(.conditional(plain(condition), plain(whenTrue), plain(whenFalse)))
    case .template(let parts):
      return .template(parts.map(plain))
    case .heredoc(_, let parts):
      let written = parts.filter { $0 != .literal("") }.map(plain)
      guard let last = written.last else { return .template([]) }
      if case .literal(let text) = last, text.hasSuffix("\n") { return .template(written) }
      return .template(written + [.literal("\n")])
    case .call(let name, let arguments):
      return .call(name, arguments.map(plain))
    case .tuple(let elements):
      return .tuple(elements.map(plain))
    case .object(let items):
      return .object(items.map { HCLObjectItem(key: $0.key, value: plain($0.value)) })
    default:
      return expression
    }
  }

  private static func plain(_ part: HCLTemplatePart) -> HCLTemplatePart {
    if case .interpolation(let inner) = part { return .interpolation(plain(inner)) }
    return part
  }
}
