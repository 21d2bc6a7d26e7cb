// The line format of ProviderSchema+Generated.swift, one line per attribute or nested block, each
// body's lines indented one space deeper than the block line that opens it:
//
//   a NAME TYPE FLAGS     an attribute; TYPE in Terraform's type syntax without spaces; FLAGS from
//                         r(equired) o(ptional) c(omputed) d(eprecated) s(ensitive) w(rite-only)
//   b NAME MODE MIN MAX   a nested block; MODE single|group|list|set|map; MAX 0 means no limit
//   d                     the body holding this line is deprecated
//
// The text is generated, so a malformed line is a broken invariant, not a user error.

extension ProviderSchema {
  /// Parses one type's text in the line format; `type` names it in a failure message.
  static func parseBody(_ text: String, type: String) -> BlockBody {
    let lines: [(depth: Int, fields: [Substring])] = text.split(separator: "\n").map { line in
      let depth = line.prefix { $0 == " " }.count
      let fields: [Substring] = line.dropFirst(depth).split(separator: " ")
      return (depth, fields)
    }
    var index = 0
    let body = parseBody(lines, depth: 0, index: &index, type: type)
    precondition(index == lines.count, "provider schema of '\(type)': unexpected indentation")
    return body
  }

  private static func parseBody(
    _ lines: [(depth: Int, fields: [Substring])], depth: Int, index: inout Int, type: String
  ) -> BlockBody {
    var attributes: [AttributeSchema] = []
    var blocks: [BlockSchema] = []
    var isDeprecated = false
    while index < lines.count, lines[index].depth == depth {
      let fields = lines[index].fields
      index += 1
      switch (fields.first, fields.count) {
      case ("a", 4):
        attributes.append(attribute(fields, type: type))
      case ("b", 5):
        guard let nesting = BlockSchema.Nesting(rawValue: String(fields[2])),
          let minItems = Int(fields[3]), let maxItems = Int(fields[4])
        else { preconditionFailure("provider schema of '\(type)': bad block \(fields)") }
        let body = parseBody(lines, depth: depth + 1, index: &index, type: type)
        blocks.append(
          BlockSchema(
            name: String(fields[1]), nesting: nesting, minItems: minItems,
            maxItems: maxItems == 0 ? nil : maxItems, body: body))
      case ("d", 1):
        isDeprecated = true
      default:
        preconditionFailure("provider schema of '\(type)': bad line \(fields)")
      }
    }
    return BlockBody(attributes: attributes, blocks: blocks, isDeprecated: isDeprecated)
  }

  private static func attribute(_ fields: [Substring], type: String) -> AttributeSchema {
    var reader = TypeSyntaxReader(text: fields[2])
    guard let valueType = reader.readType(), reader.text.isEmpty else {
      preconditionFailure("provider schema of '\(type)': bad type '\(fields[2])'")
    }
    let flags = fields[3]
    precondition(
      flags.allSatisfy { "rocdsw".contains($0) }, "provider schema of '\(type)': bad flags")
    return AttributeSchema(
      name: String(fields[1]), type: valueType, isRequired: flags.contains("r"),
      isOptional: flags.contains("o"), isComputed: flags.contains("c"),
      isDeprecated: flags.contains("d"), isSensitive: flags.contains("s"),
      isWriteOnly: flags.contains("w"))
  }
}

/// Reads Terraform's type syntax without spaces, as `SchemaType.description` writes it.
struct TypeSyntaxReader {
  /// The text not read yet.
  var text: Substring

  /// Reads one type, or returns `nil` when the text does not start with one.
  mutating func readType() -> SchemaType? {
    switch readWord() {
    case "string": return .string
    case "number": return .number
    case "bool": return .bool
    case "dynamic": return .dynamic
    case "list": return readElement().map(SchemaType.list)
    case "set": return readElement().map(SchemaType.set)
    case "map": return readElement().map(SchemaType.map)
    case "object":
      guard skip("({") else { return nil }
      var fields: [SchemaType.Field] = []
      while !skip("})") {
        guard fields.isEmpty || skip(",") else { return nil }
        let name = readWord()
        guard !name.isEmpty, skip("="), let type = readType() else { return nil }
        fields.append(SchemaType.Field(name: String(name), type: type))
      }
      return .object(fields.sorted { $0.name < $1.name })
    case "tuple":
      guard skip("([") else { return nil }
      var elements: [SchemaType] = []
      while !skip("])") {
        guard elements.isEmpty || skip(","), let type = readType() else { return nil }
        elements.append(type)
      }
      return .tuple(elements)
    default: return nil
    }
  }

  private mutating func readElement() -> SchemaType? {
    guard skip("("), let element = readType(), skip(")") else { return nil }
    return element
  }

  private mutating func readWord() -> Substring {
    let word = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    text = text.dropFirst(word.count)
    return word
  }

  private mutating func skip(_ token: String) -> Bool {
    guard text.hasPrefix(token) else { return false }
    text = text.dropFirst(token.count)
    return true
  }
}
