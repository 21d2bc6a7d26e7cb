import CFNParser

extension AutoScaling {
  /// `NotificationConfigurations`: one `aws_autoscaling_notification` per entry.
  @Sendable static func notifications(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let entries: [Expr]
    switch member.value.kind {
    case .list(let items): entries = items
    case .object: entries = [member.value]
    default:
      builder.unsupported(member, reason: "a computed notification list is not supported")
      return
    }
    let group = HCLExpression.traversal(builder.primary.path / "name")
    for (i, entry) in entries.enumerated() {
      guard case .object(let fields) = entry.kind,
        let topic = fields.first(where: { $0.key == "TopicARN" })
      else {
        builder.unsupported(member, reason: "each notification needs a TopicARN")
        continue
      }
      builder.translator.begin()
      var resource = TerraformResource(
        type: "aws_autoscaling_notification",
        name: builder.primary.name + (entries.count > 1 ? "_\(i + 1)" : ""),
        origin: builder.logicalId)
      resource.comments = [
        "\(builder.logicalId).\(member.key) (AWS::AutoScaling::AutoScalingGroup)"
      ]
      resource.importID = .notImportable(
        "created: the Terraform AWS provider cannot import aws_autoscaling_notification; putting the same notification configuration again changes nothing"
      )
      resource.content.argument("group_names", .tuple([group]))
      let types =
        fields.first(where: { $0.key == "NotificationTypes" }).map {
          builder.translator.translate($0.value, as: .list(.string))
        } ?? .tuple([])
      resource.content.argument("notifications", types)
      resource.content.argument("topic_arn", builder.translator.translate(topic.value, as: .string))
      builder.translator.transformed("the notification became aws_autoscaling_notification")
      builder.record(
        member.path / i, at: member.keyRange.start, target: resource.path,
        status: builder.translator.status, note: builder.translator.note, source: entry)
      builder.extras.append(resource)
    }
  }

  /// `UpdatePolicy`: a rolling update becomes `instance_refresh`, a replacing update
  /// `create_before_destroy`, a scheduled-action policy `ignore_changes` on the sizes.
  static func rollingUpdate(_ builder: inout ResourceBuilder) {
    guard let policy = builder.resource.updatePolicy, case .object(let kinds) = policy.kind else {
      return
    }
    builder.handledAttributes.insert("UpdatePolicy")
    for kind in kinds {
      let field = { (name: String) in
        if case .object(let fields) = kind.value.kind {
          return fields.first { $0.key == name }?.value
        }
        return nil
      }
      switch kind.key {
      case "AutoScalingRollingUpdate":
        var preferences = HCLBody()
        var notes = ["a rolling update became an instance refresh"]
        if let pause = field("PauseTime")?.stringValue,
          let seconds = Duration.seconds(iso8601: pause)
        {
          preferences.attribute("instance_warmup", .string(String(seconds)))
          notes.append("PauseTime \(pause) became instance_warmup \(seconds) seconds")
        }
        if let percent = field("MinSuccessfulInstancesPercent")?.scalarText {
          preferences.attribute("min_healthy_percentage", .number(percent))
          notes.append("MinSuccessfulInstancesPercent became min_healthy_percentage")
        }
        for ignored in [
          "MaxBatchSize", "MinInstancesInService", "WaitOnResourceSignals", "SuspendProcesses",
        ]
        where field(ignored) != nil {
          notes.append("\(ignored) has no counterpart")
        }
        var refresh = HCLBody()
        refresh.attribute("strategy", .string("Rolling"))
        if !preferences.isEmpty {
          refresh.blankLine()
          refresh.block(HCLBlock("preferences", body: preferences))
        }
        builder.primary.content.block(
          HCLBlock("instance_refresh", body: refresh),
          comments: ["cfn2tf: approximated: UpdatePolicy AutoScalingRollingUpdate"])
        builder.recordAttribute(
          "UpdatePolicy.AutoScalingRollingUpdate", at: kind.keyRange.start,
          target: builder.primary.path / "instance_refresh", status: .approximated,
          note: notes.joined(separator: "; "))
      case "AutoScalingReplacingUpdate":
        builder.primary.lifecycle.attribute("create_before_destroy", .bool(true))
        builder.recordAttribute(
          "UpdatePolicy.AutoScalingReplacingUpdate", at: kind.keyRange.start,
          target: builder.primary.path / "lifecycle", status: .approximated,
          note: "a replacing update became create_before_destroy")
      case "AutoScalingScheduledAction":
        builder.primary.lifecycle.attribute(
          "ignore_changes",
          .tuple([.reference("min_size"), .reference("max_size"), .reference("desired_capacity")]))
        builder.recordAttribute(
          "UpdatePolicy.AutoScalingScheduledAction", at: kind.keyRange.start,
          target: builder.primary.path / "lifecycle", status: .approximated,
          note: "scheduled actions own the sizes: Terraform ignores changes to them")
      default:
        builder.recordAttribute(
          "UpdatePolicy.\(kind.key)", at: kind.keyRange.start, target: nil, status: .dropped,
          note: "no counterpart for \(kind.key)")
      }
    }
  }

  /// `CreationPolicy`: waiting for signals becomes waiting for capacity.
  static func creationPolicy(_ builder: inout ResourceBuilder) {
    guard let policy = builder.resource.creationPolicy, case .object(let kinds) = policy.kind else {
      return
    }
    builder.handledAttributes.insert("CreationPolicy")
    for kind in kinds {
      if kind.key == "ResourceSignal", case .object(let fields) = kind.value.kind,
        let timeout = fields.first(where: { $0.key == "Timeout" })?.value.stringValue,
        let seconds = Duration.seconds(iso8601: timeout)
      {
        builder.primary.content.argument(
          "wait_for_capacity_timeout", .string("\(seconds)s"),
          comments: [
            "cfn2tf: approximated: CreationPolicy waits for cfn-signal; Terraform waits for InService instances"
          ])
        builder.recordAttribute(
          "CreationPolicy.ResourceSignal", at: kind.keyRange.start,
          target: builder.primary.path / "wait_for_capacity_timeout", status: .approximated,
          note: "Terraform waits up to \(timeout) for healthy instances, not for cfn-signal")
      } else {
        builder.recordAttribute(
          "CreationPolicy.\(kind.key)", at: kind.keyRange.start, target: nil, status: .dropped,
          note: "no counterpart for \(kind.key)")
      }
    }
  }
}

/// ISO 8601 durations as CloudFormation writes them (`PT15M`, `PT1H30M`, `PT45S`).
enum Duration {
  static func seconds(iso8601 text: String) -> Int? {
    guard text.hasPrefix("PT") else { return nil }
    var total = 0
    var number = ""
    for c in text.dropFirst(2) {
      if c.isNumber {
        number.append(c)
        continue
      }
      guard let n = Int(number) else { return nil }
      switch c {
      case "H": total += n * 3600
      case "M": total += n * 60
      case "S": total += n
      default: return nil
      }
      number = ""
    }
    return number.isEmpty ? total : nil
  }
}
