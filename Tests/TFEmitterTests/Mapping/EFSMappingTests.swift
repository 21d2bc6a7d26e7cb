import Testing

@testable import TFEmitter

@Suite("EFS mappings")
struct EFSMappingTests {
  static let resources = """
    {"Files": {"Type": "AWS::EFS::FileSystem", "Properties": {"Encrypted": true,
       "PerformanceMode": "generalPurpose", "ThroughputMode": "elastic",
       "LifecyclePolicies": [{"TransitionToIA": "AFTER_30_DAYS"},
                             {"TransitionToPrimaryStorageClass": "AFTER_1_ACCESS"}],
       "BackupPolicy": {"Status": "ENABLED"},
       "FileSystemProtection": {"ReplicationOverwriteProtection": "ENABLED"},
       "FileSystemPolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Principal": {"AWS": "*"}, "Action": "elasticfilesystem:ClientMount"}]},
       "BypassPolicyLockoutSafetyCheck": false,
       "FileSystemTags": [{"Key": "Name", "Value": "shared"}]}},
     "Mount": {"Type": "AWS::EFS::MountTarget", "Properties": {"FileSystemId": {"Ref": "Files"},
       "SubnetId": "subnet-1", "SecurityGroups": ["sg-1"]}},
     "Point": {"Type": "AWS::EFS::AccessPoint", "Properties": {"FileSystemId": {"Ref": "Files"},
       "PosixUser": {"Uid": "1000", "Gid": "1000"},
       "RootDirectory": {"Path": "/app", "CreationInfo": {"OwnerUid": "1000", "OwnerGid": "1000",
         "Permissions": "0755"}},
       "AccessPointTags": [{"Key": "app", "Value": "x"}]}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Arn": {"Value": {"Fn::GetAtt": ["Files", "Arn"]}},
                   "Ip": {"Value": {"Fn::GetAtt": ["Mount", "IpAddress"]}},
                   "Point": {"Value": {"Ref": "Point"}}}}
      """, fileName: "t.json")
  }

  @Test("a file system with its policy and backup policy as resources of their own")
  func fileSystem() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_efs_file_system.files", in: conversion) == """
        # Files (AWS::EFS::FileSystem)
        resource "aws_efs_file_system" "files" {
          encrypted        = true
          performance_mode = "generalPurpose"
          throughput_mode  = "elastic"
          tags = {
            Name = "shared"
          }

          lifecycle_policy {
            transition_to_ia = "AFTER_30_DAYS"
          }
          lifecycle_policy {
            transition_to_primary_storage_class = "AFTER_1_ACCESS"
          }

          protection {
            replication_overwrite = "ENABLED"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_efs_backup_policy.files", in: conversion) == """
        # Files.BackupPolicy (AWS::EFS::FileSystem)
        resource "aws_efs_backup_policy" "files" {
          file_system_id = aws_efs_file_system.files.id

          backup_policy {
            status = "ENABLED"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_efs_file_system_policy.files", in: conversion) == """
        # Files.FileSystemPolicy (AWS::EFS::FileSystem)
        resource "aws_efs_file_system_policy" "files" {
          file_system_id = aws_efs_file_system.files.id
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect = "Allow"
                Principal = {
                  AWS = "*"
                }
                Action = "elasticfilesystem:ClientMount"
              },
            ]
          })
          bypass_policy_lockout_safety_check = false
        }

        """)
    let bypass = MappingProbe.entry(
      "Files.Properties.BypassPolicyLockoutSafetyCheck", in: conversion)
    #expect(
      bypass?.targetText == "aws_efs_file_system_policy.files.bypass_policy_lockout_safety_check")
  }

  @Test("mount targets and access points; Ref and GetAtt")
  func mountTargetAndAccessPoint() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_efs_mount_target.mount", in: conversion) == """
        # Mount (AWS::EFS::MountTarget)
        resource "aws_efs_mount_target" "mount" {
          file_system_id  = aws_efs_file_system.files.id
          subnet_id       = "subnet-1"
          security_groups = ["sg-1"]
        }

        """)
    #expect(
      MappingProbe.block("aws_efs_access_point.point", in: conversion) == """
        # Point (AWS::EFS::AccessPoint)
        resource "aws_efs_access_point" "point" {
          file_system_id = aws_efs_file_system.files.id
          tags = {
            app = "x"
          }

          posix_user {
            uid = 1000
            gid = 1000
          }

          root_directory {
            path = "/app"

            creation_info {
              owner_uid   = 1000
              owner_gid   = 1000
              permissions = "0755"
            }
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_efs_file_system.files.arn"))
    #expect(outputs.contains("value = aws_efs_mount_target.mount.ip_address"))
    #expect(outputs.contains("value = aws_efs_access_point.point.id"))
  }

  @Test("a lockout check without a policy is dropped, said in the ledger")
  func bypassWithoutPolicy() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Files": {"Type": "AWS::EFS::FileSystem",
          "Properties": {"BypassPolicyLockoutSafetyCheck": true}}}
        """)
    let entry = MappingProbe.entry(
      "Files.Properties.BypassPolicyLockoutSafetyCheck", in: conversion)
    #expect(entry?.status == .dropped)
  }

  @Test(
    "file systems, mount targets and access points convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "efs")
    #expect(status == 0, "\(output)")
  }
}

extension EFS: ImportCaseProvider {
  static let importIds = [
    "Files": "fs-0123456789abcdef0", "Mount": "fsmt-0123456789abcdef0",
    "Point": "fsap-0123456789abcdef0",
  ]

  static func efs(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: EFSMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Every type is imported by its id; the policies by the file system's.
  static var importCases: [ImportCase] {
    [
      efs("aws_efs_file_system.files", "Files", .id("fs-0123456789abcdef0")),
      efs("aws_efs_backup_policy.files", "Files", .id("fs-0123456789abcdef0")),
      efs("aws_efs_file_system_policy.files", "Files", .id("fs-0123456789abcdef0")),
      efs("aws_efs_mount_target.mount", "Mount", .id("fsmt-0123456789abcdef0")),
      efs("aws_efs_access_point.point", "Point", .id("fsap-0123456789abcdef0")),
    ]
  }
}
