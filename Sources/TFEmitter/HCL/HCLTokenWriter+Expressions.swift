extension HCLTokenWriter {
  /// Writes an expression. In `flat` mode (inside a template interpolation) everything stays on
  /// one line: objects as `{ a = 1, b = 2 }`, heredocs as quoted templates.
  ///
  /// A heredoc's closing marker ends its line, and outside brackets a newline ends the
  /// expression, so a heredoc is printed as one only where `allowsHeredoc` says nothing can
  /// follow it on its line (an attribute or object-item value, a list element, a call argument);
  /// elsewhere (an operand, a condition, a collection) it is printed as the equal quoted string.
  mutating func writeExpression(
    _ expression: HCLExpression, flat: Bool = false, allowsHeredoc: Bool = false
  ) {
    switch expression {
    case .string(let text):
      append(quotedToken(HCLEscaping.escapeQuoted(text)))
    case .template(let parts):
      writeTemplate(parts, flat: flat)
    case .number(let lexeme):
      writeNumber(lexeme)
    case .bool(let value):
      append(HCLToken(.identifier, value ? "true" : "false"))
    case .null:
      append(HCLToken(.identifier, "null"))
    case .reference(let text):
      append(HCLToken(.identifier, text))
    case .traversal(let path):
      append(HCLToken(.identifier, path.description))
    case .call(let name, let arguments):
      writeCall(name, arguments, flat: flat)
    case .tuple(let elements):
      writeTuple(elements, flat: flat)
    case .object(let items):
      writeObject(items, flat: flat)
    case .index(let collection, let key):
      writeOperand(collection, flat: flat, needsParentheses: isLoose(collection))
      append(HCLToken(.openBracket, "["))
      let keyTokens = subTokens(key, flat: flat)
      let isKeyword =
        keyTokens.count == 1 && keyTokens[0].trailing == .identifier
        && ["true", "false", "null"].contains(keyTokens[0].text)
      if isKeyword { append(HCLToken(.openParen, "(")) }
      append(contentsOf: keyTokens)
      if isKeyword { append(HCLToken(.closeParen, ")")) }
      append(HCLToken(.closeBracket, "]"))
    case .attributeAccess(let base, let name):
      writeOperand(base, flat: flat, needsParentheses: isLoose(base))
      append(HCLToken(.dot, "."))
      append(HCLToken(.identifier, name))
    case .conditional(let condition, let whenTrue, let whenFalse):
      writeOperand(condition, flat: flat, needsParentheses: isConditional(condition))
      append(HCLToken(.question, "?"))
      writeOperand(whenTrue, flat: flat, needsParentheses: isConditional(whenTrue))
      append(HCLToken(.colon, ":"))
      writeExpression(whenFalse, flat: flat)
    case .binary(let left, let op, let right):
      let precedence = Self.precedence(of: op)
      writeOperand(left, flat: flat, needsParentheses: bindsLooser(left, than: precedence))
      append(HCLToken(Self.operatorKind(op), op))
      writeOperand(right, flat: flat, needsParentheses: bindsLooser(right, than: precedence + 1))
    case .parenthesized(let inner):
      writeOperand(inner, flat: flat, needsParentheses: true)
    case .forTuple(let clause, let result):
      append(HCLToken(.openBracket, "["))
      writeForClause(clause, flat: flat) { $0.writeExpression(result, flat: flat) }
      append(HCLToken(.closeBracket, "]"))
    case .forObject(let clause, let key, let value):
      append(HCLToken(.openBrace, "{"))
      writeForClause(clause, flat: flat) { writer in
        writer.writeExpression(key, flat: flat)
        writer.append(HCLToken(.fatArrow, "=>"))
        writer.writeExpression(value, flat: flat)
      }
      append(HCLToken(.closeBrace, "}"))
    case .heredoc(let marker, let parts):
      if flat || !allowsHeredoc || Self.needsQuotedForm(parts) {
        writeTemplate(Self.heredocParts(parts), flat: flat)
      } else {
        writeHeredoc(preferredMarker: marker, parts: parts)
      }
    }
  }

  /// A number as its lexeme. `hclwrite` writes a minus after `=>`, `${`, `in` or `if` as `- 1`,
  /// so there a negative number is wrapped in parentheses instead.
  private mutating func writeNumber(_ lexeme: String) {
    let needsParentheses =
      lexeme.hasPrefix("-") && !HCLFormatter.isNegationContext(previousKind)
    if needsParentheses { append(HCLToken(.openParen, "(")) }
    var token = HCLToken(.number, lexeme)
    if lexeme.hasPrefix("-") { token.leading = .minus }
    append(token)
    if needsParentheses { append(HCLToken(.closeParen, ")")) }
  }

  private mutating func writeOperand(
    _ expression: HCLExpression, flat: Bool, needsParentheses: Bool
  ) {
    guard needsParentheses else { return writeExpression(expression, flat: flat) }
    append(HCLToken(.openParen, "("))
    writeExpression(expression, flat: flat)
    append(HCLToken(.closeParen, ")"))
  }

  /// `name(a, b)`; `name(a, {` … `})` when only the last argument spans lines; otherwise one
  /// argument per line, each followed by a comma.
  private mutating func writeCall(_ name: String, _ arguments: [HCLExpression], flat: Bool) {
    append(HCLToken(.identifier, name))
    append(HCLToken(.openParen, "("))
    var written: [[HCLToken]] = []
    for argument in arguments {
      written.append(subTokens(argument, flat: flat, allowsHeredoc: true))
    }
    let spansLines = written.map { $0.contains { $0.endsLine || $0.heredoc != nil } }
    if spansLines.dropLast().contains(true) {
      newline()
      for argument in written {
        append(contentsOf: argument)
        append(HCLToken(.comma, ","))
        newline()
      }
    } else {
      for (index, argument) in written.enumerated() {
        if index > 0 { append(HCLToken(.comma, ",")) }
        append(contentsOf: argument)
      }
    }
    append(HCLToken(.closeParen, ")"))
  }

  /// `[]`; `[a, b]` when every element is a scalar and the tuple is not marked broken; otherwise
  /// one element per line, each followed by a comma.
  private mutating func writeTuple(_ elements: [HCLExpression], flat: Bool) {
    let id = nextTupleID
    nextTupleID += 1
    if elements.isEmpty {
      append(HCLToken(.openBracket, "["))
      append(HCLToken(.closeBracket, "]"))
      return
    }
    if flat || (elements.allSatisfy(Self.isScalar) && !brokenTuples.contains(id)) {
      append(HCLToken(.openBracket, "[", tupleID: flat ? nil : id))
      for (index, element) in elements.enumerated() {
        if index > 0 { append(HCLToken(.comma, ",")) }
        writeExpression(element, flat: flat)
      }
    } else {
      append(HCLToken(.openBracket, "["))
      newline()
      for element in elements {
        writeExpression(element, allowsHeredoc: true)
        append(HCLToken(.comma, ","))
        newline()
      }
    }
    append(HCLToken(.closeBracket, "]"))
  }

  /// `{}`; otherwise one `key = value` per line (`{ a = 1, b = 2 }` in flat mode).
  private mutating func writeObject(_ items: [HCLObjectItem], flat: Bool) {
    append(HCLToken(.openBrace, "{"))
    if !flat, !items.isEmpty { newline() }
    for (index, item) in items.enumerated() {
      if flat, index > 0 { append(HCLToken(.comma, ",")) }
      switch item.key {
      case .name(let name):
        if HCLEscaping.isBareObjectKey(name) {
          append(HCLToken(.identifier, name))
        } else {
          append(quotedToken(HCLEscaping.escapeQuoted(name)))
        }
      case .expression(let key):
        writeOperand(key, flat: flat, needsParentheses: true)
      }
      append(HCLToken(.equals, "="))
      writeExpression(item.value, flat: flat, allowsHeredoc: true)
      if !flat { newline() }
    }
    append(HCLToken(.closeBrace, "}"))
  }

  private mutating func writeForClause(
    _ clause: HCLForClause, flat: Bool, body: (inout HCLTokenWriter) -> Void
  ) {
    append(HCLToken(.identifier, "for"))
    if let keyName = clause.keyName {
      append(HCLToken(.identifier, keyName))
      append(HCLToken(.comma, ","))
    }
    append(HCLToken(.identifier, clause.valueName))
    append(HCLToken(.identifier, "in"))
    writeExpression(clause.collection, flat: flat)
    append(HCLToken(.colon, ":"))
    body(&self)
    if let condition = clause.condition {
      append(HCLToken(.identifier, "if"))
      writeExpression(condition, flat: flat)
    }
  }

  /// The tokens of `expression` written on their own, continuing the tuple numbering.
  mutating func subTokens(
    _ expression: HCLExpression, flat: Bool, allowsHeredoc: Bool = false,
    after opener: HCLToken? = nil
  ) -> [HCLToken] {
    var writer = HCLTokenWriter(
      brokenTuples: brokenTuples, nextTupleID: nextTupleID, tokens: opener.map { [$0] } ?? [])
    writer.writeExpression(expression, flat: flat, allowsHeredoc: allowsHeredoc)
    nextTupleID = writer.nextTupleID
    return writer.tokens
  }
}
