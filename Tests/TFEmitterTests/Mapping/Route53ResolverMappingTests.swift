import Testing

@testable import TFEmitter

@Suite("Route 53 Resolver mappings")
struct Route53ResolverMappingTests {
  static let resources = """
    {"Outbound": {"Type": "AWS::Route53Resolver::ResolverEndpoint", "Properties": {
       "Name": "outbound", "Direction": "OUTBOUND", "SecurityGroupIds": ["sg-1"],
       "IpAddresses": [{"SubnetId": "subnet-1"}, {"SubnetId": "subnet-2", "Ip": "10.0.2.10"}],
       "Protocols": ["Do53"], "ResolverEndpointType": "IPV4", "Dns64Enabled": false,
       "Tags": [{"Key": "team", "Value": "net"}]}},
     "Forward": {"Type": "AWS::Route53Resolver::ResolverRule", "Properties": {"Name": "corp",
       "RuleType": "FORWARD", "DomainName": "corp.example.com",
       "ResolverEndpointId": {"Ref": "Outbound"},
       "TargetIps": [{"Ip": "192.168.0.10", "Port": "53"},
         {"Ip": "192.168.0.11", "Port": "53", "Protocol": "Do53"}],
       "Tags": [{"Key": "team", "Value": "net"}]}},
     "Assoc": {"Type": "AWS::Route53Resolver::ResolverRuleAssociation", "Properties": {
       "ResolverRuleId": {"Ref": "Forward"}, "VPCId": "vpc-1", "Name": "corp-vpc"}},
     "Logs": {"Type": "AWS::Route53Resolver::ResolverQueryLoggingConfig", "Properties": {
       "Name": "dns", "DestinationArn": "arn:aws:logs:us-east-1:123456789012:log-group:dns",
       "Tags": [{"Key": "team", "Value": "net"}]}},
     "LogsAssoc": {"Type": "AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation",
       "Properties": {"ResolverQueryLogConfigId": {"Ref": "Logs"}, "ResourceId": "vpc-1"}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Endpoint": {"Value": {"Ref": "Outbound"}},
         "Vpc": {"Value": {"Fn::GetAtt": ["Outbound", "HostVPCId"]}},
         "Count": {"Value": {"Fn::GetAtt": ["Outbound", "IpAddressCount"]}},
         "Rule": {"Value": {"Fn::GetAtt": ["Forward", "Arn"]}},
         "Assoc": {"Value": {"Ref": "Assoc"}},
         "Logs": {"Value": {"Fn::GetAtt": ["Logs", "Arn"]}},
         "LogsAssoc": {"Value": {"Ref": "LogsAssoc"}}}}
      """, fileName: "t.json")
  }

  @Test("an endpoint with its addresses, a forwarding rule and its association")
  func endpointAndRules() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_route53_resolver_endpoint.outbound", in: conversion) == """
        # Outbound (AWS::Route53Resolver::ResolverEndpoint)
        # cfn2tf: 'Dns64Enabled' is dropped: false is Route 53 Resolver's default
        resource "aws_route53_resolver_endpoint" "outbound" {
          name                   = "outbound"
          direction              = "OUTBOUND"
          resolver_endpoint_type = "IPV4"
          security_group_ids     = ["sg-1"]
          protocols              = ["Do53"]
          tags = {
            team = "net"
          }

          ip_address {
            subnet_id = "subnet-1"
          }
          ip_address {
            subnet_id = "subnet-2"
            ip        = "10.0.2.10"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_route53_resolver_rule.forward", in: conversion) == """
        # Forward (AWS::Route53Resolver::ResolverRule)
        resource "aws_route53_resolver_rule" "forward" {
          name                 = "corp"
          rule_type            = "FORWARD"
          domain_name          = "corp.example.com"
          resolver_endpoint_id = aws_route53_resolver_endpoint.outbound.id
          tags = {
            team = "net"
          }

          target_ip {
            ip   = "192.168.0.10"
            port = 53
          }
          target_ip {
            ip       = "192.168.0.11"
            port     = 53
            protocol = "Do53"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_route53_resolver_rule_association.assoc", in: conversion) == """
        # Assoc (AWS::Route53Resolver::ResolverRuleAssociation)
        resource "aws_route53_resolver_rule_association" "assoc" {
          name             = "corp-vpc"
          resolver_rule_id = aws_route53_resolver_rule.forward.id
          vpc_id           = "vpc-1"
        }

        """)
  }

  @Test("query logging and its association; Ref and GetAtt")
  func queryLogging() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_route53_resolver_query_log_config.logs", in: conversion) == """
        # Logs (AWS::Route53Resolver::ResolverQueryLoggingConfig)
        resource "aws_route53_resolver_query_log_config" "logs" {
          name            = "dns"
          destination_arn = "arn:aws:logs:us-east-1:123456789012:log-group:dns"
          tags = {
            team = "net"
          }
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_route53_resolver_query_log_config_association.logs_assoc", in: conversion) == """
          # LogsAssoc (AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation)
          resource "aws_route53_resolver_query_log_config_association" "logs_assoc" {
            resolver_query_log_config_id = aws_route53_resolver_query_log_config.logs.id
            resource_id                  = "vpc-1"
          }

          """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_route53_resolver_endpoint.outbound.id",
      "aws_route53_resolver_endpoint.outbound.host_vpc_id",
      "length(aws_route53_resolver_endpoint.outbound.ip_address)",
      "aws_route53_resolver_rule.forward.arn", "aws_route53_resolver_rule_association.assoc.id",
      "aws_route53_resolver_query_log_config.logs.arn",
      "aws_route53_resolver_query_log_config_association.logs_assoc.id",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("what provider 5.100 lacks and the names Terraform requires are reported")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"E": {"Type": "AWS::Route53Resolver::ResolverEndpoint", "Properties": {
           "Direction": "INBOUND", "SecurityGroupIds": ["sg-1"], "Dns64Enabled": true,
           "PreferredInstanceType": "m5.large",
           "IpAddresses": [{"SubnetId": "subnet-1"}, {"SubnetId": "subnet-2"}]}},
         "R": {"Type": "AWS::Route53Resolver::ResolverRule", "Properties": {
           "RuleType": "DELEGATE", "DelegationRecord": "sub.example.com",
           "TargetIps": [{"Ip": "10.0.0.2", "ServerNameIndication": "dns.example.com"}]}},
         "L": {"Type": "AWS::Route53Resolver::ResolverQueryLoggingConfig", "Properties": {
           "DestinationArn": "arn:aws:s3:::dns-logs"}}}
        """)
    for (path, status) in [
      ("E.Properties.Dns64Enabled", LedgerStatus.unsupported),
      ("E.Properties.PreferredInstanceType", .unsupported),
      ("R.Properties.DelegationRecord", .unsupported),
      ("R.Properties.TargetIps[0].ServerNameIndication", .unsupported),
      ("R.Properties.DomainName", .unsupported), ("L.Properties.Name", .approximated),
    ] {
      #expect(MappingProbe.entry(path, in: conversion)?.status == status, "\(path)")
    }
    #expect(MappingProbe.mainFile(conversion).contains(#"name            = "${var.stack_name}-L""#))
  }

  @Test(
    "endpoints, rules, associations and query logging convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "route53resolver")
    #expect(status == 0, "\(output)")
  }
}

extension Route53Resolver: ImportCaseProvider {
  static func resolver(_ address: String, _ origin: String, _ id: String) -> ImportCase {
    ImportCase(
      address: address, origin: origin, resources: Route53ResolverMappingTests.resources,
      physicalIds: [
        "Outbound": "rslvr-out-abcdef01234567890", "Forward": "rslvr-rr-0123456789abcdef0",
        "Assoc": "rslvr-rrassoc-97242eaf88example", "Logs": "rqlc-92edc3b1838248bf",
        "LogsAssoc": "rqlcassoc-b9cbf5d9e3f94a2d",
      ], expected: .id(id))
  }

  /// Everything by its id.
  static var importCases: [ImportCase] {
    [
      resolver(
        "aws_route53_resolver_endpoint.outbound", "Outbound", "rslvr-out-abcdef01234567890"),
      resolver("aws_route53_resolver_rule.forward", "Forward", "rslvr-rr-0123456789abcdef0"),
      resolver(
        "aws_route53_resolver_rule_association.assoc", "Assoc",
        "rslvr-rrassoc-97242eaf88example"),
      resolver("aws_route53_resolver_query_log_config.logs", "Logs", "rqlc-92edc3b1838248bf"),
      resolver(
        "aws_route53_resolver_query_log_config_association.logs_assoc", "LogsAssoc",
        "rqlcassoc-b9cbf5d9e3f94a2d"),
    ]
  }
}
