import Foundation
import TestSupport
import Testing

/// Adopting live stacks, end to end, against `moto_server` on 127.0.0.1: create a stack through the
/// CloudFormation API, describe it, convert with `--stack-resources` and `--stack-description`, and
/// plan the generated migration root. Every resource is imported, nothing is added or destroyed,
/// and each in-place change is named here with its reason.
@Suite("Migration against an AWS emulator", .serialized)
struct MigrationEndToEndTests {
  /// Attributes Terraform sets that AWS does not store: an import leaves them null, the
  /// configuration (or the provider's default) gives them a value, and applying changes nothing in
  /// AWS.
  static let terraformOnly: Set<String> = [
    "force_delete", "force_delete_warm_pool", "ignore_failed_scaling_activities",
    "wait_for_capacity_timeout", "revoke_rules_on_delete", "user_data_replace_on_change",
  ]

  /// Writes what `describe-stack-resources` and `describe-stacks` print, then converts.
  static func convert(
    _ sandbox: Sandbox, _ moto: MotoServer, stack: String, template: String, extra: [String] = []
  ) throws -> RunResult {
    try sandbox.write(
      "resources.json",
      moto.aws(["cloudformation", "describe-stack-resources", "--stack-name", stack]))
    try sandbox.write(
      "stack.json",
      listsAsCloudFormationWritesThem(
        moto.aws(["cloudformation", "describe-stacks", "--stack-name", stack])))
    return try sandbox.run(
      [
        "convert", template, "-o", "out", "--stack-resources", "resources.json",
        "--stack-description", "stack.json",
      ] + extra)
  }

  /// `describe-stacks` output with moto's list parameter values (Python lists, `['a', 'b']`)
  /// written as CloudFormation writes them (`a,b`).
  static func listsAsCloudFormationWritesThem(_ text: String) -> String {
    guard var json = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
      var stacks = json["Stacks"] as? [[String: Any]], !stacks.isEmpty
    else { return text }
    var parameters = stacks[0]["Parameters"] as? [[String: Any]] ?? []
    for index in parameters.indices {
      guard let value = parameters[index]["ParameterValue"] as? String, value.hasPrefix("['"),
        value.hasSuffix("']")
      else { continue }
      parameters[index]["ParameterValue"] = value.dropFirst(2).dropLast(2)
        .components(separatedBy: "', '").joined(separator: ",")
    }
    stacks[0]["Parameters"] = parameters
    json["Stacks"] = stacks
    guard let data = try? JSONSerialization.data(withJSONObject: json) else { return text }
    return String(decoding: data, as: UTF8.self)
  }

