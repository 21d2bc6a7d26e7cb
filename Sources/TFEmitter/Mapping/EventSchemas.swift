import CFNParser

/// `AWS::EventSchemas::*`: EventBridge schema registries, schemas, discoverers and registry
/// policies. CloudFormation identifies registries, schemas and discoverers by ARN; Terraform
/// imports them by names and ids read from those ARNs.
package enum EventSchemas: MappingFamily {
  /// The mappings of this family.
  static let mappings = [registry, schema, discoverer, registryPolicy]

  /// `AWS::EventSchemas::Registry`. `Ref` is its ARN; Terraform imports it by name.
  static let registry = ResourceMapping(
    "AWS::EventSchemas::Registry", to: "aws_schemas_registry", ref: "arn",
    attributes: ["RegistryArn": "arn", "RegistryName": "name"],
    properties: [
      .argument("RegistryName", "name"),
      .argument("Description", "description"),
      .tags,
      .drop("RegistryArn", "read-only: Ref returns it"),
    ],
    importID: .custom { context in context.physicalId.flatMap { arnPath($0, "registry") } },
    finish: {
      ExtraResources.requireName("name", unless: "RegistryName", &$0, removing: "^arn:.*:registry/")
    })

  /// `AWS::EventSchemas::Schema`. `Ref` is its ARN; Terraform imports it as
  /// `<name>/<registry>`.
  static let schema = ResourceMapping(
    "AWS::EventSchemas::Schema", to: "aws_schemas_schema", ref: "arn",
    attributes: [
      "SchemaArn": "arn", "SchemaName": "name", "SchemaVersion": "version",
      "LastModified": "last_modified", "VersionCreatedDate": "version_created_date",
    ],
    properties: [
      .argument("SchemaName", "name"),
      .argument("RegistryName", "registry_name"),
      .argument("Type", "type"),
      .argument("Description", "description"),
      .argument("Content", "content"),
      .tags,
    ]
      + ["LastModified", "SchemaArn", "SchemaVersion", "VersionCreatedDate"].map {
        .drop($0, "read-only: GetAtt \($0) returns it")
      },
    importID: .custom { context in
      guard let path = context.physicalId.flatMap({ arnPath($0, "schema") }) else { return nil }
      let parts = path.split(separator: "/", maxSplits: 1)
      return parts.count == 2 ? "\(parts[1])/\(parts[0])" : nil
    },
    finish: {
      ExtraResources.requireName(
        "name", unless: "SchemaName", &$0, removing: "^arn:.*:schema/[^/]*/")
    })

  /// `AWS::EventSchemas::Discoverer`. `Ref` is its ARN; Terraform imports it by id. `State`
  /// has no Terraform counterpart.
  static let discoverer = ResourceMapping(
    "AWS::EventSchemas::Discoverer", to: "aws_schemas_discoverer", ref: "arn",
    attributes: ["DiscovererArn": "arn", "DiscovererId": "id"],
    properties: [
      .argument("SourceArn", "source_arn"),
      .argument("Description", "description"),
      .tags,
      .custom("CrossAccount") { member, builder, _ in
        if member.value.scalarText == "true" {
          builder.dropped(member, reason: "true is what EventBridge does without it")
        } else {
          builder.unsupported(
            member,
            reason:
              "aws_schemas_discoverer (provider 5.100) always discovers events from other accounts: turn it off with 'aws schemas update-discoverer --no-cross-account'"
          )
        }
      },
      .drop("DiscovererArn", "read-only: Ref returns it"),
      .drop("DiscovererId", "read-only: GetAtt DiscovererId returns it"),
      .drop("State", "read-only: EventBridge starts the discoverer"),
    ],
    importID: .custom { context in context.physicalId.flatMap { arnPath($0, "discoverer") } })

  /// `AWS::EventSchemas::RegistryPolicy`. Its `Ref` and `Id` (an id CloudFormation makes) have
  /// no Terraform counterpart; Terraform imports it by the registry's name.
  static let registryPolicy = ResourceMapping(
    "AWS::EventSchemas::RegistryPolicy", to: "aws_schemas_registry_policy", ref: nil,
    properties: [
      .argument("RegistryName", "registry_name"),
      .custom("Policy") { member, builder, parts in
        PolicyDocument.argument(member, "policy", &builder, &parts)
      },
      .drop(
        "RevisionId",
        "it only guards CloudFormation's update against a concurrent change; Terraform writes the policy without it"
      ),
      .drop("Id", "read-only: an id CloudFormation makes"),
    ],
    importID: .custom { context in
      guard let member = context.resource.property("RegistryName") else { return nil }
      if case .getAtt(let registry, "RegistryName") = member.value.kind {
        return context.resolve(Expr(.ref(registry), range: member.value.range)).flatMap {
          arnPath($0, "registry")
        }
      }
      return context.resolve(member.value)
    })

  /// The part of an EventBridge Schemas ARN after `:<kind>/` (`registry`, `schema`,
  /// `discoverer`); nil for a value that is not such an ARN.
  static func arnPath(_ arn: String, _ kind: String) -> String? {
    guard arn.hasPrefix("arn:"), let range = arn.firstRange(of: ":\(kind)/") else { return nil }
    return String(arn[range.upperBound...])
  }
}
