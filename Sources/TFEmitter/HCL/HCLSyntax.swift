/// The HCL syntax tree that every Terraform and Packer file is built as. Mapping code builds these
/// values and never strings; only `HCLPrinter` decides spaces and newlines.

/// A file or the inside of a block: attributes, nested blocks, comments and explicit blank lines.
package struct HCLBody: Hashable, Sendable {
  /// The items in output order.
  package var items: [HCLItem]

  /// Creates a body.
  package init(_ items: [HCLItem] = []) {
    self.items = items
  }

  /// Appends an attribute `name = value`.
  package mutating func attribute(_ name: String, _ value: HCLExpression) {
    items.append(.attribute(HCLAttribute(name, value)))
  }

  /// Appends a block.
  package mutating func block(_ block: HCLBlock) {
    items.append(.block(block))
  }

  /// Appends a `#` comment; each element of `lines` becomes one comment line.
  package mutating func comment(_ lines: [String]) {
    items.append(.comment(lines))
  }

  /// Appends a blank line. The printer never prints two in a row, nor one at the start or end.
  package mutating func blankLine() {
    items.append(.blankLine)
  }

  /// True when the body has no attribute and no block.
  package var isEmpty: Bool {
    !items.contains {
      switch $0 {
      case .attribute, .block: true
      case .comment, .blankLine: false
      }
    }
  }
}

/// One item of a body.
package enum HCLItem: Hashable, Sendable {
  case attribute(HCLAttribute)
  case block(HCLBlock)
  /// Comment lines, printed as `# line` on their own lines above what follows.
  case comment([String])
  case blankLine

  /// Whether this is `.blankLine`, told by its case alone (`==` would compare whole items).
  var isBlankLine: Bool {
    if case .blankLine = self { true } else { false }
  }
}

/// `name = value`.
package struct HCLAttribute: Hashable, Sendable {
  /// The argument name, a bare identifier.
  package var name: String
  /// The value.
  package var value: HCLExpression

  /// Creates an attribute.
  package init(_ name: String, _ value: HCLExpression) {
    self.name = name
    self.value = value
  }
}

/// `type "label" … { body }`.
package struct HCLBlock: Hashable, Sendable {
  /// The block type: `resource`, `variable`, `tag`, …
  package var type: String
  /// The labels, always printed quoted.
  package var labels: [String]
  /// The block's content.
  package var body: HCLBody

  /// Creates a block.
  package init(_ type: String, _ labels: [String] = [], body: HCLBody = HCLBody()) {
    self.type = type
    self.labels = labels
    self.body = body
  }
}

/// An expression.
package indirect enum HCLExpression: Hashable, Sendable {
  /// A quoted string literal; escaping is the printer's job.
  case string(String)
  /// A quoted template mixing literal text and interpolations: `"export XMX=${var.java_xmx}"`.
  case template([HCLTemplatePart])
  /// A number, printed as the given lexeme.
  case number(String)
  case bool(Bool)
  case null
  /// A reference written as is: `each.value`, `option.domain_name`, or attribute text from a
  /// mapping table (`certificate_authority[0].data`).
  case reference(String)
  /// A traversal from a root name through its steps, built from its parts (as hclwrite's
  /// `TokensForTraversal`): `var.name`, `aws_iam_role.transactor.arn`, `aws_x.y[*].id`.
  case traversal(TerraformPath)
  /// `name(arg, …)`.
  case call(String, [HCLExpression])
  /// `[a, b]`.
  case tuple([HCLExpression])
  /// `{ key = value }`, keys in the given order.
  case object([HCLObjectItem])
  /// `collection[key]`.
  case index(HCLExpression, HCLExpression)
  /// `expression.name`.
  case attributeAccess(HCLExpression, String)
  /// `condition ? then : else`.
  case conditional(HCLExpression, HCLExpression, HCLExpression)
  /// `left op right`, with `op` one of `==`, `!=`, `&&`, `||`, `+`, `-`, `*`, `/`, `%`, `<`, `>`,
  /// `<=`, `>=`.
  case binary(HCLExpression, String, HCLExpression)
  /// `(expression)`.
  case parenthesized(HCLExpression)
  /// `[for key, value in collection : result if condition]` (`key` optional).
  case forTuple(HCLForClause, HCLExpression)
  /// `{for key, value in collection : keyResult => valueResult if condition}`.
  case forObject(HCLForClause, HCLExpression, HCLExpression)
  /// A heredoc `<<-EOT … EOT`; the text ends with a newline by HCL's rules.
  case heredoc(marker: String, parts: [HCLTemplatePart])
}

/// The `for key, value in collection` part of a `for` expression, with its optional `if`.
package struct HCLForClause: Hashable, Sendable {
  /// The key (or index) variable, if named.
  package var keyName: String?
  /// The value variable.
  package var valueName: String
  /// What is iterated.
  package var collection: HCLExpression
  /// The filter, if any.
  package var condition: HCLExpression?

  /// Creates a `for` clause.
  package init(
    keyName: String? = nil, valueName: String, collection: HCLExpression,
    condition: HCLExpression? = nil
  ) {
    self.keyName = keyName
    self.valueName = valueName
    self.collection = collection
    self.condition = condition
  }
}

/// One `key = value` of an object constructor.
package struct HCLObjectItem: Hashable, Sendable {
  /// The key, printed bare when it is a safe identifier and quoted otherwise.
  package var key: HCLObjectKey
  /// The value.
  package var value: HCLExpression

  /// Creates an item with a literal key.
  package init(_ key: String, _ value: HCLExpression) {
    self.key = .name(key)
    self.value = value
  }

  /// Creates an item with any key.
  package init(key: HCLObjectKey, value: HCLExpression) {
    self.key = key
    self.value = value
  }
}

/// An object key: a literal name or a computed `(expression)`.
package enum HCLObjectKey: Hashable, Sendable {
  /// A literal key: bare when it matches `^[A-Za-z_][A-Za-z0-9_-]*$`, quoted otherwise.
  case name(String)
  /// A computed key, printed in parentheses.
  case expression(HCLExpression)
}

/// A piece of a template (quoted template, heredoc or template file).
package enum HCLTemplatePart: Hashable, Sendable {
  /// Literal text: `${` and `%{` in it are doubled when printed.
  case literal(String)
  /// `${expression}`.
  case interpolation(HCLExpression)
  /// `%{ text }`: a template directive such as `if var.x`, `else`, `endif`, `for x in y`,
  /// `endfor`.
  case directive(String)
}

extension HCLExpression {
  /// `var.name`.
  package static func variable(_ name: String) -> HCLExpression { .traversal(.variable(name)) }
  /// `local.name`.
  package static func local(_ name: String) -> HCLExpression { .traversal(.local(name)) }

  /// True for a reference or a traversal: a name that needs no parentheses as an operand.
  package var isReference: Bool {
    switch self {
    case .reference, .traversal: true
    default: false
    }
  }
}
