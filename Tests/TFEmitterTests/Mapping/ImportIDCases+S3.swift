@testable import TFEmitter

/// Buckets and their configuration resources: each imported by the bucket's name (its physical
/// id), the ACL as `BUCKET,ACL`, metrics and Intelligent-Tiering configurations as `BUCKET:ID`.
extension ImportCase {
  static let bucket = #"""
    {"Site": {"Type": "AWS::S3::Bucket", "Properties": {
       "VersioningConfiguration": {"Status": "Enabled"},
       "AccelerateConfiguration": {"AccelerationStatus": "Enabled"},
       "BucketEncryption": {"ServerSideEncryptionConfiguration": [
         {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]},
       "PublicAccessBlockConfiguration": {"BlockPublicAcls": false},
       "OwnershipControls": {"Rules": [{"ObjectOwnership": "ObjectWriter"}]},
       "LifecycleConfiguration": {"Rules": [{"Id": "old", "Status": "Enabled", "ExpirationInDays": 30}]},
       "CorsConfiguration": {"CorsRules": [{"AllowedMethods": ["GET"], "AllowedOrigins": ["*"]}]},
       "WebsiteConfiguration": {"IndexDocument": "index.html"},
       "LoggingConfiguration": {"LogFilePrefix": "logs/"},
       "NotificationConfiguration": {"TopicConfigurations": [
         {"Event": "s3:ObjectCreated:*", "Topic": "arn:aws:sns:us-east-1:123456789012:t"}]},
       "ObjectLockEnabled": true,
       "ObjectLockConfiguration": {"ObjectLockEnabled": "Enabled",
         "Rule": {"DefaultRetention": {"Mode": "GOVERNANCE", "Days": 1}}},
       "ReplicationConfiguration": {"Role": "arn:aws:iam::123456789012:role/r",
         "Rules": [{"Destination": {"Bucket": "arn:aws:s3:::dst"}, "Status": "Enabled"}]},
       "MetricsConfigurations": [{"Id": "EntireBucket"}],
       "IntelligentTieringConfigurations": [{"Id": "archive", "Status": "Enabled",
         "Tierings": [{"AccessTier": "ARCHIVE_ACCESS", "Days": 90}]}],
       "AccessControl": "PublicRead"}},
     "Policy": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": {"Ref": "Site"},
       "PolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": "*",
         "Action": "s3:GetObject", "Resource": "arn:aws:s3:::x/*"}]}}}}
    """#

  static let bucketIds = ["Site": "web-site-1qhzu4ve1r2h9", "Policy": "web-Policy-1"]

  /// An extra of the bucket above, imported by the bucket's name.
  static func bucketExtra(_ type: String, name: String = "site") -> ImportCase {
    ImportCase(
      address: "\(type).\(name)", origin: "Site", resources: bucket, physicalIds: bucketIds,
      expected: .id("web-site-1qhzu4ve1r2h9"))
  }

  static let s3: [ImportCase] =
    [
      ImportCase(
        address: "aws_s3_bucket.site", origin: "Site", resources: bucket, physicalIds: bucketIds,
        expected: .id("web-site-1qhzu4ve1r2h9")),
      ImportCase(
        address: "aws_s3_bucket_policy.policy", origin: "Policy", resources: bucket,
        physicalIds: bucketIds, expected: .id("web-site-1qhzu4ve1r2h9")),
    ]
    + [
      "aws_s3_bucket_versioning", "aws_s3_bucket_accelerate_configuration",
      "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_public_access_block",
      "aws_s3_bucket_ownership_controls", "aws_s3_bucket_lifecycle_configuration",
      "aws_s3_bucket_cors_configuration", "aws_s3_bucket_website_configuration",
      "aws_s3_bucket_logging", "aws_s3_bucket_notification",
      "aws_s3_bucket_object_lock_configuration", "aws_s3_bucket_replication_configuration",
    ].map { bucketExtra($0) }
    + [
      ImportCase(
        address: "aws_s3_bucket_acl.site", origin: "Site", resources: bucket,
        physicalIds: bucketIds, expected: .id("web-site-1qhzu4ve1r2h9,public-read")),
      ImportCase(
        address: "aws_s3_bucket_metric.site_1", origin: "Site", resources: bucket,
        physicalIds: bucketIds, expected: .id("web-site-1qhzu4ve1r2h9:EntireBucket")),
      ImportCase(
        address: "aws_s3_bucket_intelligent_tiering_configuration.site_1", origin: "Site",
        resources: bucket, physicalIds: bucketIds,
        expected: .id("web-site-1qhzu4ve1r2h9:archive")),
      // A canned ACL from a parameter: S3's spelling of the live value.
      ImportCase(
        address: "aws_s3_bucket_acl.site", origin: "Site",
        resources: #"""
          {"Site": {"Type": "AWS::S3::Bucket", "Properties": {"AccessControl": {"Ref": "Acl"},
             "OwnershipControls": {"Rules": [{"ObjectOwnership": "ObjectWriter"}]}}}}
          """#,
        parameters: #"{"Acl": {"Type": "String", "Default": "Private"}}"#,
        physicalIds: ["Site": "web-site-2"], values: ["Acl": "LogDeliveryWrite"],
        expected: .id("web-site-2,log-delivery-write")),
      // The ownership controls cfn2tf adds for a canned ACL are not the stack's.
      ImportCase(
        address: "aws_s3_bucket_ownership_controls.site", origin: "Site",
        resources:
          #"{"Site": {"Type": "AWS::S3::Bucket", "Properties": {"AccessControl": "PublicRead"}}}"#,
        physicalIds: ["Site": "web-site-3"],
        expected: .notImported(
          "created: cfn2tf adds it so that the canned ACL applies; a bucket whose stack could set that ACL was made before April 2023 and normally has no ownership controls (ObjectWriter in effect), so creating them changes nothing; if 'aws s3api get-bucket-ownership-controls --bucket BUCKET' lists some, import it by hand with the id BUCKET"
        )),
      // A configuration under Fn::If may not exist: importing it could stop the plan.
      ImportCase(
        address: "aws_s3_bucket_versioning.site[0]", origin: "Site",
        resources: #"""
          {"Site": {"Type": "AWS::S3::Bucket", "Properties": {"VersioningConfiguration":
             {"Fn::If": ["Keep", {"Status": "Enabled"}, {"Ref": "AWS::NoValue"}]}}}}
          """#,
        parameters: #"{"Env": {"Type": "String"}}"#,
        conditions: #"{"Keep": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}}"#,
        physicalIds: ["Site": "web-site-4"], values: ["Env": "prod"],
        expected: .notImported(
          "not imported: it exists only when its Fn::If holds, which cfn2tf does not evaluate against the stack; if it holds, import it by hand with the id <bucket name>"
        )),
    ]
}

extension S3: ImportCaseProvider {
  static var importCases: [ImportCase] { ImportCase.s3 }
}
