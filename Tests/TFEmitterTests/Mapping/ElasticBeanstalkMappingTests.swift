import Testing

@testable import TFEmitter

@Suite("ElasticBeanstalk mappings")
struct ElasticBeanstalkMappingTests {
  static let resources = """
    {
     "App": {"Type": "AWS::ElasticBeanstalk::Application", "Properties": {
       "ApplicationName": "shop", "Description": "the shop",
       "ResourceLifecycleConfig": {"ServiceRole": "arn:aws:iam::123456789012:role/eb-service",
         "VersionLifecycleConfig": {
           "MaxCountRule": {"Enabled": true, "MaxCount": 50, "DeleteSourceFromS3": true},
           "MaxAgeRule": {"Enabled": false, "MaxAgeInDays": 180}}}}},
     "Version": {"Type": "AWS::ElasticBeanstalk::ApplicationVersion", "Properties": {
       "ApplicationName": {"Ref": "App"}, "Description": "release 1",
       "SourceBundle": {"S3Bucket": "shop-releases", "S3Key": "shop-1.zip"}}},
     "Config": {"Type": "AWS::ElasticBeanstalk::ConfigurationTemplate", "Properties": {
       "ApplicationName": {"Ref": "App"},
       "SolutionStackName": "64bit Amazon Linux 2023 v6.1.0 running Node.js 20",
       "OptionSettings": [
         {"Namespace": "aws:autoscaling:asg", "OptionName": "MinSize", "Value": "2"},
         {"Namespace": "aws:elasticbeanstalk:environment", "OptionName": "EnvironmentType",
          "Value": "LoadBalanced"}]}},
     "Env": {"Type": "AWS::ElasticBeanstalk::Environment", "Properties": {
       "ApplicationName": {"Ref": "App"}, "EnvironmentName": "shop-prod",
       "CNAMEPrefix": "shop", "TemplateName": {"Ref": "Config"},
       "VersionLabel": {"Ref": "Version"},
       "Tier": {"Name": "WebServer", "Type": "Standard"},
       "OptionSettings": [{"Namespace": "aws:elasticbeanstalk:application:environment",
         "OptionName": "NODE_ENV", "Value": "production"},
         {"Namespace": "aws:autoscaling:launchconfiguration", "OptionName": "IamInstanceProfile",
          "Value": "eb-ec2"}],
       "Tags": [{"Key": "team", "Value": "shop"}]}},
     "Worker": {"Type": "AWS::ElasticBeanstalk::Environment", "Properties": {
       "ApplicationName": {"Ref": "App"},
       "PlatformArn":
         "arn:aws:elasticbeanstalk:us-east-1::platform/Python 3.11 running on 64bit Amazon Linux 2023/4.0.0",
       "Tier": {"Name": "Worker", "Type": "SQS/HTTP", "Version": "1.0"}}}
    }
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Url": {"Value": {"Fn::GetAtt": ["Env", "EndpointURL"]}},
         "Env": {"Value": {"Ref": "Env"}}, "App": {"Value": {"Ref": "App"}},
         "Version": {"Value": {"Ref": "Version"}},
         "Config": {"Value": {"Fn::GetAtt": ["Config", "TemplateName"]}}}}
      """, fileName: "t.json")
  }

  @Test("applications (the enabled lifecycle rule), versions and templates under new names")
  func applications() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_elastic_beanstalk_application.app", in: conversion) == """
        # App (AWS::ElasticBeanstalk::Application)
        # cfn2tf: 'ResourceLifecycleConfig.VersionLifecycleConfig.MaxAgeRule' is dropped: the rule is not enabled: it deletes nothing
        resource "aws_elastic_beanstalk_application" "app" {
          name        = "shop"
          description = "the shop"

          appversion_lifecycle {
            service_role          = "arn:aws:iam::123456789012:role/eb-service"
            max_count             = 50
            delete_source_from_s3 = true
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_elastic_beanstalk_application_version.version", in: conversion) == """
        # Version (AWS::ElasticBeanstalk::ApplicationVersion)
        resource "aws_elastic_beanstalk_application_version" "version" {
          # cfn2tf: CloudFormation generated its label (<stack>-Version-<suffix>); that one is
          # taken, and Terraform cannot import this resource, so it gets a new one
          name        = "${var.stack_name}-Version"
          application = aws_elastic_beanstalk_application.app.name
          description = "release 1"
          bucket      = "shop-releases"
          key         = "shop-1.zip"
        }

        """)
    #expect(
      MappingProbe.block("aws_elastic_beanstalk_configuration_template.config", in: conversion)
        == """
        # Config (AWS::ElasticBeanstalk::ConfigurationTemplate)
        resource "aws_elastic_beanstalk_configuration_template" "config" {
          # cfn2tf: CloudFormation generated its name (<stack>-Config-<suffix>); that one is
          # taken, and Terraform cannot import this resource, so it gets a new one
          name                = "${var.stack_name}-Config"
          application         = aws_elastic_beanstalk_application.app.name
          solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

          setting {
            namespace = "aws:autoscaling:asg"
            name      = "MinSize"
            value     = "2"
          }
          setting {
            namespace = "aws:elasticbeanstalk:environment"
            name      = "EnvironmentType"
            value     = "LoadBalanced"
          }
        }

        """)

    let age = MappingProbe.entry(
      "App.Properties.ResourceLifecycleConfig.VersionLifecycleConfig.MaxAgeRule", in: conversion)
    #expect(age?.status == .dropped)
    let label = MappingProbe.entry("Version.Properties.Id", in: conversion)
    #expect(label?.status == .approximated)
    #expect(label?.targetText == "aws_elastic_beanstalk_application_version.version.name")
  }

  @Test("environments: the tier by its name, option settings as setting blocks")
  func environments() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_elastic_beanstalk_environment.env", in: conversion) == """
        # Env (AWS::ElasticBeanstalk::Environment)
        # cfn2tf: 'Tier.Type' is dropped: Elastic Beanstalk gives each tier its one type (WebServer: Standard, Worker: SQS/HTTP); Terraform's tier names it
        resource "aws_elastic_beanstalk_environment" "env" {
          name          = "shop-prod"
          application   = aws_elastic_beanstalk_application.app.name
          cname_prefix  = "shop"
          tier          = "WebServer"
          template_name = aws_elastic_beanstalk_configuration_template.config.name
          version_label = aws_elastic_beanstalk_application_version.version.name
          tags = {
            team = "shop"
          }

          setting {
            namespace = "aws:elasticbeanstalk:application:environment"
            name      = "NODE_ENV"
            value     = "production"
          }
          setting {
            namespace = "aws:autoscaling:launchconfiguration"
            name      = "IamInstanceProfile"
            value     = "eb-ec2"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_elastic_beanstalk_environment.worker", in: conversion) == """
        # Worker (AWS::ElasticBeanstalk::Environment)
        # cfn2tf: 'Tier.Type' is dropped: Elastic Beanstalk gives each tier its one type (WebServer: Standard, Worker: SQS/HTTP); Terraform's tier names it
        # cfn2tf: 'Tier.Version' is dropped: Elastic Beanstalk uses the tier's current version; Terraform has no argument for it
        resource "aws_elastic_beanstalk_environment" "worker" {
          # cfn2tf: 'EnvironmentName' is not set: CloudFormation names it <stack>-Worker-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name         = lookup(var.physical_names, "Worker", "${var.stack_name}-Worker")
          application  = aws_elastic_beanstalk_application.app.name
          tier         = "Worker"
          platform_arn = "arn:aws:elasticbeanstalk:us-east-1::platform/Python 3.11 running on 64bit Amazon Linux 2023/4.0.0"
        }

        """)

    #expect(
      MappingProbe.entry("Worker.Properties.Tier.Version", in: conversion)?.status == .dropped)
  }

  @Test("Ref and GetAtt")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_elastic_beanstalk_environment.env.endpoint_url",
      "aws_elastic_beanstalk_environment.env.name", "aws_elastic_beanstalk_application.app.name",
      "aws_elastic_beanstalk_application_version.version.name",
      "aws_elastic_beanstalk_configuration_template.config.name",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("a lifecycle with two enabled rules keeps the count rule; one without a role is reported")
  func lifecycleRules() {
    let conversion = MappingProbe.convert(
      resources: """
        {"A": {"Type": "AWS::ElasticBeanstalk::Application", "Properties": {
          "ResourceLifecycleConfig": {"ServiceRole": "arn:aws:iam::123456789012:role/eb",
            "VersionLifecycleConfig": {"MaxAgeRule": {"Enabled": true, "MaxAgeInDays": 90},
              "MaxCountRule": {"Enabled": true, "MaxCount": 20}}}}},
         "B": {"Type": "AWS::ElasticBeanstalk::Application", "Properties": {
          "ResourceLifecycleConfig": {"VersionLifecycleConfig": {
            "MaxAgeRule": {"Enabled": true, "MaxAgeInDays": 90}}}}},
         "C": {"Type": "AWS::ElasticBeanstalk::Application", "Properties": {
          "ResourceLifecycleConfig": {"ServiceRole": "arn:aws:iam::123456789012:role/eb",
            "VersionLifecycleConfig": {"MaxAgeRule": {"Enabled": false}}}}}}
        """)
    let main = MappingProbe.mainFile(conversion)
    #expect(main.contains("max_count    = 20"))
    #expect(!main.contains("max_age_in_days"))
    let rules = "ResourceLifecycleConfig.VersionLifecycleConfig"
    #expect(
      MappingProbe.entry("A.Properties.\(rules).MaxAgeRule", in: conversion)?.status
        == .unsupported)
    #expect(
      MappingProbe.entry("B.Properties.ResourceLifecycleConfig", in: conversion)?.status
        == .unsupported)
    #expect(
      MappingProbe.entry("C.Properties.ResourceLifecycleConfig", in: conversion)?.status
        == .dropped)
    #expect(main.components(separatedBy: "appversion_lifecycle {").count == 2)
  }

  @Test("what provider 5.100 lacks is reported")
  func unsupported() {
    let conversion = MappingProbe.convert(
      resources: """
        {"T": {"Type": "AWS::ElasticBeanstalk::ConfigurationTemplate", "Properties": {
          "ApplicationName": "a", "PlatformArn": "arn:aws:elasticbeanstalk:us-east-1::platform/x",
          "SourceConfiguration": {"ApplicationName": "a", "TemplateName": "base"}}},
         "E": {"Type": "AWS::ElasticBeanstalk::Environment", "Properties": {
          "ApplicationName": "a", "SolutionStackName": "s",
          "OperationsRole": "arn:aws:iam::123456789012:role/ops"}}}
        """)
    for path in [
      "T.Properties.PlatformArn", "T.Properties.SourceConfiguration", "E.Properties.OperationsRole",
    ] {
      #expect(MappingProbe.entry(path, in: conversion)?.status == .unsupported, "\(path)")
    }
  }

  @Test(
    "applications, versions, templates and environments convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "elasticbeanstalk")
    #expect(status == 0, "\(output)")
  }
}

extension ElasticBeanstalk: ImportCaseProvider {
  static func beanstalk(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: ElasticBeanstalkMappingTests.resources,
      physicalIds: [
        "App": "shop", "Version": "web-version-1a2b3c4d", "Config": "web-config-1a2b3c4d",
        "Env": "shop-prod", "Worker": "web-Worker-1A2B3C4D",
      ], expected: expected)
  }

  /// Applications by name; versions and templates are created under new names, environments
  /// imported by hand (Terraform takes their e-… id).
  static var importCases: [ImportCase] {
    let version = applicationVersion.importID
    let template = configurationTemplate.importID
    let env = environment.importID
    guard case .notImportable(let versionOutcome) = version,
      case .notImportable(let templateOutcome) = template,
      case .notImportable(let envOutcome) = env
    else { return [] }
    return [
      beanstalk("aws_elastic_beanstalk_application.app", "App", .id("shop")),
      beanstalk(
        "aws_elastic_beanstalk_application_version.version", "Version",
        .notImported(versionOutcome)),
      beanstalk(
        "aws_elastic_beanstalk_configuration_template.config", "Config",
        .notImported(templateOutcome)),
      beanstalk("aws_elastic_beanstalk_environment.env", "Env", .notImported(envOutcome)),
    ]
  }
}
