import Testing

@testable import TFEmitter

@Suite("Application and network load balancer mappings")
struct ElasticLoadBalancingV2MappingTests {
  static let resources = """
    {"Web": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
       "InstanceType": "t3.micro"}},
     "Alb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {
       "Name": "front", "Scheme": "internet-facing", "Type": "application",
       "Subnets": ["subnet-1", "subnet-2"], "SecurityGroups": ["sg-1"],
       "LoadBalancerAttributes": [
         {"Key": "idle_timeout.timeout_seconds", "Value": "120"},
         {"Key": "deletion_protection.enabled", "Value": "true"},
         {"Key": "access_logs.s3.enabled", "Value": "true"},
         {"Key": "access_logs.s3.bucket", "Value": "logs"},
         {"Key": "routing.http.unknown", "Value": "x"}],
       "Tags": [{"Key": "Name", "Value": "front"}]}},
     "Nlb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {
       "Type": "network", "Scheme": "internal",
       "SubnetMappings": [{"SubnetId": "subnet-1", "AllocationId": "eipalloc-1"}]}},
     "Group": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {
       "Name": "web", "Port": 80, "Protocol": "HTTP", "VpcId": "vpc-1",
       "HealthCheckPath": "/health", "HealthCheckIntervalSeconds": "15",
       "Matcher": {"HttpCode": "200-299"}, "UnhealthyThresholdCount": 4,
       "TargetGroupAttributes": [
         {"Key": "deregistration_delay.timeout_seconds", "Value": "30"},
         {"Key": "stickiness.enabled", "Value": "true"},
         {"Key": "stickiness.lb_cookie.duration_seconds", "Value": "3600"}],
       "Targets": [{"Id": {"Ref": "Web"}, "Port": 80}]}},
     "Https": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {
       "LoadBalancerArn": {"Ref": "Alb"}, "Port": 443, "Protocol": "HTTPS",
       "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
       "Certificates": [{"CertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/a"}],
       "DefaultActions": [{"Type": "forward", "TargetGroupArn": {"Ref": "Group"}}]}},
     "Http": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {
       "LoadBalancerArn": {"Ref": "Alb"}, "Port": 80, "Protocol": "HTTP",
       "DefaultActions": [{"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS",
         "Port": "443", "StatusCode": "HTTP_301"}}]}},
     "Weighted": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {
       "LoadBalancerArn": {"Ref": "Alb"}, "Port": 8080, "Protocol": "HTTP",
       "ListenerAttributes": [{"Key": "routing.http.response.server.enabled", "Value": "false"}],
       "DefaultActions": [{"Type": "forward", "ForwardConfig": {
         "TargetGroups": [{"TargetGroupArn": {"Ref": "Group"}, "Weight": 1}],
         "TargetGroupStickinessConfig": {"Enabled": true, "DurationSeconds": 60}}}]}}}
    """

