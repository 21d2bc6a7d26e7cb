import CFNParser

extension DatomicProfile {
  mutating func record(
    _ kind: LedgerElementKind, _ path: String, at location: SourceLocation?,
    resourceType: String? = nil,
    target: String?, _ status: LedgerStatus, _ note: String, source: String? = nil
  ) {
    ledger.record(
      LedgerEntry(
        kind: kind, path: path, resourceType: resourceType, location: location, target: target,
        status: status, note: note, sourceValue: source))
  }

  /// Why parameters the module has no input for are dropped.
  static let droppedParameterReasons: [String: String] = [
    "DatomicDeployBucket":
      "replaced: the AMI built by packer/ carries Datomic, so the deploy bucket and the DATOMIC_READ_DEPLOY_* credentials it needed are obsolete (Datomic Pro downloads are public since 1.0.6726)"
  ]

  /// A ledger entry for every element of the template: where it went, or why it did not.
  mutating func recordTemplate() {
    for parameter in template.parameters {
      let path = "Parameters.\(parameter.name)"
      if let target = parameterTargets[parameter.name] {
        let unchecked = ParameterValidation.uncheckedPattern(of: parameter)
        record(
          .parameter, path, at: parameter.range.start, target: target,
          unchecked == nil ? .transformed : .approximated,
          (["became an input of the transactor module"]
            + [
              parameter.noEcho && parameter.defaultValue != nil
                ? "the NoEcho default is not copied" : nil,
              unchecked?.note,
            ].compactMap { $0 })
            .joined(separator: "; "),
          source: parameter.noEcho ? Redaction.placeholder : parameter.defaultValue?.compactText)
      } else {
        record(
          .parameter, path, at: parameter.range.start, target: nil, .dropped,
          Self.droppedParameterReasons[parameter.name]
            ?? "only the template's boot script used it; the module's user data replaces that script",
          source: parameter.noEcho ? Redaction.placeholder : parameter.defaultValue?.compactText)
      }
    }
    for mapping in template.mappings {
      let note =
        mapping.name == "AWSRegionArch2AMI" || mapping.name == "AWSInstanceType2Arch"
        ? "replaced by data.aws_ami.transactor: the mapping names Datomic's own years-old images, which relied on the deploy bucket; the module runs the image packer/ bakes"
        : "no longer used: the module does not look anything up in it"
      record(
        .mapping, "Mappings.\(mapping.name)", at: mapping.range.start,
        target: mapping.name == "AWSRegionArch2AMI" ? "data.aws_ami.transactor" : nil, .dropped,
        note)
    }
    recordLaunchConfiguration()
    recordGroup()
    recordProperties()
    for (target, note) in Self.additions {
      record(.addition, target, at: nil, target: target, .transformed, note)
    }
  }

  static let additions: [(String, String)] = [
    (
      "aws_security_group.transactor",
      "what ensure-cf created outside the template (create_security_group), with rules on port 4334"
    ),
    (
      "aws_iam_role.transactor",
      "what ensure-transactor created: role, instance profile and inline policies (create_iam_role)"
    ),
    ("aws_iam_role.peer", "the peers' role ensure-transactor created (create_peer_role)"),
    (
      "aws_dynamodb_table.transactor",
      "the table ensure-transactor created for the ddb protocol (create_dynamodb_table)"
    ),
    ("aws_s3_bucket.logs", "the log bucket ensure-transactor created (create_log_bucket)"),
    (
      "packer/datomic-transactor.pkr.hcl",
      "bakes the transactor AMI (Datomic deprecated its own AMIs and this tooling on 2023-12-18)"
    ),
  ]

