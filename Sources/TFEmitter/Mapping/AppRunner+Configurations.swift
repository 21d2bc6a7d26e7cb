import CFNParser

extension AppRunner {
  /// `AWS::AppRunner::VpcConnector`. `Ref` and `VpcConnectorArn` are its ARN, by which Terraform
  /// imports it. Without `SecurityGroups`, App Runner gives the connector the VPC's default
  /// security group; Terraform requires the list, so that group is looked up.
  static let vpcConnector = ResourceMapping(
    "AWS::AppRunner::VpcConnector", to: "aws_apprunner_vpc_connector", ref: "arn",
    attributes: ["VpcConnectorArn": "arn", "VpcConnectorRevision": "vpc_connector_revision"],
    properties: [
      .argument("VpcConnectorName", "vpc_connector_name"),
      .argument("Subnets", "subnets"),
      .argument("SecurityGroups", "security_groups"),
      .tags,
      .drop("VpcConnectorArn", "read-only: the ARN, which Ref returns"),
      .drop("VpcConnectorRevision", "read-only: GetAtt VpcConnectorRevision returns it"),
    ],
    finish: { builder in
      ExtraResources.requireName(
        "vpc_connector_name", unless: "VpcConnectorName", &builder, removing: notTheName)
      defaultSecurityGroup(&builder)
    })

  /// `security_groups` for a connector that names none: the default security group of the VPC
  /// of its first subnet, through `data "aws_subnet"` and `data "aws_security_group"`.
  static func defaultSecurityGroup(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("SecurityGroups") == nil,
      let subnets = builder.resource.property("Subnets")
    else { return }
    let conditional = builder.resource.condition != nil
    func read(_ resource: TerraformResource, _ attribute: String) -> HCLExpression {
      conditional
        ? .call("one", [.traversal(resource.path.appending([.splat, .attribute(attribute)]))])
        : .traversal(resource.path / attribute)
    }
    builder.translator.begin()
    let first: HCLExpression
    if case .list(let items) = subnets.value.kind, let item = items.first {
      first = builder.translator.translate(item, as: .string)
    } else {
      first = .index(builder.translator.translate(subnets.value, as: .list(.string)), .number("0"))
    }
    var subnet = TerraformResource(
      type: "aws_subnet",
      name: ExtraResources.uniqueName(builder.primary.name, type: "aws_subnet", builder),
      origin: builder.logicalId)
    subnet.kind = "data"
    subnet.comments = [
      "\(builder.logicalId) (\(builder.resource.type.value)): the VPC of its first subnet"
    ]
    subnet.content.argument("id", first)
    var group = TerraformResource(
      type: "aws_security_group",
      name: ExtraResources.uniqueName(
        builder.primary.name + "_default", type: "aws_security_group", builder),
      origin: builder.logicalId)
    group.kind = "data"
    group.comments = [
      "\(builder.logicalId) (\(builder.resource.type.value)): the VPC's default security group, which App Runner uses when the connector names none"
    ]
    group.content.argument("vpc_id", read(subnet, "vpc_id"))
    group.content.argument("name", .string("default"))
    let value = HCLExpression.tuple([read(group, "id")])
    builder.primary.content.argument(
      "security_groups", value,
      comments: ["App Runner's default: the VPC's default security group"])
    builder.extras += [subnet, group]
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "SecurityGroups"),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "security_groups", status: .transformed,
        note:
          "not set: App Runner uses the VPC's default security group, looked up through the first subnet (Terraform requires the list)",
        targetValue: HCLPrinter.printExpression(value)))
  }

  /// `AWS::AppRunner::AutoScalingConfiguration`. `Ref` and `AutoScalingConfigurationArn` are the
  /// ARN of its revision, by which Terraform imports it.
  static let autoScalingConfiguration = ResourceMapping(
    "AWS::AppRunner::AutoScalingConfiguration",
    to: "aws_apprunner_auto_scaling_configuration_version", ref: "arn",
    attributes: [
      "AutoScalingConfigurationArn": "arn",
      "AutoScalingConfigurationRevision": "auto_scaling_configuration_revision",
      "Latest": "latest",
    ],
    properties: [
      .argument("AutoScalingConfigurationName", "auto_scaling_configuration_name"),
      .argument("MaxConcurrency", "max_concurrency"),
      .argument("MinSize", "min_size"),
      .argument("MaxSize", "max_size"),
      .tags,
      .drop("AutoScalingConfigurationArn", "read-only: the ARN, which Ref returns"),
      .drop(
        "AutoScalingConfigurationRevision",
        "read-only: GetAtt AutoScalingConfigurationRevision returns it"),
      .drop("Latest", "read-only: GetAtt Latest returns it"),
    ],
    finish: { builder in
      ExtraResources.requireName(
        "auto_scaling_configuration_name", unless: "AutoScalingConfigurationName", &builder,
        removing: notTheName)
    })

  /// `AWS::AppRunner::ObservabilityConfiguration`. `Ref` and `ObservabilityConfigurationArn`
  /// are the ARN of its revision, by which Terraform imports it.
  static let observabilityConfiguration = ResourceMapping(
    "AWS::AppRunner::ObservabilityConfiguration",
    to: "aws_apprunner_observability_configuration", ref: "arn",
    attributes: [
      "ObservabilityConfigurationArn": "arn",
      "ObservabilityConfigurationRevision": "observability_configuration_revision",
      "Latest": "latest",
    ],
    properties: [
      .argument("ObservabilityConfigurationName", "observability_configuration_name"),
      PropertyRule(
        "TraceConfiguration", .block("trace_configuration", [.argument("Vendor", "vendor")])),
      .tags,
      .drop("ObservabilityConfigurationArn", "read-only: the ARN, which Ref returns"),
      .drop(
        "ObservabilityConfigurationRevision",
        "read-only: GetAtt ObservabilityConfigurationRevision returns it"),
      .drop("Latest", "read-only: GetAtt Latest returns it"),
    ],
    finish: { builder in
      ExtraResources.requireName(
        "observability_configuration_name", unless: "ObservabilityConfigurationName", &builder,
        removing: notTheName)
    })

  /// `AWS::AppRunner::VpcIngressConnection`. `Ref` and `VpcIngressConnectionArn` are its ARN,
  /// by which Terraform imports it.
  static let vpcIngressConnection = ResourceMapping(
    "AWS::AppRunner::VpcIngressConnection", to: "aws_apprunner_vpc_ingress_connection",
    ref: "arn",
    attributes: [
      "VpcIngressConnectionArn": "arn", "DomainName": "domain_name", "Status": "status",
    ],
    properties: [
      .argument("VpcIngressConnectionName", "name"),
      .argument("ServiceArn", "service_arn"),
      PropertyRule(
        "IngressVpcConfiguration",
        .block(
          "ingress_vpc_configuration",
          [.argument("VpcId", "vpc_id"), .argument("VpcEndpointId", "vpc_endpoint_id")])),
      .tags,
      .drop("VpcIngressConnectionArn", "read-only: the ARN, which Ref returns"),
      .drop("DomainName", "read-only: GetAtt DomainName returns it"),
      .drop("Status", "read-only: GetAtt Status returns it"),
    ],
    finish: { builder in
      ExtraResources.requireName(
        "name", unless: "VpcIngressConnectionName", &builder, removing: notTheName)
    })
}
