import CFNParser

/// `--harden`: settings a template left to their defaults, written in their safer form where that
/// form keeps what the template meant. Each one is a ledger entry (transformed, its note naming
/// `--harden`) and a `cfn2tf:` comment above what it adds; the README's table lists them with the
/// checkov check each answers. Without `--harden` the one default that matters most, an instance
/// that still answers IMDSv1, is stated in the ledger, so that the report shows it.
///
/// Nothing is hardened that the template set, whatever it set: a template that asks for IMDSv1 or
/// an unencrypted queue gets it. Nor when a live stack is adopted: its first plan must change
/// nothing (`Converter` turns the option off there).
enum Hardening {
  /// One kind of setting `--harden` writes.
  struct Setting: Hashable, Sendable {
    /// The Terraform types it is written on.
    var terraformTypes: [String]
    /// The argument or block it writes.
    var argument: String
    /// The checkov check it answers.
    var checkovID: String
  }

  /// Every setting `--harden` writes, in the README's order.
  static let settings: [Setting] = [
    Setting(
      terraformTypes: ["aws_instance", "aws_launch_template", "aws_launch_configuration"],
      argument: "metadata_options", checkovID: "CKV_AWS_79"),
    Setting(
      terraformTypes: ["aws_sqs_queue"], argument: "sqs_managed_sse_enabled",
      checkovID: "CKV_AWS_27"),
    Setting(
      terraformTypes: ["aws_dynamodb_table"], argument: "point_in_time_recovery",
      checkovID: "CKV_AWS_28"),
    Setting(
      terraformTypes: ["aws_kms_key"], argument: "enable_key_rotation", checkovID: "CKV_AWS_7"),
    Setting(
      terraformTypes: ["aws_s3_bucket_lifecycle_configuration"],
      argument: "abort_incomplete_multipart_upload", checkovID: "CKV_AWS_300"),
  ]

  /// Days after which an incomplete multipart upload is aborted.
  static let abortDays = 7

  /// Hardens the resources `builder` built (with `--harden`), or records what stays as the
  /// template left it (without).
  static func apply(_ builder: inout ResourceBuilder) {
    switch builder.resource.type.value {
    case "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate",
      "AWS::AutoScaling::LaunchConfiguration":
      metadataOptions(&builder)
    case "AWS::SQS::Queue" where builder.options.harden:
      queueEncryption(&builder)
    case "AWS::DynamoDB::Table" where builder.options.harden:
      pointInTimeRecovery(&builder)
    case "AWS::KMS::Key" where builder.options.harden:
      keyRotation(&builder)
    case "AWS::S3::Bucket" where builder.options.harden:
      abortIncompleteUploads(&builder)
    default:
      break
    }
  }

