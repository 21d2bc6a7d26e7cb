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
      appendQuoted(text)
    case .template(let parts):
      writeTemplate(parts, flat: flat)
    case .number(let lexeme):
      writeNumber(lexeme)
    case .bool(let value):
      append(.identifier, value ? "true" : "false")
    case .null:
      append(.identifier, "null")
    case .reference(let text):
      appendIdentifier(text)
    case .traversal(let path):
      appendTraversal(path)
    case .call(let name, let arguments):
      writeCall(name, arguments, flat: flat)
    case .tuple(let elements):
      writeTuple(elements, flat: flat)
    case .object(let items):
      writeObject(items, flat: flat)
    case .index(let collection, let key):
      writeOperand(collection, flat: flat, needsParentheses: isLoose(collection))
      append(.openBracket, "[")
      let keyTokens = subTokens(key, flat: flat)
      // A key that prints as a keyword alone is parenthesised: `x[(true)]`.
      if keyTokens.count == 1,
        isIdentifier(at: keyTokens.lowerBound, "true")
          || isIdentifier(at: keyTokens.lowerBound, "false")
          || isIdentifier(at: keyTokens.lowerBound, "null")
      {
        insert(.openParen, "(", at: keyTokens.lowerBound)
        append(.closeParen, ")")
      }
      append(.closeBracket, "]")
    case .attributeAccess(let base, let name):
      writeOperand(base, flat: flat, needsParentheses: isLoose(base))
      append(.dot, ".")
      appendIdentifier(name)
    case .conditional(let condition, let whenTrue, let whenFalse):
      writeOperand(condition, flat: flat, needsParentheses: isConditional(condition))
      append(.question, "?")
      writeOperand(whenTrue, flat: flat, needsParentheses: isConditional(whenTrue))
      append(.colon, ":")
      writeExpression(whenFalse, flat: flat)
    case .binary(let left, let op, let right):
      let precedence = Self.precedence(of: op)
      writeOperand(left, flat: flat, needsParentheses: bindsLooser(left, than: precedence))
      append(Self.operatorKind(op), string: op)
      writeOperand(right, flat: flat, needsParentheses: bindsLooser(right, than: precedence + 1))
    case .parenthesized(let inner):
      writeOperand(inner, flat: flat, needsParentheses: true)
    case .forTuple(let clause, let result):
      append(.openBracket, "[")
      writeForClause(clause, flat: flat) { $0.writeExpression(result, flat: flat) }
      append(.closeBracket, "]")
    case .forObject(let clause, let key, let value):
      append(.openBrace, "{")
      writeForClause(clause, flat: flat) { writer in
        writer.writeExpression(key, flat: flat)
        writer.append(.fatArrow, "=>")
        writer.writeExpression(value, flat: flat)
      }
      append(.closeBrace, "}")
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
    if needsParentheses { append(.openParen, "(") }
    append(.number, string: lexeme)
    if lexeme.hasPrefix("-") { tokens[tokens.count - 1].leading = .minus }
    if needsParentheses { append(.closeParen, ")") }
  }

  private mutating func writeOperand(
    _ expression: HCLExpression, flat: Bool, needsParentheses: Bool
  ) {
    guard needsParentheses else { return writeExpression(expression, flat: flat) }
    append(.openParen, "(")
    writeExpression(expression, flat: flat)
    append(.closeParen, ")")
  }

  /// `name(a, b)`; `name(a, {` … `})` when only the last argument spans lines; otherwise one
  /// argument per line, each followed by a comma.
  private mutating func writeCall(_ name: String, _ arguments: [HCLExpression], flat: Bool) {
    appendIdentifier(name)
    append(.openParen, "(")
    // One argument is written in place; several are written first, each on its own, then laid
    // out with their commas once it is known which span lines.
    guard arguments.count > 1 else {
      if let argument = arguments.first { _ = subTokens(argument, flat: flat, allowsHeredoc: true) }
      return append(.closeParen, ")")
    }
    let start = tokens.count
    var written: [Range<Int>] = []
    for argument in arguments {
      written.append(subTokens(argument, flat: flat, allowsHeredoc: true))
    }
    let spansLines = written.dropLast().contains { range in
      tokens[range].contains { $0.endsLine || $0.heredoc >= 0 }
    }
    let argumentTokens = cut(from: start)
    if spansLines {
      newline()
      for range in written {
        append(contentsOf: argumentTokens[(range.lowerBound - start)..<(range.upperBound - start)])
        append(.comma, ",")
        newline()
      }
    } else {
      for (index, range) in written.enumerated() {
        if index > 0 { append(.comma, ",") }
        append(contentsOf: argumentTokens[(range.lowerBound - start)..<(range.upperBound - start)])
      }
    }
    append(.closeParen, ")")
  }

  /// `[]`; `[a, b]` when every element is a scalar and the tuple is not marked broken; otherwise
  /// one element per line, each followed by a comma.
  private mutating func writeTuple(_ elements: [HCLExpression], flat: Bool) {
    let id = nextTupleID
    nextTupleID += 1
    if elements.isEmpty {
      append(.openBracket, "[")
      append(.closeBracket, "]")
      return
    }
    if flat || (elements.allSatisfy(Self.isScalar) && !brokenTuples.contains(id)) {
      append(.openBracket, "[")
      if !flat { tokens[tokens.count - 1].tupleID = Int32(id) }
      for (index, element) in elements.enumerated() {
        if index > 0 { append(.comma, ",") }
        writeExpression(element, flat: flat)
      }
    } else {
      append(.openBracket, "[")
      newline()
      for element in elements {
        writeExpression(element, allowsHeredoc: true)
        append(.comma, ",")
        newline()
      }
    }
    append(.closeBracket, "]")
  }

  /// `{}`; otherwise one `key = value` per line (`{ a = 1, b = 2 }` in flat mode).
  private mutating func writeObject(_ items: [HCLObjectItem], flat: Bool) {
    append(.openBrace, "{")
    if !flat, !items.isEmpty { newline() }
    for (index, item) in items.enumerated() {
      if flat, index > 0 { append(.comma, ",") }
      switch item.key {
      case .name(let name):
        if HCLEscaping.isBareObjectKey(name) {
          appendIdentifier(name)
        } else {
          appendQuoted(name)
        }
      case .expression(let key):
        writeOperand(key, flat: flat, needsParentheses: true)
      }
      append(.equals, "=")
      writeExpression(item.value, flat: flat, allowsHeredoc: true)
      if !flat { newline() }
    }
    append(.closeBrace, "}")
  }

  private mutating func writeForClause(
    _ clause: HCLForClause, flat: Bool, body: (inout HCLTokenWriter) -> Void
  ) {
    append(.identifier, "for")
    if let keyName = clause.keyName {
      appendIdentifier(keyName)
      append(.comma, ",")
    }
    appendIdentifier(clause.valueName)
    appendIdentifier("in")
    writeExpression(clause.collection, flat: flat)
    append(.colon, ":")
    body(&self)
    if let condition = clause.condition {
      append(.identifier, "if")
      writeExpression(condition, flat: flat)
    }
  }

  /// Writes `expression` on its own (as if nothing came before it), continuing the tuple
  /// numbering; returns the positions of its tokens.
  mutating func subTokens(_ expression: HCLExpression, flat: Bool, allowsHeredoc: Bool = false)
    -> Range<Int>
  {
    writeOnItsOwn { $0.writeExpression(expression, flat: flat, allowsHeredoc: allowsHeredoc) }
  }
}
