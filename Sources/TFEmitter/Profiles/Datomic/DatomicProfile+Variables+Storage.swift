import CFNParser

extension DatomicProfile {
  /// The storage: DynamoDB table or SQL database, and the log bucket.
  mutating func buildStorageVariables() {
    let protocolValue = propertyValue("protocol")
    declare(
      forProperty: "protocol", "protocol", "string", "Datomic storage protocol.",
      from: protocolValue,
      validations: [Self.oneOf("protocol", ["ddb", "ddb-local", "sql", "dev"])])
    declare(
      "create_dynamodb_table", "bool",
      "Create the DynamoDB table (what ensure-transactor did) when the protocol is ddb.",
      default: .bool(true))
    declare(
      forProperty: "aws-dynamodb-table", "dynamodb_table_name", "string",
      "DynamoDB table of the ddb protocol.", default: .null,
      from: propertyValue("aws-dynamodb-table"))
    declare(
      forProperty: "aws-dynamodb-region", "dynamodb_region", "string",
      "Region of the DynamoDB table; null means the provider's region.", default: .null,
      from: propertyValue("aws-dynamodb-region"))
    declare(
      "dynamodb_read_capacity", "number",
      "Provisioned read capacity of a created table (ensure-transactor used 100).",
      default: .int(100))
    declare(
      "dynamodb_write_capacity", "number",
      "Provisioned write capacity of a created table (ensure-transactor used 50).",
      default: .int(50))
    declare(
      "dynamodb_point_in_time_recovery", "bool",
      "Turn on point-in-time recovery (continuous backups) of the DynamoDB table; false leaves it as the table has it (off for a new table).",
      default: .bool(true),
      validations: [
        (
          .notEqual(.variable("dynamodb_point_in_time_recovery"), .null),
          "Set dynamodb_point_in_time_recovery to true or false."
        )
      ])
    let bucket = propertyValue("aws-s3-log-bucket-id")
    declare(
      "create_log_bucket", "bool",
      "Create the S3 bucket the transactor writes its logs to (what ensure-transactor did).",
      default: .bool(bucket != nil))
    declare(
      forProperty: "aws-s3-log-bucket-id", "log_bucket_name", "string",
      "S3 bucket for transactor logs; null means no log upload.",
      default: .null, from: bucket)
    declare(
      "log_bucket_force_destroy", "bool", "Let terraform destroy the log bucket with its logs.",
      default: .bool(false))
    declare(
      "harden_log_bucket", "bool",
      "Block public access, encrypt, enforce bucket ownership and abort incomplete multipart uploads after 7 days on the log bucket; false leaves an adopted bucket as it is.",
      default: .bool(true))
    declare(
      "log_retention_days", "number",
      "Days to keep transactor logs in the bucket; 0 keeps them. The lifecycle configuration this writes replaces any the bucket has.",
      default: .int(0))
    for (key, variable, description) in [
      ("sql-url", "sql_url", "JDBC URL of the sql protocol's database."),
      ("sql-user", "sql_user", "Database user of the sql protocol."),
      ("sql-driver-class", "sql_driver_class", "JDBC driver class of the sql protocol."),
    ] {
      declare(
        forProperty: key, variable, "string", description, default: .null, from: propertyValue(key))
    }
    declare(
      forProperty: "sql-password", "sql_password", "string",
      "Database password of the sql protocol.", default: .null,
      sensitive: true)
    declare(
      "sql_port", "number", "Database port the transactor connects to (egress) for sql.",
      default: .int(5432))
  }
}
