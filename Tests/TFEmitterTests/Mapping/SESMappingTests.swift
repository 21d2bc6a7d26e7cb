import Testing

@testable import TFEmitter

@Suite("SES mappings")
struct SESMappingTests {
  static let resources = """
    {"Set": {"Type": "AWS::SES::ConfigurationSet", "Properties": {"Name": "mail",
       "DeliveryOptions": {"TlsPolicy": "REQUIRE", "MaxDeliverySeconds": 300},
       "ReputationOptions": {"ReputationMetricsEnabled": true},
       "SendingOptions": {"SendingEnabled": true},
       "SuppressionOptions": {"SuppressedReasons": ["BOUNCE", "COMPLAINT"]},
       "TrackingOptions": {"CustomRedirectDomain": "track.example.com", "HttpsPolicy": "REQUIRE"},
       "VdmOptions": {"DashboardOptions": {"EngagementMetrics": "ENABLED"},
         "GuardianOptions": {"OptimizedSharedDelivery": "DISABLED"}},
       "Tags": [{"Key": "team", "Value": "mail"}]}},
     "ToSns": {"Type": "AWS::SES::ConfigurationSetEventDestination", "Properties": {
       "ConfigurationSetName": {"Ref": "Set"},
       "EventDestination": {"Name": "to-sns", "Enabled": true,
         "MatchingEventTypes": ["send", "renderingFailure", "BOUNCE"],
         "SnsDestination": {"TopicARN": "arn:aws:sns:us-east-1:123456789012:mail"}}}},
     "ToWatch": {"Type": "AWS::SES::ConfigurationSetEventDestination", "Properties": {
       "ConfigurationSetName": "mail",
       "EventDestination": {"MatchingEventTypes": {"Ref": "Events"},
         "CloudWatchDestination": {"DimensionConfigurations": [{"DimensionName": "campaign",
           "DimensionValueSource": "messageTag", "DefaultDimensionValue": "none"}]}}}},
     "Domain": {"Type": "AWS::SES::EmailIdentity", "Properties": {"EmailIdentity": "example.com",
       "ConfigurationSetAttributes": {"ConfigurationSetName": {"Ref": "Set"}},
       "DkimSigningAttributes": {"NextSigningKeyLength": "RSA_2048_BIT"},
       "DkimAttributes": {"SigningEnabled": true},
       "FeedbackAttributes": {"EmailForwardingEnabled": false},
       "MailFromAttributes": {"MailFromDomain": "bounce.example.com",
         "BehaviorOnMxFailure": "USE_DEFAULT_VALUE"},
       "Tags": [{"Key": "team", "Value": "mail"}]}},
     "Welcome": {"Type": "AWS::SES::Template", "Properties": {"Template": {
       "TemplateName": "welcome", "SubjectPart": "Hi {{name}}", "HtmlPart": "<p>Hi</p>",
       "TextPart": "Hi"}}},
     "Rules": {"Type": "AWS::SES::ReceiptRuleSet", "Properties": {"RuleSetName": "inbound"}},
     "Store": {"Type": "AWS::SES::ReceiptRule", "Properties": {"RuleSetName": {"Ref": "Rules"},
       "Rule": {"Name": "store", "Enabled": true, "ScanEnabled": true, "TlsPolicy": "Require",
         "Recipients": ["in@example.com"],
         "Actions": [{"S3Action": {"BucketName": "mail-bucket", "ObjectKeyPrefix": "in/"}},
                     {"AddHeaderAction": {"HeaderName": "X-Seen", "HeaderValue": "yes"}},
                     {"StopAction": {"Scope": "RuleSet"}}]}}},
     "Later": {"Type": "AWS::SES::ReceiptRule", "Properties": {"RuleSetName": "inbound",
       "After": {"Ref": "Store"},
       "Rule": {"Actions": [{"LambdaAction": {
         "FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:f",
         "InvocationType": "Event"}}]}}},
     "News": {"Type": "AWS::SES::ContactList", "Properties": {"ContactListName": "news",
       "Description": "News", "Topics": [{"TopicName": "weekly", "DisplayName": "Weekly",
         "DefaultSubscriptionStatus": "OPT_OUT"}],
       "Tags": [{"Key": "team", "Value": "mail"}]}}}
    """

