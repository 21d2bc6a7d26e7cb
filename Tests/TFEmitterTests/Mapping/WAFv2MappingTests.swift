import Testing

@testable import TFEmitter

@Suite("WAFv2 mappings")
struct WAFv2MappingTests {
  static let resources = #"""
    {
     "Blocked": {"Type": "AWS::WAFv2::IPSet", "Properties": {"Name": "blocked", "Scope": "REGIONAL", "IPAddressVersion": "IPV4", "Addresses": ["192.0.2.0/24"]}},
     "Bots": {"Type": "AWS::WAFv2::RegexPatternSet", "Properties": {"Scope": "REGIONAL", "RegularExpressionList": ["^curl/", "bot$"]}},
     "Acl": {"Type": "AWS::WAFv2::WebACL", "Properties": {"Name": "site", "Scope": "REGIONAL", "DefaultAction": {"Allow": {}},
       "VisibilityConfig": {"CloudWatchMetricsEnabled": true, "MetricName": "site", "SampledRequestsEnabled": true},
       "CustomResponseBodies": {"denied": {"ContentType": "TEXT_PLAIN", "Content": "denied"}},
       "Rules": [
         {"Name": "common", "Priority": 0, "OverrideAction": {"None": {}},
          "Statement": {"ManagedRuleGroupStatement": {"VendorName": "AWS", "Name": "AWSManagedRulesCommonRuleSet"}},
          "VisibilityConfig": {"CloudWatchMetricsEnabled": true, "MetricName": "common", "SampledRequestsEnabled": true}},
         {"Name": "blocked", "Priority": 1, "Action": {"Block": {"CustomResponse": {"ResponseCode": 403, "CustomResponseBodyKey": "denied"}}},
          "Statement": {"OrStatement": {"Statements": [
            {"IPSetReferenceStatement": {"Arn": {"Fn::GetAtt": ["Blocked", "Arn"]}}},
            {"ByteMatchStatement": {"SearchString": "/admin", "FieldToMatch": {"UriPath": {}}, "PositionalConstraint": "STARTS_WITH", "TextTransformations": [{"Priority": 0, "Type": "NONE"}]}},
            {"RegexPatternSetReferenceStatement": {"Arn": {"Fn::GetAtt": ["Bots", "Arn"]}, "FieldToMatch": {"SingleHeader": {"Name": "user-agent"}}, "TextTransformations": [{"Priority": 0, "Type": "LOWERCASE"}]}}]}},
          "VisibilityConfig": {"CloudWatchMetricsEnabled": true, "MetricName": "blocked", "SampledRequestsEnabled": false}}],
       "Tags": [{"Key": "app", "Value": "site"}]}},
     "Attach": {"Type": "AWS::WAFv2::WebACLAssociation", "Properties": {"ResourceArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/site/1", "WebACLArn": {"Fn::GetAtt": ["Acl", "Arn"]}}},
     "Logs": {"Type": "AWS::WAFv2::LoggingConfiguration", "Properties": {"ResourceArn": {"Fn::GetAtt": ["Acl", "Arn"]}, "LogDestinationConfigs": ["arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-site"],
       "RedactedFields": [{"SingleHeader": {"Name": "authorization"}}],
       "LoggingFilter": {"DefaultBehavior": "KEEP", "Filters": [{"Behavior": "DROP", "Requirement": "MEETS_ANY", "Conditions": [{"ActionCondition": {"Action": "ALLOW"}}]}]}}},
     "Group": {"Type": "AWS::WAFv2::RuleGroup", "Properties": {"Name": "extra", "Scope": "REGIONAL", "Capacity": 10, "VisibilityConfig": {"CloudWatchMetricsEnabled": false, "MetricName": "extra", "SampledRequestsEnabled": false}}}
     }
    """#

  static func convert() -> Conversion {
    Converter.convert(
      #"""
      {"Resources": \#(resources),
       "Outputs": {"AclArn": {"Value": {"Fn::GetAtt": ["Acl", "Arn"]}},
                   "Capacity": {"Value": {"Fn::GetAtt": ["Acl", "Capacity"]}},
                   "SetId": {"Value": {"Fn::GetAtt": ["Blocked", "Id"]}},
                   "LogsRef": {"Value": {"Ref": "Logs"}}}}
      """#, fileName: "t.json")
  }

  @Test("a web ACL: its rules as rule_json, the WAFv2 API's JSON, SearchString base64-encoded")
  func webACL() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_wafv2_web_acl.acl", in: conversion) == #"""
        # Acl (AWS::WAFv2::WebACL)
        resource "aws_wafv2_web_acl" "acl" {
          name  = "site"
          scope = "REGIONAL"
          # cfn2tf: the provider does not detect drift in rule_json
          rule_json = jsonencode([
            {
              Name     = "common"
              Priority = 0
              OverrideAction = {
                None = {}
              }
              Statement = {
                ManagedRuleGroupStatement = {
                  VendorName = "AWS"
                  Name       = "AWSManagedRulesCommonRuleSet"
                }
              }
              VisibilityConfig = {
                CloudWatchMetricsEnabled = true
                MetricName               = "common"
                SampledRequestsEnabled   = true
              }
            },
            {
              Name     = "blocked"
              Priority = 1
              Action = {
                Block = {
                  CustomResponse = {
                    ResponseCode          = 403
                    CustomResponseBodyKey = "denied"
                  }
                }
              }
              Statement = {
                OrStatement = {
                  Statements = [
                    {
                      IPSetReferenceStatement = {
                        Arn = aws_wafv2_ip_set.blocked.arn
                      }
                    },
                    {
                      ByteMatchStatement = {
                        SearchString = base64encode("/admin")
                        FieldToMatch = {
                          UriPath = {}
                        }
                        PositionalConstraint = "STARTS_WITH"
                        TextTransformations = [
                          {
                            Priority = 0
                            Type     = "NONE"
                          },
                        ]
                      }
                    },
                    {
                      RegexPatternSetReferenceStatement = {
                        Arn = aws_wafv2_regex_pattern_set.bots.arn
                        FieldToMatch = {
                          SingleHeader = {
                            Name = "user-agent"
                          }
                        }
                        TextTransformations = [
                          {
                            Priority = 0
                            Type     = "LOWERCASE"
                          },
                        ]
                      }
                    },
                  ]
                }
              }
              VisibilityConfig = {
                CloudWatchMetricsEnabled = true
                MetricName               = "blocked"
                SampledRequestsEnabled   = false
              }
            },
          ])
          tags = {
            app = "site"
          }

          default_action {
            allow {}
          }

          visibility_config {
            cloudwatch_metrics_enabled = true
            metric_name                = "site"
            sampled_requests_enabled   = true
          }

          custom_response_body {
            key          = "denied"
            content_type = "TEXT_PLAIN"
            content      = "denied"
          }
        }

