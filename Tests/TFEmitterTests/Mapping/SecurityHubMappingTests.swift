import Testing

@testable import TFEmitter

@Suite("Security Hub mappings")
struct SecurityHubMappingTests {
  static let controlArn =
    "arn:aws:securityhub:us-east-1:123456789012:control/aws-foundational-security-best-practices/v/1.0.0/EC2.1"

  static let resources = """
    {"Hub": {"Type": "AWS::SecurityHub::Hub", "Properties": {"EnableDefaultStandards": false,
       "AutoEnableControls": true, "ControlFindingGenerator": "SECURITY_CONTROL"}},
     "Foundational": {"Type": "AWS::SecurityHub::Standard", "Properties": {
       "StandardsArn":
         "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0",
       "DisabledStandardsControls": [{"StandardsControlArn": "\(controlArn)",
         "Reason": "no public snapshots here"}]}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Hub": {"Value": {"Ref": "Hub"}},
         "HubArn": {"Value": {"Fn::GetAtt": ["Hub", "ARN"]}},
         "Standard": {"Value": {"Ref": "Foundational"}},
         "Subscription": {"Value": {"Fn::GetAtt": ["Foundational", "StandardsSubscriptionArn"]}}}}
      """, fileName: "t.json")
  }

  @Test("the hub, a standard after it, and its disabled controls as resources of their own")
  func hubAndStandard() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_securityhub_account.hub", in: conversion) == """
        # Hub (AWS::SecurityHub::Hub)
        resource "aws_securityhub_account" "hub" {
          enable_default_standards  = false
          auto_enable_controls      = true
          control_finding_generator = "SECURITY_CONTROL"
        }

        """)
    #expect(
      MappingProbe.block("aws_securityhub_standards_subscription.foundational", in: conversion)
        == """
        # Foundational (AWS::SecurityHub::Standard)
        resource "aws_securityhub_standards_subscription" "foundational" {
          # Security Hub refuses a standard before the hub is enabled
          depends_on = [aws_securityhub_account.hub]

          standards_arn = "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0"
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_securityhub_standards_control.foundational_ec2_1", in: conversion) == """
          # Foundational.DisabledStandardsControls[0] (AWS::SecurityHub::Standard)
          resource "aws_securityhub_standards_control" "foundational_ec2_1" {
            depends_on = [aws_securityhub_standards_subscription.foundational]

            standards_control_arn = "\(Self.controlArn)"
            disabled_reason       = "no public snapshots here"
            control_status        = "DISABLED"
          }

          """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_securityhub_account.hub.arn\n"))
    #expect(outputs.contains("value = aws_securityhub_standards_subscription.foundational.id\n"))
  }

  @Test("tags of the hub are reported; a standard the template orders keeps its order")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Hub": {"Type": "AWS::SecurityHub::Hub", "Properties": {"Tags": {"team": "sec"}}},
         "Other": {"Type": "AWS::SecurityHub::Hub"},
         "Standard": {"Type": "AWS::SecurityHub::Standard", "DependsOn": "Hub",
           "Properties": {"StandardsArn": "arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0"}}}
        """)
    #expect(MappingProbe.entry("Hub.Properties.Tags", in: conversion)?.status == .unsupported)
    #expect(
      MappingProbe.block("aws_securityhub_standards_subscription.standard", in: conversion)?
        .contains("depends_on = [aws_securityhub_account.hub]\n") == true)
  }

  @Test(
    "hubs, standards and controls convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "securityhub")
    #expect(status == 0, "\(output)")
  }
}

extension SecurityHub: ImportCaseProvider {
  static let subscription =
    "arn:aws:securityhub:us-east-1:123456789012:subscription/aws-foundational-security-best-practices/v/1.0.0"

  static func securityHub(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: SecurityHubMappingTests.resources,
      physicalIds: [
        "Hub": "arn:aws:securityhub:us-east-1:123456789012:hub/default",
        "Foundational": subscription,
      ], expected: expected)
  }

  /// The hub by the account id, a standard by its subscription ARN; disabled controls are
  /// created.
  static var importCases: [ImportCase] {
    [
      securityHub("aws_securityhub_account.hub", "Hub", .id("123456789012")),
      securityHub(
        "aws_securityhub_standards_subscription.foundational", "Foundational", .id(subscription)
      ),
      securityHub(
        "aws_securityhub_standards_control.foundational_ec2_1", "Foundational",
        .notImported(
          "created: provider 5.100 cannot import aws_securityhub_standards_control; applying it disables the control as the template does, which changes nothing on an adopted account"
        )),
    ]
  }
}
