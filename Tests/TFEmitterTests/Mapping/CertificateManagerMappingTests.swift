import Testing

@testable import TFEmitter

@Suite("CertificateManager mappings")
struct CertificateManagerMappingTests {
  static let parameters = #"{"Zone": {"Type": "AWS::Route53::HostedZone::Id"}}"#

  static let resources = """
    {"Site": {"Type": "AWS::CertificateManager::Certificate", "Properties": {
       "DomainName": "example.com",
       "SubjectAlternativeNames": ["*.example.com", "api.example.org"],
       "ValidationMethod": "DNS", "KeyAlgorithm": "EC_prime256v1",
       "CertificateTransparencyLoggingPreference": "ENABLED",
       "DomainValidationOptions": [
         {"DomainName": "example.com", "HostedZoneId": {"Ref": "Zone"}},
         {"DomainName": "*.example.com", "HostedZoneId": {"Ref": "Zone"}},
         {"DomainName": "api.example.org", "HostedZoneId": "Z0987654321"}],
       "Tags": [{"Key": "app", "Value": "site"}]}},
     "Mail": {"Type": "AWS::CertificateManager::Certificate", "Properties": {
       "DomainName": "mail.example.com",
       "DomainValidationOptions": [{"DomainName": "mail.example.com",
         "ValidationDomain": "example.com", "HostedZoneId": "Z0987654321"}]}},
     "Private": {"Type": "AWS::CertificateManager::Certificate", "Properties": {
       "DomainName": "internal.example.com",
       "CertificateAuthorityArn":
         "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/abc"}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Site": {"Value": {"Ref": "Site"}},
                   "Id": {"Value": {"Fn::GetAtt": ["Site", "Id"]}}}}
      """, fileName: "t.json")
  }

  @Test("DNS validation: the records in the zones the template names, and the wait for issuance")
  func dnsValidation() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_acm_certificate.site", in: conversion) == """
        # Site (AWS::CertificateManager::Certificate)
        resource "aws_acm_certificate" "site" {
          domain_name               = "example.com"
          subject_alternative_names = ["*.example.com", "api.example.org"]
          validation_method         = "DNS"
          key_algorithm             = "EC_prime256v1"
          tags = {
            app = "site"
          }

          options {
            certificate_transparency_logging_preference = "ENABLED"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_route53_record.site_validation", in: conversion) == """
        # Site.DomainValidationOptions (AWS::CertificateManager::Certificate)
        resource "aws_route53_record" "site_validation" {
          for_each = { for option in aws_acm_certificate.site.domain_validation_options : option.domain_name => option }

          zone_id = {
            "example.com"     = var.zone
            "*.example.com"   = var.zone
            "api.example.org" = "Z0987654321"
          }[each.key]
          name            = each.value.resource_record_name
          type            = each.value.resource_record_type
          records         = [each.value.resource_record_value]
          ttl             = 60
          allow_overwrite = true
        }

        """)
    #expect(
      MappingProbe.block("aws_acm_certificate_validation.site", in: conversion) == """
        # Site (AWS::CertificateManager::Certificate): CloudFormation waits until the certificate is issued
        resource "aws_acm_certificate_validation" "site" {
          certificate_arn         = aws_acm_certificate.site.arn
          validation_record_fqdns = [for record in aws_route53_record.site_validation : record.fqdn]
        }

        """)
    let zone = MappingProbe.entry(
      "Site.Properties.DomainValidationOptions[2].HostedZoneId", in: conversion)
    #expect(zone?.targetText == "aws_route53_record.site_validation.zone_id")
    #expect(MappingProbe.entry("Site.Issuance", in: conversion)?.kind == .addition)
  }

  @Test("email validation by default: validation options as blocks, a zone is dropped")
  func emailValidation() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_acm_certificate.mail", in: conversion) == """
        # Mail (AWS::CertificateManager::Certificate)
        # cfn2tf: 'DomainValidationOptions[0].HostedZoneId' is dropped: CloudFormation writes validation records only for DNS validation
        resource "aws_acm_certificate" "mail" {
          domain_name = "mail.example.com"
          # CloudFormation's default
          validation_method = "EMAIL"

          validation_option {
            domain_name       = "mail.example.com"
            validation_domain = "example.com"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_acm_certificate_validation.mail", in: conversion)?.contains(
        "certificate_arn = aws_acm_certificate.mail.arn\n}") == true)
    #expect(!MappingProbe.mainFile(conversion).contains("aws_route53_record\" \"mail"))
  }

  @Test("a private certificate is issued at once: no validation method, no wait")
  func privateCertificate() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_acm_certificate.private", in: conversion) == """
        # Private (AWS::CertificateManager::Certificate)
        resource "aws_acm_certificate" "private" {
          domain_name               = "internal.example.com"
          certificate_authority_arn = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/abc"
        }

        """)
    #expect(MappingProbe.block("aws_acm_certificate_validation.private", in: conversion) == nil)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_acm_certificate.site.arn\n"))
  }

  static let partial = """
    {"Cert": {"Type": "AWS::CertificateManager::Certificate", "Condition": "Make",
      "Properties": {"DomainName": "example.com", "SubjectAlternativeNames": ["www.example.net"],
        "ValidationMethod": "DNS",
        "DomainValidationOptions": [{"DomainName": "example.com", "HostedZoneId": "Z1"}]}}}
    """

  static func convertPartial() -> Conversion {
    MappingProbe.convert(
      resources: partial, parameters: #"{"Env": {"Type": "String"}}"#,
      conditions: #"{"Make": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}}"#)
  }

  @Test("a conditional certificate with a domain of no zone: records only where there is one")
  func partialZones() {
    let conversion = Self.convertPartial()
    let block = MappingProbe.block("aws_route53_record.cert_validation", in: conversion) ?? ""
    #expect(
      block.contains(
        "for option in flatten(aws_acm_certificate.cert[*].domain_validation_options) : option.domain_name => option if contains("
      ))
    #expect(
      MappingProbe.block("aws_acm_certificate_validation.cert", in: conversion)?.contains(
        "count = local.make ? 1 : 0") == true)
  }

  @Test(
    "certificates convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "acm")
    #expect(status == 0, "\(output)")
    let (partial, detail) = try MappingProbe.validate(Self.convertPartial(), label: "acm-partial")
    #expect(partial == 0, "\(detail)")
  }
}

extension CertificateManager: ImportCaseProvider {
  static let siteArn =
    "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"

  static func acm(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: CertificateManagerMappingTests.resources,
      parameters: CertificateManagerMappingTests.parameters,
      physicalIds: [
        "Site": siteArn,
        "Mail": "arn:aws:acm:us-east-1:123456789012:certificate/abcd",
        "Private": "arn:aws:acm:us-east-1:123456789012:certificate/ef01",
      ], values: ["Zone": "Z0123456789"], expected: expected)
  }

  /// Certificates by ARN; the validation records and the wait are created again.
  static var importCases: [ImportCase] {
    [
      acm("aws_acm_certificate.site", "Site", .id(siteArn)),
      acm(
        "aws_route53_record.site_validation", "Site",
        .notImported(
          "created: the stack does not list the validation records CloudFormation wrote; allow_overwrite lets Terraform take them over"
        )),
      acm(
        "aws_acm_certificate_validation.site", "Site",
        .notImported(
          "created: provider 5.100 cannot import aws_acm_certificate_validation; creating it waits for the certificate, which is issued already"
        )),
    ]
  }
}
