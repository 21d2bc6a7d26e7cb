import Foundation
import TestSupport
import Testing

/// The fallback, end to end, against `moto_server` on 127.0.0.1: a module whose queue stays in
/// CloudFormation is applied; Terraform creates the kept stack with the converted topic's ARN as
/// a parameter, and the stack's output (the queue's ARN) reaches a converted SSM parameter.
@Suite("Kept in CloudFormation, against an AWS emulator", .serialized)
struct KeptStackEndToEndTests {
  static let template = """
    {"Parameters": {"Prefix": {"Type": "String", "Default": "e2e"}},
     "Resources": {
       "Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::Sub": "${Prefix}-topic"}}},
       "Queue": {"Type": "AWS::SQS::Queue", "Properties": {
         "QueueName": {"Fn::Sub": "${Prefix}-queue"},
         "Tags": [{"Key": "topic", "Value": {"Ref": "Topic"}}]}},
       "Pointer": {"Type": "AWS::SSM::Parameter", "Properties": {"Type": "String",
         "Name": {"Fn::Sub": "/${Prefix}/queue"}, "Value": {"Fn::GetAtt": ["Queue", "Arn"]}}}},
     "Outputs": {"QueueUrl": {"Value": {"Ref": "Queue"}}}}

    """

  /// A root module that calls the converted one; the provider reads moto's endpoint from the
  /// environment.
  static let root = """
    provider "aws" {
      region = "us-east-1"
    }

    module "converted" {
      source     = "../out"
      stack_name = "kept-e2e"
    }

    output "queue_url" {
      value = module.converted.queue_url
    }

    """

  @Test(
    "applying creates the kept stack; its output reaches a converted resource",
    .enabled(
      if: MotoServer.canRunStacks, "moto_server, aws, terraform or the provider mirror is absent"))
  func apply() throws {
    let sandbox = try Sandbox()
    let moto = try MotoServer(logDirectory: sandbox.root)
    defer { moto.stop() }
    try sandbox.write("stack.json", Self.template)
    let result = try sandbox.run(["convert", "stack.json", "-o", "out", "--keep", "Queue"])
    #expect(result.status == 0, "\(result)")
    try sandbox.mkdir("root")
    try sandbox.write("root/main.tf", Self.root)
    for step in [["init", "-input=false"], ["apply", "-input=false", "-auto-approve"]] {
      let run = try Terraform.run(
        step + ["-no-color"], in: sandbox.url("root"), environment: moto.environment,
        seconds: 600)
      try #require(run.status == 0, "terraform \(step[0]):\n\(run.output)\n\(run.errors)")
    }
    let outputs = try moto.aws([
      "cloudformation", "describe-stacks", "--stack-name", "kept-e2e", "--query",
      "Stacks[0].Outputs[?OutputKey=='QueueArn'].OutputValue", "--output", "text",
    ]).trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(outputs.hasSuffix(":e2e-queue"), "\(outputs)")
    let pointer = try moto.aws([
      "ssm", "get-parameter", "--name", "/e2e/queue", "--query", "Parameter.Value", "--output",
      "text",
    ]).trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(pointer == outputs, "the converted parameter holds the kept queue's ARN")
    // The AWS CLI's SQS client does not read AWS_ENDPOINT_URL: the endpoint is given.
    let url = try moto.aws([
      "cloudformation", "describe-stack-resources", "--stack-name", "kept-e2e", "--query",
      "StackResources[?LogicalResourceId=='Queue'].PhysicalResourceId", "--output", "text",
    ]).trimmingCharacters(in: .whitespacesAndNewlines)
    let tags = try moto.aws([
      "--endpoint-url", moto.endpoint, "sqs", "list-queue-tags", "--queue-url", url,
    ])
    #expect(tags.contains(":e2e-topic"), "the kept queue got the converted topic's ARN: \(tags)")
    let plan = try Terraform.run(
      ["plan", "-input=false", "-no-color", "-detailed-exitcode"], in: sandbox.url("root"),
      environment: moto.environment, seconds: 600)
    #expect(plan.status == 0, "a second plan changes nothing:\n\(plan.output)\n\(plan.errors)")
  }
}

extension KeptStackEndToEndTests {
  @Test(
    "adopting a stack whose queue stays: the rest and the stack itself imported, 0 to add or destroy",
    .enabled(
      if: MotoServer.canRunStacks, "moto_server, aws, terraform or the provider mirror is absent"))
  func migration() throws {
    let sandbox = try Sandbox()
    let moto = try MotoServer(logDirectory: sandbox.root)
    defer { moto.stop() }
    try sandbox.write("queue.json", Self.template)
    try moto.createStack("live", template: sandbox.url("queue.json"))
    let result = try MigrationEndToEndTests.convert(
      sandbox, moto, stack: "live", template: "queue.json", extra: ["--keep", "Queue"])
    #expect(result.status == 0, "\(result)")
    let plan = try TerraformPlan(
      directory: sandbox.url("out/migration"), environment: moto.environment)
    #expect(
      plan.imports == [
        "module.stack.aws_cloudformation_stack.kept", "module.stack.aws_sns_topic.topic",
        "module.stack.aws_ssm_parameter.pointer",
      ], "\(plan.summary)")
    #expect(plan.creates.isEmpty, "\(plan.summary): \(plan.creates)")
    #expect(plan.deletes.isEmpty, "\(plan.summary): \(plan.deletes)")
    // The stack is updated in place to the kept template: the queue stays in it, the topic and
    // the parameter leave it (retained by the runbook's first step).
    let stack = plan.updates.first { $0.address == "module.stack.aws_cloudformation_stack.kept" }
    #expect(stack?.changedAttributes.contains("template_body") == true, "\(plan.summary)")
    // The parameter reads the queue's ARN from an output the stack has only once updated: known
    // after apply, the same value; the runbook says so.
    let pointer = "module.stack.aws_ssm_parameter.pointer"
    for update in plan.updates where update.address != stack?.address {
      let unexplained = update.changedAttributes.filter {
        !MigrationEndToEndTests.terraformOnly.contains($0)
          && !(update.address == pointer && ["value", "version"].contains($0))
      }
      #expect(unexplained.isEmpty, "unexplained changes of \(update.address): \(unexplained)")
    }
    let runbook = try String(contentsOf: sandbox.url("out/MIGRATION.md"), encoding: .utf8)
    #expect(runbook.contains("- `\(pointer)`: what it reads from the kept stack's outputs"))
    #expect(runbook.contains("## 2. Keep the stack for what stays in CloudFormation"))
    #expect(runbook.contains("cfn2tf retain queue.json --kept --keep Queue -o kept.json"))
    #expect(
      runbook.contains("## Stays in CloudFormation\n\n- Queue (AWS::SQS::Queue): '--keep' names it")
    )
    #expect(!runbook.contains("delete-stack"))
  }
}