        """#)
  }

  @Test("IP sets, regex pattern sets, associations and logging configurations")
  func resources() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_wafv2_ip_set.blocked", in: conversion) == #"""
        # Blocked (AWS::WAFv2::IPSet)
        resource "aws_wafv2_ip_set" "blocked" {
          name               = "blocked"
          scope              = "REGIONAL"
          ip_address_version = "IPV4"
          addresses          = ["192.0.2.0/24"]
        }

        """#)
    #expect(
      MappingProbe.block("aws_wafv2_regex_pattern_set.bots", in: conversion) == #"""
        # Bots (AWS::WAFv2::RegexPatternSet)
        resource "aws_wafv2_regex_pattern_set" "bots" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Bots-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name  = lookup(var.physical_names, "Bots", "${var.stack_name}-Bots")
          scope = "REGIONAL"

          regular_expression {
            regex_string = "^curl/"
          }
          regular_expression {
            regex_string = "bot$"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_wafv2_web_acl_association.attach", in: conversion) == #"""
        # Attach (AWS::WAFv2::WebACLAssociation)
        resource "aws_wafv2_web_acl_association" "attach" {
          resource_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/site/1"
          web_acl_arn  = aws_wafv2_web_acl.acl.arn
        }

        """#)
    #expect(
      MappingProbe.block("aws_wafv2_web_acl_logging_configuration.logs", in: conversion) == #"""
        # Logs (AWS::WAFv2::LoggingConfiguration)
        resource "aws_wafv2_web_acl_logging_configuration" "logs" {
          resource_arn            = aws_wafv2_web_acl.acl.arn
          log_destination_configs = ["arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-site"]

          redacted_fields {
            single_header {
              name = "authorization"
            }
          }

          logging_filter {
            default_behavior = "KEEP"

            filter {
              behavior    = "DROP"
              requirement = "MEETS_ANY"

              condition {
                action_condition {
                  action = "ALLOW"
                }
              }
            }
          }
        }

        """#)
  }

  @Test("a rule group is written without its rules, which are reported")
  func ruleGroup() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Group": {"Type": "AWS::WAFv2::RuleGroup", "Properties": {"Name": "g", "Scope": "REGIONAL",
          "Capacity": 10, "VisibilityConfig": {"CloudWatchMetricsEnabled": false, "MetricName": "g",
          "SampledRequestsEnabled": false},
          "Rules": [{"Name": "r", "Priority": 0, "Action": {"Block": {}},
            "Statement": {"GeoMatchStatement": {"CountryCodes": ["XX"]}},
            "VisibilityConfig": {"CloudWatchMetricsEnabled": false, "MetricName": "r",
              "SampledRequestsEnabled": false}}]}}}
        """)
    #expect(MappingProbe.entry("Group.Properties.Rules", in: conversion)?.status == .unsupported)
    #expect(MappingProbe.messages(conversion).count == 1)
    #expect(
      MappingProbe.block("aws_wafv2_rule_group.group", in: conversion) == #"""
        # Group (AWS::WAFv2::RuleGroup)
        # cfn2tf: 'Rules' is not converted: aws_wafv2_rule_group (provider 5.100) takes its rules only as nested rule blocks, which cfn2tf does not write (it has no rule_json): the group is created empty; write the rule blocks by hand (CloudFormation's names in snake case) or keep the group in CloudFormation
        resource "aws_wafv2_rule_group" "group" {
          name     = "g"
          scope    = "REGIONAL"
          capacity = 10

          visibility_config {
            cloudwatch_metrics_enabled = false
            metric_name                = "g"
            sampled_requests_enabled   = false
          }
        }

