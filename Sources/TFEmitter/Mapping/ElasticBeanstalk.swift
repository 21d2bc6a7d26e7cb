import CFNParser

/// `AWS::ElasticBeanstalk::*`: applications (their version lifecycle), application versions,
/// configuration templates and environments (option settings as `setting` blocks).
package enum ElasticBeanstalk: MappingFamily {
  /// The mappings of this family.
  static let mappings = [application, applicationVersion, configurationTemplate, environment]

  /// `OptionSettings` elements, as `setting` blocks.
  static let settings = PropertyRule(
    "OptionSettings",
    .blocks(
      "setting",
      [
        .argument("Namespace", "namespace"),
        .argument("OptionName", "name"),
        .argument("ResourceName", "resource"),
        .argument("Value", "value"),
      ]))

  /// `AWS::ElasticBeanstalk::Application`. `Ref` is its name, by which Terraform imports it. An
  /// unnamed application gets CloudFormation's name through `var.physical_names`.
  static let application = ResourceMapping(
    "AWS::ElasticBeanstalk::Application", to: "aws_elastic_beanstalk_application", ref: "name",
    properties: [
      .argument("ApplicationName", "name"),
      .argument("Description", "description"),
      .custom("ResourceLifecycleConfig", lifecycle),
    ],
    finish: { builder in
      ExtraResources.requireName("name", unless: "ApplicationName", &builder)
    })

  /// `AWS::ElasticBeanstalk::ApplicationVersion`. `Ref` is its label. Terraform cannot import
  /// a version, and creating one under the live label fails, so the label is a new one,
  /// `"${var.stack_name}-LogicalId"`: an environment that names the version deploys the same
  /// source bundle again under it.
  static let applicationVersion = ResourceMapping(
    "AWS::ElasticBeanstalk::ApplicationVersion", to: "aws_elastic_beanstalk_application_version",
    ref: "name", attributes: ["Id": "name"],
    properties: [
      .argument("ApplicationName", "application"),
      .argument("Description", "description"),
      .custom(
        "SourceBundle",
        ExtraResources.flattened([.argument("S3Bucket", "bucket"), .argument("S3Key", "key")])),
      .drop("Id", "read-only: the version label, which Ref returns"),
    ],
    importID: .notImportable(
      "created under a new label: the Terraform AWS provider cannot import aws_elastic_beanstalk_application_version, and the live label is taken; an environment that names the version deploys the same source bundle again"
    ),
    finish: { builder in
      newName("name", for: "label", property: "Id", &builder)
    })

  /// `AWS::ElasticBeanstalk::ConfigurationTemplate`. `Ref` and `TemplateName` are its name.
  /// Terraform cannot import a template, and creating one under the live name fails, so the name
  /// is a new one, `"${var.stack_name}-LogicalId"`.
  static let configurationTemplate = ResourceMapping(
    "AWS::ElasticBeanstalk::ConfigurationTemplate",
    to: "aws_elastic_beanstalk_configuration_template", ref: "name",
    attributes: ["TemplateName": "name"],
    properties: [
      .argument("ApplicationName", "application"),
      .argument("Description", "description"),
      .argument("SolutionStackName", "solution_stack_name"),
      .argument("EnvironmentId", "environment_id"),
      settings,
      .custom("PlatformArn") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_elastic_beanstalk_configuration_template (provider 5.100) has no platform ARN: name the platform's solution stack in SolutionStackName"
        )
      },
      .custom("SourceConfiguration") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_elastic_beanstalk_configuration_template (provider 5.100) cannot copy another template: write its settings into OptionSettings"
        )
      },
      .drop("TemplateName", "read-only: the template's name, which Ref returns"),
    ],
    importID: .notImportable(
      "created under a new name: the Terraform AWS provider cannot import aws_elastic_beanstalk_configuration_template, and the live name is taken; an environment that names the template applies the same settings again"
    ),
    finish: { builder in
      newName("name", for: "name", property: "TemplateName", &builder)
    })

  /// `AWS::ElasticBeanstalk::Environment`. `Ref` is its name, `EndpointURL` its endpoint.
  /// Terraform imports it by its environment id (`e-…`), which the stack does not list.
  static let environment = ResourceMapping(
    "AWS::ElasticBeanstalk::Environment", to: "aws_elastic_beanstalk_environment", ref: "name",
    attributes: ["EndpointURL": "endpoint_url"],
    properties: [
      .argument("EnvironmentName", "name"),
      .argument("ApplicationName", "application"),
      .argument("Description", "description"),
      .argument("CNAMEPrefix", "cname_prefix"),
      .custom(
        "Tier",
        ExtraResources.flattened([
          .argument("Name", "tier"),
          .drop(
            "Type",
            "Elastic Beanstalk gives each tier its one type (WebServer: Standard, Worker: SQS/HTTP); Terraform's tier names it"
          ),
          .drop(
            "Version",
            "Elastic Beanstalk uses the tier's current version; Terraform has no argument for it"),
        ])),
      .argument("SolutionStackName", "solution_stack_name"),
      .argument("PlatformArn", "platform_arn"),
      .argument("TemplateName", "template_name"),
      .argument("VersionLabel", "version_label"),
      .tags,
      settings,
      .custom("OperationsRole") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_elastic_beanstalk_environment (provider 5.100) has no operations role: set it with 'aws elasticbeanstalk associate-environment-operations-role'"
        )
      },
      .drop("EndpointURL", "read-only: GetAtt EndpointURL returns it"),
    ],
    importID: .notImportable(
      "not imported: Terraform imports an environment by its id (e-…), which the stack does not list; find it with 'aws elasticbeanstalk describe-environments --environment-names <name>' and import it by hand, as creating it again fails while the name is taken"
    ),
    finish: { builder in
      ExtraResources.requireName("name", unless: "EnvironmentName", &builder)
    })

  /// The name Terraform requires of a resource it cannot import and CloudFormation named: a new
  /// one, `"${var.stack_name}-LogicalId"`, as the live one is taken.
  /// The ledger entry is at `property`, the read-only property that holds it.
  static func newName(
    _ argument: String, for what: String, property: String, _ builder: inout ResourceBuilder
  ) {
    let name = HCLExpression.template([
      .interpolation(builder.translator.stackName()), .literal("-\(builder.logicalId)"),
    ])
    builder.primary.content.arguments.items.insert(
      contentsOf: [
        .comment([
          "cfn2tf: CloudFormation generated its \(what) (<stack>-\(builder.logicalId)-<suffix>); that one is",
          "taken, and Terraform cannot import this resource, so it gets a new one",
        ]),
        .attribute(HCLAttribute(argument, name)),
      ], at: 0)
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / property),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / argument,
        status: .approximated,
        note:
          "CloudFormation generates the \(what); Terraform requires one and cannot import the live resource, so a new one is written",
        targetValue: HCLPrinter.printExpression(name)))
  }
}
