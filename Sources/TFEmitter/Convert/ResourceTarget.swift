import CFNParser

/// How a CloudFormation resource is reached from Terraform expressions: the address of the
/// Terraform resource that stands for it, what `Ref` returns and what each `Fn::GetAtt` becomes.
package struct ResourceTarget: Hashable, Sendable {
  /// The Terraform resource type, such as `aws_autoscaling_group`.
  package var type: String
  /// The Terraform resource name.
  package var name: String
  /// The attribute `Ref` returns (`id`, `name`, `arn`), or nil when `Ref` has no counterpart.
  package var refAttribute: String?
  /// `Fn::GetAtt` attribute → Terraform attribute.
  package var attributes: [String: String]
  /// True when the resource has a `count` (it had a `Condition`).
  package var isConditional: Bool
  /// True when the resource is not emitted (unsupported), so references to it are placeholders.
  package var isMissing: Bool = false

  /// `type.name`.
  package var address: String { "\(type).\(name)" }

  /// The address as a path.
  package var path: TerraformPath { .resource(type, name) }

  /// The Terraform attribute text for `Fn::GetAtt` attribute `name`: its entry in `attributes`,
  /// or, for a name whose last part the template chooses (a nested stack's `Outputs.Name`), the
  /// entry for the name with `*` as its last part (`Outputs.*`), whose `*` (`outputs["*"]`)
  /// becomes that part (`outputs["Name"]`); nil when neither is there.
  package func attribute(named name: String) -> String? {
    if let exact = attributes[name] { return exact }
    guard let dot = name.lastIndex(of: "."),
      let pattern = attributes[name[...dot] + "*"]
    else { return nil }
    return pattern.replacing("*", with: name[name.index(after: dot)...])
  }

  /// The expression for attribute `attribute` of this resource, guarded when it is conditional.
  /// An attribute written as a template of attributes, such as `${arn}:*`, becomes a string
  /// template whose `${name}` parts are those attributes. Two forms reshape a value that
  /// CloudFormation returns differently: `tolist(name)`, a function of one attribute (a set as
  /// the list CloudFormation returns; its arguments separated by commas, a list of them written
  /// in brackets: `tolist(setsubtract(private_ips, [private_ip]))`), and `[for e in name :
  /// template]`, a list made from each element of an attribute, the template's `${e.field}`
  /// parts being the element's fields.
  package func expression(for attribute: String) -> HCLExpression {
    if let loop = forExpression(attribute) { return loop }
    if let (function, arguments) = Self.call(attribute) {
      return .call(function, arguments.map(argument))
    }
    if attribute.contains("${") { return template(attribute) }
    guard Self.isName(attribute) else {
      // Attribute text with its own steps (`certificate_authority[0].data`) is written as is.
      if isConditional { return .call("one", [.reference("\(address)[*].\(attribute)")]) }
      return .reference("\(address).\(attribute)")
    }
    if isConditional {
      return .call("one", [.traversal(path.appending([.splat, .attribute(attribute)]))])
    }
    return .traversal(path / attribute)
  }

  /// The names of the resource's attributes that attribute text `text` reads: the name itself, the
  /// names each part of a template reads (`${arn}:*`, `${tokens[0]}.dkim`), the argument of a
  /// function (`tolist(name)`), the map of an index (`outputs["Name"]`) or of a path into a nested
  /// value (`certificate_authority[0].data`, `cache_nodes[0].address`), or the collection of a
  /// `for` (`[for e in name : …]`).
  package static func attributeNames(in text: String) -> [String] {
    if text.hasPrefix("[for "), let colon = text.firstRange(of: " : ") {
      let head = text.dropFirst(5)[..<colon.lowerBound].split(separator: " ")
      return head.count == 3 ? attributeNames(in: String(head[2])) : []
    }
    if let open = text.firstIndex(of: "["), open != text.startIndex,
      text[..<open].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
    {
      return [String(text[..<open])]
    }
    if let (_, arguments) = call(text) {
      var names: [String] = []
      for argument in arguments {
        let list = argument.hasPrefix("[") && argument.hasSuffix("]")
        for item in list ? split(String(argument.dropFirst().dropLast())) : [argument] {
          for name in attributeNames(in: item) where !names.contains(name) { names.append(name) }
        }
      }
      return names
    }
    guard text.contains("${") else { return [text] }
    return Interpolation.placeholders(in: text, as: .terraformTemplate).flatMap {
      attributeNames(in: String($0))
    }
  }

  /// True for attribute text that is one attribute name (letters, digits, `_`, `-`).
  static func isName(_ text: String) -> Bool {
    !text.isEmpty
      && text.utf8.allSatisfy {
        ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39)
          || $0 == 0x5F || $0 == 0x2D
      }
  }

  /// `function(arguments)`: its name and its arguments, split at the commas outside brackets and
  /// parentheses; nil for any other text.
  static func call(_ text: String) -> (String, [String])? {
    guard text.last == ")", let open = text.firstIndex(of: "("), open != text.startIndex,
      text[..<open].allSatisfy({ $0.isLetter || $0 == "_" })
    else { return nil }
    let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
    return (String(text[..<open]), split(String(inner)))
  }

  /// `text` split at the commas outside brackets and parentheses, each part trimmed.
  static func split(_ text: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      switch character {
      case "(", "[": depth += 1
      case ")", "]": depth -= 1
      case "," where depth == 0:
        parts.append(current.trimmingCharacters(in: " "))
        current = ""
        continue
      default: break
      }
      current.append(character)
    }
    parts.append(current.trimmingCharacters(in: " "))
    return parts
  }

  /// An argument of a function in attribute text: a list in brackets, or attribute text.
  private func argument(_ text: String) -> HCLExpression {
    guard text.hasPrefix("["), text.hasSuffix("]"), !text.hasPrefix("[for ") else {
      return expression(for: text)
    }
    return .tuple(Self.split(String(text.dropFirst().dropLast())).map(argument))
  }

  /// `[for e in name : template]` as a `for` expression over attribute `name`.
  private func forExpression(_ text: String) -> HCLExpression? {
    guard text.hasPrefix("[for "), text.hasSuffix("]"),
      let colon = text.firstRange(of: " : ")
    else { return nil }
    let head = text.dropFirst(5)[..<colon.lowerBound].split(separator: " ")
    guard head.count == 3, head[1] == "in" else { return nil }
    let element = String(head[0])
    let body = String(text[colon.upperBound..<text.index(before: text.endIndex)])
    let clause = HCLForClause(valueName: element, collection: expression(for: String(head[2])))
    return .forTuple(clause, template(body, element: element))
  }

  /// A string template: `${name}` is attribute `name`, `${element.field}` a field of the loop
  /// variable `element` when one is given.
  private func template(_ text: String, element: String? = nil) -> HCLExpression {
    .template(
      HCLExpression.templateParts(text) { inside in
        if let element, inside.hasPrefix(element + ".") { return .reference(String(inside)) }
        return expression(for: String(inside))
      })
  }

}

/// Data sources that translated expressions use; `data.tf` declares exactly these.
package enum DataSourceUse: String, Hashable, Sendable, CaseIterable, Comparable {
  case availabilityZones
  case callerIdentity
  case partition
  case region

  /// The Terraform data source type.
  package var type: String {
    switch self {
    case .availabilityZones: "aws_availability_zones"
    case .callerIdentity: "aws_caller_identity"
    case .partition: "aws_partition"
    case .region: "aws_region"
    }
  }

  /// The data source's name.
  package var name: String { self == .availabilityZones ? "available" : "current" }

  /// `data.type.name`.
  package var address: String { "data.\(type).\(name)" }

  /// `data.type.name` as a path.
  package var path: TerraformPath { TerraformPath(.data(type: type, name: name)) }

  package static func < (lhs: DataSourceUse, rhs: DataSourceUse) -> Bool {
    lhs.type < rhs.type
  }
}
