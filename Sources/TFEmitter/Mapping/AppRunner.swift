import CFNParser

/// `AWS::AppRunner::*`: services, and the VPC connectors, auto scaling and observability
/// configurations and VPC ingress connections they use (`AppRunner+Configurations.swift`).
package enum AppRunner: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    service, vpcConnector, autoScalingConfiguration, observabilityConfiguration,
    vpcIngressConnection,
  ]

  /// What is not the name in an App Runner ARN (`arn:…:service/NAME/ID`,
  /// `arn:…:vpcconnector/NAME/REVISION/ID`): removed from a physical id to leave the name.
  static let notTheName = "^arn:[^/]*/|/.*$"

  /// The rules of `ImageConfiguration` and `CodeConfigurationValues` that both have, inside the
  /// block at `block`, its names from the resource down (for the ledger).
  static func runtimeRules(in block: [String]) -> [PropertyRule] {
    [
      .argument("Port", "port"),
      .argument("StartCommand", "start_command"),
      .custom(
        "RuntimeEnvironmentVariables",
        nameValueMap("runtime_environment_variables", in: block)),
      .custom(
        "RuntimeEnvironmentSecrets", nameValueMap("runtime_environment_secrets", in: block)),
    ]
  }

  /// The rules of `SourceConfiguration`.
  static let sourceRules: [PropertyRule] = [
    .argument("AutoDeploymentsEnabled", "auto_deployments_enabled"),
    PropertyRule(
      "AuthenticationConfiguration",
      .block(
        "authentication_configuration",
        [
          .argument("AccessRoleArn", "access_role_arn"),
          .argument("ConnectionArn", "connection_arn"),
        ])),
    PropertyRule(
      "ImageRepository",
      .block(
        "image_repository",
        [
          .argument("ImageIdentifier", "image_identifier"),
          .argument("ImageRepositoryType", "image_repository_type"),
          PropertyRule(
            "ImageConfiguration",
            .block(
              "image_configuration",
              runtimeRules(
                in: ["source_configuration", "image_repository", "image_configuration"]))),
        ])),
    PropertyRule(
      "CodeRepository",
      .block(
        "code_repository",
        [
          .argument("RepositoryUrl", "repository_url"),
          .argument("SourceDirectory", "source_directory"),
          PropertyRule(
            "SourceCodeVersion",
            .block("source_code_version", [.argument("Type", "type"), .argument("Value", "value")])
          ),
          PropertyRule(
            "CodeConfiguration",
            .block(
              "code_configuration",
              [
                .argument("ConfigurationSource", "configuration_source"),
                PropertyRule(
                  "CodeConfigurationValues",
                  .block(
                    "code_configuration_values",
                    [
                      .argument("Runtime", "runtime"),
                      .argument("BuildCommand", "build_command"),
                    ]
                      + runtimeRules(
                        in: [
                          "source_configuration", "code_repository", "code_configuration",
                          "code_configuration_values",
                        ]))),
              ])),
        ])),
  ]

  /// `AWS::AppRunner::Service`. `Ref` and `ServiceArn` are its ARN, by which Terraform imports
  /// it. An unnamed service gets CloudFormation's name through `var.physical_names`.
  static let service = ResourceMapping(
    "AWS::AppRunner::Service", to: "aws_apprunner_service", ref: "arn",
    attributes: [
      "ServiceArn": "arn", "ServiceId": "service_id", "ServiceUrl": "service_url",
      "Status": "status",
    ],
    properties: [
      .argument("ServiceName", "service_name"),
      .argument("AutoScalingConfigurationArn", "auto_scaling_configuration_arn"),
      .tags,
      PropertyRule("SourceConfiguration", .block("source_configuration", sourceRules)),
      PropertyRule(
        "InstanceConfiguration",
        .block(
          "instance_configuration",
          [
            .argument("Cpu", "cpu"), .argument("Memory", "memory"),
            .argument("InstanceRoleArn", "instance_role_arn"),
          ])),
      PropertyRule(
        "HealthCheckConfiguration",
        .block(
          "health_check_configuration",
          [
            .argument("Protocol", "protocol"), .argument("Path", "path"),
            .argument("Interval", "interval"), .argument("Timeout", "timeout"),
            .argument("HealthyThreshold", "healthy_threshold"),
            .argument("UnhealthyThreshold", "unhealthy_threshold"),
          ])),
      PropertyRule(
        "NetworkConfiguration",
        .block(
          "network_configuration",
          [
            .argument("IpAddressType", "ip_address_type"),
            PropertyRule(
              "EgressConfiguration",
              .block(
                "egress_configuration",
                [
                  .argument("EgressType", "egress_type"),
                  .argument("VpcConnectorArn", "vpc_connector_arn"),
                ])),
            PropertyRule(
              "IngressConfiguration",
              .block(
                "ingress_configuration",
                [.argument("IsPubliclyAccessible", "is_publicly_accessible")])),
          ])),
      PropertyRule(
        "ObservabilityConfiguration",
        .block(
          "observability_configuration",
          [
            .argument("ObservabilityEnabled", "observability_enabled"),
            .argument("ObservabilityConfigurationArn", "observability_configuration_arn"),
          ])),
      PropertyRule(
        "EncryptionConfiguration",
        .block("encryption_configuration", [.argument("KmsKey", "kms_key")])
      ),
      .drop("ServiceArn", "read-only: the ARN, which Ref returns"),
      .drop("ServiceId", "read-only: GetAtt ServiceId returns it"),
      .drop("ServiceUrl", "read-only: GetAtt ServiceUrl returns it"),
      .drop("Status", "read-only: GetAtt Status returns it"),
    ],
    finish: { builder in
      ExtraResources.requireName(
        "service_name", unless: "ServiceName", &builder, removing: notTheName)
    })

  /// A list of `Name`/`Value` pairs that becomes map argument `argument` of the block at `block`
  /// (its names from the resource down, for the ledger).
  static func nameValueMap(_ argument: String, in block: [String]) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / block / argument
      guard
        let pairs = builder.objects(
          of: member,
          computed: "a computed list cannot become the \(argument) map; write the list out",
          notAnObject: "each element must be an object with Name and Value")
      else { return }
      builder.translator.begin()
      var items: [HCLObjectItem] = []
      for pair in pairs {
        guard let name = pair.fields.first(where: { $0.key == "Name" })?.value,
          let value = pair.fields.first(where: { $0.key == "Value" })?.value
        else {
          builder.unsupported(pair.element, reason: "each element needs a Name and a Value")
          continue
        }
        let translated = builder.translator.translate(value, as: .string)
        if let key = name.stringValue {
          items.append(HCLObjectItem(key, translated))
        } else {
          let key = builder.translator.translate(name, as: .string)
          items.append(HCLObjectItem(key: .expression(key), value: translated))
        }
      }
      builder.translator.transformed("list of Name/Value became a map")
      let map = HCLExpression.object(items)
      builder.record(
        member, target: target,
        status: builder.translator.status, note: builder.translator.note, source: member.value,
        value: map, secret: builder.translator.touchesSecret)
      parts.argument(argument, map)
    }
  }
}
