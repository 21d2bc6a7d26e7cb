import Testing

@testable import TFEmitter

@Suite("ServiceDiscovery mappings")
struct ServiceDiscoveryMappingTests {
  static let resources = #"""
    {"Private": {"Type": "AWS::ServiceDiscovery::PrivateDnsNamespace", "Properties": {
       "Name": "internal.example", "Vpc": "vpc-0123456789abcdef0", "Description": "services",
       "Properties": {"DnsProperties": {"SOA": {"TTL": 60}}},
       "Tags": [{"Key": "team", "Value": "core"}]}},
     "Public": {"Type": "AWS::ServiceDiscovery::PublicDnsNamespace", "Properties": {
       "Name": "example.com"}},
     "Http": {"Type": "AWS::ServiceDiscovery::HttpNamespace", "Properties": {"Name": "apps"}},
     "Web": {"Type": "AWS::ServiceDiscovery::Service", "Properties": {"Name": "web",
       "NamespaceId": {"Ref": "Private"},
       "DnsConfig": {"RoutingPolicy": "MULTIVALUE",
         "DnsRecords": [{"Type": "A", "TTL": 10}, {"Type": "SRV", "TTL": 10}]},
       "HealthCheckCustomConfig": {"FailureThreshold": 1}}},
     "Site": {"Type": "AWS::ServiceDiscovery::Service", "Properties": {"Name": "site",
       "DnsConfig": {"NamespaceId": {"Fn::GetAtt": ["Public", "Id"]},
         "DnsRecords": [{"Type": "CNAME", "TTL": 300}]},
       "HealthCheckConfig": {"Type": "HTTPS", "ResourcePath": "/health",
         "FailureThreshold": 3}}},
     "Api": {"Type": "AWS::ServiceDiscovery::Service", "Properties": {
       "NamespaceId": {"Ref": "Http"}, "Type": "HTTP", "Description": "api"}},
     "Node": {"Type": "AWS::ServiceDiscovery::Instance", "Properties": {
       "ServiceId": {"Ref": "Api"}, "InstanceId": "node-1",
       "InstanceAttributes": {"AWS_INSTANCE_IPV4": "10.0.0.5", "AWS_INSTANCE_PORT": "8080"}}},
     "Anon": {"Type": "AWS::ServiceDiscovery::Instance", "Properties": {
       "ServiceId": {"Ref": "Api"},
       "InstanceAttributes": "{\"AWS_INSTANCE_IPV4\": \"10.0.0.6\"}"}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Zone": {"Value": {"Fn::GetAtt": ["Private", "HostedZoneId"]}},
         "Namespace": {"Value": {"Ref": "Public"}},
         "HttpArn": {"Value": {"Fn::GetAtt": ["Http", "Arn"]}},
         "Service": {"Value": {"Ref": "Web"}},
         "ServiceArn": {"Value": {"Fn::GetAtt": ["Web", "Arn"]}},
         "Node": {"Value": {"Ref": "Node"}}}}
      """, fileName: "t.json")
  }

  @Test("namespaces; the SOA record's TTL is reported")
  func namespaces() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_service_discovery_private_dns_namespace.private", in: conversion)
        == """
        # Private (AWS::ServiceDiscovery::PrivateDnsNamespace)
        # cfn2tf: 'Properties' is not converted: aws_service_discovery_private_dns_namespace (provider 5.100) has no SOA record TTL: the namespace keeps Cloud Map's; set it with 'aws servicediscovery update-private-dns-namespace'
        resource "aws_service_discovery_private_dns_namespace" "private" {
          name        = "internal.example"
          vpc         = "vpc-0123456789abcdef0"
          description = "services"
          tags = {
            team = "core"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_service_discovery_public_dns_namespace.public", in: conversion)
        == """
        # Public (AWS::ServiceDiscovery::PublicDnsNamespace)
        resource "aws_service_discovery_public_dns_namespace" "public" {
          name = "example.com"
        }

        """)
    #expect(
      MappingProbe.block("aws_service_discovery_http_namespace.http", in: conversion) == """
        # Http (AWS::ServiceDiscovery::HttpNamespace)
        resource "aws_service_discovery_http_namespace" "http" {
          name = "apps"
        }

        """)
    let soa = MappingProbe.entry("Private.Properties.Properties", in: conversion)
    #expect(soa?.status == .unsupported)
  }

  @Test("services: a DNS configuration without a namespace takes the service's")
  func services() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_service_discovery_service.web", in: conversion) == """
        # Web (AWS::ServiceDiscovery::Service)
        resource "aws_service_discovery_service" "web" {
          name         = "web"
          namespace_id = aws_service_discovery_private_dns_namespace.private.id

          dns_config {
            namespace_id   = aws_service_discovery_private_dns_namespace.private.id
            routing_policy = "MULTIVALUE"

            dns_records {
              ttl  = 10
              type = "A"
            }
            dns_records {
              ttl  = 10
              type = "SRV"
            }
          }

          health_check_custom_config {
            failure_threshold = 1
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_service_discovery_service.site", in: conversion) == """
        # Site (AWS::ServiceDiscovery::Service)
        resource "aws_service_discovery_service" "site" {
          name = "site"

          dns_config {
            namespace_id = aws_service_discovery_public_dns_namespace.public.id

            dns_records {
              ttl  = 300
              type = "CNAME"
            }
          }

          health_check_config {
            type              = "HTTPS"
            resource_path     = "/health"
            failure_threshold = 3
          }
        }

        """)
    #expect(MappingProbe.entry("Web.Properties.DnsConfig", in: conversion)?.status == .transformed)
    #expect(MappingProbe.entry("Site.Properties.DnsConfig", in: conversion)?.status == .exact)
  }

  @Test("a service without a name is named after the stack, with a warning about adoption")
  func unnamedService() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_service_discovery_service.api", in: conversion) == """
        # Api (AWS::ServiceDiscovery::Service)
        resource "aws_service_discovery_service" "api" {
          # cfn2tf: 'Name' is not set: CloudFormation generated one, which the stack does not list (its physical id is the service id); aws_service_discovery_service.api.name is "${var.stack_name}-Api": to adopt the live service, write its name (aws servicediscovery get-service) into Name, or it is replaced
          name         = "${var.stack_name}-Api"
          description  = "api"
          namespace_id = aws_service_discovery_http_namespace.http.id
          type         = "HTTP"
        }

        """)
    let messages = MappingProbe.messages(conversion)
    #expect(messages.count == 2)
    #expect(messages.contains { $0.hasPrefix("'Api' (AWS::ServiceDiscovery::Service): 'Name'") })
    #expect(MappingProbe.entry("Api.Properties.Name", in: conversion)?.status == .approximated)
  }

  @Test("instances: attributes as a map, JSON text decoded, a missing id CloudFormation's")
  func instances() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_service_discovery_instance.node", in: conversion) == """
        # Node (AWS::ServiceDiscovery::Instance)
        resource "aws_service_discovery_instance" "node" {
          instance_id = "node-1"
          service_id  = aws_service_discovery_service.api.id
          attributes = {
            AWS_INSTANCE_IPV4 = "10.0.0.5"
            AWS_INSTANCE_PORT = "8080"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_service_discovery_instance.anon", in: conversion) == #"""
        # Anon (AWS::ServiceDiscovery::Instance)
        resource "aws_service_discovery_instance" "anon" {
          # cfn2tf: 'InstanceId' is not set: CloudFormation names it <stack>-Anon-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          instance_id = lookup(var.physical_names, "Anon", "${var.stack_name}-Anon")
          service_id  = aws_service_discovery_service.api.id
          attributes  = jsondecode("{\"AWS_INSTANCE_IPV4\": \"10.0.0.6\"}")
        }

        """#)
  }

  @Test("Ref and GetAtt of namespaces, services and instances")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_service_discovery_private_dns_namespace.private.hosted_zone",
      "aws_service_discovery_public_dns_namespace.public.id",
      "aws_service_discovery_http_namespace.http.arn",
      "aws_service_discovery_service.web.id", "aws_service_discovery_service.web.arn",
      "aws_service_discovery_instance.node.instance_id",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "namespaces, services and instances convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "servicediscovery")
    #expect(status == 0, "\(output)")
  }
}

extension ServiceDiscovery: ImportCaseProvider {
  static func cloudMap(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: ServiceDiscoveryMappingTests.resources,
      physicalIds: [
        "Private": "ns-private0123456", "Public": "ns-public01234567", "Http": "ns-http012345678",
        "Web": "srv-web0123456789", "Site": "srv-site012345678", "Api": "srv-api0123456789",
        "Node": "node-1", "Anon": "web-Anon-1A2B3C4D",
      ], expected: expected)
  }

  /// Namespaces and services by their id, a private DNS namespace with its VPC after it,
  /// instances as SERVICE_ID/INSTANCE_ID.
  static var importCases: [ImportCase] {
    [
      cloudMap(
        "aws_service_discovery_private_dns_namespace.private", "Private",
        .id("ns-private0123456:vpc-0123456789abcdef0")),
      cloudMap(
        "aws_service_discovery_public_dns_namespace.public", "Public", .id("ns-public01234567")),
      cloudMap("aws_service_discovery_http_namespace.http", "Http", .id("ns-http012345678")),
      cloudMap("aws_service_discovery_service.web", "Web", .id("srv-web0123456789")),
      cloudMap("aws_service_discovery_instance.node", "Node", .id("srv-api0123456789/node-1")),
      cloudMap(
        "aws_service_discovery_instance.anon", "Anon", .id("srv-api0123456789/web-Anon-1A2B3C4D")),
    ]
  }
}
