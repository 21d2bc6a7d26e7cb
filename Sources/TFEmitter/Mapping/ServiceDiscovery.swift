import CFNParser

/// `AWS::ServiceDiscovery::*` (AWS Cloud Map): private and public DNS namespaces, HTTP
/// namespaces, services (their DNS configuration and health checks) and registered instances.
package enum ServiceDiscovery: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    privateDnsNamespace, publicDnsNamespace, httpNamespace, service, instance,
  ]

  /// What `Fn::GetAtt` returns of a namespace.
  static let namespaceAttributes = ["Arn": "arn", "Id": "id"]

  /// The rules every namespace has, after its name (and VPC).
  static let namespaceRules: [PropertyRule] = [
    .argument("Description", "description"),
    .tags,
    .drop("Arn", "read-only: GetAtt Arn returns it"),
    .drop("Id", "read-only: the namespace id, which Ref returns"),
  ]

  /// The rules of a DNS namespace: a namespace's, its hosted zone and its SOA record's TTL.
  static let dnsNamespaceRules =
    namespaceRules + [
      .drop("HostedZoneId", "read-only: GetAtt HostedZoneId returns it"),
      .custom("Properties") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "\(builder.primary.type) (provider 5.100) has no SOA record TTL: the namespace keeps Cloud Map's; set it with 'aws servicediscovery update-\(builder.primary.type.contains("private") ? "private" : "public")-dns-namespace'"
        )
      },
    ]

  /// `AWS::ServiceDiscovery::PrivateDnsNamespace`. `Ref` is its id; Terraform imports it as
  /// `NAMESPACE_ID:VPC_ID`.
  static let privateDnsNamespace = ResourceMapping(
    "AWS::ServiceDiscovery::PrivateDnsNamespace", to: "aws_service_discovery_private_dns_namespace",
    ref: "id", attributes: namespaceAttributes.merging(["HostedZoneId": "hosted_zone"]) { $1 },
    properties: [.argument("Name", "name"), .argument("Vpc", "vpc")] + dnsNamespaceRules,
    importID: .custom { context in
      guard let id = context.physicalId, let vpc = context.property("Vpc") else { return nil }
      return "\(id):\(vpc)"
    })

  /// `AWS::ServiceDiscovery::PublicDnsNamespace`. `Ref` is its id, by which it is imported.
  static let publicDnsNamespace = ResourceMapping(
    "AWS::ServiceDiscovery::PublicDnsNamespace", to: "aws_service_discovery_public_dns_namespace",
    ref: "id", attributes: namespaceAttributes.merging(["HostedZoneId": "hosted_zone"]) { $1 },
    properties: [.argument("Name", "name")] + dnsNamespaceRules)

  /// `AWS::ServiceDiscovery::HttpNamespace`. `Ref` is its id, by which it is imported.
  static let httpNamespace = ResourceMapping(
    "AWS::ServiceDiscovery::HttpNamespace", to: "aws_service_discovery_http_namespace",
    ref: "id", attributes: namespaceAttributes,
    properties: [.argument("Name", "name")] + namespaceRules)

  /// `AWS::ServiceDiscovery::Service`. `Ref` is its id, by which it is imported.
  static let service = ResourceMapping(
    "AWS::ServiceDiscovery::Service", to: "aws_service_discovery_service", ref: "id",
    attributes: ["Arn": "arn", "Id": "id", "Name": "name"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("NamespaceId", "namespace_id"),
      .argument("Type", "type"),
      .custom("DnsConfig", dnsConfig),
      PropertyRule(
        "HealthCheckConfig",
        .block(
          "health_check_config",
          [
            .argument("Type", "type"), .argument("ResourcePath", "resource_path"),
            .argument("FailureThreshold", "failure_threshold"),
          ])),
      PropertyRule(
        "HealthCheckCustomConfig",
        .block("health_check_custom_config", [.argument("FailureThreshold", "failure_threshold")])
      ),
      .tags,
      .custom("ServiceAttributes") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_service_discovery_service (provider 5.100) has no service attributes: set them with 'aws servicediscovery update-service-attributes'"
        )
      },
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("Id", "read-only: the service id, which Ref returns"),
    ],
    finish: serviceName)

  /// The rules of `DnsConfig`.
  static let dnsConfigRules: [PropertyRule] = [
    .argument("NamespaceId", "namespace_id"),
    .argument("RoutingPolicy", "routing_policy"),
    PropertyRule(
      "DnsRecords", .blocks("dns_records", [.argument("TTL", "ttl"), .argument("Type", "type")])),
  ]

  /// `DnsConfig`: the `dns_config` block, whose namespace Terraform requires: the service's own
  /// `NamespaceId` when the configuration names none (CloudFormation's preferred form).
  @Sendable static func dnsConfig(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "dns_config"))
      return
    }
    let scope = builder.scope.block("dns_config", reading: member.path)
    var inner = BodyParts()
    var note = ""
    if !fields.contains(where: { $0.key == "NamespaceId" }),
      let namespace = builder.resource.property("NamespaceId")
    {
      builder.translator.begin()
      inner.argument("namespace_id", builder.translator.translate(namespace.value, as: .string))
      note = "the service's NamespaceId is written as its namespace_id too (Terraform requires it)"
    }
    builder.record(
      member, target: scope.target,
      status: note.isEmpty ? .exact : .transformed, note: note, source: member.value)
    builder.apply(dnsConfigRules, to: fields, in: scope, into: &inner)
    parts.block(HCLBlock("dns_config", body: inner.body))
  }

  /// A service without a `Name`: Terraform requires one, and CloudFormation generated it. The
  /// stack lists the service's id, not its name, so the name is `"${var.stack_name}-LogicalId"`,
  /// and adopting the live service needs its name written in.
  static func serviceName(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("Name") == nil else { return }
    let name = HCLExpression.template([
      .interpolation(builder.translator.stackName()), .literal("-\(builder.logicalId)"),
    ])
    let reason =
      "'Name' is not set: CloudFormation generated one, which the stack does not list (its physical id is the service id); \(builder.primary.address).name is \"${var.stack_name}-\(builder.logicalId)\": to adopt the live service, write its name (aws servicediscovery get-service) into Name, or it is replaced"
    builder.primary.content.arguments.items.insert(
      contentsOf: [.comment(["cfn2tf: \(reason)"]), .attribute(HCLAttribute("name", name))],
      at: 0)
    builder.diagnostics.append(
      .warning(
        "'\(builder.logicalId)' (AWS::ServiceDiscovery::Service): \(reason)",
        at: builder.resource.range.start))
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "Name"),
        resourceType: builder.resource.type.value,
        location: builder.resource.range.start, target: builder.primary.path / "name",
        status: .approximated, note: reason, targetValue: HCLPrinter.printExpression(name)))
  }

  /// `AWS::ServiceDiscovery::Instance`. `Ref` and `InstanceId` are the instance id; Terraform
  /// imports it as `SERVICE_ID/INSTANCE_ID`. An instance without an `InstanceId` gets
  /// CloudFormation's, through `var.physical_names`.
  static let instance = ResourceMapping(
    "AWS::ServiceDiscovery::Instance", to: "aws_service_discovery_instance", ref: "instance_id",
    attributes: ["InstanceId": "instance_id"],
    properties: [
      .argument("InstanceId", "instance_id"),
      .argument("ServiceId", "service_id"),
      .custom("InstanceAttributes") { member, builder, parts in
        let target = builder.primary.path / "attributes"
        guard member.value.stringValue != nil else {
          parts.argument("attributes", builder.translate(member, as: .map(.string), target: target))
          return
        }
        builder.translator.begin()
        let value = HCLExpression.call(
          "jsondecode", [builder.translator.translate(member.value, as: .string)])
        builder.translator.transformed("the JSON text became jsondecode()")
        builder.record(
          member, target: target,
          status: builder.translator.status, note: builder.translator.note, source: member.value,
          value: value)
        parts.argument("attributes", value)
      },
    ],
    importID: .custom { context in
      guard let service = context.property("ServiceId"), let id = context.physicalId else {
        return nil
      }
      return "\(service)/\(id)"
    },
    finish: { builder in
      ExtraResources.requireName("instance_id", unless: "InstanceId", &builder)
    })
}
