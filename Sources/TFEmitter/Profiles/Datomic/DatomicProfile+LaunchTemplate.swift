import CFNParser

extension DatomicProfile {
  /// The image of the transactors: the one `packer/` baked, or `var.ami_id`.
  static let amiId = TerraformPath.local("ami_id")

  /// Whether the group runs the module's launch template (not a kept launch configuration).
  static let usesLaunchTemplate = HCLExpression.equal(.variable("launch_configuration_name"), .null)

  /// `transactor.tf`: the launch template (from the launch configuration) and the auto scaling
  /// group, each recording beside it what became of its resource's properties and attributes.
  mutating func writeTransactor() {
    let lc = transactor.launchConfiguration
    let group = transactor.group
    let launchTemplate = launchTemplateBlock
    let groupBlock = groupBlock(launchTemplate: launchTemplate)
    recordLaunchConfiguration(as: launchTemplate, group: groupBlock)
    recordGroup(as: groupBlock)
    module.write(
      "transactor.tf",
      [
        [
          .comment(
            "\(lc.logicalId) (AWS::AutoScaling::LaunchConfiguration), as a launch template: AWS no longer",
            "lets new accounts create launch configurations. The image comes from local.ami_id, the",
            "user data from templates/user-data.sh.tftpl; IMDSv2 is required."),
          .block(launchTemplate),
        ],
        [
          .comment(
            "\(group.logicalId) (AWS::AutoScaling::AutoScalingGroup): transactor_count instances; subnets",
            "when given, the zones of the default VPC otherwise (as the template did)."),
          .block(groupBlock),
        ],
      ])
  }

  /// The launch template that replaces the launch configuration.
  private var launchTemplateBlock: HCLBlock {
    let useTemplate = Self.usesLaunchTemplate
    return HCLBlock("resource", "aws_launch_template", "transactor") {
      HCLAttribute("count", .countIf(useTemplate))
      HCLBlank()
      HCLAttribute("name_prefix", .interpolated("${var.name}-transactor-"))
      HCLAttribute("image_id", .traversal(Self.amiId))
      HCLAttribute("instance_type", .variable("instance_type"))
      HCLAttribute("key_name", .variable("key_name"))
      HCLAttribute(
        "vpc_security_group_ids",
        .call(
          "compact",
          .call("concat", .list(.local("security_group_id")), .variable("security_group_ids"))
        ))
      HCLAttribute("update_default_version", .bool(true))
      HCLComment(
        "The transactor unit powers the instance off when it cannot run: terminate it, so",
        "that the group replaces it at once.")
      HCLAttribute("instance_initiated_shutdown_behavior", .string("terminate"))
      HCLAttribute(
        "user_data",
        .call(
          "base64encode",
          .call(
            "templatefile", .interpolated("${path.module}/\(Self.userDataPath)"),
            userDataTemplateVariables)))
      HCLAttribute("tags", .variable("tags"))
      HCLBlank()
      HCLBlock("iam_instance_profile") {
        HCLAttribute("name", .local("instance_profile_name"))
      }
      HCLBlank()
      HCLBlock("monitoring") {
        HCLAttribute("enabled", .variable("enable_detailed_monitoring"))
      }
      HCLBlank()
      HCLBlock("metadata_options") {
        HCLAttribute("http_endpoint", .string("enabled"))
        HCLAttribute("http_tokens", .variable("metadata_http_tokens"))
        HCLAttribute("http_put_response_hop_limit", .int(1))
      }
      HCLBlank()
      HCLBlock("dynamic", "block_device_mappings") {
        HCLAttribute("for_each", .variable("ephemeral_block_devices"))
        HCLBlank()
        HCLBlock("content") {
          HCLAttribute("device_name", .ref("block_device_mappings.value.device_name"))
          HCLAttribute("virtual_name", .ref("block_device_mappings.value.virtual_name"))
        }
      }
      HCLBlank()
      HCLBlock("tag_specifications") {
        HCLAttribute("resource_type", .string("instance"))
        HCLAttribute("tags", .local("instance_tags"))
      }
      HCLBlock("tag_specifications") {
        HCLAttribute("resource_type", .string("volume"))
        HCLAttribute("tags", .local("instance_tags"))
      }
      HCLBlank()
      HCLBlock("lifecycle") {
        HCLBlock("precondition") {
          HCLAttribute(
            "condition",
            .or(
              .notEqual(.variable("protocol"), .string("ddb")),
              .notEqual(.variable("dynamodb_table_name"), .null)))
          HCLAttribute(
            "error_message", .string("The ddb protocol needs dynamodb_table_name."))
        }
        HCLBlock("precondition") {
          HCLAttribute(
            "condition",
            .or(
              .notEqual(.variable("protocol"), .string("sql")),
              .notEqual(.variable("sql_url"), .null)))
          HCLAttribute("error_message", .string("The sql protocol needs sql_url."))
        }
      }
    }
  }

  /// Where each property of the launch configuration went, recorded beside the launch template
  /// that took them; a property the module has no setting for is said in a warning.
  private mutating func recordLaunchConfiguration(as launchTemplate: HCLBlock, group: HCLBlock) {
    let lc = transactor.launchConfiguration
    module.record(
      .resource, .resource(lc.logicalId), at: lc.range.start, resourceType: lc.type.value,
      target: launchTemplate.address, .transformed,
      "became a launch template: AWS no longer lets new accounts create launch configurations")
    let targets: [String: (TerraformPath, LedgerStatus, String)] = [
      "ImageId": (
        Self.amiId, .approximated,
        "the image is the newest one packer/ baked for datomic_version, or var.ami_id"
      ),
      "InstanceType": (.variable("instance_type"), .exact, ""),
      "InstanceMonitoring": (
        .variable("enable_detailed_monitoring"), .transformed, "a string became a boolean"
      ),
      "SecurityGroups": (
        .variable("security_group_name"), .transformed,
        "groups by name became the module's group (security_group_name) plus var.security_group_ids, by id"
      ),
      "IamInstanceProfile": (
        .variable("transactor_role_name"), .transformed,
        "the module's role and instance profile of that name (created, or reused when create_iam_role is false)"
      ),
      "BlockDeviceMappings": (
        .variable("ephemeral_block_devices"), .transformed,
        "instance store mappings became a variable"
      ),
      "KeyName": (.variable("key_name"), .exact, ""),
    ]
    recordProperties(of: lc) { key in
      if key == "UserData" {
        return (
          .file(Self.userDataPath), .transformed,
          "the boot script is rewritten: host and alt-host through IMDSv2, the properties from typed variables, Datomic started from the AMI instead of downloaded from the deploy bucket"
        )
      }
      return targets[key]
    }
    recordAttributes(of: lc, refreshedBy: group)
  }
}
