import CFNParser

extension DatomicProfile {
  /// The transactors' auto scaling group, on `launchTemplate` unless it keeps a launch
  /// configuration.
  func groupBlock(launchTemplate: HCLBlock) -> HCLBlock {
    let useTemplate = Self.usesLaunchTemplate
    return HCLBlock("resource", "aws_autoscaling_group", "transactor") {
      HCLAttribute("name", .variable("autoscaling_group_name"))
      HCLAttribute(
        "name_prefix",
        .when(
          .equal(.variable("autoscaling_group_name"), .null),
          .interpolated("${var.name}-transactor-"), .null))
      HCLAttribute("min_size", .variable("transactor_count"))
      HCLAttribute("max_size", .variable("transactor_count"))
      HCLAttribute("desired_capacity", .variable("transactor_count"))
      HCLAttribute(
        "vpc_zone_identifier",
        .when(
          .binary(.call("length", .variable("subnet_ids")), ">", .int(0)),
          .variable("subnet_ids"), .null))
      HCLAttribute(
        "availability_zones",
        .when(
          .binary(.call("length", .variable("subnet_ids")), ">", .int(0)), .null,
          .when(
            .notEqual(.variable("availability_zones"), .null),
            .variable("availability_zones"),
            .traversal(.data("aws_availability_zones", "available") / "names"))))
      HCLAttribute(
        "launch_configuration", .variable("launch_configuration_name"))
      HCLComment("CloudFormation's default; Terraform's own would be 300 seconds.")
      HCLAttribute("health_check_grace_period", .int(0))
      HCLBlank()
      HCLComment(
        "The module's launch template, unless the group keeps an existing launch configuration",
        "(launch_configuration_name, set while adopting a stack).")
      HCLBlock("dynamic", "launch_template") {
        HCLAttribute("for_each", .when(useTemplate, .list(.int(1)), .tuple([])))
        HCLBlank()
        HCLBlock("content") {
          HCLAttribute("id", .traversal(launchTemplate.address / 0 / "id"))
          HCLAttribute("version", .traversal(launchTemplate.address / 0 / "latest_version"))
        }
      }
      HCLBlank()
      HCLBlock("tag") {
        HCLAttribute("key", .string("Name"))
        HCLAttribute("value", .variable("name"))
        HCLAttribute("propagate_at_launch", .bool(true))
      }
      HCLBlock("dynamic", "tag") {
        HCLAttribute("for_each", .variable("tags"))
        HCLBlank()
        HCLBlock("content") {
          HCLAttribute("key", .ref("tag.key"))
          HCLAttribute("value", .ref("tag.value"))
          HCLAttribute("propagate_at_launch", .bool(true))
        }
      }
      HCLBlank()
      HCLComment(
        "A rolling replacement that starts the new transactor (as standby) before it stops the",
        "old one.")
      HCLBlock("dynamic", "instance_refresh") {
        HCLAttribute(
          "for_each", .when(.variable("instance_refresh"), .list(.int(1)), .tuple([])))
        HCLBlank()
        HCLBlock("content") {
          HCLAttribute("strategy", .string("Rolling"))
          HCLBlank()
          HCLBlock("preferences") {
            HCLAttribute("min_healthy_percentage", .int(100))
            HCLAttribute("max_healthy_percentage", .int(200))
          }
        }
      }
    }
  }

  /// Where each property of the group went, recorded beside the group; a property the module has
  /// no setting for is said in a warning.
  mutating func recordGroup(as block: HCLBlock) {
    let group = transactor.group
    module.record(
      .resource, .resource(group.logicalId), at: group.range.start, resourceType: group.type.value,
      target: block.address, .transformed, "became the transactors' group")
    let min = resourceValue(group, "MinSize")?.defaultText
    let max = resourceValue(group, "MaxSize")?.defaultText
    let sizes = min == max ? LedgerStatus.transformed : .approximated
    let count = TerraformPath.variable("transactor_count")
    let targets: [String: (TerraformPath, LedgerStatus, String)] = [
      "MinSize": (count, sizes, "min = max = desired = transactor_count"),
      "MaxSize": (count, sizes, "min = max = desired = transactor_count"),
      "DesiredCapacity": (count, sizes, "min = max = desired = transactor_count"),
      "AvailabilityZones": (
        .variable("availability_zones"), .transformed,
        "used when subnet_ids is empty"
      ),
      "VPCZoneIdentifier": (.variable("subnet_ids"), .transformed, ""),
      "LaunchConfigurationName": (
        block.address / "launch_template", .transformed,
        "the group follows the launch template's latest version"
      ),
      "Tags": (
        block.address / "tag", .transformed, "Name is var.name; var.tags are added and propagated"
      ),
    ]
    recordProperties(of: group) { targets[$0] }
    recordAttributes(of: group, refreshedBy: block)
  }
}
