import CFNParser

extension DatomicProfile {
  /// The launch template (from `LaunchConfig`) and the auto scaling group (from `LaunchGroup`).
  var transactorItems: [[HCLItem]] {
    let lc = transactor.launchConfiguration
    let group = transactor.group
    let launchTemplate = "aws_launch_template.transactor[0]"
    let useTemplate = HCLExpression.equal(.variable("launch_configuration_name"), .null)
    return [
      [
        .comment(
          "\(lc.logicalId) (AWS::AutoScaling::LaunchConfiguration), as a launch template: AWS no longer",
          "lets new accounts create launch configurations. The image comes from local.ami_id, the",
          "user data from templates/user-data.sh.tftpl; IMDSv2 is required."),
        .block(
          HCLBlock("resource", "aws_launch_template", "transactor") {
            HCLAttribute("count", .countIf(useTemplate))
            HCLBlank()
            HCLAttribute("name_prefix", .interpolated("${var.name}-transactor-"))
            HCLAttribute("image_id", .local("ami_id"))
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
                  "templatefile", .interpolated("${path.module}/templates/user-data.sh.tftpl"),
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
          }),
      ],
      [
        .comment(
          "\(group.logicalId) (AWS::AutoScaling::AutoScalingGroup): transactor_count instances; subnets",
          "when given, the zones of the default VPC otherwise (as the template did)."),
        .block(
          HCLBlock("resource", "aws_autoscaling_group", "transactor") {
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
                  .ref("data.aws_availability_zones.available.names"))))
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
                HCLAttribute("id", .ref("\(launchTemplate).id"))
                HCLAttribute("version", .ref("\(launchTemplate).latest_version"))
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
          }),
      ],
    ]
  }

  var outputItems: [[HCLItem]] {
    func output(_ name: String, _ description: String, _ value: HCLExpression) -> [HCLItem] {
      [
        .block(
          HCLBlock("output", name) {
            HCLAttribute("description", .string(description))
            HCLAttribute("value", value)
          })
      ]
    }
    return [
      output(
        "autoscaling_group_name", "Name of the transactors' auto scaling group.",
        .ref("aws_autoscaling_group.transactor.name")),
      output(
        "autoscaling_group_arn", "ARN of the transactors' auto scaling group.",
        .ref("aws_autoscaling_group.transactor.arn")),
      output(
        "launch_template_id",
        "Id of the transactors' launch template (null while the group keeps a launch configuration).",
        .call("one", .ref("aws_launch_template.transactor[*].id"))),
      output(
        "security_group_id", "Id of the transactor's security group.", .local("security_group_id")),
      output(
        "iam_role_name", "Name of the transactor's IAM role.", .variable("transactor_role_name")),
      output(
        "iam_role_arn", "ARN of the transactor's IAM role (when the module created it).",
        .call("one", .ref("aws_iam_role.transactor[*].arn"))),
      output(
        "instance_profile_name", "Name of the transactor's instance profile.",
        .local("instance_profile_name")),
      output(
        "peer_role_name", "Name of the peers' IAM role (when the module created it).",
        .call("one", .ref("aws_iam_role.peer[*].name"))),
      output(
        "peer_iam_policy_json", "The policy peers need, as JSON, to attach to peer roles.",
        .call("jsonencode", .local("peer_policy"))),
      output(
        "log_bucket_name", "Bucket of the transactor logs (null when none).",
        .variable("log_bucket_name")),
      output(
        "dynamodb_table_name", "DynamoDB table of the ddb protocol.",
        .variable("dynamodb_table_name")),
      output(
        "dynamodb_table_arn", "ARN of the table (when the module created it).",
        .call("one", .ref("aws_dynamodb_table.transactor[*].arn"))),
      output(
        "ami_id", "The AMI the transactors run.", .local("ami_id")),
      output(
        "transactor_properties",
        "The transactor properties, without host, alt-host and secrets (added at boot).",
        .local("transactor_properties")),
    ]
  }

  /// What the Packer template is told by the converted template.
  var packerSettings: PackerSettings {
    PackerSettings(
      datomicVersion: transactor.export("DATOMIC_VERSION").flatMap {
        value(of: $0.value).defaultText
      },
      region: propertyValue("aws-dynamodb-region")?.defaultText)
  }
}
