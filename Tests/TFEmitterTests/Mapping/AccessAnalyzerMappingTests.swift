import Testing

@testable import TFEmitter

@Suite("Access Analyzer mappings")
struct AccessAnalyzerMappingTests {
  static let resources = """
    {"Analyzer": {"Type": "AWS::AccessAnalyzer::Analyzer", "Properties": {
       "Type": "ACCOUNT_UNUSED_ACCESS",
       "AnalyzerConfiguration": {"UnusedAccessConfiguration": {"UnusedAccessAge": 90,
         "AnalysisRule": {"Exclusions": [{"AccountIds": ["123456789012"]},
           {"ResourceTags": [[{"Key": "env", "Value": "dev"}],
             [{"Key": "team", "Value": "x"}, {"Key": "keep", "Value": "yes"}]]}]}}},
       "ArchiveRules": [{"RuleName": "trusted-accounts",
         "Filter": [{"Property": "principal.AWS", "Eq": ["210987654321"]},
           {"Property": "isPublic", "Exists": true}]}],
       "Tags": [{"Key": "team", "Value": "sec"}]}},
     "Named": {"Type": "AWS::AccessAnalyzer::Analyzer", "Properties": {
       "AnalyzerName": "org", "Type": "ORGANIZATION",
       "ArchiveRules": [{"RuleName": "internal",
         "Filter": [{"Property": "resourceType", "Neq": ["AWS::S3::Bucket"],
           "Contains": ["AWS::"]}]}]}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Analyzer": {"Value": {"Ref": "Analyzer"}},
         "Arn": {"Value": {"Fn::GetAtt": ["Named", "Arn"]}}}}
      """, fileName: "t.json")
  }

  @Test("an analyzer with its unused access configuration; archive rules of their own")
  func analyzer() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_accessanalyzer_analyzer.analyzer", in: conversion) == """
        # Analyzer (AWS::AccessAnalyzer::Analyzer)
        resource "aws_accessanalyzer_analyzer" "analyzer" {
          # cfn2tf: 'AnalyzerName' is not set: CloudFormation names it <stack>-Analyzer-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          analyzer_name = replace(lookup(var.physical_names, "Analyzer", "${var.stack_name}-Analyzer"), "/^arn:.*//", "")
          type          = "ACCOUNT_UNUSED_ACCESS"
          tags = {
            team = "sec"
          }

          configuration {
            unused_access {
              unused_access_age = 90

              analysis_rule {
                exclusion {
                  account_ids = ["123456789012"]
                }
                exclusion {
                  resource_tags = [
                    {
                      env = "dev"
                    },
                    {
                      team = "x"
                      keep = "yes"
                    },
                  ]
                }
              }
            }
          }
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_accessanalyzer_archive_rule.analyzer_trusted_accounts", in: conversion) == """
          # Analyzer.ArchiveRules[0] (AWS::AccessAnalyzer::Analyzer)
          resource "aws_accessanalyzer_archive_rule" "analyzer_trusted_accounts" {
            analyzer_name = aws_accessanalyzer_analyzer.analyzer.analyzer_name
            rule_name     = "trusted-accounts"

            filter {
              criteria = "principal.AWS"
              eq       = ["210987654321"]
            }
            filter {
              criteria = "isPublic"
              exists   = "true"
            }
          }

          """)
    #expect(
      MappingProbe.block("aws_accessanalyzer_archive_rule.named_internal", in: conversion) == """
        # Named.ArchiveRules[0] (AWS::AccessAnalyzer::Analyzer)
        resource "aws_accessanalyzer_archive_rule" "named_internal" {
          analyzer_name = aws_accessanalyzer_analyzer.named.analyzer_name
          rule_name     = "internal"

          filter {
            criteria = "resourceType"
            contains = ["AWS::"]
            neq      = ["AWS::S3::Bucket"]
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_accessanalyzer_analyzer.analyzer.arn\n"))
    #expect(outputs.contains("value = aws_accessanalyzer_analyzer.named.arn\n"))
    let filter = MappingProbe.entry(
      "Analyzer.Properties.ArchiveRules[0].Filter[1].Exists", in: conversion)
    #expect(
      filter?.targetText
        == "aws_accessanalyzer_archive_rule.analyzer_trusted_accounts.filter.exists")
  }

  @Test("internal access analysis, which provider 5.100 lacks, is reported")
  func internalAccess() {
    let conversion = MappingProbe.convert(
      resources: """
        {"A": {"Type": "AWS::AccessAnalyzer::Analyzer", "Properties": {
          "Type": "ACCOUNT_INTERNAL_ACCESS", "AnalyzerConfiguration": {
            "InternalAccessConfiguration": {"InternalAccessAnalysisRule": {"Inclusions": []}}}}}}
        """)
    let entry = MappingProbe.entry(
      "A.Properties.AnalyzerConfiguration.InternalAccessConfiguration", in: conversion)
    #expect(entry?.status == .unsupported)
  }

  @Test(
    "analyzers and archive rules convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "accessanalyzer")
    #expect(status == 0, "\(output)")
  }
}

extension AccessAnalyzer: ImportCaseProvider {
  static func accessAnalyzer(
    _ address: String, _ origin: String, _ expected: ImportCase.Expectation
  ) -> ImportCase {
    ImportCase(
      address: address, origin: origin, resources: AccessAnalyzerMappingTests.resources,
      physicalIds: [
        "Analyzer": "arn:aws:access-analyzer:us-east-1:123456789012:analyzer/web-Analyzer-1A2B",
        "Named": "arn:aws:access-analyzer:us-east-1:123456789012:analyzer/org",
      ], expected: expected)
  }

  /// Analyzers by their name (the last part of the ARN the stack lists), archive rules as
  /// `<analyzer name>/<rule name>`.
  static var importCases: [ImportCase] {
    [
      accessAnalyzer(
        "aws_accessanalyzer_analyzer.analyzer", "Analyzer", .id("web-Analyzer-1A2B")),
      accessAnalyzer("aws_accessanalyzer_analyzer.named", "Named", .id("org")),
      accessAnalyzer(
        "aws_accessanalyzer_archive_rule.analyzer_trusted_accounts", "Analyzer",
        .id("web-Analyzer-1A2B/trusted-accounts")),
      accessAnalyzer(
        "aws_accessanalyzer_archive_rule.named_internal", "Named", .id("org/internal")),
    ]
  }
}
