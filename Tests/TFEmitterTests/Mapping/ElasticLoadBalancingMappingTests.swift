import Testing

@testable import TFEmitter

@Suite("Classic load balancer mappings")
struct ElasticLoadBalancingMappingTests {
  static let loadBalancer = """
    {"Web": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
       "InstanceType": "t3.micro"}},
     "Lb": {"Type": "AWS::ElasticLoadBalancing::LoadBalancer", "Properties": {
       "LoadBalancerName": "front", "Scheme": "internal", "Subnets": ["subnet-1", "subnet-2"],
       "SecurityGroups": ["sg-1"], "Instances": [{"Ref": "Web"}],
       "ConnectionDrainingPolicy": {"Enabled": true, "Timeout": 120},
       "ConnectionSettings": {"IdleTimeout": 30},
       "AccessLoggingPolicy": {"Enabled": true, "S3BucketName": "logs", "S3BucketPrefix": "elb",
         "EmitInterval": 5},
       "Listeners": [
         {"LoadBalancerPort": "443", "InstancePort": "80", "Protocol": "HTTPS",
          "SSLCertificateId": {"Ref": "Cert"}, "PolicyNames": ["Sticky", "Tls"]},
         {"LoadBalancerPort": "80", "InstancePort": "80", "Protocol": "HTTP",
          "PolicyNames": ["Sticky"]},
         {"LoadBalancerPort": "8443", "InstancePort": "8443", "Protocol": "SSL",
          "InstanceProtocol": "SSL"}],
       "HealthCheck": {"Target": "HTTP:80/health", "HealthyThreshold": "3",
         "UnhealthyThreshold": "5", "Interval": "30", "Timeout": "5"},
       "LBCookieStickinessPolicy": [{"PolicyName": "Sticky", "CookieExpirationPeriod": "60"}],
       "AppCookieStickinessPolicy": [{"PolicyName": "Unused", "CookieName": "session"}],
       "Policies": [
         {"PolicyName": "Tls", "PolicyType": "SSLNegotiationPolicyType", "Attributes": [
           {"Name": "Reference-Security-Policy", "Value": "ELBSecurityPolicy-TLS-1-2-2017-01"}]},
         {"PolicyName": "Proxy", "PolicyType": "ProxyProtocolPolicyType",
          "Attributes": [{"Name": "ProxyProtocol", "Value": "true"}], "InstancePorts": ["8443"]}],
       "Tags": [{"Key": "Name", "Value": "front"}]}}}
    """

