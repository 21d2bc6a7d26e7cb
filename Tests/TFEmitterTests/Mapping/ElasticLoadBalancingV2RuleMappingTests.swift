import Testing

@testable import TFEmitter

@Suite("Listener rule and listener certificate mappings")
struct ElasticLoadBalancingV2RuleMappingTests {
  static let resources = #"""
    {"Alb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {"Type": "application",
       "Subnets": ["subnet-0a1b", "subnet-0c2d"]}},
     "Blue": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {"Port": 80,
       "Protocol": "HTTP", "VpcId": "vpc-0f1e"}},
     "Green": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {"Port": 80,
       "Protocol": "HTTP", "VpcId": "vpc-0f1e"}},
     "Https": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {
       "LoadBalancerArn": {"Ref": "Alb"}, "Port": 443, "Protocol": "HTTPS",
       "Certificates": [{"CertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/main"}],
       "DefaultActions": [{"Type": "fixed-response", "FixedResponseConfig": {"StatusCode": "404",
         "ContentType": "text/plain", "MessageBody": "not found"}}]}},
     "Api": {"Type": "AWS::ElasticLoadBalancingV2::ListenerRule", "Properties": {
       "ListenerArn": {"Ref": "Https"}, "Priority": 10,
       "Conditions": [{"Field": "path-pattern", "Values": ["/api/*"]},
         {"Field": "http-header", "HttpHeaderConfig": {"HttpHeaderName": "X-Canary", "Values": ["on"]}},
         {"Field": "query-string", "QueryStringConfig": {"Values": [{"Key": "version", "Value": "2"}]}}],
       "Actions": [{"Type": "forward", "ForwardConfig": {"TargetGroups": [
         {"TargetGroupArn": {"Ref": "Blue"}, "Weight": 90}, {"TargetGroupArn": {"Ref": "Green"}, "Weight": 10}],
         "TargetGroupStickinessConfig": {"Enabled": true, "DurationSeconds": 300}}}]}},
     "Old": {"Type": "AWS::ElasticLoadBalancingV2::ListenerRule", "Properties": {
       "ListenerArn": {"Ref": "Https"}, "Priority": 20,
       "Conditions": [{"Field": "host-header", "HostHeaderConfig": {"Values": ["old.example.com"]}}],
       "Actions": [{"Type": "redirect", "RedirectConfig": {"Host": "new.example.com", "Protocol": "HTTPS",
         "Port": "443", "StatusCode": "HTTP_301"}}]}},
     "Login": {"Type": "AWS::ElasticLoadBalancingV2::ListenerRule", "Properties": {
       "ListenerArn": {"Ref": "Https"}, "Priority": 30,
       "Conditions": [{"Field": "path-pattern", "PathPatternConfig": {"Values": ["/admin/*"]}},
         {"Field": "source-ip", "SourceIpConfig": {"Values": ["203.0.113.0/24"]}}],
       "Actions": [{"Type": "authenticate-oidc", "Order": 1, "AuthenticateOidcConfig": {
           "Issuer": "https://idp.example.com", "AuthorizationEndpoint": "https://idp.example.com/authorize",
           "TokenEndpoint": "https://idp.example.com/token", "UserInfoEndpoint": "https://idp.example.com/userinfo",
           "ClientId": "cfn2tf", "ClientSecret": "example-client-secret"}},
         {"Type": "forward", "Order": 2, "TargetGroupArn": {"Ref": "Blue"}}]}},
     "Extra": {"Type": "AWS::ElasticLoadBalancingV2::ListenerCertificate", "Properties": {
       "ListenerArn": {"Ref": "Https"},
       "Certificates": [{"CertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/alt"},
         {"CertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/old"}]}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Rule": {"Value": {"Ref": "Api"}},
         "RuleArn": {"Value": {"Fn::GetAtt": ["Old", "RuleArn"]}},
         "Certificate": {"Value": {"Ref": "Extra"}}}}
      """, fileName: "t.json")
  }

  @Test("weighted forwarding and redirects; conditions by Field or by their …Config")
  func rules() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_lb_listener_rule.api", in: conversion) == """
        # Api (AWS::ElasticLoadBalancingV2::ListenerRule)
        resource "aws_lb_listener_rule" "api" {
          listener_arn = aws_lb_listener.https.arn
          priority     = 10

          action {
            type = "forward"

            forward {
              target_group {
                arn    = aws_lb_target_group.blue.arn
                weight = 90
              }
              target_group {
                arn    = aws_lb_target_group.green.arn
                weight = 10
              }

              stickiness {
                enabled  = true
                duration = 300
              }
            }
          }

          condition {
            path_pattern {
              values = ["/api/*"]
            }
          }
          condition {
            http_header {
              http_header_name = "X-Canary"
              values           = ["on"]
            }
          }
          condition {
            query_string {
              key   = "version"
              value = "2"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_lb_listener_rule.old", in: conversion) == """
        # Old (AWS::ElasticLoadBalancingV2::ListenerRule)
        resource "aws_lb_listener_rule" "old" {
          listener_arn = aws_lb_listener.https.arn
          priority     = 20

          action {
            type = "redirect"

            redirect {
              host        = "new.example.com"
              port        = "443"
              protocol    = "HTTPS"
              status_code = "HTTP_301"
            }
          }

          condition {
            host_header {
              values = ["old.example.com"]
            }
          }
        }

        """)
    let field = MappingProbe.entry("Api.Properties.Conditions[0].Values", in: conversion)
    #expect(field?.targetText == "aws_lb_listener_rule.api.condition.path_pattern.values")
  }

  @Test("an OIDC client secret written in the template reaches no generated file")
  func authentication() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_lb_listener_rule.login", in: conversion) == """
        # Login (AWS::ElasticLoadBalancingV2::ListenerRule)
        resource "aws_lb_listener_rule" "login" {
          listener_arn = aws_lb_listener.https.arn
          priority     = 30

          action {
            type  = "authenticate-oidc"
            order = 1

            authenticate_oidc {
              authorization_endpoint = "https://idp.example.com/authorize"
              client_id              = "cfn2tf"
              client_secret          = var.login_oidc_client_secret
              issuer                 = "https://idp.example.com"
              token_endpoint         = "https://idp.example.com/token"
              user_info_endpoint     = "https://idp.example.com/userinfo"
            }
          }
          action {
            type             = "forward"
            order            = 2
            target_group_arn = aws_lb_target_group.blue.arn
          }

          condition {
            path_pattern {
              values = ["/admin/*"]
            }
          }
          condition {
            source_ip {
              values = ["203.0.113.0/24"]
            }
          }
        }

        """)
    for file in conversion.files {
      #expect(!file.contents.contains("example-client-secret"), "\(file.path)")
    }
    #expect(
      MappingProbe.messages(conversion) == [
        "the OIDC client secret of 'Login' is written in the template; it becomes the sensitive variable 'login_oidc_client_secret'"
      ])
  }

  @Test("one listener certificate per certificate; Ref and GetAtt")
  func certificates() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_lb_listener_certificate.extra", in: conversion) == """
        # Extra (AWS::ElasticLoadBalancingV2::ListenerCertificate)
        resource "aws_lb_listener_certificate" "extra" {
          listener_arn    = aws_lb_listener.https.arn
          certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/alt"
        }

        """)
    #expect(
      MappingProbe.block("aws_lb_listener_certificate.extra_old", in: conversion) == """
        # Extra.Certificates[1] (AWS::ElasticLoadBalancingV2::ListenerCertificate)
        resource "aws_lb_listener_certificate" "extra_old" {
          listener_arn    = aws_lb_listener.https.arn
          certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/old"
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_lb_listener_rule.api.arn"))
    #expect(outputs.contains("value = aws_lb_listener_rule.old.arn"))
    #expect(outputs.contains("value = aws_lb_listener_certificate.extra.id"))
  }

  @Test("a condition whose Field has no block of its own and no …Config is reported")
  func unknownField() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Rule": {"Type": "AWS::ElasticLoadBalancingV2::ListenerRule", "Properties": {
          "ListenerArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2",
          "Priority": 5, "Conditions": [{"Field": "http-header", "Values": ["x"]}],
          "Actions": [{"Type": "fixed-response", "FixedResponseConfig": {"StatusCode": "403"}}]}}}
        """)
    #expect(
      MappingProbe.entry("Rule.Properties.Conditions[0].Values", in: conversion)?.status
        == .unsupported)
  }

  @Test(
    "listener rules and certificates convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "elbv2-rules")
    #expect(status == 0, "\(output)")
  }
}

extension ElasticLoadBalancingV2: ImportCaseProvider {
  static let listener =
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/alb/50dc6c495c0c9188/f2f7dc8efc522ab2"

  static let importIds = [
    "Alb":
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb/50dc6c495c0c9188",
    "Blue": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/blue/73e2d6bc24d8a067",
    "Green":
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/green/943f017f100becff",
    "Https": listener,
    "Api":
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/alb/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee",
    "Extra": "\(listener)|arn:aws:acm:us-east-1:123456789012:certificate/alt",
  ]

  static func rule(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: ElasticLoadBalancingV2RuleMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Rules by their ARNs; certificates by `<listener ARN>_<certificate ARN>`.
  static var importCases: [ImportCase] {
    [
      rule("aws_lb_listener_rule.api", "Api", .id(importIds["Api"]!)),
      rule(
        "aws_lb_listener_certificate.extra", "Extra",
        .id("\(listener)_arn:aws:acm:us-east-1:123456789012:certificate/alt")),
      rule(
        "aws_lb_listener_certificate.extra_old", "Extra",
        .id("\(listener)_arn:aws:acm:us-east-1:123456789012:certificate/old")),
    ]
  }
}
