/// A `variable` block.
struct VariableDeclaration {
  var name: String
  var comments: [String] = []
  /// The type expression, such as `string` or `list(string)`.
  var type: String
  var description: String
  var defaultValue: HCLExpression?
  var sensitive = false
  var validations: [(condition: HCLExpression, message: String)] = []

  var block: HCLBlock {
    var body = HCLBody()
    body.attribute("type", .reference(type))
    body.attribute("description", .string(description))
    if let defaultValue { body.attribute("default", defaultValue) }
    if sensitive { body.attribute("sensitive", .bool(true)) }
    for validation in validations {
      var inner = HCLBody()
      inner.attribute("condition", validation.condition)
      inner.attribute("error_message", .string(validation.message))
      body.blankLine()
      body.block(HCLBlock("validation", body: inner))
    }
    return HCLBlock("variable", [name], body: body)
  }
}

/// One entry of `locals`.
struct LocalDeclaration {
  var name: String
  var comments: [String]
  var value: HCLExpression
}

/// An `output` block.
struct OutputDeclaration {
  var name: String
  var comments: [String]
  var description: String?
  var value: HCLExpression
  var sensitive: Bool

  var block: HCLBlock {
    var body = HCLBody()
    if let description { body.attribute("description", .string(description)) }
    body.attribute("value", value)
    if sensitive { body.attribute("sensitive", .bool(true)) }
    return HCLBlock("output", [name], body: body)
  }
}
