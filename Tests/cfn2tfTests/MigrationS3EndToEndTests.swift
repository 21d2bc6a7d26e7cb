import Foundation
import TestSupport
import Testing

/// Adopting a bucket with versioning, a lifecycle rule and a canned ACL from a stack in
/// `moto_server` on 127.0.0.1: the bucket and its configuration resources are imported (their ids
/// from the bucket's physical id), nothing is destroyed or changed in place, and the one resource
/// created is the one cfn2tf adds, named here with its reason.
@Suite("Migration of an S3 stack against an AWS emulator", .serialized)
struct MigrationS3EndToEndTests {
  static let template = RepositoryPaths.root.deletingLastPathComponent()
    .appendingPathComponent(
      "shared/corpus/general/S3_Bucket_With_Versioning_And_Lifecycle_Rules.json")

  /// The template's lifecycle rule as S3 stores it.
  static let lifecycle = #"""
    {"Rules": [{"ID": "S3BucketRule001", "Status": "Enabled",
      "Filter": {"Prefix": "/only-this-sub-dir"}, "Expiration": {"Days": 3650},
      "NoncurrentVersionExpiration": {"NoncurrentDays": 365},
      "Transitions": [{"Days": 60, "StorageClass": "STANDARD_IA"}],
      "NoncurrentVersionTransitions": [{"NoncurrentDays": 30, "StorageClass": "STANDARD_IA"},
        {"NoncurrentDays": 120, "StorageClass": "GLACIER"}]}]}
    """#

  @Test(
    "a versioned bucket's stack: bucket, versioning, lifecycle and ACL imported, 0 to destroy",
    .enabled(
      if: MotoServer.canRunStacks, "moto_server, aws, terraform or the provider mirror is absent"))
  func versionedBucket() throws {
    try #require(
      FileManager.default.fileExists(atPath: Self.template.path), "../shared/corpus is absent")
    let sandbox = try Sandbox()
    let moto = try MotoServer(logDirectory: sandbox.root)
    defer { moto.stop() }
    try sandbox.write("s3.json", String(contentsOf: Self.template, encoding: .utf8))
    try moto.createStack("site", template: sandbox.url("s3.json"))
    let bucket = try moto.aws([
      "cloudformation", "describe-stack-resources", "--stack-name", "site", "--query",
      "StackResources[?LogicalResourceId=='S3Bucket'].PhysicalResourceId", "--output", "text",
    ]).trimmingCharacters(in: .whitespacesAndNewlines)
    try #require(!bucket.isEmpty)
    // moto's CloudFormation (5.2.1) creates the bucket but leaves out its VersioningConfiguration,
    // LifecycleConfiguration and AccessControl: the bucket is unversioned, has no lifecycle
    // configuration (importing one would stop the plan) and grants its owner alone. CloudFormation
    // sets all three, so the test does what it would have done.
    try moto.aws([
      "s3api", "put-bucket-versioning", "--bucket", bucket, "--versioning-configuration",
      "Status=Enabled",
    ])
    try sandbox.write("lifecycle.json", Self.lifecycle)
    try moto.aws([
      "s3api", "put-bucket-lifecycle-configuration", "--bucket", bucket,
      "--lifecycle-configuration", "file://\(sandbox.url("lifecycle.json").path)",
    ])
    try moto.aws(["s3api", "put-bucket-acl", "--bucket", bucket, "--acl", "public-read"])
    // A bucket whose stack could set a public canned ACL has no ownership controls, in moto too.
    let ownership = try Tool.run(
      "aws", ["s3api", "get-bucket-ownership-controls", "--bucket", bucket],
      environment: moto.environment)
    #expect(ownership.errors.contains("OwnershipControlsNotFoundError"), "\(ownership.output)")

    let result = try MigrationEndToEndTests.convert(
      sandbox, moto, stack: "site", template: "s3.json")
    #expect(result.status == 0, "\(result)")
    let imports = try String(contentsOf: sandbox.url("out/migration/imports.tf"), encoding: .utf8)
    #expect(imports.contains("id = \"\(bucket),public-read\""), "\(imports)")
    let plan = try TerraformPlan(
      directory: sandbox.url("out/migration"), environment: moto.environment)
    #expect(
      plan.imports == [
        "module.stack.aws_s3_bucket.s3_bucket",
        "module.stack.aws_s3_bucket_acl.s3_bucket",
        "module.stack.aws_s3_bucket_lifecycle_configuration.s3_bucket",
        "module.stack.aws_s3_bucket_versioning.s3_bucket",
      ], "\(plan.summary)")
    // The one addition: the ownership controls cfn2tf adds so that the canned ACL applies. The
    // bucket has none (ObjectWriter in effect), so creating them changes nothing, and importing
    // what does not exist would stop the plan; imports.tf says so.
    #expect(
      plan.creates == ["module.stack.aws_s3_bucket_ownership_controls.s3_bucket"],
      "\(plan.summary)")
    #expect(
      imports.contains(
        "# module.stack.aws_s3_bucket_ownership_controls.s3_bucket: created: cfn2tf adds it so that the canned ACL applies;"
      ), "\(imports)")
    #expect(plan.deletes.isEmpty, "\(plan.summary): \(plan.deletes)")
    for update in plan.updates {
      let unexplained = update.changedAttributes.filter {
        !MigrationEndToEndTests.terraformOnly.contains($0)
      }
      #expect(unexplained.isEmpty, "unexplained changes of \(update.address): \(unexplained)")
    }
    #expect(plan.summary == "Plan: 4 to import, 1 to add, 0 to change, 0 to destroy.")
  }
}