  @Test("load balancers: attributes become arguments and blocks; unknown ones are reported")
  func loadBalancers() {
    let conversion = MappingProbe.convert(resources: Self.resources)
    #expect(
      MappingProbe.block("aws_lb.alb", in: conversion) == """
        # Alb (AWS::ElasticLoadBalancingV2::LoadBalancer)
        # cfn2tf: 'LoadBalancerAttributes[4]' is not converted: the attribute 'routing.http.unknown' has no counterpart in aws_lb.alb
        resource "aws_lb" "alb" {
          name                       = "front"
          load_balancer_type         = "application"
          internal                   = false
          subnets                    = ["subnet-1", "subnet-2"]
          security_groups            = ["sg-1"]
          idle_timeout               = 120
          enable_deletion_protection = true
          tags = {
            Name = "front"
          }

          access_logs {
            enabled = true
            bucket  = "logs"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_lb.nlb", in: conversion) == """
        # Nlb (AWS::ElasticLoadBalancingV2::LoadBalancer)
        resource "aws_lb" "nlb" {
          load_balancer_type = "network"
          internal           = true

          subnet_mapping {
            subnet_id     = "subnet-1"
            allocation_id = "eipalloc-1"
          }
        }

        """)
    #expect(
      MappingProbe.messages(conversion) == [
        "property 'LoadBalancerAttributes[4]' of 'Alb' (AWS::ElasticLoadBalancingV2::LoadBalancer) is not converted: the attribute 'routing.http.unknown' has no counterpart in aws_lb.alb"
      ])
  }

  @Test("target groups: one health_check block, the service's threshold defaults, targets")
  func targetGroup() {
    let conversion = MappingProbe.convert(resources: Self.resources)
    #expect(
      MappingProbe.block("aws_lb_target_group.group", in: conversion) == """
        # Group (AWS::ElasticLoadBalancingV2::TargetGroup)
        resource "aws_lb_target_group" "group" {
          name                 = "web"
          port                 = 80
          protocol             = "HTTP"
          vpc_id               = "vpc-1"
          deregistration_delay = "30"

          stickiness {
            enabled         = true
            cookie_duration = 3600
            type            = "lb_cookie"
          }

          health_check {
            path                = "/health"
            interval            = 15
            unhealthy_threshold = 4
            matcher             = "200-299"
            healthy_threshold   = 5
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_lb_target_group_attachment.group_target", in: conversion) == """
        # Group.Targets[0] (AWS::ElasticLoadBalancingV2::TargetGroup)
        resource "aws_lb_target_group_attachment" "group_target" {
          target_group_arn = aws_lb_target_group.group.arn
          target_id        = aws_instance.web.id
          port             = 80
        }

        """)
    let healthy = MappingProbe.entry("Group.HealthyThresholdCount", in: conversion)
    #expect(healthy?.kind == .addition)
    #expect(healthy?.targetText == "aws_lb_target_group.group.health_check.healthy_threshold")
    #expect(MappingProbe.entry("Group.UnhealthyThresholdCount", in: conversion) == nil)
  }

  @Test("listeners: certificate, forward, redirect, weighted forward, listener attributes")
  func listeners() {
    let conversion = MappingProbe.convert(resources: Self.resources)
    #expect(
      MappingProbe.block("aws_lb_listener.https", in: conversion) == """
        # Https (AWS::ElasticLoadBalancingV2::Listener)
        resource "aws_lb_listener" "https" {
          load_balancer_arn = aws_lb.alb.arn
          port              = 443
          protocol          = "HTTPS"
          ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
          certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/a"

          default_action {
            type             = "forward"
            target_group_arn = aws_lb_target_group.group.arn
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_lb_listener.http", in: conversion) == """
        # Http (AWS::ElasticLoadBalancingV2::Listener)
        resource "aws_lb_listener" "http" {
          load_balancer_arn = aws_lb.alb.arn
          port              = 80
          protocol          = "HTTP"

          default_action {
            type = "redirect"

            redirect {
              port        = "443"
              protocol    = "HTTPS"
              status_code = "HTTP_301"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_lb_listener.weighted", in: conversion) == """
        # Weighted (AWS::ElasticLoadBalancingV2::Listener)
        resource "aws_lb_listener" "weighted" {
          load_balancer_arn                    = aws_lb.alb.arn
          port                                 = 8080
          protocol                             = "HTTP"
          routing_http_response_server_enabled = false

          default_action {
            type = "forward"

            forward {
              target_group {
                arn    = aws_lb_target_group.group.arn
                weight = 1
              }

              stickiness {
                enabled  = true
                duration = 60
              }
            }
          }
        }

        """)
  }

  @Test("Ref gives the ARN; GetAtt DNS name, zone, full name")
  func attributes() {
    let conversion = Converter.convert(
      """
      {"Resources": {"Alb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
         "Properties": {"Subnets": ["subnet-1", "subnet-2"]}}},
       "Outputs": {
         "A": {"Value": {"Ref": "Alb"}},
         "B": {"Value": {"Fn::GetAtt": ["Alb", "DNSName"]}},
         "C": {"Value": {"Fn::GetAtt": ["Alb", "CanonicalHostedZoneID"]}},
         "D": {"Value": {"Fn::GetAtt": ["Alb", "LoadBalancerFullName"]}}}}
      """, fileName: "t.json")
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for attribute in ["arn", "dns_name", "zone_id", "arn_suffix"] {
      #expect(outputs.contains("value = aws_lb.alb.\(attribute)\n"), "\(attribute)")
    }
    #expect(MappingProbe.messages(conversion) == [])
  }

  @Test("load balancers, target groups and listeners are imported by their ARN")
  func importIds() {
    for type in [
      "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancingV2::TargetGroup",
      "AWS::ElasticLoadBalancingV2::Listener",
    ] {
      let arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:x/1"
      #expect(
        MappingProbe.importID(
          "R", resources: #"{"R": {"Type": "\#(type)", "Properties": {}}}"#, physicalId: arn)
          == arn, "\(type)")
    }
  }
}
