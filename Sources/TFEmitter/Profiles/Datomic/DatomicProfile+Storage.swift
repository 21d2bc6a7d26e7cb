import CFNParser

extension DatomicProfile {
  /// `storage.tf`, recorded as what `ensure-transactor` created.
  mutating func writeStorage() {
    let items = storageItems
    module.write("storage.tf", items)
    module.recordAddition(
      ofResource: "aws_dynamodb_table", in: items,
      "the table ensure-transactor created for the ddb protocol (create_dynamodb_table)")
    module.recordAddition(
      ofResource: "aws_s3_bucket", in: items,
      "the log bucket ensure-transactor created (create_log_bucket)")
  }

  /// The DynamoDB table and the log bucket `ensure-transactor` made.
  private var storageItems: [[HCLItem]] {
    let createBucket = HCLExpression.and(
      .variable("create_log_bucket"), .notEqual(.variable("log_bucket_name"), .null))
    let bucketCount = HCLExpression.countIf(createBucket)
    let hardenCount = HCLExpression.countIf(.and(createBucket, .variable("harden_log_bucket")))
    let bucket = HCLExpression.traversal(.resource("aws_s3_bucket", "logs") / 0 / "id")
    let retention = HCLExpression.binary(.variable("log_retention_days"), ">", .int(0))
    return [
      [
        .comment(
          "The table of the ddb protocol (aws-dynamodb-table), as ensure-transactor made it:",
          "hash key id of type S, provisioned 100 read and 50 write units."),
        .block(
          HCLBlock("resource", "aws_dynamodb_table", "transactor") {
            HCLAttribute(
              "count", .countIf(.and(.variable("create_dynamodb_table"), .local("use_dynamodb"))))
            HCLBlank()
            HCLAttribute("name", .variable("dynamodb_table_name"))
            HCLAttribute("billing_mode", .string("PROVISIONED"))
            HCLAttribute("read_capacity", .variable("dynamodb_read_capacity"))
            HCLAttribute("write_capacity", .variable("dynamodb_write_capacity"))
            HCLAttribute("hash_key", .string("id"))
            HCLAttribute("tags", .variable("tags"))
            HCLBlank()
            HCLBlock("attribute") {
              HCLAttribute("name", .string("id"))
              HCLAttribute("type", .string("S"))
            }
            HCLBlank()
            // False writes no block: an adopted table keeps what it has, a new one has none.
            HCLBlock("dynamic", "point_in_time_recovery") {
              HCLAttribute(
                "for_each",
                .conditional(
                  .variable("dynamodb_point_in_time_recovery"), .list(.int(1)), .tuple([])))
              HCLBlank()
              HCLBlock("content") {
                HCLAttribute("enabled", .bool(true))
              }
            }
          }),
      ],
      [
        .comment("The transactor's log bucket (aws-s3-log-bucket-id)."),
        .block(
          HCLBlock("resource", "aws_s3_bucket", "logs") {
            HCLAttribute("count", bucketCount)
            HCLBlank()
            HCLAttribute("bucket", .variable("log_bucket_name"))
            HCLAttribute("force_destroy", .variable("log_bucket_force_destroy"))
            HCLAttribute("tags", .variable("tags"))
          }),
      ],
      [
        .block(
          HCLBlock("resource", "aws_s3_bucket_public_access_block", "logs") {
            HCLAttribute("count", hardenCount)
            HCLBlank()
            HCLAttribute("bucket", bucket)
            HCLAttribute("block_public_acls", .bool(true))
            HCLAttribute("block_public_policy", .bool(true))
            HCLAttribute("ignore_public_acls", .bool(true))
            HCLAttribute("restrict_public_buckets", .bool(true))
          })
      ],
      [
        .block(
          HCLBlock("resource", "aws_s3_bucket_server_side_encryption_configuration", "logs") {
            HCLAttribute("count", hardenCount)
            HCLBlank()
            HCLAttribute("bucket", bucket)
            HCLBlank()
            HCLBlock("rule") {
              HCLBlock("apply_server_side_encryption_by_default") {
                HCLAttribute("sse_algorithm", .string("AES256"))
              }
            }
          })
      ],
      [
        .block(
          HCLBlock("resource", "aws_s3_bucket_ownership_controls", "logs") {
            HCLAttribute("count", hardenCount)
            HCLBlank()
            HCLAttribute("bucket", bucket)
            HCLBlank()
            HCLBlock("rule") {
              HCLAttribute("object_ownership", .string("BucketOwnerEnforced"))
            }
          })
      ],
      [
        .comment(
          "Incomplete multipart uploads aborted after 7 days, and log expiry when log_retention_days",
          "is set. A lifecycle configuration replaces any the bucket has: an adopted bucket",
          "(harden_log_bucket false) gets one only when log_retention_days asks for it."),
        .block(
          HCLBlock("resource", "aws_s3_bucket_lifecycle_configuration", "logs") {
            HCLAttribute(
              "count", .countIf(.and(createBucket, .or(.variable("harden_log_bucket"), retention))))
            HCLBlank()
            HCLAttribute("bucket", bucket)
            HCLBlank()
            HCLBlock("rule") {
              HCLAttribute("id", .string("abort-incomplete-multipart-uploads"))
              HCLAttribute("status", .string("Enabled"))
              HCLBlank()
              HCLBlock("filter") {}
              HCLBlock("abort_incomplete_multipart_upload") {
                HCLAttribute("days_after_initiation", .int(7))
              }
            }
            HCLBlank()
            HCLBlock("dynamic", "rule") {
              HCLAttribute("for_each", .conditional(retention, .list(.int(1)), .tuple([])))
              HCLBlank()
              HCLBlock("content") {
                HCLAttribute("id", .string("expire-transactor-logs"))
                HCLAttribute("status", .string("Enabled"))
                HCLBlank()
                HCLBlock("filter") {}
                HCLBlock("expiration") {
                  HCLAttribute("days", .variable("log_retention_days"))
                }
              }
            }
          }),
      ],
    ]
  }
}
