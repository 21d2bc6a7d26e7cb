import CFNParser

extension SSM {
  /// `AWS::SSM::Document`, `Association`, `PatchBaseline` (with its patch groups and its place as
  /// the default baseline as resources of their own) and the maintenance windows, their targets
  /// and tasks (`SSM+MaintenanceWindows.swift`).
  enum Documents: MappingFamily {
    /// The mappings of this family.
    static let mappings = [
      document, association, patchBaseline, maintenanceWindow, maintenanceWindowTarget,
      maintenanceWindowTask,
    ]

    /// `AWS::SSM::Document`. `Ref` is its name, which Terraform requires: a document without one
    /// is named `"${var.stack_name}-LogicalId"`. `Content` written as an object becomes
    /// `jsonencode` (`yamlencode` for the YAML format); text stays text.
    static let document = ResourceMapping(
      "AWS::SSM::Document", to: "aws_ssm_document", ref: "name",
      properties: [
        .argument("Name", "name"),
        .argument("DocumentType", "document_type"),
        .argument("DocumentFormat", "document_format"),
        .custom("Content", content),
        .argument("TargetType", "target_type"),
        .argument("VersionName", "version_name"),
        PropertyRule(
          "Attachments",
          .blocks(
            "attachments_source",
            [.argument("Key", "key"), .argument("Name", "name"), .argument("Values", "values")])),
        .custom("Requires") { member, builder, _ in
          builder.unsupported(
            member,
            reason:
              "aws_ssm_document (provider 5.100) has no required documents: create the document with 'aws ssm create-document --requires', then import it"
          )
        },
        .custom("UpdateMethod") { member, builder, _ in
          let reason =
            member.value.stringValue == "NewVersion"
            ? "Terraform updates a document with a new version, as NewVersion does"
            : "Terraform updates a document with a new version (as NewVersion does) instead of replacing it: the earlier versions stay"
          builder.dropped(member, reason: reason)
        },
        .tags,
      ],
      finish: { builder in
        var content = builder.primary.content
        CloudFront.writeDefault(
          "document_type", .string("Command"), for: "DocumentType", in: &content, &builder,
          note: "not set: SSM makes a Command document; Terraform requires the type")
        if case .object = builder.resource.property("Content")?.value.kind {
          CloudFront.writeDefault(
            "document_format", .string("JSON"), for: "DocumentFormat", in: &content, &builder,
            note: "not set: the content written as an object is sent as JSON")
        }
        builder.primary.content = content
        ExtraResources.requireName("name", unless: "Name", &builder)
      })

    /// `Content`: an object as `jsonencode` (`yamlencode` when `DocumentFormat` is `YAML`, as
    /// CloudFormation writes it in that format), text as it is.
    @Sendable static func content(
      _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
    ) {
      let target = builder.primary.path / "content"
      let format = builder.resource.property("DocumentFormat")?.value.stringValue
      guard format == "YAML", case .object = member.value.kind else {
        PolicyDocument.argument(member, "content", &builder, &parts)
        return
      }
      builder.translator.begin()
      let value = HCLExpression.call(
        "yamlencode", [PolicyDocument.content(member.value, &builder.translator)])
      builder.translator.transformed("the YAML document became yamlencode()")
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: value)
      parts.argument("content", value)
    }

    /// `Targets` of associations, maintenance window targets and tasks.
    static let targets = PropertyRule(
      "Targets", .blocks("targets", [.argument("Key", "key"), .argument("Values", "values")]))

