/// `Transform` and `Fn::Transform`: the macros CloudFormation runs before it reads the template.
/// They are read, not run: the emitter decides what stays in CloudFormation because of them.
extension TemplateDecoder {
  /// The key of the intrinsic a macro is called with in place of a value or a section.
  static let transformFunction = "Fn::Transform"

  /// The top-level `Transform`: a macro name, a `{"Name": …, "Parameters": …}` object, or a list
  /// of either.
  mutating func decodeTransforms(_ value: JSONValue) -> [TemplateTransform] {
    if let items = value.elements {
      return items.compactMap { transform($0, "an entry of 'Transform'") }
    }
    return transform(value, "'Transform'").map { [$0] } ?? []
  }

  /// One macro, by name or as an object with a `Name`.
  mutating func transform(_ value: JSONValue, _ what: String) -> TemplateTransform? {
    if let name = value.stringValue {
      guard !name.isEmpty else {
        error(.emptyName("the name in \(what)"), at: value.range)
        return nil
      }
      return TemplateTransform(name: name, range: value.range)
    }
    guard value.members != nil else {
      error(
        .wrongKind(
          what: what, expected: "a macro name or an object with a 'Name'",
          found: value.kindDescription),
        at: value.range)
      return nil
    }
    guard let nameValue = value["Name"] else {
      error(.missingKey(what: what, key: "Name"), at: value.range)
      return nil
    }
    guard let name = string(nameValue, "the 'Name' of \(what)") else { return nil }
    return TemplateTransform(name: name.value, range: value.range, parameters: value["Parameters"])
  }

  /// An `Fn::Transform` member standing for a section's content or for a resource: recorded, so
  /// the whole template stays in CloudFormation, where the macro runs. True when `member` is one.
  mutating func recordSectionTransform(_ member: JSONMember, in template: inout Template) -> Bool {
    guard member.key == Self.transformFunction else { return false }
    if let transform = transform(member.value, "'\(Self.transformFunction)'") {
      template.sectionTransforms.append(transform)
    }
    return true
  }

  /// Scans `root` for `Transform` before the sections are decoded, so that what a macro reads
  /// (resource keys CloudFormation does not know) is not reported as a mistake.
  mutating func prescanTransforms(_ root: JSONValue) -> [TemplateTransform] {
    guard let value = root["Transform"] else { return [] }
    return decodeTransforms(value)
  }

  /// `root` with its `Fn::ForEach` loops expanded, as the language extensions do. Without that
  /// transform a loop is an error, as in CloudFormation; a loop over values known only when the
  /// stack is created keeps the whole template in CloudFormation.
  mutating func expandLoops(_ root: JSONValue, into template: inout Template) -> JSONValue {
    guard let extensions = template.transforms.first(where: { $0.kind == .languageExtensions })
    else {
      // Without the transform, a loop where loops are written (a section's members) is an error.
      let sections = ["Resources", "Outputs", "Conditions"].compactMap { root[$0] }
      guard
        let key = sections.lazy.compactMap({
          $0.members?.first { $0.key.hasPrefix(LoopExpander.prefix) }
        }).first
      else { return root }
      error(
        .loopWithoutTransform(key.key), at: key.keyRange,
        notes: [.init(#"add "Transform": "AWS::LanguageExtensions" to the template"#)])
      return root
    }
    guard LoopExpander.containsLoop(root) else { return root }
    var expander = LoopExpander(mappings: root["Mappings"])
    let expanded = expander.expand(root)
    for (problem, range) in expander.problems { error(problem, at: range) }
    template.loops = expander.expansions
    for loop in expander.deferred {
      template.sectionTransforms.append(
        TemplateTransform(
          name: extensions.name, range: loop.range,
          reason:
            "'\(loop.key)' loops over values known only when the stack is created, so CloudFormation expands it"
        ))
    }
    return expanded
  }
}
