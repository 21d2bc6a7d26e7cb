import CFNParser

extension DatomicProfile {
  /// The adoption of a running transactor stack: the group (kept on its launch configuration at
  /// first), and what `ensure-cf` and `ensure-transactor` made outside the stack, imported by the
  /// names the template's properties give. Rules, bucket settings and the table's backups are left
  /// as they are (`manage_security_group_rules`, `harden_log_bucket`,
  /// `dynamodb_point_in_time_recovery` false), so the first plan adds and changes nothing there.
  func migrationPlan(_ stack: LiveStack) -> MigrationPlan {
    var plan = MigrationPlan(moduleName: "transactor", stack: stack, template: template)
    let group = transactor.group
    let lc = transactor.launchConfiguration
    // Live parameter values, for the inputs that took the parameters' defaults.
    for parameter in template.parameters {
      guard case .variable(let name)? = parameterTargets[parameter.name]?.root else { continue }
      guard let live = stack.parameterValue(parameter.name) else {
        if parameter.noEcho, stack.parameters != nil { plan.secrets.append((name, parameter.name)) }
        continue
      }
      let type = variables.first { $0.name == name }?.type ?? "string"
      plan.set(name, Self.typed(live, type), "Parameter \(parameter.name)")
    }
    if let name = stack.name { plan.set("name", .string(name), "AWS::StackName") }
    if let id = stack.physicalId(of: group.logicalId) {
      plan.set(
        "autoscaling_group_name", .string(id), "\(group.logicalId): the group keeps its name")
      plan.adopt(
        .resource("aws_autoscaling_group", "transactor"), .string(id),
        "\(group.logicalId) (\(group.type.value))")
    }
    if let id = stack.physicalId(of: lc.logicalId) {
      plan.set(
        "launch_configuration_name", .string(id),
        "\(lc.logicalId): the group keeps its launch configuration until you unset this")
      plan.expectedChanges.append(
        "`\(lc.logicalId)` stays an unmanaged launch configuration: unset `launch_configuration_name` afterwards to move the group to the module's launch template and image (the group changes in place; instance refresh replaces the instances)"
      )
    }
    plan.set("manage_security_group_rules", .bool(false), "ensure-cf's rules stay as they are")
    plan.set("harden_log_bucket", .bool(false), "the bucket's settings stay as they are")
    plan.set(
      "dynamodb_point_in_time_recovery", .bool(false),
      "the table's point-in-time recovery stays as it is (set true to turn it on)")
    adoptSecurityGroup(&plan)
    adoptIdentity(&plan)
    adoptStorage(&plan)
    for live in stack.resources
    where live.logicalId != group.logicalId && live.logicalId != lc.logicalId {
      plan.notConverted.append(
        "\(live.logicalId) (\(live.type)): not part of the transactor module")
    }
    return plan
  }

  private func adoptSecurityGroup(_ plan: inout MigrationPlan) {
    let groups = stringList(transactor.launchConfiguration.property("SecurityGroups")?.value) ?? []
    let ids = groups.filter { $0.hasPrefix("sg-") }
    if !ids.isEmpty {
      // Groups given by id: kept as they are, by id.
      plan.set("create_security_group", .bool(false), "the template names its groups by id")
      plan.set("security_group_name", .null, "no group is looked up by name")
      plan.set("security_group_ids", .strings(ids), "the template's groups")
      return
    }
    guard let name = propertyValue("aws-security-group")?.defaultText ?? groups.first else {
      return
    }
    plan.dataSources.append(
      HCLBlock("data", "aws_security_group", "ensure_cf") {
        HCLAttribute("name", .string(name))
      })
    plan.set("security_group_name", .string(name), "the group ensure-cf made")
    plan.adopt(
      TerraformPath.resource("aws_security_group", "transactor") / 0,
      .traversal(.data("aws_security_group", "ensure_cf") / "id"),
      "security group '\(name)' (ensure-cf), found by name")
  }

  private func adoptIdentity(_ plan: inout MigrationPlan) {
    let role =
      propertyValue("aws-transactor-role")?.defaultText
      ?? resourceValue(transactor.launchConfiguration, "IamInstanceProfile")?.defaultText
    guard let role else { return }
    plan.adopt(
      TerraformPath.resource("aws_iam_role", "transactor") / 0, .string(role),
      "IAM role '\(role)' (ensure-transactor)")
    plan.adopt(
      TerraformPath.resource("aws_iam_instance_profile", "transactor") / 0, .string(role),
      "instance profile '\(role)' (ensure-transactor)")
    if let table = propertyValue("aws-dynamodb-table")?.defaultText,
      propertyValue("protocol")?.defaultText == "ddb"
    {
      plan.adopt(
        TerraformPath.resource("aws_iam_role_policy", "dynamodb") / 0,
        .string("\(role):\(table)-transactor"),
        "inline policy '\(table)-transactor' (ensure-transactor)")
    }
    if let bucket = propertyValue("aws-s3-log-bucket-id")?.defaultText {
      plan.adopt(
        TerraformPath.resource("aws_iam_role_policy", "logs") / 0,
        .string("\(role):\(bucket)-transactor-logs"),
        "inline policy '\(bucket)-transactor-logs' (ensure-transactor)")
    }
    if propertyValue("aws-cloudwatch-region") != nil
      || propertyValue("aws-cloudwatch-dimension-value") != nil
    {
      plan.adopt(
        TerraformPath.resource("aws_iam_role_policy", "metrics") / 0,
        .string("\(role):transactor-metrics"),
        "inline policy 'transactor-metrics' (ensure-transactor)")
    }
    if let peer = propertyValue("aws-peer-role")?.defaultText {
      plan.adopt(
        TerraformPath.resource("aws_iam_role", "peer") / 0, .string(peer),
        "IAM role '\(peer)' (ensure-transactor)")
      plan.adopt(
        TerraformPath.resource("aws_iam_instance_profile", "peer") / 0, .string(peer),
        "instance profile '\(peer)'")
      if let table = propertyValue("aws-dynamodb-table")?.defaultText {
        plan.adopt(
          TerraformPath.resource("aws_iam_role_policy", "peer") / 0,
          .string("\(peer):\(table)-peer"),
          "inline policy '\(table)-peer' (ensure-transactor)")
      }
    }
  }

  private func adoptStorage(_ plan: inout MigrationPlan) {
    if let table = propertyValue("aws-dynamodb-table")?.defaultText,
      propertyValue("protocol")?.defaultText == "ddb"
    {
      plan.adopt(
        TerraformPath.resource("aws_dynamodb_table", "transactor") / 0, .string(table),
        "DynamoDB table '\(table)' (ensure-transactor)")
    }
    if let bucket = propertyValue("aws-s3-log-bucket-id")?.defaultText {
      plan.adopt(
        TerraformPath.resource("aws_s3_bucket", "logs") / 0, .string(bucket),
        "log bucket '\(bucket)' (ensure-transactor)")
    }
  }

  /// A live parameter's text as a value of the variable's Terraform type.
  static func typed(_ text: String, _ type: String) -> HCLExpression {
    switch type {
    case "number": return ExpressionTranslator.isNumber(text) ? .number(text) : .string(text)
    case "bool": return .bool(text.lowercased() == "true")
    case "list(string)":
      return .tuple(
        text.split(separator: ",", omittingEmptySubsequences: false).map { .string(String($0)) })
    default: return .string(text)
    }
  }
}
