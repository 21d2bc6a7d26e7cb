import CFNParser

/// `AWS::EMR::*`: clusters (applications by name, bootstrap actions, configurations as
/// `configurations_json`, steps, Kerberos passwords as sensitive variables; the instances'
/// network settings as `ec2_attributes`, master and core instance groups and fleets as blocks
/// and task instance groups as `aws_emr_instance_group`s, in `EMR+Instances.swift`), instance
/// groups and security configurations. Steps added to a running cluster (`AWS::EMR::Step`)
/// have no Terraform resource: they stay in CloudFormation.
package enum EMR: MappingFamily {
  /// The mappings of this family.
  static let mappings = [cluster, instanceGroup, securityConfiguration]

  /// `AWS::EMR::Cluster`. `Ref` and `Id` are the cluster id.
  static let cluster = ResourceMapping(
    "AWS::EMR::Cluster", to: "aws_emr_cluster", ref: "id",
    attributes: ["Id": "id", "MasterPublicDNS": "master_public_dns"],
    properties: [
      .argument("Name", "name"),
      .argument("ReleaseLabel", "release_label"),
      .custom("Applications", applications),
      .argument("ServiceRole", "service_role"),
      // Written by `instances`, in the ec2_attributes block.
      .custom("JobFlowRole") { _, _, _ in },
      .argument("AutoScalingRole", "autoscaling_role"),
      .argument("SecurityConfiguration", "security_configuration"),
      .argument("LogUri", "log_uri"),
      .argument("LogEncryptionKmsKeyId", "log_encryption_kms_key_id"),
      .argument("CustomAmiId", "custom_ami_id"),
      .argument("EbsRootVolumeSize", "ebs_root_volume_size"),
      .argument("ScaleDownBehavior", "scale_down_behavior"),
      .argument("StepConcurrencyLevel", "step_concurrency_level"),
      .argument("VisibleToAllUsers", "visible_to_all_users"),
      .custom("AdditionalInfo") { member, builder, parts in
        PolicyDocument.argument(member, "additional_info", &builder, &parts)
      },
      .custom("Configurations") { member, builder, parts in
        configurations(member, "configurations_json", &builder, &parts)
      },
      .custom("Instances", instances),
      PropertyRule(
        "BootstrapActions",
        .blocks(
          "bootstrap_action",
          [
            .argument("Name", "name"),
            .custom(
              "ScriptBootstrapAction",
              ExtraResources.flattened(
                [.argument("Path", "path"), .argument("Args", "args")],
                in: ["bootstrap_action"])),
          ])),
      .custom(
        "Steps",
        attributeBlocks(
          "step",
          [
            .argument("Name", "name"),
            .argument("ActionOnFailure", "action_on_failure"),
            PropertyRule(
              "HadoopJarStep",
              .block(
                "hadoop_jar_step",
                [
                  .argument("Jar", "jar"), .argument("MainClass", "main_class"),
                  .argument("Args", "args"),
                  .custom("StepProperties", stepProperties),
                ])),
          ])),
      .custom(
        "PlacementGroupConfigs",
        attributeBlocks(
          "placement_group_config",
          [
            .argument("InstanceRole", "instance_role"),
            .argument("PlacementStrategy", "placement_strategy"),
          ])),
      PropertyRule(
        "AutoTerminationPolicy",
        .block("auto_termination_policy", [.argument("IdleTimeout", "idle_timeout")])),
      PropertyRule(
        "KerberosAttributes",
        .block(
          "kerberos_attributes",
          [
            .argument("Realm", "realm"),
            .custom("KdcAdminPassword", kerberos("kdc_admin_password", "KDC admin password")),
            .argument("ADDomainJoinUser", "ad_domain_join_user"),
            .custom(
              "ADDomainJoinPassword",
              kerberos("ad_domain_join_password", "Active Directory join password")),
            .custom(
              "CrossRealmTrustPrincipalPassword",
              kerberos("cross_realm_trust_principal_password", "cross-realm trust password")),
          ])),
      .tags,
      OpenSearch.notInProvider(
        "ManagedScalingPolicy",
        "managed scaling is the resource aws_emr_managed_scaling_policy, which cfn2tf does not write yet: add one for the cluster by hand"
      ),
      OpenSearch.notInProvider(
        "EbsRootVolumeIops",
        "aws_emr_cluster (provider 5.100) has no root volume IOPS: the root volumes get EMR's default"
      ),
      OpenSearch.notInProvider(
        "EbsRootVolumeThroughput",
        "aws_emr_cluster (provider 5.100) has no root volume throughput: the root volumes get EMR's default"
      ),
      OpenSearch.notInProvider(
        "OSReleaseLabel",
        "aws_emr_cluster (provider 5.100) has no Amazon Linux release label: the cluster gets the release's latest"
      ),
      .drop("Id", "read-only: Ref returns it"),
      .drop("MasterPublicDNS", "read-only: GetAtt MasterPublicDNS returns it"),
    ])

  /// A list property as `name` blocks, for an argument the provider declares a list of objects
  /// and takes as blocks too (`step`, `placement_group_config`).
  static func attributeBlocks(_ name: String, _ rules: [PropertyRule]) -> PropertyCode {
    { member, builder, parts in
      builder.apply(.blocks(name, rules), to: member, in: builder.scope, into: &parts)
    }
  }

  /// A Kerberos password: a sensitive variable (see `SecretArgument`).
  static func kerberos(_ argument: String, _ what: String) -> PropertyCode {
    SecretArgument.rule(
      argument, .init(what, variable: argument), in: "kerberos_attributes")
  }

  /// `Applications`: Terraform takes the names only. An application under `Fn::If` with
  /// `AWS::NoValue` is left out when its condition says so; versions, arguments and additional
  /// information are not converted.
  @Sendable static func applications(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(
        member, reason: "a computed list of applications cannot be converted; write it out")
      return
    }
    var names: [Expr] = []
    for (index, item) in items.enumerated() {
      let element = member.element(index, item)
      guard let name = applicationName(item, element, &builder) else { continue }
      names.append(name)
    }
    let list = ExprMember(
      key: member.key, keyRange: member.keyRange,
      value: Expr(.list(names), range: member.value.range))
    let target = builder.primary.path / "applications"
    builder.translator.begin()
    let value = builder.translator.translate(list.value, as: .list(.string))
    builder.translator.transformed("each application became its name")
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
    parts.argument("applications", value)
  }

  /// The name of application `item` (an object, or `Fn::If` between one and `AWS::NoValue`), as
  /// an expression of the same shape; nil, after a warning, when it has none.
  static func applicationName(
    _ item: Expr, _ element: RuleMember, _ builder: inout ResourceBuilder
  ) -> Expr? {
    switch item.kind {
    case .object(let fields):
      for field in fields where field.key != "Name" {
        builder.unsupported(
          element.field(field),
          reason:
            "aws_emr_cluster takes application names only: give the version through ReleaseLabel and settings through Configurations"
        )
      }
      guard let name = fields.first(where: { $0.key == "Name" })?.value else {
        builder.unsupported(element, reason: "an application must have a Name")
        return nil
      }
      return name
    case .if(let condition, let then, let otherwise):
      let names = [then, otherwise].map { branch -> Expr? in
        branch.isNoValue ? branch : applicationName(branch, element, &builder)
      }
      guard let first = names[0], let second = names[1] else { return nil }
      return Expr(.if(condition: condition, then: first, else: second), range: item.range)
    default:
      builder.unsupported(element, reason: "an application must be an object with a Name")
      return nil
    }
  }

  /// `StepProperties`, a list of `Key`/`Value`, as the `properties` map.
  @Sendable static func stepProperties(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard let pairs = builder.tagList(member) else { return }
    builder.translator.begin()
    let value = HCLExpression.object(
      pairs.map { pair in
        let value = builder.translator.translate(pair.value, as: .string)
        guard let key = pair.key.stringValue else {
          return HCLObjectItem(
            key: .expression(builder.translator.translate(pair.key, as: .string)), value: value)
        }
        return HCLObjectItem(key, value)
      })
    builder.translator.transformed("the list of Key/Value became a map")
    builder.record(
      member,
      target: builder.primary.path / "step" / "hadoop_jar_step" / "properties",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: value)
    parts.argument("properties", value)
  }

  /// `Configurations` (of a cluster or an instance group) as JSON in `argument` (at `target`
  /// for the ledger, the primary resource's by default), in the shape EMR reads: `ConfigurationProperties` is `Properties`, each value a string.
  static func configurations(
    _ member: RuleMember, _ argument: String, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts, target: TerraformPath? = nil
  ) {
    let renamed = member.with(value: emrShaped(member.value))
    let target = target ?? builder.primary.path / argument
    parts.argument(argument, PolicyDocument.translate(renamed, &builder, target: target))
  }

  /// A configuration list with `ConfigurationProperties` renamed `Properties`, numbers and
  /// booleans among them written as strings, nested configurations alike.
  static func emrShaped(_ expr: Expr) -> Expr {
    switch expr.kind {
    case .list(let items):
      return Expr(.list(items.map(emrShaped)), range: expr.range)
    case .if(let condition, let then, let otherwise):
      return Expr(
        .if(condition: condition, then: emrShaped(then), else: emrShaped(otherwise)),
        range: expr.range)
    case .object(let fields):
      return Expr(
        .object(
          fields.map { field in
            switch field.key {
            case "ConfigurationProperties":
              return ExprMember(
                key: "Properties", keyRange: field.keyRange, value: stringValues(field.value))
            case "Configurations":
              return ExprMember(
                key: field.key, keyRange: field.keyRange, value: emrShaped(field.value))
            default:
              return field
            }
          }), range: expr.range)
    default:
      return expr
    }
  }

  /// An object whose number and boolean members are written as strings.
  static func stringValues(_ expr: Expr) -> Expr {
    guard case .object(let fields) = expr.kind else { return expr }
    return Expr(
      .object(
        fields.map { field in
          let value: Expr =
            switch field.value.kind {
            case .number(let text): Expr(.string(text), range: field.value.range)
            case .bool(let flag): Expr(.string(flag ? "true" : "false"), range: field.value.range)
            default: field.value
            }
          return ExprMember(key: field.key, keyRange: field.keyRange, value: value)
        }), range: expr.range)
  }

  /// `AWS::EMR::SecurityConfiguration`. `Ref` is its name.
  static let securityConfiguration = ResourceMapping(
    "AWS::EMR::SecurityConfiguration", to: "aws_emr_security_configuration", ref: "name",
    properties: [
      .argument("Name", "name"),
      .custom("SecurityConfiguration") { member, builder, parts in
        PolicyDocument.argument(member, "configuration", &builder, &parts)
      },
    ],
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })
}
