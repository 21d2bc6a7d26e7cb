/// The names CloudFormation refuses: a logical id that is not alphanumeric (`[A-Za-z0-9]+`) in
/// `Resources`, `Parameters`, `Outputs` and `Mappings`, a condition name with other characters than
/// those and `&` and `_` (cfn-lint's rule for conditions), and a name given to both a parameter
/// and a resource, which share one namespace (`Ref` reads either). Checked after `Fn::ForEach` is
/// expanded, so the ids a loop writes are checked, where the loop writes them.
extension TemplateDecoder {
  /// Checks every name of `template`, unless a macro may rewrite it.
  mutating func checkNames(in template: Template) {
    guard template.wholeTemplateTransform == nil else { return }
    for parameter in template.parameters {
      checkName(parameter.name, "parameter", at: parameter.range, template)
    }
    for mapping in template.mappings {
      checkName(mapping.name, "mapping", at: mapping.range, template)
    }
    for condition in template.conditions {
      checkName(condition.name, "condition", at: condition.range, template)
    }
    var parameters: [String: Parameter] = [:]
    for parameter in template.parameters where parameters[parameter.name] == nil {
      parameters[parameter.name] = parameter
    }
    for resource in template.resources {
      checkName(resource.logicalId, "resource", at: resource.range, template)
      if let parameter = parameters[resource.logicalId] {
        error(
          .nameInTwoSections(resource.logicalId), at: resource.range,
          notes: [
            .init("the parameter '\(parameter.name)' is declared here", at: parameter.range.start),
            .init("parameters and resources share one namespace ('Ref' reads either): rename one"),
          ])
      }
    }
    for output in template.outputs {
      checkName(output.name, "output", at: output.range, template)
    }
  }

  /// Whether `name` is a valid name for `kind`: letters and digits, and for a condition `&` and
  /// `_` too.
  static func isValidName(_ name: String, for kind: String) -> Bool {
    !name.isEmpty
      && name.utf8.allSatisfy {
        switch $0 {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"):
          true
        case UInt8(ascii: "&"), UInt8(ascii: "_"): kind == "condition"
        default: false
        }
      }
  }

  private mutating func checkName(
    _ name: String, _ kind: String, at range: SourceRange, _ template: Template
  ) {
    guard !Self.isValidName(name, for: kind) else { return }
    let allowed =
      kind == "condition" ? "letters, digits, '&' and '_'" : "letters and digits (A-Za-z0-9)"
    if name.isEmpty {
      error(.emptyName("the name of a \(kind)"), at: range, notes: [.init("give it \(allowed)")])
      return
    }
    var notes: [Diagnostic.Note] = []
    if let loop = template.loops.first(where: { $0.keys.contains(name) }) {
      notes.append(
        .init(
          "'\(loop.key)' writes it from an element of its collection: write '&{…}' for '${…}' to leave out what is not alphanumeric",
          at: loop.range.start))
    } else {
      let kept = String(String.UnicodeScalarView(name.unicodeScalars.filter(Self.isAlphanumeric)))
      notes.append(.init(kept.isEmpty ? "use \(allowed) only" : "use \(allowed) only: '\(kept)'"))
    }
    error(.invalidName(kind: kind, name: name), at: range, notes: notes)
  }

  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
  }
}
