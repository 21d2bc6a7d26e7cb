import CFNParser

extension ExpressionTranslator {
  /// Whether the value of `expr` holds text written in the template: a literal; `Fn::Sub` or
  /// `Fn::Join` with a letter or a digit of its own (a document they build, `{…}` or `[…]`,
  /// only where the secret scanner finds a secret written in it, so that a secret's JSON around
  /// references is not one); `Fn::If`, `Fn::Select`, `Fn::Base64`, `Fn::Split` over such a
  /// value; `Fn::FindInMap` (a mapping's values are written in the template). Not a reference,
  /// nor a `{{resolve:…}}` dynamic reference. A secret property whose value holds written text
  /// becomes a sensitive variable as a plain literal does; the mapping values it reads are
  /// marked as secrets, which `locals.tf` leaves out.
  package mutating func writesSecretText(_ expr: Expr) -> Bool {
    guard Self.holdsWrittenText(expr) else { return false }
    markSecretMappings(in: expr)
    return true
  }

  /// Whether the value of `expr` holds text written in the template (see `writesSecretText`).
  package static func holdsWrittenText(_ expr: Expr) -> Bool {
    if expr.isLiteral { return true }
    switch expr.kind {
    case .if(_, let then, let otherwise):
      return holdsWrittenText(then) || holdsWrittenText(otherwise)
    case .select(_, let list):
      if case .list(let items) = list.kind { return items.contains(where: holdsWrittenText) }
      return holdsWrittenText(list)
    case .findInMap(let map, _, _): return map.stringValue != nil
    case .base64(let inner), .split(_, let inner), .toJsonString(let inner):
      return holdsWrittenText(inner)
    case .join, .sub:
      var bytes: [UInt8] = []
      sample(expr, into: &bytes)
      let text = bytes.drop { SecretScanner.isSpace($0) || $0 == UInt8(ascii: "\n") }
      if text.starts(with: "{{resolve:".utf8) { return false }
      if text.first == UInt8(ascii: "{") || text.first == UInt8(ascii: "[") {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return SecretScanner.findings(inLines: lines.map(Array.init)).contains { !$0.isEmpty }
      }
      return bytes.contains(where: SecretScanner.isAlphanumeric)
    default: return false
    }
  }

  /// The text `expr` evaluates to as far as the template writes it, as the secret scanner reads
  /// it: the template's text, a zero byte for a computed value, `x` for a value taken from the
  /// template's own text (a mapping, a choice between literals).
  private static func sample(_ expr: Expr, into bytes: inout [UInt8]) {
    switch expr.kind {
    case .string(let s), .number(let s): bytes += s.utf8
    case .bool(let b): bytes += (b ? "true" : "false").utf8
    case .join(let separator, let values):
      guard case .list(let items) = values.kind else {
        bytes.append(holdsWrittenText(values) ? UInt8(ascii: "x") : 0)
        return
      }
      for (index, item) in items.enumerated() {
        if index > 0 { bytes += separator.utf8 }
        sample(item, into: &bytes)
      }
    case .sub(let parts, let variables):
      for part in parts {
        switch part {
        case .literal(let text): bytes += text.utf8
        case .reference(let name):
          if let variable = variables.first(where: { $0.name == name }) {
            sample(variable.value, into: &bytes)
          } else {
            bytes.append(0)
          }
        case .attribute: bytes.append(0)
        }
      }
    default: bytes.append(holdsWrittenText(expr) ? UInt8(ascii: "x") : 0)
    }
  }

  /// Marks the mapping values `expr` reads with `Fn::FindInMap` as secrets: under the key it
  /// names, or every key of the mapping when the key is computed.
  private mutating func markSecretMappings(in expr: Expr) {
    if case .findInMap(let map, _, let second) = expr.kind, let name = map.stringValue,
      let mapping = template.mapping(name)
    {
      let keys =
        second.stringValue.map { [$0] }
        ?? mapping.entries.flatMap { $0.values.map(\.key) }
      for key in keys { secretMappingKeys.insert(SecretMappingKey(mapping: name, key: key)) }
    }
    for child in expr.children { markSecretMappings(in: child) }
  }

  /// The sensitive variable holding the secrets of a mapping under `key`, by top-level key: what
  /// `Fn::FindInMap` reads where it is not itself a secret property's value.
  mutating func mappingSecretVariable(_ key: SecretMappingKey) -> HCLExpression {
    let name: String
    if let existing = mappingSecretVariables[key] {
      name = existing
    } else {
      name = namer.reserveVariable(key.mapping + "_" + key.key)
      mappingSecretVariables[key] = name
      diagnostics.append(
        .warning(
          "the mapping '\(key.mapping)' holds secrets under '\(key.key)'; they become the sensitive variable '\(name)', a map by top-level key",
          at: template.mapping(key.mapping)?.range.start,
          notes: [.init("set it from a secret store; the template's values are not copied")]))
    }
    sensitiveVariables.insert(name)
    touchesSecret = true
    return addVariable(
      AddedVariable(
        name: name, type: "map(string)",
        description:
          "The values of Mappings.\(key.mapping).*.\(key.key) by top-level key: secrets the template wrote in plain text, which are not copied.",
        sensitive: true))
  }
}

extension ExpressionTranslator {
  /// The sensitive variable standing for `expr` in a condition when it is the default of a NoEcho
  /// parameter (`Fn::Equals [!Ref Pw, "hunter2"]`), which would otherwise be copied into
  /// `locals.tf`; nil for any other value.
  mutating func noEchoDefault(_ expr: Expr) -> HCLExpression? {
    guard let text = expr.scalarText, !text.isEmpty,
      let parameter = template.parameters.first(where: {
        $0.noEcho && $0.defaultValue.flatMap(Self.scalarText) == text
      })
    else { return nil }
    let key = parameter.name + "\u{0}" + text
    let name: String
    if let existing = noEchoDefaultVariables[key] {
      name = existing
    } else {
      name = namer.reserveVariable(namer.variable(forParameter: parameter.name) + "_default")
      noEchoDefaultVariables[key] = name
      let condition = conditionBeingBuilt.map { "the condition '\($0)'" } ?? "a condition"
      warn(
        "\(condition) compares the NoEcho parameter '\(parameter.name)' with its default; the default becomes the sensitive variable '\(name)'",
        at: expr.location,
        notes: [.init("set it to the value the condition compares with; the default is not copied")]
      )
    }
    sensitiveVariables.insert(name)
    touchesSecret = true
    hidesWrittenSecret = true
    transformed("the NoEcho default it compares with became var.\(name)")
    return addVariable(
      AddedVariable(
        name: name, type: "string",
        description:
          "The NoEcho default of parameter \(parameter.name), which a condition compares with; not copied.",
        sensitive: true))
  }

  /// The text of a scalar JSON value.
  private static func scalarText(_ value: JSONValue) -> String? {
    switch value.kind {
    case .string(let s), .number(let s): s
    case .bool(let b): b ? "true" : "false"
    default: nil
    }
  }
}
