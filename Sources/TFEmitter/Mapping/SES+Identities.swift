import CFNParser

extension SES {
  /// `AWS::SES::EmailIdentity`. `Ref` is the identity (a domain or an address), which Terraform
  /// imports. The DKIM record names and values CloudFormation returns are made from the Easy DKIM
  /// tokens Terraform reads: `<token>._domainkey.<domain>` and `<token>.dkim.amazonses.com`.
  static let emailIdentity = ResourceMapping(
    "AWS::SES::EmailIdentity", to: "aws_sesv2_email_identity", ref: "email_identity",
    attributes: dkimAttributes,
    properties: [
      .argument("EmailIdentity", "email_identity"),
      .custom(
        "ConfigurationSetAttributes",
        ExtraResources.flattened([.argument("ConfigurationSetName", "configuration_set_name")])),
      PropertyRule(
        "DkimSigningAttributes",
        .block(
          "dkim_signing_attributes",
          [
            .custom(
              "DomainSigningPrivateKey",
              SecretArgument.rule(
                "domain_signing_private_key",
                .init("DKIM signing private key", variable: "dkim_private_key"),
                in: "dkim_signing_attributes")),
            .argument("DomainSigningSelector", "domain_signing_selector"),
            .argument("NextSigningKeyLength", "next_signing_key_length"),
          ])),
      .custom("DkimAttributes", dkimSigning),
      .custom(
        "FeedbackAttributes",
        ExtraResources.separate(
          "aws_sesv2_email_identity_feedback_attributes", link: identityLink,
          format: "<email identity>",
          [.argument("EmailForwardingEnabled", "email_forwarding_enabled")])),
      .custom(
        "MailFromAttributes",
        ExtraResources.separate(
          "aws_sesv2_email_identity_mail_from_attributes", link: identityLink,
          format: "<email identity>",
          [
            .argument("BehaviorOnMxFailure", "behavior_on_mx_failure"),
            .argument("MailFromDomain", "mail_from_domain"),
          ])),
      .tags,
    ] + dkimAttributes.keys.sorted().map { .drop($0, "read-only: GetAtt \($0) returns it") })

  /// The DKIM records of the identity's three Easy DKIM tokens.
  static let dkimAttributes: [String: String] = {
    var attributes: [String: String] = [:]
    for index in 0..<3 {
      let token = "${dkim_signing_attributes[0].tokens[\(index)]}"
      attributes["DkimDNSTokenName\(index + 1)"] = "\(token)._domainkey.${email_identity}"
      attributes["DkimDNSTokenValue\(index + 1)"] = "\(token).dkim.amazonses.com"
    }
    return attributes
  }()

  /// The feedback and MAIL FROM attributes name the identity.
  static let identityLink = ExtraResources.Link(
    argument: "email_identity", attribute: "email_identity")

  /// `DkimAttributes.SigningEnabled`: signing is on unless it is turned off, which provider 5.100
  /// cannot do.
  @Sendable static func dkimSigning(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object = member.value.kind else {
      builder.report(member, .computedSpread)
      return
    }
    let enabled = field("SigningEnabled", of: member.value)
    if enabled == nil || enabled?.scalarText == "true" {
      builder.dropped(member, reason: "SES signs with DKIM by default, as CloudFormation asks")
    } else {
      builder.unsupported(
        member,
        reason:
          "aws_sesv2_email_identity (provider 5.100) cannot turn DKIM signing off: run 'aws sesv2 put-email-identity-dkim-attributes --no-signing-enabled'"
      )
    }
  }

  /// `AWS::SES::Template`. `Ref` and `Id` are the template's name, which Terraform imports.
  static let template = ResourceMapping(
    "AWS::SES::Template", to: "aws_ses_template", ref: "name", attributes: ["Id": "name"],
    properties: [
      .custom(
        "Template",
        ExtraResources.flattened([
          .argument("TemplateName", "name"),
          .argument("SubjectPart", "subject"),
          .argument("HtmlPart", "html"),
          .argument("TextPart", "text"),
        ])),
      .drop(
        "Tags",
        "aws_ses_template (provider 5.100) has no tags: tag the template with 'aws sesv2 tag-resource' if you need them"
      ),
      .drop("Id", "read-only: the template's name, which Ref returns"),
    ],
    finish: { builder in
      guard field("TemplateName", of: builder.resource.property("Template")?.value) == nil
      else { return }
      ExtraResources.requireName("name", unless: "Template.TemplateName", &builder)
    })

  /// `AWS::SES::ContactList`. `Ref` is its name, which Terraform imports.
  static let contactList = ResourceMapping(
    "AWS::SES::ContactList", to: "aws_sesv2_contact_list", ref: "contact_list_name",
    properties: [
      .argument("ContactListName", "contact_list_name"),
      .argument("Description", "description"),
      PropertyRule(
        "Topics",
        .blocks(
          "topic",
          [
            .argument("TopicName", "topic_name"),
            .argument("DisplayName", "display_name"),
            .argument("Description", "description"),
            .argument("DefaultSubscriptionStatus", "default_subscription_status"),
          ])),
      .tags,
    ],
    finish: { ExtraResources.requireName("contact_list_name", unless: "ContactListName", &$0) })
}