  static let parameters = #"{"Events": {"Type": "CommaDelimitedList"}}"#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Set": {"Value": {"Ref": "Set"}},
         "Destination": {"Value": {"Ref": "ToSns"}},
         "DestinationId": {"Value": {"Fn::GetAtt": ["ToSns", "Id"]}},
         "Identity": {"Value": {"Ref": "Domain"}},
         "Name1": {"Value": {"Fn::GetAtt": ["Domain", "DkimDNSTokenName1"]}},
         "Value3": {"Value": {"Fn::GetAtt": ["Domain", "DkimDNSTokenValue3"]}},
         "Template": {"Value": {"Fn::GetAtt": ["Welcome", "Id"]}},
         "RuleSet": {"Value": {"Ref": "Rules"}},
         "Rule": {"Value": {"Fn::GetAtt": ["Store", "Id"]}},
         "List": {"Value": {"Ref": "News"}}}}
      """, fileName: "t.json")
  }

  @Test("a configuration set with its options as blocks")
  func configurationSet() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_sesv2_configuration_set.set", in: conversion) == """
        # Set (AWS::SES::ConfigurationSet)
        resource "aws_sesv2_configuration_set" "set" {
          configuration_set_name = "mail"
          tags = {
            team = "mail"
          }

          delivery_options {
            max_delivery_seconds = 300
            tls_policy           = "REQUIRE"
          }

          reputation_options {
            reputation_metrics_enabled = true
          }

          sending_options {
            sending_enabled = true
          }

          suppression_options {
            suppressed_reasons = ["BOUNCE", "COMPLAINT"]
          }

          tracking_options {
            custom_redirect_domain = "track.example.com"
            https_policy           = "REQUIRE"
          }

          vdm_options {
            dashboard_options {
              engagement_metrics = "ENABLED"
            }

            guardian_options {
              optimized_shared_delivery = "DISABLED"
            }
          }
        }

        """)
  }

  @Test("event destinations: the name beside the block, event types spelled as SESv2 wants")
  func eventDestinations() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_sesv2_configuration_set_event_destination.to_sns", in: conversion)
        == """
        # ToSns (AWS::SES::ConfigurationSetEventDestination)
        resource "aws_sesv2_configuration_set_event_destination" "to_sns" {
          configuration_set_name = aws_sesv2_configuration_set.set.configuration_set_name
          event_destination_name = "to-sns"

          event_destination {
            enabled              = true
            matching_event_types = ["SEND", "RENDERING_FAILURE", "BOUNCE"]

            sns_destination {
              topic_arn = "arn:aws:sns:us-east-1:123456789012:mail"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_sesv2_configuration_set_event_destination.to_watch", in: conversion)
        == #"""
        # ToWatch (AWS::SES::ConfigurationSetEventDestination)
        resource "aws_sesv2_configuration_set_event_destination" "to_watch" {
          # cfn2tf: 'EventDestination.Name' is not set: CloudFormation names it <stack>-ToWatch-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          event_destination_name = lookup(var.physical_names, "ToWatch", "${var.stack_name}-ToWatch")
          configuration_set_name = "mail"

          event_destination {
            matching_event_types = [for name in var.events : upper(replace(name, "/([a-z])([A-Z])/", "$${1}_$${2}"))]

            cloud_watch_destination {
              dimension_configuration {
                default_dimension_value = "none"
                dimension_name          = "campaign"
                dimension_value_source  = "MESSAGE_TAG"
              }
            }
          }
        }

        """#)
    let types = MappingProbe.entry(
      "ToSns.Properties.EventDestination.MatchingEventTypes", in: conversion)
    #expect(
      types?.targetText
        == "aws_sesv2_configuration_set_event_destination.to_sns.event_destination.matching_event_types"
    )
    #expect(types?.note.contains("'renderingFailure' became 'RENDERING_FAILURE'") == true)
    #expect(SES.upperSnakeCase("deliveryDelay") == "DELIVERY_DELAY")
    #expect(SES.upperSnakeCase("EMAIL_HEADER") == "EMAIL_HEADER")
  }

  @Test("an email identity: feedback and MAIL FROM attributes as resources of their own")
  func emailIdentity() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_sesv2_email_identity.domain", in: conversion) == """
        # Domain (AWS::SES::EmailIdentity)
        # cfn2tf: 'DkimAttributes' is dropped: SES signs with DKIM by default, as CloudFormation asks
        resource "aws_sesv2_email_identity" "domain" {
          email_identity         = "example.com"
          configuration_set_name = aws_sesv2_configuration_set.set.configuration_set_name
          tags = {
            team = "mail"
          }

          dkim_signing_attributes {
            next_signing_key_length = "RSA_2048_BIT"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_sesv2_email_identity_feedback_attributes.domain", in: conversion)
        == """
        # Domain.FeedbackAttributes (AWS::SES::EmailIdentity)
        resource "aws_sesv2_email_identity_feedback_attributes" "domain" {
          email_identity           = aws_sesv2_email_identity.domain.email_identity
          email_forwarding_enabled = false
        }

        """)
    #expect(
      MappingProbe.block("aws_sesv2_email_identity_mail_from_attributes.domain", in: conversion)
        == """
        # Domain.MailFromAttributes (AWS::SES::EmailIdentity)
        resource "aws_sesv2_email_identity_mail_from_attributes" "domain" {
          email_identity         = aws_sesv2_email_identity.domain.email_identity
          behavior_on_mx_failure = "USE_DEFAULT_VALUE"
          mail_from_domain       = "bounce.example.com"
        }

        """)
    #expect(
      MappingProbe.entry("Domain.Properties.DkimAttributes", in: conversion)?.status == .dropped)
  }

  @Test("a DKIM private key written in the template becomes a sensitive variable")
  func dkimPrivateKey() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Byo": {"Type": "AWS::SES::EmailIdentity", "Properties": {
          "EmailIdentity": "example.org", "DkimAttributes": {"SigningEnabled": false},
          "DkimSigningAttributes": {"DomainSigningSelector": "sel",
            "DomainSigningPrivateKey": "bm90LWEtcmVhbC1rZXk="}}}}
        """)
    #expect(
      MappingProbe.block("aws_sesv2_email_identity.byo", in: conversion) == """
        # Byo (AWS::SES::EmailIdentity)
        # cfn2tf: 'DkimAttributes' is not converted: aws_sesv2_email_identity (provider 5.100) cannot turn DKIM signing off: run 'aws sesv2 put-email-identity-dkim-attributes --no-signing-enabled'
        resource "aws_sesv2_email_identity" "byo" {
          email_identity = "example.org"

          dkim_signing_attributes {
            domain_signing_private_key = var.byo_dkim_private_key
            domain_signing_selector    = "sel"
          }
        }

        """)
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(!variables.contains("bm90LWEtcmVhbC1rZXk="))
    #expect(variables.contains("sensitive   = true"))
    let key = MappingProbe.entry(
      "Byo.Properties.DkimSigningAttributes.DomainSigningPrivateKey", in: conversion)
    #expect(key?.sourceValue == "(sensitive)")
    #expect(
      key?.targetText
        == "aws_sesv2_email_identity.byo.dkim_signing_attributes.domain_signing_private_key")
  }

  @Test("templates, receipt rule sets and rules (actions by position), contact lists")
  func templatesRulesAndLists() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ses_template.welcome", in: conversion) == """
        # Welcome (AWS::SES::Template)
        resource "aws_ses_template" "welcome" {
          name    = "welcome"
          subject = "Hi {{name}}"
          html    = "<p>Hi</p>"
          text    = "Hi"
        }

        """)
    #expect(
      MappingProbe.block("aws_ses_receipt_rule.store", in: conversion) == """
        # Store (AWS::SES::ReceiptRule)
        resource "aws_ses_receipt_rule" "store" {
          rule_set_name = aws_ses_receipt_rule_set.rules.rule_set_name
          name          = "store"
          enabled       = true
          recipients    = ["in@example.com"]
          scan_enabled  = true
          tls_policy    = "Require"

          s3_action {
            position          = 1
            bucket_name       = "mail-bucket"
            object_key_prefix = "in/"
          }

          add_header_action {
            position     = 2
            header_name  = "X-Seen"
            header_value = "yes"
          }

          stop_action {
            position = 3
            scope    = "RuleSet"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ses_receipt_rule.later", in: conversion) == #"""
        # Later (AWS::SES::ReceiptRule)
        resource "aws_ses_receipt_rule" "later" {
          # cfn2tf: 'Rule.Name' is not set: CloudFormation names it <stack>-Later-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name          = lookup(var.physical_names, "Later", "${var.stack_name}-Later")
          rule_set_name = "inbound"
          after         = aws_ses_receipt_rule.store.name

          lambda_action {
            position        = 1
            function_arn    = "arn:aws:lambda:us-east-1:123456789012:function:f"
            invocation_type = "Event"
          }
        }

        """#)
    #expect(
      MappingProbe.entry("Store.Properties.Rule.Actions[1].AddHeaderAction", in: conversion)?
        .targetText == "aws_ses_receipt_rule.store.add_header_action")
    #expect(
      MappingProbe.block("aws_sesv2_contact_list.news", in: conversion) == """
        # News (AWS::SES::ContactList)
        resource "aws_sesv2_contact_list" "news" {
          contact_list_name = "news"
          description       = "News"
          tags = {
            team = "mail"
          }

          topic {
            topic_name                  = "weekly"
            display_name                = "Weekly"
            default_subscription_status = "OPT_OUT"
          }
        }

        """)
  }

  @Test("Ref and GetAtt: names, the DKIM records made from the tokens")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_sesv2_configuration_set.set.configuration_set_name",
      "aws_sesv2_configuration_set_event_destination.to_sns.event_destination_name",
      "aws_sesv2_email_identity.domain.email_identity",
      #""${aws_sesv2_email_identity.domain.dkim_signing_attributes[0].tokens[0]}._domainkey.${aws_sesv2_email_identity.domain.email_identity}""#,
      #""${aws_sesv2_email_identity.domain.dkim_signing_attributes[0].tokens[2]}.dkim.amazonses.com""#,
      "aws_ses_template.welcome.name", "aws_ses_receipt_rule_set.rules.rule_set_name",
      "aws_ses_receipt_rule.store.name", "aws_sesv2_contact_list.news.contact_list_name",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("what provider 5.100 lacks is reported, template tags are dropped, names are required")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Set": {"Type": "AWS::SES::ConfigurationSet", "Properties": {
           "ArchivingOptions": {"ArchiveArn": "arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a"},
           "SuppressionOptions": {"ValidationOptions": {"ConditionThreshold": {
             "ConditionThresholdEnabled": "ENABLED"}}}}},
         "Mail": {"Type": "AWS::SES::Template", "Properties": {"Template": {"SubjectPart": "s"},
           "Tags": [{"Key": "a", "Value": "b"}]}},
         "Rule": {"Type": "AWS::SES::ReceiptRule", "Properties": {"RuleSetName": "in",
           "Rule": {"Actions": [{"ConnectAction": {"InstanceARN": "i", "IAMRoleARN": "r"}}]}}}}
        """)
    #expect(
      MappingProbe.entry("Set.Properties.ArchivingOptions", in: conversion)?.status
        == .unsupported)
    #expect(
      MappingProbe.entry("Set.Properties.SuppressionOptions.ValidationOptions", in: conversion)?
        .status == .unsupported)
    #expect(MappingProbe.entry("Mail.Properties.Tags", in: conversion)?.status == .dropped)
    #expect(
      MappingProbe.entry("Rule.Properties.Rule.Actions[0].ConnectAction", in: conversion)?.status
        == .unsupported)
    let main = MappingProbe.mainFile(conversion)
    #expect(
      main.contains(
        #"configuration_set_name = lookup(var.physical_names, "Set", "${var.stack_name}-Set")"#))
    #expect(
      main.contains(#"name    = lookup(var.physical_names, "Mail", "${var.stack_name}-Mail")"#))
  }

  @Test(
    "SES resources convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "ses")
    #expect(status == 0, "\(output)")
  }
}

