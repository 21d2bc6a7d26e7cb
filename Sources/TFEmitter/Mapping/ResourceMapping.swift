import CFNParser

/// The reviewed table that says how one CloudFormation resource type becomes Terraform: the
/// resource type it becomes, what `Ref` and each `Fn::GetAtt` attribute turn into, and a rule for
/// every property. A property without a rule is reported as unsupported, never dropped silently.
package struct ResourceMapping: Sendable {
  /// The CloudFormation type, such as `AWS::AutoScaling::AutoScalingGroup`.
  package var cloudFormationType: String
  /// The Terraform type of the primary resource, such as `aws_autoscaling_group`.
  package var terraformType: String
  /// The Terraform attribute `Ref` returns, or nil when `Ref` has no counterpart.
  package var refAttribute: String?
  /// `Fn::GetAtt` attribute → Terraform attribute of the primary resource.
  package var attributes: [String: String]
  /// One rule per CloudFormation property, in the order arguments are written.
  package var properties: [PropertyRule]
  /// Runs after the property rules: adds what the table cannot say (extra resources, policies).
  package var finish: (@Sendable (inout ResourceBuilder) -> Void)?
  /// How the primary resource's import id is formed from the live stack.
  package var importID: ImportID
  /// When set, the type has no Terraform counterpart: resources of it are left out, with this
  /// reason in a warning, a comment and the ledger, and references to them become null.
  package var omission: String?
  /// When set, picks the Terraform type from the resource's properties (a VPC gateway attachment
  /// becomes an internet or a VPN gateway attachment); `terraformType` otherwise.
  package var terraformTypeChoice: (@Sendable (Resource) -> String)?

  /// Creates a mapping.
  package init(
    _ cloudFormationType: String, to terraformType: String, ref refAttribute: String?,
    attributes: [String: String] = [:], properties: [PropertyRule],
    importID: ImportID = .physicalId, finish: (@Sendable (inout ResourceBuilder) -> Void)? = nil
  ) {
    self.cloudFormationType = cloudFormationType
    self.terraformType = terraformType
    self.refAttribute = refAttribute
    self.attributes = attributes
    self.properties = properties
    self.finish = finish
    self.importID = importID
  }

  /// A type with no Terraform counterpart, left out for `reason`.
  package static func omitted(_ cloudFormationType: String, reason: String) -> ResourceMapping {
    var mapping = ResourceMapping(
      cloudFormationType, to: "", ref: nil, properties: [],
      importID: .notImportable("it is not converted"))
    mapping.omission = reason
    return mapping
  }

  /// The Terraform type `resource` becomes.
  package func terraformType(for resource: Resource) -> String {
    terraformTypeChoice?(resource) ?? terraformType
  }

  /// The rule for property `name`.
  package func rule(for name: String) -> PropertyRule? { properties.first { $0.property == name } }
}

/// What happens to one CloudFormation property.
package struct PropertyRule: Sendable {
  /// The CloudFormation property name.
  package var property: String
  /// What it becomes.
  package var action: PropertyAction

  /// Creates a rule.
  package init(_ property: String, _ action: PropertyAction) {
    self.property = property
    self.action = action
  }
}

/// What a property becomes.
package enum PropertyAction: Sendable {
  /// An argument of the same meaning, typed by the provider schema.
  case argument(String)
  /// An object property that becomes one nested block, its members by their own rules.
  case block(String, [PropertyRule])
  /// A list of objects that becomes repeated nested blocks.
  case blocks(String, [PropertyRule])
  /// An object property whose members become arguments of the same body, each by its rule (an
  /// instance's `Ebs` beside its `DeviceName`); the object itself has no entry of its own.
  case fields([PropertyRule])
  /// `Tags` (a list of `Key`/`Value`) that becomes a `tags` map.
  case tagsMap(String)
  /// Code that writes whatever the property needs.
  case custom(@Sendable (ExprMember, inout ResourceBuilder, inout BodyParts) -> Void)
  /// Not carried over, for the reason given.
  case drop(String)
}

extension PropertyRule {
  /// `Property` → `argument`.
  package static func argument(_ property: String, _ argument: String) -> PropertyRule {
    PropertyRule(property, .argument(argument))
  }

  /// `Tags` → `tags` map.
  package static var tags: PropertyRule { PropertyRule("Tags", .tagsMap("tags")) }

  /// `Property` dropped for `reason`.
  package static func drop(_ property: String, _ reason: String) -> PropertyRule {
    PropertyRule(property, .drop(reason))
  }

  /// `Property` → code.
  package static func custom(
    _ property: String,
    _ code: @escaping @Sendable (ExprMember, inout ResourceBuilder, inout BodyParts) -> Void
  ) -> PropertyRule {
    PropertyRule(property, .custom(code))
  }
}