        """#)
  }

  @Test("GetAtt Arn, Id and Capacity; Ref (NAME|ID|SCOPE) is reported, a logging Ref is its ACL")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_wafv2_web_acl.acl.arn"))
    #expect(outputs.contains("value = aws_wafv2_web_acl.acl.capacity"))
    #expect(outputs.contains("value = aws_wafv2_ip_set.blocked.id"))
    #expect(outputs.contains("value = aws_wafv2_web_acl_logging_configuration.logs.resource_arn"))
    let conversion = Converter.convert(
      #"""
      {"Resources": \#(Self.resources), "Outputs": {"Ref": {"Value": {"Ref": "Acl"}}}}
      """#, fileName: "t.json")
    #expect(
      MappingProbe.messages(conversion) == [
        "'Ref' to 'Acl' (AWS::WAFv2::WebACL) has no Terraform counterpart; null is used"
      ])
  }

  @Test(
    "WAFv2 resources convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "wafv2")
    #expect(status == 0, "\(output)")
  }
}

extension WAFv2: ImportCaseProvider {
  static let importIds = [
    "Blocked": "blocked|a1b2c3d4-0000-4000-8000-000000000001|REGIONAL",
    "Bots": "web-Bots-1ABC|a1b2c3d4-0000-4000-8000-000000000002|REGIONAL",
    "Acl": "site|a1b2c3d4-0000-4000-8000-000000000003|REGIONAL",
    "Attach": "web-Attac-1ABC",
    "Logs": "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/site/a1b2c3d4",
    "Group": "extra|a1b2c3d4-0000-4000-8000-000000000004|REGIONAL",
  ]

  static func waf(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: WAFv2MappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Sets, ACLs and groups as `ID/NAME/SCOPE`; an association as `ACL_ARN,RESOURCE_ARN` (not
  /// known here: the ACL's ARN is a GetAtt the stack does not list).
  static var importCases: [ImportCase] {
    [
      waf(
        "aws_wafv2_ip_set.blocked", "Blocked",
        .id("a1b2c3d4-0000-4000-8000-000000000001/blocked/REGIONAL")),
      waf(
        "aws_wafv2_regex_pattern_set.bots", "Bots",
        .id("a1b2c3d4-0000-4000-8000-000000000002/web-Bots-1ABC/REGIONAL")),
      waf(
        "aws_wafv2_web_acl.acl", "Acl", .id("a1b2c3d4-0000-4000-8000-000000000003/site/REGIONAL")),
      waf(
        "aws_wafv2_rule_group.group", "Group",
        .id("a1b2c3d4-0000-4000-8000-000000000004/extra/REGIONAL")),
      waf(
        "aws_wafv2_web_acl_logging_configuration.logs", "Logs",
        .id("arn:aws:wafv2:us-east-1:123456789012:regional/webacl/site/a1b2c3d4")),
      ImportCase(
        address: "aws_wafv2_web_acl_association.attach", origin: "Attach",
        resources: #"""
          {"Attach": {"Type": "AWS::WAFv2::WebACLAssociation", "Properties": {
            "ResourceArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/site/1",
            "WebACLArn": "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/site/a1b2c3d4"}}}
          """#, physicalIds: ["Attach": "web-Attac-1ABC"],
        expected: .id(
          "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/site/a1b2c3d4,arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/site/1"
        )),
    ]
  }
}