extension SES: ImportCaseProvider {
  static let importIds = [
    "Set": "mail", "ToSns": "to-sns", "ToWatch": "web-ToWatch-1A2B3C", "Domain": "example.com",
    "Welcome": "welcome", "Rules": "inbound", "Store": "store", "Later": "web-Later-1A2B3C",
    "News": "news",
  ]

  static func ses(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: SESMappingTests.resources,
      parameters: SESMappingTests.parameters, physicalIds: importIds, values: ["Events": "send"],
      expected: expected)
  }

  /// Names and identities; an event destination as `<set>|<name>`, a receipt rule as
  /// `<rule set>:<rule>`; the identity's attributes by the identity.
  static var importCases: [ImportCase] {
    [
      ses("aws_sesv2_configuration_set.set", "Set", .id("mail")),
      ses("aws_sesv2_configuration_set_event_destination.to_sns", "ToSns", .id("mail|to-sns")),
      ses(
        "aws_sesv2_configuration_set_event_destination.to_watch", "ToWatch",
        .id("mail|web-ToWatch-1A2B3C")),
      ses("aws_sesv2_email_identity.domain", "Domain", .id("example.com")),
      ses("aws_sesv2_email_identity_feedback_attributes.domain", "Domain", .id("example.com")),
      ses("aws_sesv2_email_identity_mail_from_attributes.domain", "Domain", .id("example.com")),
      ses("aws_ses_template.welcome", "Welcome", .id("welcome")),
      ses("aws_ses_receipt_rule_set.rules", "Rules", .id("inbound")),
      ses("aws_ses_receipt_rule.store", "Store", .id("inbound:store")),
      ses("aws_ses_receipt_rule.later", "Later", .id("inbound:web-Later-1A2B3C")),
      ses("aws_sesv2_contact_list.news", "News", .id("news")),
    ]
  }
}
