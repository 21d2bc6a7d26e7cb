import Testing

@testable import TFEmitter

@Suite("GuardDuty mappings")
struct GuardDutyMappingTests {
  static let resources = """
    {"Detector": {"Type": "AWS::GuardDuty::Detector", "Properties": {"Enable": true,
       "FindingPublishingFrequency": "FIFTEEN_MINUTES",
       "DataSources": {"S3Logs": {"Enable": true},
         "Kubernetes": {"AuditLogs": {"Enable": false}},
         "MalwareProtection": {"ScanEc2InstanceWithFindings": {"EbsVolumes": true}}},
       "Features": [{"Name": "RUNTIME_MONITORING", "Status": "ENABLED",
         "AdditionalConfiguration": [{"Name": "EKS_ADDON_MANAGEMENT", "Status": "ENABLED"}]},
         {"Name": "LAMBDA_NETWORK_LOGS", "Status": "DISABLED"}],
       "Tags": [{"Key": "team", "Value": "sec"}]}},
     "Archive": {"Type": "AWS::GuardDuty::Filter", "Properties": {
       "DetectorId": {"Ref": "Detector"}, "Name": "low", "Description": "archive low severity",
       "FindingCriteria": {"Criterion": {"severity": {"Lt": 4},
         "type": {"Eq": ["Recon:EC2/PortProbeUnprotectedPort"]},
         "updatedAt": {"GreaterThanOrEqual": 1700000000000}}}}},
     "Ranked": {"Type": "AWS::GuardDuty::Filter", "Properties": {
       "DetectorId": {"Ref": "Detector"}, "Name": "prod", "Action": "ARCHIVE", "Rank": 5,
       "FindingCriteria": {"Criterion": {"resource.instanceDetails.tags.value": {
         "NotEquals": ["prod"]}}}, "Tags": [{"Key": "team", "Value": "sec"}]}},
     "Trusted": {"Type": "AWS::GuardDuty::IPSet", "Properties": {"Format": "TXT",
       "Location": "https://s3.amazonaws.com/lists/trusted.txt"}},
     "Threats": {"Type": "AWS::GuardDuty::ThreatIntelSet", "Properties": {
       "DetectorId": {"Ref": "Detector"}, "Name": "threats", "Format": "STIX",
       "Location": "https://s3.amazonaws.com/lists/threats.xml", "Activate": false,
       "ExpectedBucketOwner": "123456789012", "Tags": [{"Key": "team", "Value": "sec"}]}},
     "Member": {"Type": "AWS::GuardDuty::Member", "Properties": {
       "DetectorId": {"Ref": "Detector"}, "MemberId": "210987654321",
       "Email": "sec@example.com", "Status": "Invited", "Message": "join",
       "DisableEmailNotification": true}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Detector": {"Value": {"Ref": "Detector"}},
         "DetectorId": {"Value": {"Fn::GetAtt": ["Detector", "Id"]}},
         "Filter": {"Value": {"Ref": "Archive"}},
         "Trusted": {"Value": {"Fn::GetAtt": ["Trusted", "Id"]}},
         "Threats": {"Value": {"Fn::GetAtt": ["Threats", "Id"]}}}}
      """, fileName: "t.json")
  }

  @Test("a detector with its data sources; each feature a resource of its own")
  func detector() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_guardduty_detector.detector", in: conversion) == """
        # Detector (AWS::GuardDuty::Detector)
        resource "aws_guardduty_detector" "detector" {
          enable                       = true
          finding_publishing_frequency = "FIFTEEN_MINUTES"
          tags = {
            team = "sec"
          }

          datasources {
            s3_logs {
              enable = true
            }

            kubernetes {
              audit_logs {
                enable = false
              }
            }

            malware_protection {
              scan_ec2_instance_with_findings {
                ebs_volumes {
                  enable = true
                }
              }
            }
          }
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_guardduty_detector_feature.detector_runtime_monitoring", in: conversion) == """
          # Detector.Features[0] (AWS::GuardDuty::Detector)
          resource "aws_guardduty_detector_feature" "detector_runtime_monitoring" {
            detector_id = aws_guardduty_detector.detector.id
            name        = "RUNTIME_MONITORING"
            status      = "ENABLED"

            additional_configuration {
              name   = "EKS_ADDON_MANAGEMENT"
              status = "ENABLED"
            }
          }

          """)
    #expect(
      MappingProbe.block(
        "aws_guardduty_detector_feature.detector_lambda_network_logs", in: conversion) != nil)
    let ebs = MappingProbe.entry(
      "Detector.Properties.DataSources.MalwareProtection.ScanEc2InstanceWithFindings.EbsVolumes",
      in: conversion)
    #expect(
      ebs?.targetText
        == "aws_guardduty_detector.detector.datasources.malware_protection.scan_ec2_instance_with_findings.ebs_volumes.enable"
    )
  }

  @Test("filters: criteria as blocks, GuardDuty's action and the rank Terraform requires written")
  func filters() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_guardduty_filter.archive", in: conversion) == """
        # Archive (AWS::GuardDuty::Filter)
        resource "aws_guardduty_filter" "archive" {
          detector_id = aws_guardduty_detector.detector.id
          name        = "low"
          description = "archive low severity"
          # CloudFormation's default
          action = "NOOP"
          # cfn2tf: GuardDuty ranks a filter without one after those created before it
          rank = 1

          finding_criteria {
            criterion {
              field     = "severity"
              less_than = "4"
            }
            criterion {
              field  = "type"
              equals = ["Recon:EC2/PortProbeUnprotectedPort"]
            }
            criterion {
              field                 = "updatedAt"
              greater_than_or_equal = "1700000000000"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_guardduty_filter.ranked", in: conversion) == """
        # Ranked (AWS::GuardDuty::Filter)
        resource "aws_guardduty_filter" "ranked" {
          detector_id = aws_guardduty_detector.detector.id
          name        = "prod"
          action      = "ARCHIVE"
          rank        = 5
          tags = {
            team = "sec"
          }

          finding_criteria {
            criterion {
              field      = "resource.instanceDetails.tags.value"
              not_equals = ["prod"]
            }
          }
        }

        """)
    #expect(MappingProbe.entry("Archive.Properties.Rank", in: conversion)?.status == .approximated)
    #expect(MappingProbe.entry("Archive.Properties.Action", in: conversion)?.kind == .addition)
  }

  @Test("sets: the template's detector, a name and activation written where Terraform needs them")
  func sets() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_guardduty_ipset.trusted", in: conversion) == """
        # Trusted (AWS::GuardDuty::IPSet)
        resource "aws_guardduty_ipset" "trusted" {
          # cfn2tf: CloudFormation uses the account's detector, the template's
          detector_id = aws_guardduty_detector.detector.id
          # cfn2tf: 'Name' is not set: CloudFormation names the list itself; write the live name
          # into the template before adopting it, or Terraform renames it
          name     = "${var.stack_name}-Trusted"
          format   = "TXT"
          location = "https://s3.amazonaws.com/lists/trusted.txt"
          # cfn2tf: CloudFormation activates the list unless Activate says otherwise
          activate = true
        }

        """)
    #expect(
      MappingProbe.block("aws_guardduty_threatintelset.threats", in: conversion) == """
        # Threats (AWS::GuardDuty::ThreatIntelSet)
        # cfn2tf: 'ExpectedBucketOwner' is not converted: aws_guardduty_threatintelset (provider 5.100) has no expected bucket owner: GuardDuty reads the list without checking who owns its bucket
        resource "aws_guardduty_threatintelset" "threats" {
          detector_id = aws_guardduty_detector.detector.id
          name        = "threats"
          format      = "STIX"
          location    = "https://s3.amazonaws.com/lists/threats.xml"
          activate    = false
          tags = {
            team = "sec"
          }
        }

        """)
    #expect(
      MappingProbe.messages(conversion) == [
        "property 'ExpectedBucketOwner' of 'Threats' (AWS::GuardDuty::ThreatIntelSet) is not converted: aws_guardduty_threatintelset (provider 5.100) has no expected bucket owner: GuardDuty reads the list without checking who owns its bucket"
      ])
    #expect(MappingProbe.entry("Trusted.Properties.Name", in: conversion)?.status == .approximated)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_guardduty_detector.detector.id", "aws_guardduty_filter.archive.name",
      "basename(aws_guardduty_ipset.trusted.arn)",
      "basename(aws_guardduty_threatintelset.threats.arn)",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("members: Invited invites the account; other statuses and a missing detector reported")
  func members() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_guardduty_member.member", in: conversion) == """
        # Member (AWS::GuardDuty::Member)
        resource "aws_guardduty_member" "member" {
          detector_id                = aws_guardduty_detector.detector.id
          account_id                 = "210987654321"
          email                      = "sec@example.com"
          invite                     = true
          invitation_message         = "join"
          disable_email_notification = true
        }

        """)
    let gaps = MappingProbe.convert(
      resources: """
        {"Member": {"Type": "AWS::GuardDuty::Member", "Properties": {
           "MemberId": "210987654321", "Email": "sec@example.com", "Status": "Enabled"}},
         "Created": {"Type": "AWS::GuardDuty::Member", "Properties": {"DetectorId": "d1",
           "MemberId": "210987654321", "Email": "sec@example.com", "Status": "Created"}}}
        """)
    #expect(MappingProbe.entry("Member.Properties.Status", in: gaps)?.status == .unsupported)
    #expect(MappingProbe.entry("Member.Properties.DetectorId", in: gaps)?.status == .unsupported)
    #expect(MappingProbe.mainFile(gaps).contains("invite      = false"))
  }

  @Test(
    "detectors, features, filters, sets and members convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "guardduty")
    #expect(status == 0, "\(output)")
  }
}

extension GuardDuty: ImportCaseProvider {
  static let detectorId = "12abc34d567e8fa901bc2d34e56789f0"

  static func guardDuty(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: GuardDutyMappingTests.resources,
      physicalIds: [
        "Detector": detectorId, "Archive": "low", "Ranked": "prod",
        "Trusted": "0cb0141ab9fbde177613ab9436212e90|\(detectorId)",
        "Threats": "5ab0141ab9fbde177613ab9436212e91", "Member": "\(detectorId)|210987654321",
      ], expected: expected)
  }

  /// The detector by its id; filters, sets and members as `<detector id>:<name, id or account>`;
  /// features are created.
  static var importCases: [ImportCase] {
    [
      guardDuty("aws_guardduty_detector.detector", "Detector", .id(detectorId)),
      guardDuty(
        "aws_guardduty_detector_feature.detector_runtime_monitoring", "Detector",
        .notImported(
          "created: provider 5.100 cannot import aws_guardduty_detector_feature; applying it sets the feature as the template does, which changes nothing on an adopted detector"
        )),
      guardDuty("aws_guardduty_filter.archive", "Archive", .id("\(detectorId):low")),
      guardDuty(
        "aws_guardduty_ipset.trusted", "Trusted",
        .id("\(detectorId):0cb0141ab9fbde177613ab9436212e90")),
      guardDuty(
        "aws_guardduty_threatintelset.threats", "Threats",
        .id("\(detectorId):5ab0141ab9fbde177613ab9436212e91")),
      guardDuty("aws_guardduty_member.member", "Member", .id("\(detectorId):210987654321")),
    ]
  }
}