  /// The ledger entry of a hardened setting: the property the template left unset, the Terraform
  /// it became and why that keeps the template's meaning.
  static func record(
    _ builder: inout ResourceBuilder, property: RelativeTemplatePath, target: TerraformPath,
    value: HCLExpression, note: String
  ) {
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(property),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: target, status: .transformed,
        note: "--harden: \(note)", targetValue: HCLPrinter.printExpression(value)))
  }

  /// `sqs_managed_sse_enabled = true` on a queue that names no encryption.
  static func queueEncryption(_ builder: inout ResourceBuilder) {
    let resource = builder.resource
    guard resource.property("KmsMasterKeyId") == nil,
      resource.property("SqsManagedSseEnabled") == nil
    else { return }
    builder.primary.content.argument(
      "sqs_managed_sse_enabled", .bool(true),
      comments: ["cfn2tf: --harden: SQS-managed encryption, what SQS gives a new queue anyway"])
    record(
      &builder, property: .here / "SqsManagedSseEnabled",
      target: builder.primary.path / "sqs_managed_sse_enabled", value: .bool(true),
      note:
        "not set: SQS encrypts a new queue with its own keys (SSE-SQS) by default; written out, senders and receivers see no change"
    )
  }

  /// `point_in_time_recovery { enabled = true }` on a table that does not say.
  static func pointInTimeRecovery(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("PointInTimeRecoverySpecification") == nil else { return }
    var body = HCLBody()
    body.attribute("enabled", .bool(true))
    builder.primary.content.block(
      HCLBlock("point_in_time_recovery", body: body),
      comments: ["cfn2tf: --harden: continuous backups; reads and writes are unchanged"])
    record(
      &builder, property: .here / "PointInTimeRecoverySpecification",
      target: builder.primary.path / "point_in_time_recovery",
      value: .object([HCLObjectItem("enabled", .bool(true))]),
      note:
        "not set: point-in-time recovery is turned on; the table reads and writes as before (the backup storage is billed)"
    )
  }

  /// `enable_key_rotation = true` on a symmetric encryption key that does not say.
  static func keyRotation(_ builder: inout ResourceBuilder) {
    let resource = builder.resource
    func isUnsetOr(_ property: String, _ value: String) -> Bool {
      guard let member = resource.property(property) else { return true }
      return member.value.stringValue == value
    }
    // Only symmetric encryption keys of AWS's own key material rotate automatically.
    guard resource.property("EnableKeyRotation") == nil,
      isUnsetOr("KeySpec", "SYMMETRIC_DEFAULT"), isUnsetOr("KeyUsage", "ENCRYPT_DECRYPT"),
      isUnsetOr("Origin", "AWS_KMS")
    else { return }
    builder.primary.content.argument(
      "enable_key_rotation", .bool(true),
      comments: ["cfn2tf: --harden: yearly rotation; what the key encrypted still decrypts"])
    record(
      &builder, property: .here / "EnableKeyRotation",
      target: builder.primary.path / "enable_key_rotation", value: .bool(true),
      note:
        "not set: yearly rotation is turned on; the key keeps its id, ARN and older material, so everything it encrypted still decrypts"
    )
  }

  /// A rule aborting incomplete multipart uploads, in a lifecycle configuration none of whose
  /// rules says what becomes of them.
  static func abortIncompleteUploads(_ builder: inout ResourceBuilder) {
    guard
      let index = builder.extras.firstIndex(where: {
        $0.type == "aws_s3_bucket_lifecycle_configuration"
      }),
      case .object(let configuration)? = builder.resource.property("LifecycleConfiguration")?.value
        .kind,
      case .list(let rules)? = configuration.first(where: { $0.key == "Rules" })?.value.kind
    else { return }
    var ids: Set<String> = []
    for rule in rules {
      guard case .object(let fields) = rule.kind,
        !fields.contains(where: { $0.key == "AbortIncompleteMultipartUpload" })
      else { return }
      if let id = fields.first(where: { $0.key == "Id" })?.value.stringValue { ids.insert(id) }
    }
    var id = "abort-incomplete-multipart-uploads"
    var number = 1
    while ids.contains(id) {
      number += 1
      id = "abort-incomplete-multipart-uploads-\(number)"
    }
    var abort = HCLBody()
    abort.attribute("days_after_initiation", .int(abortDays))
    var rule = HCLBody()
    rule.attribute("id", .string(id))
    rule.attribute("status", .string("Enabled"))
    rule.blankLine()
    rule.block(HCLBlock("filter"))
    rule.block(HCLBlock("abort_incomplete_multipart_upload", body: abort))
    builder.extras[index].content.block(
      HCLBlock("rule", body: rule),
      comments: [
        "cfn2tf: --harden: parts of uploads never completed go after \(abortDays) days; objects stay"
      ])
    record(
      &builder, property: .here / "LifecycleConfiguration" / "Rules",
      target: builder.extras[index].path / "rule",
      value: .object([
        HCLObjectItem("id", .string(id)),
        HCLObjectItem(
          "abort_incomplete_multipart_upload",
          .object([HCLObjectItem("days_after_initiation", .int(abortDays))])),
      ]),
      note:
        "no rule says what becomes of incomplete multipart uploads: a rule aborts them after \(abortDays) days; no object is touched"
    )
  }
}
