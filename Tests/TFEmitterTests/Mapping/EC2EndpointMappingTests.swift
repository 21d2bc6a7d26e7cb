import Testing

@testable import TFEmitter

@Suite("EC2 VPC endpoint mappings")
struct EC2EndpointMappingTests {
  static let resources = #"""
    {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
     "Private": {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": {"Ref": "Vpc"}}},
     "Subnet": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"},
       "CidrBlock": "10.0.1.0/24"}},
     "S3Endpoint": {"Type": "AWS::EC2::VPCEndpoint", "Properties": {"VpcId": {"Ref": "Vpc"},
       "ServiceName": {"Fn::Sub": "com.amazonaws.${AWS::Region}.s3"}, "VpcEndpointType": "Gateway",
       "RouteTableIds": [{"Ref": "Private"}],
       "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Principal": "*", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::assets/*"]}]}}},
     "ApiEndpoint": {"Type": "AWS::EC2::VPCEndpoint", "Properties": {"VpcId": {"Ref": "Vpc"},
       "ServiceName": {"Fn::Sub": "com.amazonaws.${AWS::Region}.execute-api"},
       "VpcEndpointType": "Interface", "PrivateDnsEnabled": true, "SubnetIds": [{"Ref": "Subnet"}],
       "SecurityGroupIds": ["sg-0a1b2c3d"],
       "DnsOptions": {"DnsRecordIpType": "ipv4",
         "PrivateDnsOnlyForInboundResolverEndpoint": "OnlyInboundResolver",
         "PrivateDnsPreference": "ALL_DOMAINS"},
       "Tags": [{"Key": "Name", "Value": "api"}]}},
     "Nlb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {
       "Type": "network", "Subnets": [{"Ref": "Subnet"}]}},
     "Service": {"Type": "AWS::EC2::VPCEndpointService", "Properties": {
       "NetworkLoadBalancerArns": [{"Ref": "Nlb"}], "PayerResponsibility": "ServiceOwner"}},
     "Permissions": {"Type": "AWS::EC2::VPCEndpointServicePermissions", "Properties": {
       "ServiceId": {"Ref": "Service"},
       "AllowedPrincipals": ["arn:aws:iam::111122223333:root", "appflow.amazonaws.com"]}},
     "Topic": {"Type": "AWS::SNS::Topic"},
     "Notify": {"Type": "AWS::EC2::VPCEndpointConnectionNotification", "Properties": {
       "ServiceId": {"Ref": "Service"}, "ConnectionNotificationArn": {"Ref": "Topic"},
       "ConnectionEvents": ["Accept", "Reject"]}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {
         "Dns": {"Value": {"Fn::Select": [0, {"Fn::GetAtt": ["ApiEndpoint", "DnsEntries"]}]}},
         "Enis": {"Value": {"Fn::Join": [",",
           {"Fn::GetAtt": ["ApiEndpoint", "NetworkInterfaceIds"]}]}},
         "Endpoint": {"Value": {"Ref": "S3Endpoint"}},
         "ServiceId": {"Value": {"Fn::GetAtt": ["Service", "ServiceId"]}},
         "Permitted": {"Value": {"Ref": "Permissions"}},
         "Notification": {"Value": {"Ref": "Notify"}}}}
      """, fileName: "t.json")
  }

  @Test("gateway and interface endpoints: the policy as jsonencode, the DNS options typed")
  func endpoints() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_vpc_endpoint.s3_endpoint", in: conversion) == """
        # S3Endpoint (AWS::EC2::VPCEndpoint)
        resource "aws_vpc_endpoint" "s3_endpoint" {
          vpc_id            = aws_vpc.vpc.id
          service_name      = "com.amazonaws.${data.aws_region.current.name}.s3"
          vpc_endpoint_type = "Gateway"
          route_table_ids   = [aws_route_table.private.id]
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect    = "Allow"
                Principal = "*"
                Action    = ["s3:GetObject"]
                Resource  = ["arn:aws:s3:::assets/*"]
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_vpc_endpoint.api_endpoint", in: conversion) == """
        # ApiEndpoint (AWS::EC2::VPCEndpoint)
        # cfn2tf: 'DnsOptions.PrivateDnsPreference' is dropped: aws_vpc_endpoint (provider 5.100) has no private DNS preference: the endpoint gets the service's default (verified domains only); set it with 'aws ec2 modify-vpc-endpoint --dns-options'
        resource "aws_vpc_endpoint" "api_endpoint" {
          vpc_id              = aws_vpc.vpc.id
          service_name        = "com.amazonaws.${data.aws_region.current.name}.execute-api"
          vpc_endpoint_type   = "Interface"
          private_dns_enabled = true
          subnet_ids          = [aws_subnet.subnet.id]
          security_group_ids  = ["sg-0a1b2c3d"]
          tags = {
            Name = "api"
          }

          dns_options {
            dns_record_ip_type                             = "ipv4"
            private_dns_only_for_inbound_resolver_endpoint = true
          }
        }

        """)
    let resolver = MappingProbe.entry(
      "ApiEndpoint.Properties.DnsOptions.PrivateDnsOnlyForInboundResolverEndpoint",
      in: conversion)
    #expect(resolver?.status == .transformed)
  }

  @Test("DnsEntries and NetworkInterfaceIds keep CloudFormation's list shapes")
  func listAttributes() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    #expect(
      outputs.contains(
        #"value = [for e in aws_vpc_endpoint.api_endpoint.dns_entry : "${e.hosted_zone_id}:${e.dns_name}"][0]"#
      ))
    #expect(
      outputs.contains(
        #"value = join(",", tolist(aws_vpc_endpoint.api_endpoint.network_interface_ids))"#))
    #expect(outputs.contains("value = aws_vpc_endpoint.s3_endpoint.id"))
    #expect(outputs.contains("value = aws_vpc_endpoint_service.service.id"))
    #expect(
      outputs.contains(
        "value = aws_vpc_endpoint_service_allowed_principal.permissions.vpc_endpoint_service_id"))
    #expect(outputs.contains("value = aws_vpc_endpoint_connection_notification.notify.id"))
  }

  @Test(
    "an endpoint service writes CloudFormation's AcceptanceRequired default; one allowed principal per principal"
  )
  func serviceAndPermissions() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_vpc_endpoint_service.service", in: conversion) == """
        # Service (AWS::EC2::VPCEndpointService)
        # cfn2tf: 'PayerResponsibility' is dropped: aws_vpc_endpoint_service has no payer responsibility; the service owner pays, as it does unless 'aws ec2 modify-vpc-endpoint-service-payer-responsibility' says otherwise
        resource "aws_vpc_endpoint_service" "service" {
          acceptance_required        = false
          network_load_balancer_arns = [aws_lb.nlb.arn]
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_vpc_endpoint_service_allowed_principal.permissions", in: conversion) == """
          # Permissions (AWS::EC2::VPCEndpointServicePermissions)
          resource "aws_vpc_endpoint_service_allowed_principal" "permissions" {
            vpc_endpoint_service_id = aws_vpc_endpoint_service.service.id
            principal_arn           = "arn:aws:iam::111122223333:root"
          }

          """)
    #expect(
      MappingProbe.block(
        "aws_vpc_endpoint_service_allowed_principal.permissions_appflow_amazonaws_com",
        in: conversion) == """
          # Permissions.AllowedPrincipals[1] (AWS::EC2::VPCEndpointServicePermissions)
          resource "aws_vpc_endpoint_service_allowed_principal" "permissions_appflow_amazonaws_com" {
            vpc_endpoint_service_id = aws_vpc_endpoint_service.service.id
            principal_arn           = "appflow.amazonaws.com"
          }

          """)
    #expect(
      MappingProbe.block("aws_vpc_endpoint_connection_notification.notify", in: conversion) == """
        # Notify (AWS::EC2::VPCEndpointConnectionNotification)
        resource "aws_vpc_endpoint_connection_notification" "notify" {
          vpc_endpoint_service_id     = aws_vpc_endpoint_service.service.id
          connection_notification_arn = aws_sns_topic.topic.arn
          connection_events           = ["Accept", "Reject"]
        }

        """)
  }

  @Test("a computed list of principals becomes one resource with for_each")
  func computedPrincipals() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Permissions": {"Type": "AWS::EC2::VPCEndpointServicePermissions", "Properties": {
          "ServiceId": "vpce-svc-0123456789abcdef0", "AllowedPrincipals": {"Ref": "Principals"}}}}
        """, parameters: #"{"Principals": {"Type": "CommaDelimitedList"}}"#)
    #expect(
      MappingProbe.block(
        "aws_vpc_endpoint_service_allowed_principal.permissions", in: conversion) == """
          # Permissions (AWS::EC2::VPCEndpointServicePermissions)
          resource "aws_vpc_endpoint_service_allowed_principal" "permissions" {
            for_each = toset(var.principals)

            vpc_endpoint_service_id = "vpce-svc-0123456789abcdef0"
            principal_arn           = each.value
          }

          """)
  }

  @Test(
    "VPC endpoints convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "ec2-endpoints")
    #expect(status == 0, "\(output)")
  }

  static let importIds = [
    "Vpc": "vpc-0f1e", "Private": "rtb-0a49", "Subnet": "subnet-0d2c",
    "S3Endpoint": "vpce-0a1b2c3d4e5f60718", "ApiEndpoint": "vpce-0f1e2d3c4b5a69788",
    "Nlb":
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/50dc6c495c0c9188",
    "Service": "vpce-svc-0123456789abcdef0", "Permissions": "vpce-svc-0123456789abcdef0",
    "Topic": "arn:aws:sns:us-east-1:123456789012:web-Topic-1",
    "Notify": "vpce-nfn-0123456789abcdef0",
  ]

  static func endpoint(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: resources, physicalIds: importIds,
      expected: expected)
  }

  /// Endpoints, services and notifications by their ids; allowed principals are not importable.
  static var importCases: [ImportCase] {
    [
      endpoint("aws_vpc_endpoint.s3_endpoint", "S3Endpoint", .id("vpce-0a1b2c3d4e5f60718")),
      endpoint("aws_vpc_endpoint_service.service", "Service", .id("vpce-svc-0123456789abcdef0")),
      endpoint(
        "aws_vpc_endpoint_service_allowed_principal.permissions_appflow_amazonaws_com",
        "Permissions", .notImported(EC2.allowedPrincipalImport)),
      endpoint(
        "aws_vpc_endpoint_connection_notification.notify", "Notify",
        .id("vpce-nfn-0123456789abcdef0")),
    ]
  }
}
