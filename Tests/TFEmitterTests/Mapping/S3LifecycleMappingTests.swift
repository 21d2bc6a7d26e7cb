import Testing

@testable import TFEmitter

@Suite("S3 lifecycle and per-configuration mappings")
struct S3LifecycleMappingTests {
  @Test("lifecycle rules: filters, expirations and ids Terraform requires")
  func lifecycle() {
    #expect(
      MappingProbe.block("aws_s3_bucket_lifecycle_configuration.site", in: S3MappingTests.convert())
        == """
        # Site.LifecycleConfiguration (AWS::S3::Bucket)
        resource "aws_s3_bucket_lifecycle_configuration" "site" {
          bucket = aws_s3_bucket.site.id

          rule {
            id     = "rule-1"
            status = "Enabled"

            filter {
              tag {
                key   = "tmp"
                value = "yes"
              }
            }

            expiration {
              days = 7
            }

            abort_incomplete_multipart_upload {
              days_after_initiation = 1
            }
          }
          rule {
            id     = "big"
            status = "Enabled"

            filter {
              and {
                prefix                   = "logs/"
                object_size_greater_than = 1048576
              }
            }

            noncurrent_version_expiration {
              noncurrent_days = 90
            }

            transition {
              days          = 30
              storage_class = "GLACIER"
            }
          }
          rule {
            id     = "all"
            status = "Disabled"

            filter {}

            expiration {
              expired_object_delete_marker = true
            }
          }
        }

        """)
  }

  @Test("metrics and intelligent-tiering configurations are one resource each, with a filter")
  func perConfigurationResources() {
    let conversion = MappingProbe.convert(
      resources: """
        {"B": {"Type": "AWS::S3::Bucket", "Properties": {
          "MetricsConfigurations": [{"Id": "all"},
            {"Id": "logs", "Prefix": "logs/", "TagFilters": [{"Key": "a", "Value": "b"}]}],
          "IntelligentTieringConfigurations": [{"Id": "archive", "Status": "Enabled",
            "Prefix": "old/", "Tierings": [{"AccessTier": "ARCHIVE_ACCESS", "Days": 90}]}]}}}
        """)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_s3_bucket_metric.b_2", in: conversion) == """
        # B.MetricsConfigurations[1] (AWS::S3::Bucket)
        resource "aws_s3_bucket_metric" "b_2" {
          bucket = aws_s3_bucket.b.id
          name   = "logs"

          filter {
            prefix = "logs/"
            tags = {
              a = "b"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_s3_bucket_intelligent_tiering_configuration.b_1", in: conversion)
        == """
        # B.IntelligentTieringConfigurations[0] (AWS::S3::Bucket)
        resource "aws_s3_bucket_intelligent_tiering_configuration" "b_1" {
          bucket = aws_s3_bucket.b.id
          name   = "archive"
          status = "Enabled"

          filter {
            prefix = "old/"
          }

          tiering {
            access_tier = "ARCHIVE_ACCESS"
            days        = 90
          }
        }

        """)
    #expect(MappingProbe.block("aws_s3_bucket_metric.b_1", in: conversion) != nil)
  }
}
