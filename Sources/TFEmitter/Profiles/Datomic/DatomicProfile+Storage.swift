import CFNParser

extension DatomicProfile {
  /// The DynamoDB table and the log bucket `ensure-transactor` made.
  var storageItems: [[HCLItem]] {
    let createBucket = HCLExpression.and(
      .variable("create_log_bucket"), .notEqual(.variable("log_bucket_name"), .null))
    let bucketCount = HCLExpression.countIf(createBucket)
    let hardenCount = HCLExpression.countIf(.and(createBucket, .variable("harden_log_bucket")))
    let bucket = HCLExpression.ref("aws_s3_bucket.logs[0].id")
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
        .comment("Log expiry, when log_retention_days is set."),
        .block(
          HCLBlock("resource", "aws_s3_bucket_lifecycle_configuration", "logs") {
            HCLAttribute(
              "count",
              .countIf(
                .and(createBucket, .binary(.variable("log_retention_days"), ">", .int(0)))))
            HCLBlank()
            HCLAttribute("bucket", bucket)
            HCLBlank()
            HCLBlock("rule") {
              HCLAttribute("id", .string("expire-transactor-logs"))
              HCLAttribute("status", .string("Enabled"))
              HCLBlank()
              HCLBlock("filter") {}
              HCLBlock("expiration") {
                HCLAttribute("days", .variable("log_retention_days"))
              }
            }
          }),
      ],
    ]
  }
}
