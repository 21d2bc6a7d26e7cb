import Foundation
import TestSupport
import Testing

/// Every template of `../shared/corpus/general` adopted from a stack `moto_server` created: the
/// plan imports, adds nothing and destroys nothing. What moto creates otherwise than CloudFormation
/// would is named here, each difference it causes with it; what it cannot create at all is named
/// too, and checked to fail still (so that the list shrinks when moto learns).
@Suite("Migration of the general corpus against an AWS emulator", .serialized)
struct MigrationCorpusEndToEndTests {
  /// One template: its parameters, what the test does after moto created the stack (what
  /// CloudFormation would have done), and the differences moto's own ways cause, by address (or
  /// `address attribute`).
  struct Case: Sendable, CustomTestStringConvertible {
    var template: String
    var parameters: [String: String] = [:]
    /// Runs after the stack is created, with the physical ids by logical id.
    var fixup: (@Sendable (MotoServer, [String: String]) throws -> Void)?
    /// Differences moto causes, with why.
    var motoDifferences: [String: String] = [:]
    var testDescription: String { template }
  }

  static let corpus = RepositoryPaths.root.deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/general")

  /// Values for parameters without a default; `moto:…` names what moto has by default.
  static let cases: [Case] = [
    Case(template: "DynamoDB_Tables_OnDemand.json", parameters: ["HashKeyElementName": "id"]),
    Case(template: "EC2InstanceWithSecurityGroupSample.json", parameters: ["KeyName": "key"]),
    Case(template: "RHEL7_cfn-hup.json", parameters: ["KeyName": "key"]),
    Case(
      template: "read_only_user.json", parameters: ["Password": "Passw0rd-Passw0rd"],
      fixup: { moto, ids in
        // moto's CloudFormation makes the user without its login profile.
        try moto.aws([
          "iam", "create-login-profile", "--user-name", ids["User"] ?? "", "--password",
          "Passw0rd-Passw0rd",
        ])
      }),
    Case(
      template: "VPC_AutoScaling_and_ElasticLoadBalancer.json",
      parameters: ["VpcId": "moto:vpc", "Subnets": "moto:subnets", "AZs": "us-east-1a,us-east-1b"],
      motoDifferences: [
        "aws_launch_configuration.launch_config":
          "moto's CloudFormation makes launch configurations without detailed monitoring, which AWS turns on by default: the configuration is replaced",
        "aws_autoscaling_group.web_server_group launch_configuration":
          "it names the replaced launch configuration",
        "aws_autoscaling_group.web_server_group health_check_grace_period":
          "moto's CloudFormation gives groups moto's default, 300, not CloudFormation's, 0",
        "aws_autoscaling_group.web_server_group capacity_reservation_specification":
          "moto reads no capacity reservation preference where AWS reads an empty one",
        "aws_elb.elastic_load_balancer connection_draining_timeout":
          "moto reads 0 where AWS reads its default, 300",
        "aws_elb.elastic_load_balancer desync_mitigation_mode":
          "moto reads no desync mitigation mode where AWS reads its default, defensive",
        "aws_elb.elastic_load_balancer security_groups":
          "moto's CloudFormation gives the load balancer the VPC's default group, not the template's",
        "aws_elb.elastic_load_balancer subnets":
          "moto's CloudFormation leaves the load balancer without its subnets",
        "aws_security_group.load_balancer_security_group egress":
          "moto's CloudFormation keeps the default egress rule where CloudFormation replaces it with the template's",
      ]),
    Case(
      template: "ec2_with_waitcondition_template.json",
      parameters: [
        "InstanceName": "web", "ImageId": "ami-760aaa0f", "VpcId": "moto:vpc",
        "SubnetId": "moto:subnet", "TestID": "t", "TestTarget": "t", "AgentID": "a",
      ],
      motoDifferences: [
        "aws_instance.kwos_instance user_data":
          "moto lists the wait condition handle without its logical id, so its URL (in the user data) is not known",
        "aws_instance.kwos_instance vpc_security_group_ids":
          "moto's instance reports no VPC security groups",
      ]),
    Case(
      template: "vpc_template.json", parameters: ["KeyName": "key"],
      fixup: { moto, ids in
        // moto's CloudFormation does not associate the route table with the subnet.
        try moto.aws([
          "ec2", "associate-route-table", "--route-table-id", ids["RouteTable"] ?? "",
          "--subnet-id", ids["Subnet"] ?? "",
        ])
      },
      motoDifferences: [
        "aws_network_acl.network_acl":
          "moto's CloudFormation makes no network ACL, nor its entries and association (it lists them without logical ids)",
        "aws_network_acl_association.subnet_network_acl_association": "as the network ACL",
        "aws_network_acl_rule.inbound_http_network_acl_entry": "as the network ACL",
        "aws_network_acl_rule.inbound_response_ports_network_acl_entry": "as the network ACL",
        "aws_network_acl_rule.inbound_ssh_network_acl_entry": "as the network ACL",
        "aws_network_acl_rule.out_bound_http_network_acl_entry": "as the network ACL",
        "aws_network_acl_rule.out_bound_https_network_acl_entry": "as the network ACL",
        "aws_network_acl_rule.out_bound_response_ports_network_acl_entry": "as the network ACL",
        "aws_instance.web_server_instance user_data":
          "moto lists the wait condition handle without its logical id, so its URL (in the user data) is not known",
        "aws_instance.web_server_instance vpc_security_group_ids":
          "moto's instance reports no VPC security groups",
        "aws_instance.web_server_instance public_ip": "known after the instance's update",
        "aws_instance.web_server_instance public_dns": "known after the instance's update",
        "aws_internet_gateway.internet_gateway tags":
          "moto's CloudFormation does not tag internet gateways",
        "aws_route_table.route_table tags": "moto's CloudFormation does not tag route tables",
        "aws_subnet.subnet map_public_ip_on_launch":
          "moto's CloudFormation maps public IPs on launch in a subnet that does not ask for it",
      ]),
  ]

