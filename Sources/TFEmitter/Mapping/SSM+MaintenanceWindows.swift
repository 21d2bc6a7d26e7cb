import CFNParser

extension SSM.Documents {
  /// `AWS::SSM::MaintenanceWindow`. `Ref` and `WindowId` are the window id.
  static let maintenanceWindow = ResourceMapping(
    "AWS::SSM::MaintenanceWindow", to: "aws_ssm_maintenance_window", ref: "id",
    attributes: ["WindowId": "id"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("Schedule", "schedule"),
      .argument("ScheduleTimezone", "schedule_timezone"),
      .argument("ScheduleOffset", "schedule_offset"),
      .argument("Duration", "duration"),
      .argument("Cutoff", "cutoff"),
      .argument("AllowUnassociatedTargets", "allow_unassociated_targets"),
      .argument("StartDate", "start_date"),
      .argument("EndDate", "end_date"),
      .tags,
      .drop("WindowId", "read-only: the window id, which Ref returns"),
    ])

  /// The import id `<window id>/<id>` of a window's target or task: the window as the template
  /// names it, the target's or task's id from its physical id (the last part, should the stack
  /// list the window too).
  static let windowPartImport = ImportID.custom { context in
    guard let window = context.property("WindowId"),
      let id = context.physicalId?.split(separator: "|").last
    else { return nil }
    return "\(window)/\(id)"
  }

  /// `AWS::SSM::MaintenanceWindowTarget`. `Ref` and `WindowTargetId` are the target id.
  static let maintenanceWindowTarget = ResourceMapping(
    "AWS::SSM::MaintenanceWindowTarget", to: "aws_ssm_maintenance_window_target", ref: "id",
    attributes: ["WindowTargetId": "id"],
    properties: [
      .argument("WindowId", "window_id"),
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("ResourceType", "resource_type"),
      targets,
      .argument("OwnerInformation", "owner_information"),
      .drop("WindowTargetId", "read-only: the target id, which Ref returns"),
    ],
    importID: windowPartImport)

  /// `Parameters` of a task's invocation (in its block `block`): `{name: [values]}` as
  /// `parameter` blocks.
  static func taskParameters(_ block: String) -> PropertyCode {
    { member, builder, parts in
      guard case .object(let members) = member.value.kind else {
        builder.unsupported(
          member,
          reason:
            "parameters given as JSON text or a computed value cannot become parameter blocks; write them as an object"
        )
        return
      }
      for parameter in members {
        var body = HCLBody()
        body.attribute("name", .string(parameter.key))
        body.attribute(
          "values",
          builder.translate(
            member.field(parameter), as: .list(.string),
            target: builder.primary.path / "task_invocation_parameters" / block / "parameter"))
        parts.block(HCLBlock("parameter", body: body))
      }
    }
  }

  /// `AWS::SSM::MaintenanceWindowTask`. `Ref` and `WindowTaskId` are the task id. The
  /// deprecated `TaskParameters` and `LoggingInfo` have no counterpart in the provider.
  static let maintenanceWindowTask = ResourceMapping(
    "AWS::SSM::MaintenanceWindowTask", to: "aws_ssm_maintenance_window_task",
    ref: "window_task_id", attributes: ["WindowTaskId": "window_task_id"],
    properties: [
      .argument("WindowId", "window_id"),
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("TaskType", "task_type"),
      .argument("TaskArn", "task_arn"),
      .argument("Priority", "priority"),
      .argument("ServiceRoleArn", "service_role_arn"),
      .argument("MaxConcurrency", "max_concurrency"),
      .argument("MaxErrors", "max_errors"),
      .argument("CutoffBehavior", "cutoff_behavior"),
      targets,
      PropertyRule(
        "TaskInvocationParameters",
        .block(
          "task_invocation_parameters",
          [
            PropertyRule(
              "MaintenanceWindowAutomationParameters",
              .block(
                "automation_parameters",
                [
                  .argument("DocumentVersion", "document_version"),
                  .custom("Parameters", taskParameters("automation_parameters")),
                ])),
            PropertyRule(
              "MaintenanceWindowLambdaParameters",
              .block(
                "lambda_parameters",
                [
                  .argument("ClientContext", "client_context"),
                  .argument("Payload", "payload"),
                  .argument("Qualifier", "qualifier"),
                ])),
            PropertyRule(
              "MaintenanceWindowRunCommandParameters",
              .block(
                "run_command_parameters",
                [
                  .argument("Comment", "comment"),
                  .argument("DocumentHash", "document_hash"),
                  .argument("DocumentHashType", "document_hash_type"),
                  .argument("DocumentVersion", "document_version"),
                  .argument("OutputS3BucketName", "output_s3_bucket"),
                  .argument("OutputS3KeyPrefix", "output_s3_key_prefix"),
                  .argument("ServiceRoleArn", "service_role_arn"),
                  .argument("TimeoutSeconds", "timeout_seconds"),
                  PropertyRule(
                    "CloudWatchOutputConfig",
                    .block(
                      "cloudwatch_config",
                      [
                        .argument("CloudWatchLogGroupName", "cloudwatch_log_group_name"),
                        .argument("CloudWatchOutputEnabled", "cloudwatch_output_enabled"),
                      ])),
                  PropertyRule(
                    "NotificationConfig",
                    .block(
                      "notification_config",
                      [
                        .argument("NotificationArn", "notification_arn"),
                        .argument("NotificationEvents", "notification_events"),
                        .argument("NotificationType", "notification_type"),
                      ])),
                  .custom("Parameters", taskParameters("run_command_parameters")),
                ])),
            PropertyRule(
              "MaintenanceWindowStepFunctionsParameters",
              .block(
                "step_functions_parameters",
                [.argument("Input", "input"), .argument("Name", "name")])),
          ])),
      .custom("TaskParameters") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_ssm_maintenance_window_task (provider 5.100) has no TaskParameters, which SSM deprecated: give them as the Parameters of TaskInvocationParameters"
        )
      },
      .custom("LoggingInfo") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_ssm_maintenance_window_task (provider 5.100) has no LoggingInfo, which SSM deprecated: give the bucket and prefix as OutputS3BucketName and OutputS3KeyPrefix of MaintenanceWindowRunCommandParameters"
        )
      },
      .drop("WindowTaskId", "read-only: the task id, which Ref returns"),
    ],
    importID: windowPartImport)
}
