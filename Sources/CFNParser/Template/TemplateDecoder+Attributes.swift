/// `Fn::GetAtt` and `${Resource.Attribute}` checked against the attributes the resource's type has
/// (`ResourceAttributes`), as CloudFormation checks them before it creates anything.
extension TemplateDecoder {
  /// An attribute read by `Fn::GetAtt` or in `Fn::Sub` text, and where its name is written.
  struct AttributeRead {
    var resource: String
    var attribute: String
    var location: SourceLocation
  }

  /// How many valid names a note lists before it says how many more there are.
  static let listedAttributes = 20

  /// Records an attribute read, unless it is the input of a macro.
  mutating func recordAttributeRead(
    _ resource: String, _ attribute: String, at location: SourceLocation
  ) {
    guard macroCallDepth == 0 else { return }
    attributeReads.append(
      AttributeRead(resource: resource, attribute: attribute, location: location))
  }

  /// One error for each attribute read that the resource's type does not have. Nothing is checked
  /// when a macro may rewrite the template; a resource the template does not declare is the
  /// graph's to report, and a type the tables do not hold accepts any attribute.
  mutating func checkAttributeReads(in template: Template) {
    guard template.wholeTemplateTransform == nil else { return }
    for read in attributeReads {
      guard let type = template.resource(read.resource)?.type.value,
        ResourceAttributes.accepts(read.attribute, on: type) == false
      else { continue }
      let valid = ResourceAttributes.attributes(of: type) ?? []
      diagnostics.append(
        .error(
          TemplateError.unknownAttribute(
            resource: read.resource, type: type, attribute: read.attribute
          ).description, at: read.location,
          notes: [.init(Self.attributeNote(type: type, valid: valid, near: read.attribute))]))
    }
  }

  /// The note naming the attributes of `type`, the closest to `attribute` first.
  static func attributeNote(type: String, valid: [String], near attribute: String) -> String {
    guard !valid.isEmpty else { return "'\(type)' has no attribute that 'Fn::GetAtt' can read" }
    let ranked = valid.enumerated().map { (Spelling.distance(attribute, $0.element), $0.offset) }
      .sorted { $0 < $1 }.map { valid[$0.1] }
    var text = ranked.prefix(listedAttributes).map { "'\($0)'" }.joined(separator: ", ")
    if ranked.count > listedAttributes {
      text += " and \(ranked.count - listedAttributes) more"
    }
    return "the attributes of '\(type)', closest first: \(text)"
  }
}

extension SourceRange {
  /// Where byte `offset` of the string `text` written at this range is, when the text is written
  /// as it reads (a JSON string without escapes, a YAML scalar on one line): the range is then
  /// the text, or the text in quotes. The range's start otherwise.
  func location(ofByte offset: Int, in text: String) -> SourceLocation {
    let written = endOffset - startOffset
    let count = text.utf8.count
    let lead: Int
    if written == count + 2 {
      lead = 1
    } else if written == count {
      lead = 0
    } else {
      return start
    }
    guard offset <= count, !text.utf8.contains(where: { $0 == 10 || $0 == 13 }) else {
      return start
    }
    return SourceLocation(file: start.file, line: start.line, column: start.column + lead + offset)
  }
}

extension JSONValue {
  /// Where byte `offset` of this string value is (`SourceRange.location(ofByte:in:)`).
  func location(ofByte offset: Int) -> SourceLocation {
    guard let text = stringValue else { return location }
    return range.location(ofByte: offset, in: text)
  }
}
