import Testing

@testable import TFEmitter

@Suite("S3 mappings")
struct S3MappingTests {
  static let versioned = #"{"Versioned": {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]}}"#
  static let site = """
    {"Logs": {"Type": "AWS::S3::Bucket", "Properties": {"AccessControl": "LogDeliveryWrite",
       "OwnershipControls": {"Rules": [{"ObjectOwnership": "BucketOwnerPreferred"}]}}},
     "Site": {"Type": "AWS::S3::Bucket", "Properties": {
       "BucketName": "example-site", "Tags": [{"Key": "app", "Value": "site"}],
       "VersioningConfiguration": {"Fn::If": ["Versioned", {"Status": "Enabled"},
         {"Ref": "AWS::NoValue"}]},
       "BucketEncryption": {"ServerSideEncryptionConfiguration": [{"BucketKeyEnabled": true,
         "ServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "alias/site"}}]},
       "PublicAccessBlockConfiguration": {"BlockPublicAcls": false, "IgnorePublicAcls": false},
       "WebsiteConfiguration": {"IndexDocument": "index.html", "ErrorDocument": "error.html"},
       "CorsConfiguration": {"CorsRules": [
         {"AllowedMethods": ["GET"], "AllowedOrigins": ["*"], "MaxAge": "3000"}]},
       "LoggingConfiguration": {"DestinationBucketName": {"Ref": "Logs"}, "LogFilePrefix": "site/"},
       "LifecycleConfiguration": {"Rules": [
         {"Status": "Enabled", "TagFilters": [{"Key": "tmp", "Value": "yes"}],
          "ExpirationInDays": 7, "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}},
         {"Id": "big", "Status": "Enabled", "Prefix": "logs/", "ObjectSizeGreaterThan": "1048576",
          "Transitions": [{"StorageClass": "GLACIER", "TransitionInDays": 30}],
          "NoncurrentVersionExpirationInDays": 90},
         {"Id": "all", "Status": "Disabled", "ExpiredObjectDeleteMarker": true}]},
       "NotificationConfiguration": {"TopicConfigurations": [{"Event": "s3:ObjectCreated:*",
         "Topic": "arn:aws:sns:us-east-1:123456789012:t", "Filter": {"S3Key": {"Rules": [
           {"Name": "prefix", "Value": "in/"}, {"Name": "suffix", "Value": ".jpg"}]}}}]},
       "AccessControl": "PublicRead"}},
     "SitePolicy": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": {"Ref": "Site"},
       "PolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": "*",
         "Action": "s3:GetObject", "Resource": {"Fn::Sub": "${Site.Arn}/*"}}]}}}}
    """

  static func convert() -> Conversion {
    MappingProbe.convert(resources: site, conditions: versioned)
  }

