import Testing

@testable import TFEmitter

@Suite("Budgets mappings")
struct BudgetsMappingTests {
  static let resources = """
    {"Monthly": {"Type": "AWS::Budgets::Budget", "Properties": {
       "Budget": {"BudgetName": "monthly", "BudgetType": "COST", "TimeUnit": "MONTHLY",
         "BudgetLimit": {"Amount": 100, "Unit": "USD"},
         "TimePeriod": {"Start": "1719792000", "End": "2556057600"},
         "CostFilters": {"Service": ["Amazon Elastic Compute Cloud - Compute"],
           "Region": ["us-east-1"]},
         "CostTypes": {"IncludeTax": false, "UseBlended": false}},
       "NotificationsWithSubscribers": [{"Notification": {"NotificationType": "ACTUAL",
           "ComparisonOperator": "GREATER_THAN", "Threshold": 80},
         "Subscribers": [{"SubscriptionType": "EMAIL", "Address": "ops@example.com"},
           {"SubscriptionType": "SNS",
            "Address": "arn:aws:sns:us-east-1:123456789012:budget"}]},
         {"Notification": {"NotificationType": "FORECASTED", "ComparisonOperator": "GREATER_THAN",
           "Threshold": 500, "ThresholdType": "ABSOLUTE_VALUE"},
          "Subscribers": [{"SubscriptionType": "EMAIL", "Address": "cfo@example.com"}]}],
       "ResourceTags": [{"Key": "team", "Value": "finance"}]}},
     "Planned": {"Type": "AWS::Budgets::Budget", "Properties": {
       "Budget": {"BudgetType": "COST", "TimeUnit": "QUARTERLY",
         "PlannedBudgetLimits": {"1719792000": {"Amount": "300", "Unit": "USD"},
           "1727740800": {"Amount": "350", "Unit": "USD"}},
         "CostFilters": "{\\"TagKeyValue\\": [\\"user:team$web\\"]}",
         "AutoAdjustData": {"AutoAdjustType": "HISTORICAL",
           "HistoricalOptions": {"BudgetAdjustmentPeriod": 4}}}}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Monthly": {"Value": {"Ref": "Monthly"}}}}
      """, fileName: "t.json")
  }

  @Test("a budget: limit and period as arguments, filters and notifications as blocks")
  func budget() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_budgets_budget.monthly", in: conversion) == """
        # Monthly (AWS::Budgets::Budget)
        resource "aws_budgets_budget" "monthly" {
          name              = "monthly"
          budget_type       = "COST"
          time_unit         = "MONTHLY"
          limit_amount      = "100"
          limit_unit        = "USD"
          time_period_start = "2024-07-01_00:00"
          time_period_end   = "2050-12-31_00:00"
          tags = {
            team = "finance"
          }

          cost_types {
            include_tax = false
            use_blended = false
          }

          cost_filter {
            name   = "Service"
            values = ["Amazon Elastic Compute Cloud - Compute"]
          }
          cost_filter {
            name   = "Region"
            values = ["us-east-1"]
          }

          notification {
            comparison_operator = "GREATER_THAN"
            threshold           = 80
            notification_type   = "ACTUAL"
            # AWS Budgets' default
            threshold_type             = "PERCENTAGE"
            subscriber_email_addresses = ["ops@example.com"]
            subscriber_sns_topic_arns  = ["arn:aws:sns:us-east-1:123456789012:budget"]
          }
          notification {
            comparison_operator        = "GREATER_THAN"
            threshold                  = 500
            threshold_type             = "ABSOLUTE_VALUE"
            notification_type          = "FORECASTED"
            subscriber_email_addresses = ["cfo@example.com"]
          }
        }

        """)
    let start = MappingProbe.entry("Monthly.Properties.Budget.TimePeriod.Start", in: conversion)
    #expect(start?.targetText == "aws_budgets_budget.monthly.time_period_start")
    let type = MappingProbe.entry(
      "Monthly.Properties.NotificationsWithSubscribers[0].Notification.ThresholdType",
      in: conversion)
    #expect(type?.kind == .addition)
    #expect(
      conversion.file("outputs.tf")?.contents.contains("value = aws_budgets_budget.monthly.name\n")
        == true)
  }

  @Test(
    "planned limits with Terraform's times; cost filters as JSON text; a name as CloudFormation's")
  func planned() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_budgets_budget.planned", in: conversion) == """
        # Planned (AWS::Budgets::Budget)
        resource "aws_budgets_budget" "planned" {
          # cfn2tf: 'BudgetName' is not set: CloudFormation names it <stack>-Planned-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name        = lookup(var.physical_names, "Planned", "${var.stack_name}-Planned")
          budget_type = "COST"
          time_unit   = "QUARTERLY"

          dynamic "cost_filter" {
            for_each = jsondecode("{\\"TagKeyValue\\": [\\"user:team$web\\"]}")

            content {
              name   = cost_filter.key
              values = cost_filter.value
            }
          }

          planned_limit {
            start_time = "2024-07-01_00:00"
            amount     = "300"
            unit       = "USD"
          }
          planned_limit {
            start_time = "2024-10-01_00:00"
            amount     = "350"
            unit       = "USD"
          }

          auto_adjust_data {
            auto_adjust_type = "HISTORICAL"

            historical_options {
              budget_adjustment_period = 4
            }
          }
        }

        """)
  }

  @Test("times: seconds since 1970 and ISO dates in Terraform's format, anything else refused")
  func times() {
    #expect(Budgets.terraformTime("0") == "1970-01-01_00:00")
    #expect(Budgets.terraformTime("951782400") == "2000-02-29_00:00")
    #expect(Budgets.terraformTime("1719795660") == "2024-07-01_01:01")
    #expect(Budgets.terraformTime("2024-07-01T12:30:00Z") == "2024-07-01_12:30")
    #expect(Budgets.terraformTime("2024-07-01") == "2024-07-01_00:00")
    #expect(Budgets.terraformTime("next week") == nil)
    #expect(Budgets.terraformTime("-5") == nil)
  }

  @Test("filter expressions, metrics, billing views and computed times are reported")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"B": {"Type": "AWS::Budgets::Budget", "Properties": {"Budget": {"BudgetName": "b",
          "BudgetType": "COST", "TimeUnit": "MONTHLY", "Metrics": ["AmortizedCost"],
          "BillingViewArn": "arn:aws:billing::123456789012:billingview/primary",
          "FilterExpression": {"Dimensions": {"Key": "SERVICE", "Values": ["Amazon S3"]}},
          "TimePeriod": {"Start": {"Ref": "AWS::StackName"}}},
          "NotificationsWithSubscribers": [{"Notification": {"NotificationType": "ACTUAL",
            "ComparisonOperator": "GREATER_THAN", "Threshold": 1},
            "Subscribers": [{"SubscriptionType": "CHATBOT", "Address": "x"}]}]}}}
        """)
    for path in [
      "B.Properties.Budget.Metrics", "B.Properties.Budget.BillingViewArn",
      "B.Properties.Budget.FilterExpression", "B.Properties.Budget.TimePeriod.Start",
      "B.Properties.NotificationsWithSubscribers[0].Subscribers[0]",
    ] {
      #expect(MappingProbe.entry(path, in: conversion)?.status == .unsupported, "\(path)")
    }
  }

  @Test(
    "budgets convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "budgets")
    #expect(status == 0, "\(output)")
  }
}

extension Budgets: ImportCaseProvider {
  /// Budgets as `<account id>:<name>`.
  static var importCases: [ImportCase] {
    [
      ImportCase(
        address: "aws_budgets_budget.monthly", origin: "Monthly",
        resources: BudgetsMappingTests.resources,
        physicalIds: ["Monthly": "monthly", "Planned": "web-Planned-1A2B"],
        expected: .id("123456789012:monthly"))
    ]
  }
}