    /// `AWS::SSM::Association`. `Ref` and `AssociationId` are the association id.
    static let association = ResourceMapping(
      "AWS::SSM::Association", to: "aws_ssm_association", ref: "association_id",
      attributes: ["AssociationId": "association_id"],
      properties: [
        .argument("Name", "name"),
        .argument("AssociationName", "association_name"),
        .argument("DocumentVersion", "document_version"),
        .argument("InstanceId", "instance_id"),
        .custom("Parameters", associationParameters),
        targets,
        .argument("ScheduleExpression", "schedule_expression"),
        .argument("ApplyOnlyAtCronInterval", "apply_only_at_cron_interval"),
        .argument("AutomationTargetParameterName", "automation_target_parameter_name"),
        .argument("ComplianceSeverity", "compliance_severity"),
        .argument("SyncCompliance", "sync_compliance"),
        .argument("MaxConcurrency", "max_concurrency"),
        .argument("MaxErrors", "max_errors"),
        .argument("WaitForSuccessTimeoutSeconds", "wait_for_success_timeout_seconds"),
        PropertyRule(
          "OutputLocation",
          .block(
            "output_location",
            [
              .custom(
                "S3Location",
                ExtraResources.flattened(
                  [
                    .argument("OutputS3BucketName", "s3_bucket_name"),
                    .argument("OutputS3KeyPrefix", "s3_key_prefix"),
                    .argument("OutputS3Region", "s3_region"),
                  ], in: ["output_location"]))
            ])),
        .custom("CalendarNames") { member, builder, _ in
          builder.unsupported(
            member,
            reason:
              "aws_ssm_association (provider 5.100) has no change calendars: the association runs whatever they say; add them with 'aws ssm update-association --calendar-names'"
          )
        },
        .custom("ScheduleOffset") { member, builder, _ in
          builder.unsupported(
            member,
            reason:
              "aws_ssm_association (provider 5.100) has no schedule offset: the association runs at the cron time itself; add it with 'aws ssm update-association --schedule-offset'"
          )
        },
        .drop("AssociationId", "read-only: the association id, which Ref returns"),
      ])

