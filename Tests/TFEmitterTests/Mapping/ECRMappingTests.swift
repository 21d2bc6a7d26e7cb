import Testing

@testable import TFEmitter

@Suite("ECR mappings")
struct ECRMappingTests {
  static let lifecycle =
    #"{\"rules\": [{\"rulePriority\": 1, \"selection\": {\"tagStatus\": \"untagged\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 14}, \"action\": {\"type\": \"expire\"}}]}"#

  static let resources = """
    {"Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Version": "2012-10-17",
       "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*",
         "Resource": "*"}]}}},
     "Repo": {"Type": "AWS::ECR::Repository", "Properties": {"RepositoryName": "web",
       "ImageTagMutability": "IMMUTABLE", "EmptyOnDelete": true,
       "EncryptionConfiguration": {"EncryptionType": "KMS", "KmsKey": {"Ref": "Key"}},
       "ImageScanningConfiguration": {"ScanOnPush": true},
       "LifecyclePolicy": {"LifecyclePolicyText": "\(lifecycle)", "RegistryId": "123456789012"},
       "RepositoryPolicyText": {"Version": "2012-10-17", "Statement": [{"Sid": "pull",
         "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
         "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}]},
       "Tags": [{"Key": "team", "Value": "web"}]}},
     "Unnamed": {"Type": "AWS::ECR::Repository", "Properties": {
       "ImageScanningConfiguration": {}}},
     "Registry": {"Type": "AWS::ECR::RegistryPolicy", "Properties": {"PolicyText": {
       "Version": "2012-10-17", "Statement": [{"Sid": "replicate", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
         "Action": ["ecr:CreateRepository", "ecr:ReplicateImage"],
         "Resource": "arn:aws:ecr:us-east-1:123456789012:repository/*"}]}}},
     "Replication": {"Type": "AWS::ECR::ReplicationConfiguration", "Properties": {
       "ReplicationConfiguration": {"Rules": [{
         "Destinations": [{"Region": "eu-west-1", "RegistryId": "123456789012"}],
         "RepositoryFilters": [{"Filter": "prod-", "FilterType": "PREFIX_MATCH"}]}]}}},
     "Cache": {"Type": "AWS::ECR::PullThroughCacheRule", "Properties": {
       "EcrRepositoryPrefix": "hub", "UpstreamRegistry": "docker-hub",
       "UpstreamRegistryUrl": "registry-1.docker.io",
       "CredentialArn":
         "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/hub-AbCdEf"}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Repo": {"Value": {"Ref": "Repo"}},
         "Uri": {"Value": {"Fn::GetAtt": ["Repo", "RepositoryUri"]}},
         "Arn": {"Value": {"Fn::GetAtt": ["Repo", "Arn"]}},
         "Registry": {"Value": {"Fn::GetAtt": ["Registry", "RegistryId"]}},
         "Replication": {"Value": {"Ref": "Replication"}},
         "Cache": {"Value": {"Ref": "Cache"}}}}
      """, fileName: "t.json")
  }

  @Test("a repository with its lifecycle and repository policies as resources of their own")
  func repository() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_ecr_repository.repo", in: conversion) == """
        # Repo (AWS::ECR::Repository)
        # cfn2tf: 'LifecyclePolicy.RegistryId' is dropped: aws_ecr_lifecycle_policy takes no registry: the policy applies to the repository, in its own registry
        resource "aws_ecr_repository" "repo" {
          name                 = "web"
          image_tag_mutability = "IMMUTABLE"
          force_delete         = true
          tags = {
            team = "web"
          }

          encryption_configuration {
            encryption_type = "KMS"
            kms_key         = aws_kms_key.key.arn
          }

          image_scanning_configuration {
            scan_on_push = true
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ecr_lifecycle_policy.repo", in: conversion) == """
        # Repo.LifecyclePolicy (AWS::ECR::Repository)
        resource "aws_ecr_lifecycle_policy" "repo" {
          repository = aws_ecr_repository.repo.name
          policy     = "\(Self.lifecycle)"
        }

        """)
    #expect(
      MappingProbe.block("aws_ecr_repository_policy.repo", in: conversion) == """
        # Repo.RepositoryPolicyText (AWS::ECR::Repository)
        resource "aws_ecr_repository_policy" "repo" {
          repository = aws_ecr_repository.repo.name
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Sid    = "pull"
                Effect = "Allow"
                Principal = {
                  AWS = "arn:aws:iam::210987654321:root"
                }
                Action = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
              },
            ]
          })
        }

        """)
    let registry = MappingProbe.entry(
      "Repo.Properties.LifecyclePolicy.RegistryId", in: conversion)
    #expect(registry?.status == .dropped)
    let key = MappingProbe.entry(
      "Repo.Properties.EncryptionConfiguration.KmsKey", in: conversion)
    #expect(key?.targetText == "aws_ecr_repository.repo.encryption_configuration.kms_key")
  }

  @Test("a repository without a name gets CloudFormation's, in lower case; scan on push false")
  func unnamed() {
    #expect(
      MappingProbe.block("aws_ecr_repository.unnamed", in: Self.convert()) == """
        # Unnamed (AWS::ECR::Repository)
        resource "aws_ecr_repository" "unnamed" {
          # cfn2tf: 'RepositoryName' is not set: CloudFormation names it <stack>-Unnamed-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name = lower(lookup(var.physical_names, "Unnamed", "${var.stack_name}-Unnamed"))

          image_scanning_configuration {
            # CloudFormation's default
            scan_on_push = false
          }
        }

        """)
  }

  @Test("the registry's policy and replication, pull through cache rules; Ref and GetAtt")
  func registry() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ecr_registry_policy.registry", in: conversion) == """
        # Registry (AWS::ECR::RegistryPolicy)
        resource "aws_ecr_registry_policy" "registry" {
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Sid    = "replicate"
                Effect = "Allow"
                Principal = {
                  AWS = "arn:aws:iam::210987654321:root"
                }
                Action   = ["ecr:CreateRepository", "ecr:ReplicateImage"]
                Resource = "arn:aws:ecr:us-east-1:123456789012:repository/*"
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_ecr_replication_configuration.replication", in: conversion) == """
        # Replication (AWS::ECR::ReplicationConfiguration)
        resource "aws_ecr_replication_configuration" "replication" {
          replication_configuration {
            rule {
              destination {
                region      = "eu-west-1"
                registry_id = "123456789012"
              }

              repository_filter {
                filter      = "prod-"
                filter_type = "PREFIX_MATCH"
              }
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ecr_pull_through_cache_rule.cache", in: conversion) == """
        # Cache (AWS::ECR::PullThroughCacheRule)
        # cfn2tf: 'UpstreamRegistry' is dropped: aws_ecr_pull_through_cache_rule (provider 5.100) takes the upstream registry's URL alone, from which ECR tells the registry
        resource "aws_ecr_pull_through_cache_rule" "cache" {
          ecr_repository_prefix = "hub"
          upstream_registry_url = "registry-1.docker.io"
          credential_arn        = "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/hub-AbCdEf"
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_ecr_repository.repo.name", "aws_ecr_repository.repo.repository_url",
      "aws_ecr_repository.repo.arn", "aws_ecr_registry_policy.registry.registry_id",
      "aws_ecr_replication_configuration.replication.registry_id",
      "aws_ecr_pull_through_cache_rule.cache.ecr_repository_prefix",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("tag mutability exclusions are reported: provider 5.100 has none")
  func exclusions() {
    let conversion = MappingProbe.convert(
      resources: """
        {"R": {"Type": "AWS::ECR::Repository", "Properties": {"RepositoryName": "r",
          "ImageTagMutability": "IMMUTABLE_WITH_EXCLUSION",
          "ImageTagMutabilityExclusionFilters": [{"ImageTagMutabilityExclusionFilterType":
            "WILDCARD", "ImageTagMutabilityExclusionFilterValue": "latest"}]}}}
        """)
    for property in ["ImageTagMutability", "ImageTagMutabilityExclusionFilters"] {
      #expect(
        MappingProbe.entry("R.Properties.\(property)", in: conversion)?.status == .unsupported)
    }
    #expect(!MappingProbe.mainFile(conversion).contains("image_tag_mutability ="))
  }

  @Test(
    "repositories, registry policies, replication and cache rules convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "ecr")
    #expect(status == 0, "\(output)")
  }
}

extension ECR: ImportCaseProvider {
  static func ecr(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: ECRMappingTests.resources,
      physicalIds: [
        "Key": "1234abcd-12ab-34cd-56ef-1234567890ab", "Repo": "web",
        "Unnamed": "web-unnamed-1a2b3c4d5e6f", "Registry": "123456789012",
        "Replication": "123456789012", "Cache": "hub",
      ], expected: expected)
  }

  /// Repositories and their policies by the repository name, the registry's policy and
  /// replication by the registry id, cache rules by their prefix.
  static var importCases: [ImportCase] {
    [
      ecr("aws_ecr_repository.repo", "Repo", .id("web")),
      ecr("aws_ecr_repository.unnamed", "Unnamed", .id("web-unnamed-1a2b3c4d5e6f")),
      ecr("aws_ecr_lifecycle_policy.repo", "Repo", .id("web")),
      ecr("aws_ecr_repository_policy.repo", "Repo", .id("web")),
      ecr("aws_ecr_registry_policy.registry", "Registry", .id("123456789012")),
      ecr("aws_ecr_replication_configuration.replication", "Replication", .id("123456789012")),
      ecr("aws_ecr_pull_through_cache_rule.cache", "Cache", .id("hub")),
    ]
  }
}
