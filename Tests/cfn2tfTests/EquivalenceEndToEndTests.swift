import Foundation
import TestSupport
import Testing

/// `cfn2tf diff --plan`: the template, evaluated with the same inputs, against the planned values of
/// the generated module (a plan made against `moto_server` on 127.0.0.1, so the provider's data
/// sources answer). Equivalent as converted; a value changed by hand in the module fails the check
/// and is named.
@Suite("Equivalence against a plan", .serialized)
struct EquivalenceEndToEndTests {
  static let licenseKey = "FIXTURE-LICENSE-0000-NOT-A-REAL-KEY"

  /// `terraform plan` of `directory` against moto, saved as `plan.json` beside it.
  static func plan(_ directory: URL, _ moto: MotoServer, variables: [String: String]) throws {
    let vars = variables.keys.sorted().flatMap { ["-var", "\($0)=\(variables[$0]!)"] }
    for step in [
      ["init", "-input=false", "-no-color"],
      ["plan", "-input=false", "-no-color", "-out=plan.tfplan"] + vars,
    ] {
      let result = try Terraform.run(
        step, in: directory, environment: moto.environment, seconds: 600)
      guard result.status == 0 else {
        throw ToolFailure("\(step[0]) failed:\n\(result.output)\n\(result.errors)")
      }
    }
    let shown = try Terraform.run(
      ["show", "-json", "plan.tfplan"], in: directory, environment: moto.environment)
    try Data(shown.output.utf8).write(to: directory.appendingPathComponent("plan.json"))
  }

  @Test(
    "the converted Datomic fixture is equivalent; a hand-made change is caught and named",
    .enabled(
      if: MotoServer.canRunStacks, "moto_server, aws, terraform or the provider mirror is absent"))
  func datomicFixture() throws {
    let sandbox = try Sandbox()
    let moto = try MotoServer(logDirectory: sandbox.root)
    defer { moto.stop() }
    try sandbox.copyFixture("datomic/template.json", to: "cf.json")
    #expect(try sandbox.run(["convert", "cf.json", "--generic", "-o", "gen"]).status == 0)
    let variables = ["stack_name": "eq", "license_key": Self.licenseKey]
    try Self.plan(sandbox.url("gen"), moto, variables: variables)
    let diff = [
      "diff", "cf.json", "--generic", "--plan", "gen/plan.json", "--parameter",
      "AWS::StackName=eq", "--parameter", "AWS::Region=us-east-1",
    ]
    let equivalent = try sandbox.run(diff)
    #expect(equivalent.status == 0, "\(equivalent)")
    #expect(equivalent.stdout.hasPrefix("Equivalent: "), "\(equivalent)")
    #expect(!equivalent.stdout.contains(Self.licenseKey))
    // The same template in YAML is checked against the same plan.
    try sandbox.copyFixture("datomic-yaml/template.yaml", to: "cf.yaml")
    var yamlDiff = diff
    yamlDiff[1] = "cf.yaml"
    let yamlEquivalent = try sandbox.run(yamlDiff)
    #expect(yamlEquivalent.status == 0, "\(yamlEquivalent)")
    #expect(yamlEquivalent.stdout.hasPrefix("Equivalent: "), "\(yamlEquivalent)")

    // A value changed by hand in the generated module.
    let main = sandbox.url("gen/main.tf")
    let text = try String(contentsOf: main, encoding: .utf8)
    let changed = text.replacingOccurrences(
      of: "min_size           = var.group_size", with: "min_size           = 3")
    #expect(changed != text, "the fixture's module no longer has the line this test changes")
    try Data(changed.utf8).write(to: main)
    try Self.plan(sandbox.url("gen"), moto, variables: variables)
    let different = try sandbox.run(diff)
    #expect(different.status == 2, "\(different)")
    #expect(different.stdout.contains("LaunchGroup.Properties.MinSize"), "\(different)")
    #expect(
      different.stdout.contains("Terraform aws_autoscaling_group.launch_group.min_size: 3"),
      "\(different)")
  }

  @Test(
    "the Datomic profile's module takes the template's values as its inputs",
    .enabled(
      if: MotoServer.canRunStacks, "moto_server, aws, terraform or the provider mirror is absent"))
  func datomicProfile() throws {
    let sandbox = try Sandbox()
    let moto = try MotoServer(logDirectory: sandbox.root)
    defer { moto.stop() }
    try sandbox.copyFixture("datomic/template.json", to: "cf.json")
    #expect(try sandbox.run(["convert", "cf.json", "-o", "tx"]).status == 0)
    try Self.plan(
      sandbox.url("tx"), moto,
      variables: ["name": "eq", "ami_id": "ami-12345678", "license_key": Self.licenseKey])
    let result = try sandbox.run([
      "diff", "cf.json", "--plan", "tx/plan.json", "--parameter", "AWS::StackName=eq",
      "--parameter", "AWS::Region=us-east-1",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.hasPrefix("Equivalent: "), "\(result)")
    #expect(result.stdout.contains("LaunchConfig.Properties.UserData[host]"))
    #expect(!result.stdout.contains(Self.licenseKey))
  }
}
