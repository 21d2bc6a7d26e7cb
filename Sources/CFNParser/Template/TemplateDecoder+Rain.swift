/// Templates written for the `rain` tool: modules (a resource whose `Type` is
/// `{"Rain::Module": path}`, or a top-level `Modules` section) and directives such as
/// `{"Rain::Embed": path}`. They are not CloudFormation until `rain pkg` has expanded them, so
/// the template gets one error, at the first place that uses rain, instead of one per resource.
extension TemplateDecoder {
  /// One use of rain's syntax: what it is and where.
  struct RainUse {
    /// Where it is written.
    var range: SourceRange
    /// The resource whose `Type` is a module, when it is one.
    var moduleResource: String?
    /// True for a top-level `Modules` section.
    var isModulesSection = false
    /// The directive's name (`Rain::Embed`), otherwise.
    var directive: String?

    /// True for a module, either form.
    var isModule: Bool { moduleResource != nil || isModulesSection }

    /// What it is, for a diagnostic.
    var evidence: String {
      if let moduleResource { return "the 'Type' of resource '\(moduleResource)' is a module" }
      if isModulesSection { return "it has a 'Modules' section" }
      return "it uses the directive '\(directive ?? "")'"
    }
  }

  /// The one error for a rain template, or nil when `root` uses no rain syntax.
  func rainDiagnostic(_ root: JSONValue) -> Diagnostic? {
    var uses: [RainUse] = []
    for member in root.members ?? [] {
      if member.key == "Modules" {
        uses.append(RainUse(range: member.keyRange, isModulesSection: true))
        continue
      }
      if member.key == "Resources" {
        for resource in member.value.members ?? [] {
          if let type = resource.value["Type"], type.members?.count == 1,
            type["Rain::Module"] != nil
          {
            uses.append(RainUse(range: type.range, moduleResource: resource.key))
          }
        }
      }
      Self.collectDirectives(in: member.value, into: &uses)
    }
    let modules = uses.filter(\.isModule)
    guard let first = modules.first ?? uses.first else { return nil }
    let error: TemplateError =
      first.isModule ? .rainModuleTemplate(first.evidence) : .rainTemplate(first.evidence)
    var notes: [Diagnostic.Note] = [.init(Self.rainFix(fileName))]
    for other in (modules.isEmpty ? uses : modules).dropFirst() {
      notes.append(.init("also here: \(other.evidence)", at: other.range.start))
    }
    return .error(error.description, at: first.range.start, notes: notes)
  }

  /// How to turn a rain template into CloudFormation that cfn2tf reads.
  static func rainFix(_ fileName: String) -> String {
    let input = fileName == "<stdin>" ? "template.json" : fileName
    return
      "package it with rain first: 'rain pkg \(input) > packaged.yaml' (older rain releases need '-x' for modules), and convert packaged.yaml"
  }

  /// Every `{"Rain::…": …}` directive under `value` other than a resource's module `Type`
  /// (counted as a module), in document order.
  private static func collectDirectives(in value: JSONValue, into uses: inout [RainUse]) {
    switch value.kind {
    case .object(let members):
      if members.count == 1, let member = members.first, member.key.hasPrefix("Rain::") {
        let counted = uses.contains { $0.range == value.range }
        if !counted { uses.append(RainUse(range: value.range, directive: member.key)) }
        return
      }
      for member in members { collectDirectives(in: member.value, into: &uses) }
    case .array(let items):
      for item in items { collectDirectives(in: item, into: &uses) }
    default:
      break
    }
  }
}
