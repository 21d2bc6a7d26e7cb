import CFNParser

/// `AWS::Budgets::Budget`: budgets (cost filters and planned limits as blocks, times in the
/// format Terraform reads, notifications with their subscribers by kind; `Budgets+Times.swift`).
package enum Budgets: MappingFamily {
  /// The mappings of this family.
  static let mappings = [budget]

  /// `AWS::Budgets::Budget`. `Ref` is the budget's name (one without a name is named as
  /// CloudFormation would). Terraform imports it as `<account id>:<name>`.
  static let budget = ResourceMapping(
    "AWS::Budgets::Budget", to: "aws_budgets_budget", ref: "name",
    properties: [
      .custom(
        "Budget",
        ExtraResources.flattened([
          .argument("BudgetName", "name"),
          .argument("BudgetType", "budget_type"),
          .argument("TimeUnit", "time_unit"),
          .custom(
            "BudgetLimit",
            ExtraResources.flattened([
              .argument("Amount", "limit_amount"), .argument("Unit", "limit_unit"),
            ])),
          .custom(
            "TimePeriod",
            ExtraResources.flattened([
              .custom("Start", time("time_period_start")),
              .custom("End", time("time_period_end")),
            ])),
          PropertyRule(
            "CostTypes",
            .block(
              "cost_types",
              [
                .argument("IncludeCredit", "include_credit"),
                .argument("IncludeDiscount", "include_discount"),
                .argument("IncludeOtherSubscription", "include_other_subscription"),
                .argument("IncludeRecurring", "include_recurring"),
                .argument("IncludeRefund", "include_refund"),
                .argument("IncludeSubscription", "include_subscription"),
                .argument("IncludeSupport", "include_support"),
                .argument("IncludeTax", "include_tax"),
                .argument("IncludeUpfront", "include_upfront"),
                .argument("UseAmortized", "use_amortized"),
                .argument("UseBlended", "use_blended"),
              ])),
          .custom("CostFilters", costFilters),
          .custom("PlannedBudgetLimits", plannedLimits),
          PropertyRule(
            "AutoAdjustData",
            .block(
              "auto_adjust_data",
              [
                .argument("AutoAdjustType", "auto_adjust_type"),
                PropertyRule(
                  "HistoricalOptions",
                  .block(
                    "historical_options",
                    [.argument("BudgetAdjustmentPeriod", "budget_adjustment_period")])),
              ])),
          lacking("FilterExpression", "filter expressions: write the filter as CostFilters"),
          lacking("Metrics", "cost metrics: the budget tracks unblended cost"),
          lacking("BillingViewArn", "billing views: the budget reads the account's billing"),
        ])),
      .custom("NotificationsWithSubscribers", notifications),
      PropertyRule("ResourceTags", .tagsMap("tags")),
      .drop("Id", "read-only: the budget's name, which Ref returns"),
    ],
    importID: .joined([.pseudo(.accountId), .physicalId], separator: ":"),
    finish: { builder in
      if case .object(let fields) = builder.resource.property("Budget")?.value.kind,
        fields.contains(where: { $0.key == "BudgetName" })
      {
        return
      }
      ExtraResources.requireName("name", unless: "BudgetName", &builder)
    })

  /// A field provider 5.100 has no argument for: reported, with what it means.
  static func lacking(_ property: String, _ what: String) -> PropertyRule {
    .custom(property) { member, builder, _ in
      builder.unsupported(member, reason: "aws_budgets_budget (provider 5.100) has no \(what)")
    }
  }

  /// `CostFilters`, a map of filter names to lists of values: a `cost_filter` block each; JSON
  /// text, a `dynamic` block over its decoded map.
  @Sendable static func costFilters(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "cost_filter"
    guard case .object(let filters) = member.value.kind else {
      builder.translator.begin()
      let decoded = HCLExpression.call(
        "jsondecode", [builder.translator.translate(member.value, as: .string)])
      builder.translator.transformed("the JSON text became a dynamic block over jsondecode()")
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: decoded)
      var content = HCLBody()
      content.attribute("name", .reference("cost_filter.key"))
      content.attribute("values", .reference("cost_filter.value"))
      var body = HCLBody()
      body.attribute("for_each", decoded)
      body.blankLine()
      body.block(HCLBlock("content", body: content))
      parts.block(HCLBlock("dynamic", ["cost_filter"], body: body))
      return
    }
    builder.record(
      member, target: target, status: .transformed,
      note: "each filter became a cost_filter block")
    for filter in filters {
      let values = member.field(filter)
      var body = HCLBody()
      body.attribute("name", .string(filter.key))
      body.attribute(
        "values", builder.translate(values, as: .list(.string), target: target / "values"))
      parts.block(HCLBlock("cost_filter", body: body))
    }
  }

  /// `PlannedBudgetLimits`, a map of start times (seconds since 1970) to spends: a
  /// `planned_limit` block each, its start time in Terraform's format.
  @Sendable static func plannedLimits(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let limits) = member.value.kind else {
      builder.unsupported(
        member,
        reason:
          "planned limits written as JSON text cannot become planned_limit blocks; write them out as an object"
      )
      return
    }
    let target = builder.primary.path / "planned_limit"
    builder.record(
      member, target: target, status: .transformed,
      note: "each limit became a planned_limit block, its start time in Terraform's format")
    for limit in limits {
      guard let start = terraformTime(limit.key), case .object(let spend) = limit.value.kind
      else {
        builder.unsupported(
          member.field(limit),
          reason: "a planned limit is a start time in seconds since 1970 and an Amount and Unit")
        continue
      }
      var inner = BodyParts()
      inner.argument("start_time", .string(start))
      builder.apply(
        [.argument("Amount", "amount"), .argument("Unit", "unit")], to: spend,
        in: builder.scope.block("planned_limit").at(member.path / limit.key), into: &inner)
      parts.block(HCLBlock("planned_limit", body: inner.body))
    }
  }

  /// A `TimePeriod` time as argument `argument`, in Terraform's format (see `terraformTime`).
  static func time(_ argument: String) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / argument
      guard let text = member.value.stringValue ?? member.value.numberText,
        let value = terraformTime(text)
      else {
        builder.unsupported(
          member,
          reason:
            "Terraform takes the time as YYYY-MM-DD_hh:mm, which a computed value cannot be made into: write it out in seconds since 1970"
        )
        return
      }
      builder.record(
        member, target: target, status: .transformed,
        note: "the time became \(value), the format Terraform reads", source: member.value,
        value: .string(value))
      parts.argument(argument, .string(value))
    }
  }
}

extension Expr {
  /// The lexeme of a number literal.
  fileprivate var numberText: String? {
    if case .number(let text) = kind { return text }
    return nil
  }
}