  @Test("each configuration is a resource of its own; an Fn::If with AWS::NoValue gives it a count")
  func configurations() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_s3_bucket.site", in: conversion) == """
        # Site (AWS::S3::Bucket)
        resource "aws_s3_bucket" "site" {
          bucket = "example-site"
          tags = {
            app = "site"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_s3_bucket_versioning.site", in: conversion) == """
        # Site.VersioningConfiguration (AWS::S3::Bucket)
        resource "aws_s3_bucket_versioning" "site" {
          count = local.versioned ? 1 : 0

          bucket = aws_s3_bucket.site.id

          versioning_configuration {
            status = "Enabled"
          }
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_s3_bucket_server_side_encryption_configuration.site", in: conversion) == """
          # Site.BucketEncryption (AWS::S3::Bucket)
          resource "aws_s3_bucket_server_side_encryption_configuration" "site" {
            bucket = aws_s3_bucket.site.id

            rule {
              bucket_key_enabled = true

              apply_server_side_encryption_by_default {
                sse_algorithm     = "aws:kms"
                kms_master_key_id = "alias/site"
              }
            }
          }

          """)
    #expect(
      MappingProbe.block("aws_s3_bucket_logging.site", in: conversion) == """
        # Site.LoggingConfiguration (AWS::S3::Bucket)
        resource "aws_s3_bucket_logging" "site" {
          bucket        = aws_s3_bucket.site.id
          target_bucket = aws_s3_bucket.logs.id
          target_prefix = "site/"
        }

        """)
    #expect(
      MappingProbe.block("aws_s3_bucket_notification.site", in: conversion) == """
        # Site.NotificationConfiguration (AWS::S3::Bucket)
        resource "aws_s3_bucket_notification" "site" {
          bucket = aws_s3_bucket.site.id

          topic {
            topic_arn     = "arn:aws:sns:us-east-1:123456789012:t"
            events        = ["s3:ObjectCreated:*"]
            filter_prefix = "in/"
            filter_suffix = ".jpg"
          }
        }

        """)
    #expect(
      MappingProbe.entry("Site.Properties.VersioningConfiguration", in: conversion)?.targetText
        == "aws_s3_bucket_versioning.site")
  }

  @Test("a canned ACL gets the ownership controls that enable ACLs, and waits for them")
  func accessControl() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_s3_bucket_acl.site", in: conversion) == """
        # Site.AccessControl (AWS::S3::Bucket)
        resource "aws_s3_bucket_acl" "site" {
          depends_on = [aws_s3_bucket_ownership_controls.site, aws_s3_bucket_public_access_block.site]

          bucket = aws_s3_bucket.site.id
          acl    = "public-read"
        }

        """)
    #expect(
      MappingProbe.block("aws_s3_bucket_ownership_controls.site", in: conversion) == """
        # Site.AccessControl (AWS::S3::Bucket)
        # cfn2tf: ACLs are disabled on new buckets since April 2023; ObjectWriter (the earlier default) lets the ACL apply
        resource "aws_s3_bucket_ownership_controls" "site" {
          bucket = aws_s3_bucket.site.id

          rule {
            object_ownership = "ObjectWriter"
          }
        }

        """)
    // The template's own ownership controls are kept.
    #expect(
      MappingProbe.block("aws_s3_bucket_acl.logs", in: conversion)?.contains(
        "depends_on = [aws_s3_bucket_ownership_controls.logs]") == true)
    #expect(
      MappingProbe.entry("Site.Properties.AccessControl", in: conversion)?.note
        == "the canned ACL PublicRead became public-read; ownership controls ObjectWriter (the default before April 2023) enable ACLs"
    )
  }

  @Test("a public canned ACL without a public access block is flagged")
  func publicACLWarning() {
    let conversion = MappingProbe.convert(
      resources:
        #"{"B": {"Type": "AWS::S3::Bucket", "Properties": {"AccessControl": "PublicRead"}}}"#)
    #expect(
      MappingProbe.messages(conversion) == [
        "the canned ACL 'PublicRead' of 'B' is refused by the public access block new buckets have since April 2023"
      ])
  }

  @Test("bucket policy, Ref and GetAtt")
  func policyAndAttributes() {
    let conversion = Converter.convert(
      """
      {"Conditions": \(Self.versioned), "Resources": \(Self.site),
       "Outputs": {
         "Name": {"Value": {"Ref": "Site"}},
         "Domain": {"Value": {"Fn::GetAtt": ["Site", "RegionalDomainName"]}},
         "Web": {"Value": {"Fn::GetAtt": ["Site", "WebsiteURL"]}},
         "Dual": {"Value": {"Fn::GetAtt": ["Site", "DualStackDomainName"]}}}}
      """, fileName: "t.json")
    #expect(
      MappingProbe.block("aws_s3_bucket_policy.site_policy", in: conversion) == """
        # SitePolicy (AWS::S3::BucketPolicy)
        resource "aws_s3_bucket_policy" "site_policy" {
          bucket = aws_s3_bucket.site.id
          policy = jsonencode({
            Statement = [
              {
                Effect    = "Allow"
                Principal = "*"
                Action    = "s3:GetObject"
                Resource  = "${aws_s3_bucket.site.arn}/*"
              },
            ]
          })
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(
      outputs.contains(
        #"value = "${aws_s3_bucket.site.bucket}.s3.dualstack.${aws_s3_bucket.site.region}.amazonaws.com""#
      ))
    #expect(outputs.contains("value = aws_s3_bucket.site.bucket_regional_domain_name"))
    #expect(outputs.contains(#"value = "http://${aws_s3_bucket.site.website_endpoint}""#))
    #expect(outputs.contains("value = aws_s3_bucket.site.id"))
  }

  @Test("import ids: the bucket name for buckets and bucket policies")
  func importIDs() {
    #expect(
      MappingProbe.importID("Site", resources: Self.site, physicalId: "example-site")
        == "example-site")
    #expect(
      MappingProbe.importID(
        "SitePolicy", resources: Self.site, physicalId: "stack-SitePolicy-1",
        physicalIds: ["Site": "example-site"]) == "example-site")
  }

  @Test(
    "every S3 type converts to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let conversion = Self.convert()
    let (status, output) = try MappingProbe.validate(conversion, label: "s3")
    #expect(status == 0, "\(output)")
  }
}