  /// What moto (5.2.1) cannot create, with why; the test checks each still fails. The bucket
  /// template is adopted by `MigrationS3EndToEndTests`, which does what moto leaves undone.
  static let motoCannotCreate: [String: String] = [
    "AWSCloudFormer.json": "moto refuses IAM policies of version 2008-10-17",
    "AutoScalingMultiAZWithNotifications.json":
      "moto cannot resolve Fn::GetAtt of a load balancer's SourceSecurityGroup.GroupName",
    "ELBWithLockedDownAutoScaledInstances.json":
      "moto cannot resolve Fn::GetAtt of a load balancer's SourceSecurityGroup.GroupName",
    "WordPress_Multi_AZ.json":
      "moto cannot resolve Fn::GetAtt of a load balancer's SourceSecurityGroup.GroupName",
    "Autoscaling.json": "moto has no server certificate for the load balancer's listener",
    "DynamoDB_Table.json": "moto's CloudFormation fails creating the table (a moto bug)",
    "ECSCluster.json": "the template names subnets of its author's account",
    "FindInMapAZs.json": "moto's CloudFormation fails on the zone names it maps (a moto bug)",
    "IAM_Users_Groups_and_Policies.json":
      "moto's CloudFormation fails adding the user to its group (a moto bug)",
    "chef-solo-configuration.json":
      "moto's CloudFormation fails on the group's zones (a moto bug)",
    "multi-tier-web-app-in-vpc.json":
      "moto's CloudFormation fails on the group's zones (a moto bug)",
  ]

  /// Covered elsewhere, or not CloudFormation CloudFormation accepts.
  static let elsewhere: [String: String] = [
    "S3_Bucket_With_Versioning_And_Lifecycle_Rules.json": "MigrationS3EndToEndTests",
    "EC2Conditions.json": "CloudFormation refuses it too (an unknown condition)",
  ]

