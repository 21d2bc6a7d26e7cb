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

  /// The expression for attribute `attribute` of this resource, guarded when it is conditional.
  /// An attribute written as a template of attributes, such as `${arn}:*`, becomes a string
  /// template whose `${name}` parts are those attributes.
  package func expression(for attribute: String) -> HCLExpression {
    if attribute.contains("${") { return template(attribute) }
    if isConditional {
      return .call("one", [.reference("\(address)[*].\(attribute)")])
    }
    return .reference("\(address).\(attribute)")
  }

  private func template(_ text: String) -> HCLExpression {
    var parts: [HCLTemplatePart] = []
    var rest = Substring(text)
    while let open = rest.firstRange(of: "${"),
      let close = rest[open.upperBound...].firstIndex(of: "}")
    {
      if open.lowerBound > rest.startIndex {
        parts.append(.literal(String(rest[..<open.lowerBound])))
      }
      parts.append(.interpolation(expression(for: String(rest[open.upperBound..<close]))))
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { parts.append(.literal(String(rest))) }
    return .template(parts)
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

  package static func < (lhs: DataSourceUse, rhs: DataSourceUse) -> Bool {
    lhs.type < rhs.type
  }
}