  @Test(
    "a Datomic stack and what ensure-cf made are adopted: 0 to add, 0 to destroy",
    .enabled(
      if: MotoServer.canRunStacks, "moto_server, aws, terraform or the provider mirror is absent"))
  func datomicStack() throws {
    let sandbox = try Sandbox()
    let moto = try MotoServer(logDirectory: sandbox.root)
    defer { moto.stop() }
    // What ensure-cf and ensure-transactor created outside the stack, as they created it.
    try moto.aws([
      "ec2", "create-security-group", "--group-name", "datomic", "--description",
      "Provisioned by Datomic",
    ])
    let trust =
      #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
    for role in ["datomic-aws-transactor", "datomic-aws-peer"] {
      try moto.aws([
        "iam", "create-role", "--role-name", role, "--assume-role-policy-document", trust,
      ])
      try moto.aws(["iam", "create-instance-profile", "--instance-profile-name", role])
      try moto.aws([
        "iam", "add-role-to-instance-profile", "--instance-profile-name", role, "--role-name", role,
      ])
    }
    let table = "arn:aws:dynamodb:*:123456789012:table/orders"
    try moto.aws([
      "iam", "put-role-policy", "--role-name", "datomic-aws-transactor", "--policy-name",
      "orders-transactor", "--policy-document",
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["dynamodb:*"],"Resource":"\#(table)"}]}"#,
    ])
    try moto.aws([
      "iam", "put-role-policy", "--role-name", "datomic-aws-peer", "--policy-name", "orders-peer",
      "--policy-document",
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["dynamodb:GetItem","dynamodb:BatchGetItem","dynamodb:Scan","dynamodb:Query"],"Resource":"\#(table)"}]}"#,
    ])
    try moto.aws([
      "dynamodb", "create-table", "--table-name", "orders", "--attribute-definitions",
      "AttributeName=id,AttributeType=S", "--key-schema", "AttributeName=id,KeyType=HASH",
      "--provisioned-throughput", "ReadCapacityUnits=100,WriteCapacityUnits=50",
    ])
    try sandbox.copyFixture("datomic/template.json", to: "cf.json")
    // moto does not split a list parameter's default: the value is passed explicitly.
    try moto.createStack(
      "datomic-tx", template: sandbox.url("cf.json"), parameters: ["SecurityGroups": "datomic"])

    let result = try Self.convert(sandbox, moto, stack: "datomic-tx", template: "cf.json")
    #expect(result.status == 0, "\(result)")
    #expect(sandbox.exists("out/MIGRATION.md"))
    let plan = try TerraformPlan(
      directory: sandbox.url("out/migration"), environment: moto.environment)
    #expect(
      plan.imports == [
        "module.transactor.aws_autoscaling_group.transactor",
        "module.transactor.aws_dynamodb_table.transactor[0]",
        "module.transactor.aws_iam_instance_profile.peer[0]",
        "module.transactor.aws_iam_instance_profile.transactor[0]",
        "module.transactor.aws_iam_role.peer[0]",
        "module.transactor.aws_iam_role.transactor[0]",
        "module.transactor.aws_iam_role_policy.dynamodb[0]",
        "module.transactor.aws_iam_role_policy.peer[0]",
        "module.transactor.aws_security_group.transactor[0]",
      ], "\(plan.summary)")
    #expect(plan.creates.isEmpty, "\(plan.summary): \(plan.creates)")
    #expect(plan.deletes.isEmpty, "\(plan.summary): \(plan.deletes)")
    // The group's in-place changes, each explained:
    let explained: [String: String] = [
      "availability_zones":
        "moto's Fn::GetAZs gives the stack zones a-d, while EC2 (data.aws_availability_zones) lists a-f",
      "health_check_grace_period":
        "moto gives a CloudFormation group 300 s; CloudFormation's default, which the module writes, is 0",
      "capacity_reservation_specification":
        "moto returns no capacity reservation preference; the provider writes its default, empty",
    ]
    for update in plan.updates {
      #expect(update.address == "module.transactor.aws_autoscaling_group.transactor", "\(update)")
      for attribute in update.changedAttributes where !Self.terraformOnly.contains(attribute) {
        #expect(explained[attribute] != nil, "unexplained change of \(update.address).\(attribute)")
      }
    }
  }

  @Test(
    "a general template's stack is adopted: 0 to add, 0 to destroy",
    .enabled(
      if: MotoServer.canRunStacks, "moto_server, aws, terraform or the provider mirror is absent"))
  func generalStack() throws {
    let corpus = RepositoryPaths.root.deletingLastPathComponent()
      .appendingPathComponent("shared/corpus/general")
    let template = corpus.appendingPathComponent("EC2InstanceWithSecurityGroupSample.json")
    try #require(
      FileManager.default.fileExists(atPath: template.path), "../shared/corpus is absent")
    let sandbox = try Sandbox()
    let moto = try MotoServer(logDirectory: sandbox.root)
    defer { moto.stop() }
    try moto.aws(["ec2", "create-key-pair", "--key-name", "migration-test"])
    try sandbox.write("sample.json", String(contentsOf: template, encoding: .utf8))
    try moto.createStack(
      "sample", template: sandbox.url("sample.json"), parameters: ["KeyName": "migration-test"])
    let result = try Self.convert(sandbox, moto, stack: "sample", template: "sample.json")
    #expect(result.status == 0, "\(result)")
    let plan = try TerraformPlan(
      directory: sandbox.url("out/migration"), environment: moto.environment)
    #expect(
      plan.imports == [
        "module.stack.aws_instance.ec2_instance",
        "module.stack.aws_security_group.instance_security_group",
      ], "\(plan.summary)")
    #expect(plan.creates.isEmpty, "\(plan.summary): \(plan.creates)")
    #expect(plan.deletes.isEmpty, "\(plan.summary): \(plan.deletes)")
    for update in plan.updates {
      let unexplained = update.changedAttributes.filter { !Self.terraformOnly.contains($0) }
      #expect(unexplained.isEmpty, "unexplained changes of \(update.address): \(unexplained)")
    }
  }
}