  static func convert() -> Conversion {
    MappingProbe.convert(
      resources: loadBalancer, parameters: #"{"Cert": {"Type": "String"}}"#)
  }

  @Test("the load balancer: listeners, health check, access logs, draining, internal")
  func loadBalancerBlock() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_elb.lb", in: conversion) == """
        # Lb (AWS::ElasticLoadBalancing::LoadBalancer)
        # cfn2tf: 'AppCookieStickinessPolicy[0]' is dropped: no listener names the policy 'Unused', so it has no effect
        resource "aws_elb" "lb" {
          name                        = "front"
          internal                    = true
          subnets                     = ["subnet-1", "subnet-2"]
          security_groups             = ["sg-1"]
          instances                   = [aws_instance.web.id]
          cross_zone_load_balancing   = false
          connection_draining         = true
          connection_draining_timeout = 120
          idle_timeout                = 30
          tags = {
            Name = "front"
          }

          listener {
            instance_port      = 80
            instance_protocol  = "HTTP"
            lb_port            = 443
            lb_protocol        = "HTTPS"
            ssl_certificate_id = var.cert
          }
          listener {
            instance_port     = 80
            instance_protocol = "HTTP"
            lb_port           = 80
            lb_protocol       = "HTTP"
          }
          listener {
            instance_port     = 8443
            instance_protocol = "SSL"
            lb_port           = 8443
            lb_protocol       = "SSL"
          }

          health_check {
            target              = "HTTP:80/health"
            healthy_threshold   = 3
            unhealthy_threshold = 5
            interval            = 30
            timeout             = 5
          }

          access_logs {
            bucket        = "logs"
            bucket_prefix = "elb"
            interval      = 5
            enabled       = true
          }
        }

        """)
    let crossZone = MappingProbe.entry("Lb.CrossZone", in: conversion)
    #expect(crossZone?.kind == .addition)
    #expect(crossZone?.targetText == "aws_elb.lb.cross_zone_load_balancing")
    let protocolDefault = MappingProbe.entry(
      "Lb.Properties.Listeners[0].InstanceProtocol", in: conversion)
    #expect(protocolDefault?.kind == .addition)
    #expect(
      MappingProbe.entry("Lb.Properties.Listeners[2].InstanceProtocol", in: conversion)?.kind
        == .property)
    #expect(MappingProbe.entry("Lb.Properties.Scheme", in: conversion)?.status == .transformed)
  }

  @Test("a stickiness policy per listener that names it; other policies bound by port")
  func policies() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_lb_cookie_stickiness_policy.lb_sticky_2", in: conversion) == """
        # Lb.LBCookieStickinessPolicy[0] (AWS::ElasticLoadBalancing::LoadBalancer)
        resource "aws_lb_cookie_stickiness_policy" "lb_sticky_2" {
          name                     = "Sticky"
          load_balancer            = aws_elb.lb.id
          lb_port                  = 80
          cookie_expiration_period = 60
        }

        """)
    #expect(
      MappingProbe.block("aws_load_balancer_policy.lb_tls", in: conversion) == """
        # Lb.Policies[0] (AWS::ElasticLoadBalancing::LoadBalancer)
        resource "aws_load_balancer_policy" "lb_tls" {
          load_balancer_name = aws_elb.lb.name
          policy_name        = "Tls"
          policy_type_name   = "SSLNegotiationPolicyType"

          policy_attribute {
            name  = "Reference-Security-Policy"
            value = "ELBSecurityPolicy-TLS-1-2-2017-01"
          }
        }

        """)
    // The listener policy sets every policy of port 443, the stickiness policy included.
    #expect(
      MappingProbe.block("aws_load_balancer_listener_policy.lb_443", in: conversion) == """
        # Lb.Policies (AWS::ElasticLoadBalancing::LoadBalancer)
        resource "aws_load_balancer_listener_policy" "lb_443" {
          load_balancer_name = aws_elb.lb.name
          load_balancer_port = 443
          policy_names = [
            aws_lb_cookie_stickiness_policy.lb_sticky_1.name,
            aws_load_balancer_policy.lb_tls.policy_name,
          ]
        }

        """)
    #expect(
      MappingProbe.block("aws_load_balancer_backend_server_policy.lb_backend_8443", in: conversion)
        == """
        # Lb.Policies (AWS::ElasticLoadBalancing::LoadBalancer)
        resource "aws_load_balancer_backend_server_policy" "lb_backend_8443" {
          load_balancer_name = aws_elb.lb.name
          instance_port      = 8443
          policy_names       = [aws_load_balancer_policy.lb_proxy.policy_name]
        }

        """)
    let sticky = MappingProbe.entry("Lb.Properties.LBCookieStickinessPolicy[0]", in: conversion)
    #expect(sticky?.status == .transformed)
    #expect(
      sticky?.targetText
        == "aws_lb_cookie_stickiness_policy.lb_sticky_1, aws_lb_cookie_stickiness_policy.lb_sticky_2"
    )
    #expect(
      MappingProbe.entry("Lb.Properties.AppCookieStickinessPolicy[0]", in: conversion)?.status
        == .dropped)
  }

  @Test("Ref gives the name; GetAtt DNS name, hosted zone id, source security group")
  func attributes() {
    let conversion = Converter.convert(
      """
      {"Resources": {"Lb": {"Type": "AWS::ElasticLoadBalancing::LoadBalancer", "Properties": {
         "AvailabilityZones": {"Fn::GetAZs": ""}, "CrossZone": true,
         "Listeners": [{"LoadBalancerPort": "80", "InstancePort": "80", "Protocol": "HTTP"}]}}},
       "Outputs": {
         "A": {"Value": {"Ref": "Lb"}},
         "B": {"Value": {"Fn::GetAtt": ["Lb", "DNSName"]}},
         "C": {"Value": {"Fn::GetAtt": ["Lb", "CanonicalHostedZoneNameID"]}},
         "D": {"Value": {"Fn::GetAtt": ["Lb", "SourceSecurityGroup.GroupName"]}}}}
      """, fileName: "t.json")
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for attribute in ["name", "dns_name", "zone_id", "source_security_group"] {
      #expect(outputs.contains("value = aws_elb.lb.\(attribute)\n"), "\(attribute)")
    }
    #expect(
      MappingProbe.block("aws_elb.lb", in: conversion)?.contains(
        "availability_zones        = data.aws_availability_zones.available.names\n  cross_zone_load_balancing = true\n"
      ) == true)
    #expect(MappingProbe.entry("Lb.CrossZone", in: conversion) == nil)
    #expect(MappingProbe.messages(conversion) == [])
  }

  @Test("a computed scheme compares with 'internal'")
  func computedScheme() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Lb": {"Type": "AWS::ElasticLoadBalancing::LoadBalancer", "Properties": {
           "Scheme": {"Ref": "Scheme"}, "Subnets": ["subnet-1"],
           "Listeners": [{"LoadBalancerPort": "80", "InstancePort": "80", "Protocol": "HTTP"}]}}}
        """, parameters: #"{"Scheme": {"Type": "String"}}"#)
    #expect(
      MappingProbe.block("aws_elb.lb", in: conversion)?.contains(
        "  internal                  = var.scheme == \"internal\"\n") == true)
  }
}