  private mutating func recordLaunchConfiguration() {
    let lc = transactor.launchConfiguration
    let type = lc.type.value
    record(
      .resource, lc.logicalId, at: lc.range.start, resourceType: type,
      target: "aws_launch_template.transactor", .transformed,
      "became a launch template: AWS no longer lets new accounts create launch configurations")
    let targets: [String: (String, LedgerStatus, String)] = [
      "ImageId": (
        "local.ami_id", .approximated,
        "the image is the newest one packer/ baked for datomic_version, or var.ami_id"
      ),
      "InstanceType": ("var.instance_type", .exact, ""),
      "InstanceMonitoring": (
        "var.enable_detailed_monitoring", .transformed, "a string became a boolean"
      ),
      "SecurityGroups": (
        "var.security_group_name", .transformed,
        "groups by name became the module's group (security_group_name) plus var.security_group_ids, by id"
      ),
      "IamInstanceProfile": (
        "var.transactor_role_name", .transformed,
        "the module's role and instance profile of that name (created, or reused when create_iam_role is false)"
      ),
      "BlockDeviceMappings": (
        "var.ephemeral_block_devices", .transformed, "instance store mappings became a variable"
      ),
      "KeyName": ("var.key_name", .exact, ""),
      "UserData": (
        "templates/user-data.sh.tftpl", .transformed,
        "the boot script is rewritten: host and alt-host through IMDSv2, the properties from typed variables, Datomic started from the AMI instead of downloaded from the deploy bucket"
      ),
    ]
    for property in lc.properties {
      let path = "\(lc.logicalId).Properties.\(property.key)"
      if let (target, status, note) = targets[property.key] {
        record(
          .property, path, at: property.keyRange.start, resourceType: type, target: target, status,
          note)
      } else {
        record(
          .property, path, at: property.keyRange.start, resourceType: type, target: nil,
          .unsupported,
          "the transactor module has no setting for it")
        diagnostics.append(
          .warning(
            "property '\(property.key)' of '\(lc.logicalId)' is not carried into the transactor module",
            at: property.keyRange.start))
      }
    }
    recordAttributes(lc)
  }

  private mutating func recordGroup() {
    let group = transactor.group
    let type = group.type.value
    record(
      .resource, group.logicalId, at: group.range.start, resourceType: type,
      target: "aws_autoscaling_group.transactor", .transformed, "became the transactors' group")
    let min = resourceValue(group, "MinSize")?.defaultText
    let max = resourceValue(group, "MaxSize")?.defaultText
    let sizes = min == max ? LedgerStatus.transformed : .approximated
    let targets: [String: (String, LedgerStatus, String)] = [
      "MinSize": ("var.transactor_count", sizes, "min = max = desired = transactor_count"),
      "MaxSize": ("var.transactor_count", sizes, "min = max = desired = transactor_count"),
      "DesiredCapacity": ("var.transactor_count", sizes, "min = max = desired = transactor_count"),
      "AvailabilityZones": (
        "var.availability_zones", .transformed, "used when subnet_ids is empty"
      ),
      "VPCZoneIdentifier": ("var.subnet_ids", .transformed, ""),
      "LaunchConfigurationName": (
        "aws_autoscaling_group.transactor.launch_template", .transformed,
        "the group follows the launch template's latest version"
      ),
      "Tags": (
        "aws_autoscaling_group.transactor.tag", .transformed,
        "Name is var.name; var.tags are added and propagated"
      ),
    ]
    for property in group.properties {
      let path = "\(group.logicalId).Properties.\(property.key)"
      if let (target, status, note) = targets[property.key] {
        record(
          .property, path, at: property.keyRange.start, resourceType: type, target: target, status,
          note)
      } else {
        record(
          .property, path, at: property.keyRange.start, resourceType: type, target: nil,
          .unsupported,
          "the transactor module has no setting for it")
        diagnostics.append(
          .warning(
            "property '\(property.key)' of '\(group.logicalId)' is not carried into the transactor module",
            at: property.keyRange.start))
      }
    }
    recordAttributes(group)
  }

  private mutating func recordAttributes(_ resource: Resource) {
    let type = resource.type.value
    if let policy = resource.updatePolicy {
      record(
        .attribute, "\(resource.logicalId).UpdatePolicy", at: policy.location, resourceType: type,
        target: "aws_autoscaling_group.transactor.instance_refresh", .approximated,
        "a rolling update became an instance refresh that starts the new transactor before stopping the old (var.instance_refresh)"
      )
    }
    if let policy = resource.creationPolicy {
      record(
        .attribute, "\(resource.logicalId).CreationPolicy", at: policy.location, resourceType: type,
        target: nil, .dropped,
        "Terraform does not wait for cfn-signal; the transactor unit's restarts and the group's health checks take its place"
      )
    }
    if let metadata = resource.metadata {
      record(
        .attribute, "\(resource.logicalId).Metadata", at: metadata.location, resourceType: type,
        target: nil, .dropped,
        "cfn-init configuration is not needed: the AMI baked by packer/ holds the software")
    }
    for (name, policy) in [
      ("DeletionPolicy", resource.deletionPolicy),
      ("UpdateReplacePolicy", resource.updateReplacePolicy),
    ] {
      guard let policy else { continue }
      record(
        .attribute, "\(resource.logicalId).\(name)", at: policy.location, resourceType: type,
        target: nil, policy.value == "Delete" ? .exact : .dropped,
        policy.value == "Delete" ? "Terraform deletes on destroy too" : "no Terraform counterpart")
    }
    if let version = resource.version {
      record(
        .attribute, "\(resource.logicalId).Version", at: version.location, resourceType: type,
        target: nil, .dropped, ResourceBuilder.versionDropReason)
    }
    for key in resource.unknownAttributes {
      record(
        .attribute, "\(resource.logicalId).\(key.value)", at: key.location, resourceType: type,
        target: nil, .dropped, ResourceBuilder.unknownKeyDropReason)
    }
  }

