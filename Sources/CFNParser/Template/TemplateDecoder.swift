/// Turns the JSON tree of a template into a typed `Template`, collecting every problem as a
/// diagnostic at the place it concerns.
package struct TemplateDecoder {
  var diagnostics: [Diagnostic] = []
  let fileName: String
  /// The template's top-level macros, read before its sections.
  var transforms: [TemplateTransform] = []
  /// Whether an `Fn::Transform` was decoded in a value.
  var sawTransformCall = false
  /// Every `Fn::GetAtt` and `${Resource.Attribute}` decoded, checked once every type is known.
  var attributeReads: [AttributeRead] = []
  /// How many `Fn::Transform` calls the value being decoded is inside: what a macro reads is its
  /// input, not CloudFormation's.
  var macroCallDepth = 0

  /// The only `AWSTemplateFormatVersion` there is.
  static let formatVersion = "2010-09-09"

  static let sections = [
    "AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Rules", "Mappings",
    "Conditions", "Transform", "Resources", "Outputs", "Hooks", "Globals",
  ]

  /// Reads and decodes template text. The template is nil when any error was found.
  package static func decode(_ text: String, fileName: String) -> (
    template: Template?, diagnostics: [Diagnostic]
  ) {
    decode(bytes: Array(text.utf8), fileName: fileName)
  }

  /// Reads and decodes template bytes, JSON or YAML (`SourceFormat`). The template is nil when
  /// any error was found.
  package static func decode(bytes: [UInt8], fileName: String) -> (
    template: Template?, diagnostics: [Diagnostic]
  ) {
    let (template, diagnostics) = decodePartially(bytes: bytes, fileName: fileName)
    return (diagnostics.containsErrors ? nil : template, diagnostics)
  }

  /// Reads and decodes template bytes like `decode(bytes:fileName:)`, but returns what was
  /// decoded even when errors were found: nil only when the text could not be read. For a caller
  /// that adds its own diagnostics about the template (its `deploymentSections`) before it gives
  /// up on it.
  package static func decodePartially(bytes: [UInt8], fileName: String) -> (
    template: Template?, diagnostics: [Diagnostic]
  ) {
    let (json, readDiagnostics, _) = SourceFormat.read(bytes: bytes, fileName: fileName)
    guard let json, !readDiagnostics.containsErrors else { return (nil, readDiagnostics) }
    let (template, decodeDiagnostics) = decodePartially(json, fileName: fileName)
    return (template, readDiagnostics + decodeDiagnostics)
  }

  /// Decodes a JSON tree. The template is nil when any error was found.
  package static func decode(_ root: JSONValue, fileName: String) -> (
    template: Template?, diagnostics: [Diagnostic]
  ) {
    let (template, diagnostics) = decodePartially(root, fileName: fileName)
    return (diagnostics.containsErrors ? nil : template, diagnostics)
  }

  /// Decodes a JSON tree and returns what was decoded even when errors were found.
  package static func decodePartially(_ root: JSONValue, fileName: String) -> (
    template: Template, diagnostics: [Diagnostic]
  ) {
    var decoder = TemplateDecoder(fileName: fileName)
    let template = decoder.decodeTemplate(root)
    return (template, decoder.diagnostics)
  }

  mutating func error(_ error: TemplateError, at range: SourceRange, notes: [Diagnostic.Note] = [])
  {
    diagnostics.append(.error(error.description, at: range.start, notes: notes))
  }

  mutating func warning(_ message: String, at range: SourceRange, notes: [Diagnostic.Note] = []) {
    diagnostics.append(.warning(message, at: range.start, notes: notes))
  }

  /// The members of `value`, or an error saying `what` must be an object. (`what` is a message
  /// for the error alone, and made only for it, as in `string` and `scalarText`.)
  mutating func object(_ value: JSONValue, _ what: @autoclosure () -> String) -> [JSONMember]? {
    guard let members = value.members else {
      error(
        .wrongKind(what: what(), expected: "an object", found: value.kindDescription),
        at: value.range
      )
      return nil
    }
    return members
  }

  /// The string of `value`, or an error saying `what` must be a string.
  mutating func string(_ value: JSONValue, _ what: @autoclosure () -> String) -> Located<String>? {
    guard let s = value.stringValue else {
      error(
        .wrongKind(what: what(), expected: "a string", found: value.kindDescription),
        at: value.range)
      return nil
    }
    return Located(s, at: value.range)
  }

  /// A string, or a number or boolean taken as its text (CloudFormation accepts all three).
  mutating func scalarText(_ value: JSONValue, _ what: @autoclosure () -> String) -> Located<
    String
  >? {
    switch value.kind {
    case .string(let s), .number(let s): return Located(s, at: value.range)
    case .bool(let b): return Located(b ? "true" : "false", at: value.range)
    default:
      error(
        .wrongKind(what: what(), expected: "a string", found: value.kindDescription),
        at: value.range)
      return nil
    }
  }

  mutating func decodeTemplate(_ root: JSONValue) -> Template {
    var template = Template(fileName: fileName, root: root)
    guard let members = root.members else {
      error(.rootNotObject(found: root.kindDescription), at: root.range)
      return template
    }
    // A macro's request event holds a template; it is not one. One error, no cascade.
    if root["Resources"] == nil, root["fragment"] != nil,
      root["requestId"] != nil || root["transformId"] != nil
    {
      let input = fileName == "<stdin>" ? "event.json" : fileName
      error(
        .macroEvent, at: root.range,
        notes: [.init("convert the fragment: 'jq .fragment \(input) > template.json'")])
      return template
    }
    // rain's syntax is not CloudFormation: one error, before it cascades into one per resource.
    if let rain = rainDiagnostic(root) {
      diagnostics.append(rain)
      return template
    }
    transforms = prescanTransforms(root)
    template.transforms = transforms
    template.document = expandLoops(root, into: &template)
    var sawResources = false
    for member in template.document.members ?? members {
      let value = member.value
      switch member.key {
      case "AWSTemplateFormatVersion":
        template.formatVersion = string(value, "'AWSTemplateFormatVersion'")
        if let version = template.formatVersion, version.value != Self.formatVersion {
          error(
            .wrongKind(
              what: "'AWSTemplateFormatVersion'", expected: "'\(Self.formatVersion)'",
              found: "'\(version.value)'"),
            at: version.range,
            notes: [
              .init(
                "\(Self.formatVersion) is the only version CloudFormation knows: write it, or leave the section out"
              )
            ])
        }
      case "Description":
        template.description = string(value, "'Description'")
      case "Metadata":
        template.metadata = value
      case "Parameters":
        template.parameters = decodeParameters(value, into: &template)
      case "Mappings":
        template.mappings = decodeMappings(value, into: &template)
      case "Conditions":
        template.conditions = decodeConditions(value, into: &template)
      case "Resources":
        sawResources = true
        template.resources = decodeResources(value, into: &template)
      case "Outputs":
        template.outputs = decodeOutputs(value, into: &template)
      case "Transform":
        break  // read by prescanTransforms
      case "Globals" where template.hasTransform(.serverless):
        template.globals = value
      case "Rules", "Hooks":
        template.deploymentSections.append(member)
      case "Globals":
        error(
          .unknownSection(member.key), at: member.keyRange,
          notes: [
            .init(
              "'Globals' is read by the serverless transform: add \"Transform\": \"AWS::Serverless-2016-10-31\""
            )
          ])
      default:
        let suggestion = Spelling.closest(to: member.key, in: Self.sections)
        error(
          .unknownSection(member.key), at: member.keyRange,
          notes: suggestion.map { [.init("did you mean '\($0)'?")] } ?? [])
      }
    }
    if !sawResources { error(.missingResources, at: root.range) }
    template.callsMacros = sawTransformCall
    checkAttributeReads(in: template)
    checkArguments(in: template)
    checkNames(in: template)
    return template
  }
}
