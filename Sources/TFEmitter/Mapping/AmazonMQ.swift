import CFNParser

/// `AWS::AmazonMQ::*`: brokers (users' and the LDAP service account's passwords as sensitive
/// variables; the configuration a `ConfigurationAssociation` of the template gives as the broker's
/// `configuration` block) and configurations.
package enum AmazonMQ: MappingFamily {
  /// The mappings of this family.
  static let mappings = [broker, configuration, configurationAssociation]

  /// `AWS::AmazonMQ::Broker`. `Ref` is the broker id, which Terraform imports. The endpoints are
  /// read from `instances`, whose endpoints provider 5.100 lists in a fixed order: OpenWire, AMQP,
  /// STOMP, MQTT and WSS for ActiveMQ, AMQP alone for RabbitMQ.
  static let broker = ResourceMapping(
    "AWS::AmazonMQ::Broker", to: "aws_mq_broker", ref: "id",
    attributes: [
      "Id": "id", "Arn": "arn", "ConfigurationId": "configuration[0].id",
      "ConfigurationRevision": "configuration[0].revision",
      "IpAddresses": "[for i in instances : ${i.ip_address}]",
      "ConsoleURLs": "[for i in instances : ${i.console_url}]",
      "OpenWireEndpoints": "[for i in instances : ${i.endpoints[0]}]",
      "AmqpEndpoints": "[for i in instances : ${i.endpoints[length(i.endpoints) == 1 ? 0 : 1]}]",
      "StompEndpoints": "[for i in instances : ${i.endpoints[2]}]",
      "MqttEndpoints": "[for i in instances : ${i.endpoints[3]}]",
      "WssEndpoints": "[for i in instances : ${i.endpoints[4]}]",
    ],
    properties: [
      .argument("BrokerName", "broker_name"),
      .argument("EngineType", "engine_type"),
      .argument("EngineVersion", "engine_version"),
      .argument("HostInstanceType", "host_instance_type"),
      .argument("DeploymentMode", "deployment_mode"),
      .argument("StorageType", "storage_type"),
      .argument("PubliclyAccessible", "publicly_accessible"),
      .argument("AutoMinorVersionUpgrade", "auto_minor_version_upgrade"),
      .argument("AuthenticationStrategy", "authentication_strategy"),
      .argument("SubnetIds", "subnet_ids"),
      .argument("SecurityGroups", "security_groups"),
      .argument("DataReplicationMode", "data_replication_mode"),
      .argument("DataReplicationPrimaryBrokerArn", "data_replication_primary_broker_arn"),
      .tags,
      PropertyRule(
        "Configuration",
        .block("configuration", [.argument("Id", "id"), .argument("Revision", "revision")])),
      PropertyRule(
        "EncryptionOptions",
        .block(
          "encryption_options",
          [
            .argument("UseAwsOwnedKey", "use_aws_owned_key"),
            .custom("KmsKeyId", kmsKeyArn),
          ])),
      PropertyRule(
        "LdapServerMetadata",
        .block(
          "ldap_server_metadata",
          [
            .argument("Hosts", "hosts"),
            .argument("ServiceAccountUsername", "service_account_username"),
            .custom(
              "ServiceAccountPassword",
              SecretArgument.rule(
                "service_account_password",
                .init("LDAP service account password", variable: "ldap_password"),
                in: "ldap_server_metadata")),
            .argument("RoleBase", "role_base"),
            .argument("RoleName", "role_name"),
            .argument("RoleSearchMatching", "role_search_matching"),
            .argument("RoleSearchSubtree", "role_search_subtree"),
            .argument("UserBase", "user_base"),
            .argument("UserRoleName", "user_role_name"),
            .argument("UserSearchMatching", "user_search_matching"),
            .argument("UserSearchSubtree", "user_search_subtree"),
          ])),
      PropertyRule(
        "Logs", .block("logs", [.argument("General", "general"), .argument("Audit", "audit")])),
      PropertyRule(
        "MaintenanceWindowStartTime",
        .block(
          "maintenance_window_start_time",
          [
            .argument("DayOfWeek", "day_of_week"), .argument("TimeOfDay", "time_of_day"),
            .argument("TimeZone", "time_zone"),
          ])),
      PropertyRule(
        "Users",
        .blocks(
          "user",
          [
            .argument("Username", "username"),
            .custom(
              "Password",
              SecretArgument.rule(
                "password", .init("password of a broker user", variable: "user_password"),
                in: "user")),
            .argument("ConsoleAccess", "console_access"),
            .argument("Groups", "groups"),
            .argument("ReplicationUser", "replication_user"),
          ])),
    ]
      + [
        "Arn", "AmqpEndpoints", "ConfigurationId", "ConfigurationRevision", "ConsoleURLs",
        "EngineVersionCurrent", "Id", "IpAddresses", "MqttEndpoints", "OpenWireEndpoints",
        "StompEndpoints", "WssEndpoints",
      ].map { .drop($0, "read-only: Amazon MQ sets it") },
    finish: { builder in
      requireEngineVersion(&builder, of: "broker")
      associatedConfiguration(&builder)
    })

  /// `AWS::AmazonMQ::Configuration`. `Ref` is its id, which Terraform imports; `Revision` is the
  /// latest revision, the one the template's data makes.
  static let configuration = ResourceMapping(
    "AWS::AmazonMQ::Configuration", to: "aws_mq_configuration", ref: "id",
    attributes: ["Id": "id", "Arn": "arn", "Revision": "latest_revision"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("EngineType", "engine_type"),
      .argument("EngineVersion", "engine_version"),
      .argument("AuthenticationStrategy", "authentication_strategy"),
      .custom("Data", configurationData),
      .tags,
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("Id", "read-only: Ref returns it"),
      .drop("Revision", "read-only: GetAtt Revision returns it"),
    ],
    finish: { requireEngineVersion(&$0, of: "configuration") })

  /// `AWS::AmazonMQ::ConfigurationAssociation` has no resource of its own in Terraform: the
  /// broker's `configuration` block holds it (see `associatedConfiguration`).
  static let configurationAssociation = ResourceMapping.omitted(
    "AWS::AmazonMQ::ConfigurationAssociation",
    reason:
      "Terraform has no configuration association resource: its Configuration is the configuration block of the aws_mq_broker its Broker names (Ref); the association of a broker outside the template is not converted, set it on that broker"
  )

  /// `EncryptionOptions.KmsKeyId`: a key id or alias made the ARN Terraform takes, as a trail's.
  @Sendable static func kmsKeyArn(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let written = builder.ledger.count
    CloudTrail.kmsKeyArn(member, &builder, &parts)
    for index in builder.ledger.indices.dropFirst(written) {
      builder.ledger[index].target =
        builder.primary.path / "encryption_options" / "kms_key_id"
    }
  }

  /// `Data`: Amazon MQ takes base64, Terraform the XML itself (it encodes it): `Fn::Base64` of
  /// the XML becomes the XML, base64 text `base64decode()` of it.
  @Sendable static func configurationData(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.translator.begin()
    let value: HCLExpression
    if case .base64(let xml) = member.value.kind {
      value = builder.translator.translate(xml, as: .string)
      builder.translator.transformed("the XML inside Fn::Base64: Terraform encodes it")
    } else {
      value = .call("base64decode", [builder.translator.translate(member.value, as: .string)])
      builder.translator.transformed("the base64 data decoded: Terraform encodes the XML itself")
    }
    builder.record(
      member, target: builder.primary.path / "data",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: value)
    parts.argument("data", value)
  }

  /// CloudFormation lets Amazon MQ choose the engine version when `EngineVersion` is not set;
  /// Terraform requires one: a variable the user sets (an adopted stack's is the live one).
  static func requireEngineVersion(_ builder: inout ResourceBuilder, of what: String) {
    guard builder.resource.property("EngineVersion") == nil else { return }
    let name = builder.translator.namer.reserveVariable(builder.primary.name + "_engine_version")
    let variable = builder.translator.addVariable(
      AddedVariable(
        name: name, type: "string",
        description:
          "Engine version of the \(what) \(builder.logicalId), which the template left to Amazon MQ: an adopted stack's is the live one ('aws mq describe-\(what)'), a new stack's the version to run."
      ))
    builder.primary.content.argument(
      "engine_version", variable,
      comments: [
        "cfn2tf: 'EngineVersion' is not set: Amazon MQ chooses it, Terraform requires it"
      ])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "EngineVersion"),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "engine_version", status: .approximated,
        note: "not set: Terraform requires an engine version; it comes from var.\(name)",
        targetValue: HCLPrinter.printExpression(variable)))
  }

  /// The `configuration` block a `ConfigurationAssociation` of the template gives the broker
  /// (`Broker` a `Ref` to it), when the broker has none of its own.
  static func associatedConfiguration(_ builder: inout ResourceBuilder) {
    let associations = builder.translator.template.resources.filter { resource in
      guard resource.type.value == "AWS::AmazonMQ::ConfigurationAssociation",
        case .ref(let broker) = resource.property("Broker")?.value.kind
      else { return false }
      return broker == builder.logicalId
    }
    for (index, association) in associations.enumerated() {
      guard let member = association.property("Configuration") else { continue }
      let path = TemplatePath.property("Configuration", of: association.logicalId)
      let type = association.type.value
      guard index == 0, builder.resource.property("Configuration") == nil,
        association.condition == nil, case .object(let fields) = member.value.kind
      else {
        let reason =
          association.condition != nil
          ? "an association under a Condition cannot become the broker's configuration block; set Configuration on the broker"
          : "the broker already has its configuration; set one of them"
        builder.diagnostics.append(
          .warning(
            "the configuration association '\(association.logicalId)' of '\(builder.logicalId)' is not converted: \(reason)",
            at: member.keyRange.start))
        builder.ledger.append(
          LedgerEntry(
            kind: .property, path: path, resourceType: type, location: member.keyRange.start,
            status: .unsupported, note: reason, sourceValue: member.value.compactText))
        continue
      }
      let scope = builder.scope.block("configuration")
      var inner = BodyParts()
      for (field, argument) in [("Id", "id"), ("Revision", "revision")] {
        guard let value = fields.first(where: { $0.key == field })?.value else { continue }
        builder.translator.begin()
        let expression = builder.translator.translate(
          value, as: ResourceBuilder.valueType(of: scope.attribute(argument)?.type))
        builder.translator.transformed(
          "the association '\(association.logicalId)' became the broker's configuration block")
        inner.argument(argument, expression)
        builder.ledger.append(
          LedgerEntry(
            kind: .property, path: path / field, resourceType: type,
            location: member.keyRange.start, target: scope.target / argument,
            status: builder.translator.status, note: builder.translator.note,
            sourceValue: value.compactText,
            targetValue: HCLPrinter.printExpression(expression)))
      }
      builder.primary.content.block(
        HCLBlock("configuration", body: inner.body),
        comments: ["the configuration of \(association.logicalId) (\(type))"])
    }
  }
}