  /// Where a secret property goes: its input, what the user should do, and the ledger note.
  static func secretFate(_ key: String) -> (target: String?, fix: String, note: String) {
    if key == "license-key" {
      return (
        "var.license_key",
        "set var.license_key or var.license_key_ssm_parameter (none is needed since 1.0.6726)",
        "the licence key became a sensitive input or an SSM parameter read at boot; its value is not copied"
      )
    }
    if key == "sql-password" {
      return (
        "var.sql_password", "set var.sql_password",
        "the password became a sensitive input; its value is not copied"
      )
    }
    return (
      nil, "the module's IAM role replaces IAM user keys",
      "IAM user keys of the 0.8 era are replaced by the transactor's IAM role; the key is not copied"
    )
  }

  /// Where each transactor property of the user data went.
  private mutating func recordProperties() {
    let lc = transactor.launchConfiguration
    let variables: [String: String] = [
      "protocol": "var.protocol", "port": "var.port",
      "aws-dynamodb-table": "var.dynamodb_table_name",
      "aws-dynamodb-region": "var.dynamodb_region",
      "aws-transactor-role": "var.transactor_role_name",
      "aws-peer-role": "var.peer_role_name", "aws-s3-log-bucket-id": "var.log_bucket_name",
      "aws-cloudwatch-region": "var.cloudwatch_region",
      "aws-cloudwatch-dimension-value": "var.cloudwatch_dimension",
      "memory-index-threshold": "var.memory_index_threshold",
      "memory-index-max": "var.memory_index_max", "object-cache-max": "var.object_cache_max",
      "memcached": "var.memcached", "sql-url": "var.sql_url", "sql-user": "var.sql_user",
      "sql-driver-class": "var.sql_driver_class", "aws-security-group": "var.security_group_name",
      "aws-ingress-cidrs": "var.ingress_cidr_blocks",
    ]
    for property in transactor.properties {
      let path = "\(lc.logicalId).Properties.UserData[\(property.key)]"
      let value = value(of: property.value)
      let place = "on line \(property.line + 1) of the script"
      if property.key == "host" || property.key == "alt-host" {
        record(
          .property, path, at: property.location, resourceType: lc.type.value,
          target: "templates/user-data.sh.tftpl", .transformed,
          "read at boot through IMDSv2 instead of IMDSv1")
      } else if SecretScanner.isSecretName(property.key) {
        let literal = value.defaultText != nil && value.parameter == nil
        let (target, fix, note) = Self.secretFate(property.key)
        if literal {
          diagnostics.append(
            .warning(
              "the user data of '\(lc.logicalId)' holds a secret in plain text ('\(property.key)' \(place)); it is not copied: \(fix)",
              at: property.location))
        }
        record(
          .property, path, at: property.location, resourceType: lc.type.value, target: target,
          target == nil ? .dropped : .transformed, note, source: Redaction.placeholder)
      } else if isSecret(property) {
        // A secret inside the value of a property whose name does not say so.
        let target = variables[property.key] ?? "var.extra_transactor_properties"
        let fix =
          variables[property.key].map { "set \($0)" }
          ?? "add it to var.extra_transactor_properties"
        diagnostics.append(
          .warning(
            "the user data of '\(lc.logicalId)' holds a secret in plain text (in '\(property.key)' \(place)); it is not copied: \(fix)",
            at: property.location))
        record(
          .property, path, at: property.location, resourceType: lc.type.value, target: target,
          .transformed, "holds a secret, which is not copied: \(fix)",
          source: Redaction.placeholder)
      } else if let target = variables[property.key] {
        record(
          .property, path, at: property.location, resourceType: lc.type.value, target: target,
          .transformed,
          "became an input written into templates/transactor.properties.tftpl (from \(value.origin))"
        )
      } else {
        record(
          .property, path, at: property.location, resourceType: lc.type.value,
          target: "var.extra_transactor_properties", .transformed,
          "kept as an extra property (from \(value.origin))")
      }
    }
  }
}