    /// `Parameters`: `{name: [values]}` as `parameters`, a map of strings (the provider sends each
    /// as a list of one). A list of several values becomes one value, its lines joined: the shell
    /// and PowerShell documents run it as the same script.
    @Sendable static func associationParameters(
      _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
    ) {
      let target = builder.primary.path / "parameters"
      guard case .object(let members) = member.value.kind else {
        parts.argument("parameters", builder.translate(member, as: .map(.string), target: target))
        return
      }
      builder.translator.begin()
      var items: [HCLObjectItem] = []
      for parameter in members {
        guard case .list(let values) = parameter.value.kind else {
          items.append(
            HCLObjectItem(
              parameter.key, builder.translator.translate(parameter.value, as: .string)))
          continue
        }
        if values.count == 1 {
          builder.translator.transformed("a list of one value became the value")
          items.append(
            HCLObjectItem(parameter.key, builder.translator.translate(values[0], as: .string)))
          continue
        }
        builder.translator.approximated(
          "a list of several values became one value, its lines joined: aws_ssm_association sends each parameter as a list of one (the shell and PowerShell documents run it as the same script)"
        )
        let list = builder.translator.translate(parameter.value, as: .list(.string))
        items.append(HCLObjectItem(parameter.key, .call("join", [.string("\n"), list])))
      }
      let value = HCLExpression.object(items)
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: value,
        secret: builder.translator.touchesSecret)
      parts.argument("parameters", value, comments: builder.approximationComment)
    }

    /// `PatchFilters` of a filter group, as `block` blocks.
    static func patchFilters(_ block: String, in blockPath: [String] = []) -> PropertyCode {
      ExtraResources.flattened(
        [
          PropertyRule(
            "PatchFilters",
            .blocks(block, [.argument("Key", "key"), .argument("Values", "values")])
          )
        ], in: blockPath)
    }

    /// `AWS::SSM::PatchBaseline`. `Ref` and `Id` are the baseline id. Its patch groups become
    /// `aws_ssm_patch_group` resources, and `DefaultBaseline` an `aws_ssm_default_patch_baseline`.
    static let patchBaseline = ResourceMapping(
      "AWS::SSM::PatchBaseline", to: "aws_ssm_patch_baseline", ref: "id",
      attributes: ["Id": "id"],
      properties: [
        .argument("Name", "name"),
        .argument("Description", "description"),
        .argument("OperatingSystem", "operating_system"),
        .argument("ApprovedPatches", "approved_patches"),
        .argument("ApprovedPatchesComplianceLevel", "approved_patches_compliance_level"),
        .argument("ApprovedPatchesEnableNonSecurity", "approved_patches_enable_non_security"),
        .argument("RejectedPatches", "rejected_patches"),
        .argument("RejectedPatchesAction", "rejected_patches_action"),
        .custom("GlobalFilters", patchFilters("global_filter")),
        .custom(
          "ApprovalRules",
          ExtraResources.flattened([
            PropertyRule(
              "PatchRules",
              .blocks(
                "approval_rule",
                [
                  .argument("ApproveAfterDays", "approve_after_days"),
                  .argument("ApproveUntilDate", "approve_until_date"),
                  .argument("ComplianceLevel", "compliance_level"),
                  .argument("EnableNonSecurity", "enable_non_security"),
                  .custom("PatchFilterGroup", patchFilters("patch_filter", in: ["approval_rule"])),
                ]))
          ])),
        PropertyRule(
          "Sources",
          .blocks(
            "source",
            [
              .argument("Name", "name"), .argument("Configuration", "configuration"),
              .argument("Products", "products"),
            ])),
        .custom("AvailableSecurityUpdatesComplianceStatus") { member, builder, _ in
          builder.unsupported(
            member,
            reason:
              "aws_ssm_patch_baseline (provider 5.100) cannot say how available security updates that are not approved are reported; set it with 'aws ssm update-patch-baseline --available-security-updates-compliance-status'"
          )
        },
        .custom("PatchGroups", patchGroups),
        .custom("DefaultBaseline", defaultBaseline),
        .tags,
        .drop("Id", "read-only: the baseline id, which Ref returns"),
      ])

    /// `PatchGroups`: an `aws_ssm_patch_group` for each group, registering the baseline for it.
    @Sendable static func patchGroups(
      _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
    ) {
      guard let elements = ExtraResources.elements(member.value, builder.translator) else {
        builder.unsupported(
          member, reason: "a computed list of patch groups cannot become aws_ssm_patch_group")
        return
      }
      let type = "aws_ssm_patch_group"
      var addresses: [TerraformPath] = []
      for (index, element) in elements.enumerated() {
        var group = ExtraResources.make(
          type,
          name: ExtraResources.uniqueName(
            builder.primary.name + "_" + ExtraResources.suffix(for: element.value, index: index),
            type: type, builder),
          from: member.key, builder)
        if let count = ExtraResources.count(element.condition, builder) {
          group.meta.attribute("count", count)
        }
        group.content.argument("baseline_id", ExtraResources.primary("id", builder))
        builder.translator.begin()
        group.content.argument(
          "patch_group", builder.translator.translate(element.value, as: .string))
        group.importID = .notImportable(
          "not imported: provider 5.100 cannot import aws_ssm_patch_group; the stack registered the baseline for this patch group, so deregister it ('aws ssm deregister-patch-baseline-for-patch-group') before applying, which registers it again"
        )
        addresses.append(group.path)
        builder.extras.append(group)
      }
      builder.record(
        member, target: addresses.first, furtherTargets: Array(addresses.dropFirst()),
        status: .transformed, note: "each patch group became aws_ssm_patch_group",
        source: member.value)
    }

    /// `DefaultBaseline`: true makes the baseline its operating system's default, an
    /// `aws_ssm_default_patch_baseline` imported by the baseline id.
    @Sendable static func defaultBaseline(
      _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
    ) {
      switch member.value.kind {
      case .bool(false):
        builder.dropped(
          member, reason: "false leaves the operating system's default baseline as it is")
        return
      case .bool(true):
        break
      default:
        builder.unsupported(
          member,
          reason: "a computed DefaultBaseline cannot decide on an aws_ssm_default_patch_baseline")
        return
      }
      let type = "aws_ssm_default_patch_baseline"
      var resource = ExtraResources.make(
        type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
        from: member.key, builder)
      resource.content.argument("baseline_id", ExtraResources.primary("id", builder))
      resource.content.argument(
        "operating_system", ExtraResources.primary("operating_system", builder))
      resource.importID = .physicalId
      builder.record(
        member, target: resource.path, status: .transformed,
        note: "became \(type)", source: member.value)
      builder.extras.append(resource)
    }
  }
}