  @Test(
    "every general template is adopted, created by moto, or named",
    .enabled(
      if: MotoServer.canRunStacks, "moto_server, aws, terraform or the provider mirror is absent"))
  func everyTemplateIsNamed() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    let named = Set(Self.cases.map(\.template)).union(Self.motoCannotCreate.keys)
      .union(Self.elsewhere.keys)
    #expect(Set(names) == named)
  }

  @Test(
    "adopted from a stack moto created: imports only; moto's own ways named",
    .enabled(
      if: MotoServer.canRunStacks, "moto_server, aws, terraform or the provider mirror is absent"),
    arguments: cases)
  func adopt(_ test: Case) throws {
    let sandbox = try Sandbox()
    let moto = try MotoServer(logDirectory: sandbox.root)
    defer { moto.stop() }
    try sandbox.write(
      "template.json",
      String(contentsOf: Self.corpus.appendingPathComponent(test.template), encoding: .utf8))
    try moto.createStack(
      "live", template: sandbox.url("template.json"), parameters: try Self.values(test, moto))
    let ids = try Self.physicalIds(moto)
    try test.fixup?(moto, ids)
    let result = try MigrationEndToEndTests.convert(
      sandbox, moto, stack: "live", template: "template.json")
    #expect(result.status == 0, "\(result)")
    let plan = try TerraformPlan(
      directory: sandbox.url("out/migration"), environment: moto.environment)
    func explained(_ address: String) -> Bool {
      test.motoDifferences[String(address.dropFirst("module.stack.".count))] != nil
    }
    #expect(plan.creates.filter { !explained($0) }.isEmpty, "\(plan.summary): \(plan.creates)")
    #expect(plan.deletes.filter { !explained($0) }.isEmpty, "\(plan.summary): \(plan.deletes)")
    for update in plan.updates {
      let unexplained = update.changedAttributes.filter {
        !MigrationEndToEndTests.terraformOnly.contains($0)
          && !explained("\(update.address) \($0)")
      }
      #expect(unexplained.isEmpty, "unexplained changes of \(update.address): \(unexplained)")
    }
  }

  @Test(
    "what moto cannot create still fails there",
    .enabled(
      if: MotoServer.canRunStacks, "moto_server, aws, terraform or the provider mirror is absent"))
  func motoFails() throws {
    let sandbox = try Sandbox()
    let moto = try MotoServer(logDirectory: sandbox.root)
    defer { moto.stop() }
    for (index, template) in Self.motoCannotCreate.keys.sorted().enumerated() {
      let text = try String(
        contentsOf: Self.corpus.appendingPathComponent(template), encoding: .utf8)
      try sandbox.write("t\(index).json", text)
      let parameters = try Self.values(Case(template: template, parameters: [:]), moto, text: text)
      #expect(
        (try? moto.createStack(
          "s\(index)", template: sandbox.url("t\(index).json"), parameters: parameters)) == nil,
        "moto now creates \(template): adopt it in 'cases'")
    }
  }

  /// The parameter values: those of the case (`moto:vpc`, `moto:subnet`, `moto:subnets` read from
  /// moto), and a value for every other parameter without a default.
  static func values(_ test: Case, _ moto: MotoServer, text: String? = nil) throws -> [String:
    String]
  {
    let vpc = try moto.aws([
      "ec2", "describe-vpcs", "--query", "Vpcs[0].VpcId", "--output", "text",
    ]).trimmingCharacters(in: .whitespacesAndNewlines)
    let subnets = try moto.aws([
      "ec2", "describe-subnets", "--filters", "Name=vpc-id,Values=\(vpc)", "--query",
      "Subnets[].SubnetId", "--output", "text",
    ]).split(whereSeparator: \.isWhitespace).map(String.init)
    _ = try? moto.aws(["ec2", "create-key-pair", "--key-name", "key"])
    var values: [String: String] = [:]
    for (name, value) in test.parameters {
      switch value {
      case "moto:vpc": values[name] = vpc
      case "moto:subnet": values[name] = subnets.first ?? ""
      case "moto:subnets": values[name] = subnets.prefix(2).joined(separator: ",")
      default: values[name] = value
      }
    }
    let source =
      try text
      ?? String(contentsOf: Self.corpus.appendingPathComponent(test.template), encoding: .utf8)
    let json = try JSONSerialization.jsonObject(with: Data(source.utf8)) as? [String: Any]
    let parameters = json?["Parameters"] as? [String: [String: Any]] ?? [:]
    for (name, declaration) in parameters where values[name] == nil {
      guard declaration["Default"] == nil else { continue }
      values[name] = name.contains("Key") ? "key" : "x"
    }
    return values
  }

  /// The stack's physical ids by logical id.
  static func physicalIds(_ moto: MotoServer) throws -> [String: String] {
    let text = try moto.aws(["cloudformation", "describe-stack-resources", "--stack-name", "live"])
    let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    var ids: [String: String] = [:]
    for resource in json?["StackResources"] as? [[String: Any]] ?? [] {
      if let id = resource["LogicalResourceId"] as? String {
        ids[id] = resource["PhysicalResourceId"] as? String
      }
    }
    return ids
  }
}
