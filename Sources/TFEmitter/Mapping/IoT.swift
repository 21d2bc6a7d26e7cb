import CFNParser

/// `AWS::IoT::*`: things, thing types, policies and their attachments to principals, topic rules
/// (each action a block of its kind) and certificates (from a CSR, or a registered PEM that is
/// never written in the module).
package enum IoT: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    thing, thingType, policy, policyPrincipalAttachment, thingPrincipalAttachment, topicRule,
    certificate,
  ]

  /// `AWS::IoT::Thing`. `Ref` is its name, which Terraform imports; `Id` (the thing's id) has no
  /// Terraform counterpart.
  static let thing = ResourceMapping(
    "AWS::IoT::Thing", to: "aws_iot_thing", ref: "name", attributes: ["Arn": "arn"],
    properties: [
      .argument("ThingName", "name"),
      .custom(
        "AttributePayload", ExtraResources.flattened([.argument("Attributes", "attributes")])),
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("Id", "read-only: IoT sets the thing's id"),
    ],
    finish: { ExtraResources.requireName("name", unless: "ThingName", &$0) })

  /// `AWS::IoT::ThingType`. `Ref` is its name, which Terraform imports; `Id` (the type's id) has
  /// no Terraform counterpart.
  static let thingType = ResourceMapping(
    "AWS::IoT::ThingType", to: "aws_iot_thing_type", ref: "name", attributes: ["Arn": "arn"],
    properties: [
      .argument("ThingTypeName", "name"),
      .argument("DeprecateThingType", "deprecated"),
      PropertyRule(
        "ThingTypeProperties",
        .block(
          "properties",
          [
            .argument("ThingTypeDescription", "description"),
            .argument("SearchableAttributes", "searchable_attributes"),
            absent(
              "Mqtt5Configuration",
              "aws_iot_thing_type (provider 5.100) has no MQTT 5 propagating attributes: set them with 'aws iot update-thing-type --thing-type-properties'"
            ),
          ])),
      .tags,
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("Id", "read-only: IoT sets the type's id"),
    ],
    finish: { ExtraResources.requireName("name", unless: "ThingTypeName", &$0) })

  /// `AWS::IoT::Policy`. `Ref` and `Id` are its name, which Terraform imports.
  static let policy = ResourceMapping(
    "AWS::IoT::Policy", to: "aws_iot_policy", ref: "name",
    attributes: ["Arn": "arn", "Id": "name"],
    properties: [
      .argument("PolicyName", "name"),
      .custom("PolicyDocument") { member, builder, parts in
        PolicyDocument.argument(member, "policy", &builder, &parts)
      },
      .tags,
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("Id", "read-only: the policy's name, which Ref returns"),
    ],
    finish: { ExtraResources.requireName("name", unless: "PolicyName", &$0) })

  /// Why an attachment is created rather than imported.
  static let attachmentImport =
    "created: provider 5.100 cannot import it, and attaching again what is attached changes nothing"

  /// `AWS::IoT::PolicyPrincipalAttachment`. Its `Ref` and `Id` have no Terraform counterpart.
  static let policyPrincipalAttachment = ResourceMapping(
    "AWS::IoT::PolicyPrincipalAttachment", to: "aws_iot_policy_attachment", ref: nil,
    properties: [
      .argument("PolicyName", "policy"),
      .argument("Principal", "target"),
      .drop("Id", "read-only: an id CloudFormation makes"),
    ],
    importID: .notImportable(attachmentImport))

  /// `AWS::IoT::ThingPrincipalAttachment`. Its `Ref` and `Id` have no Terraform counterpart.
  static let thingPrincipalAttachment = ResourceMapping(
    "AWS::IoT::ThingPrincipalAttachment", to: "aws_iot_thing_principal_attachment", ref: nil,
    properties: [
      .argument("ThingName", "thing"),
      .argument("Principal", "principal"),
      .custom("ThingPrincipalType") { member, builder, _ in
        if member.value.stringValue == "NON_EXCLUSIVE_THING" {
          builder.dropped(member, reason: "NON_EXCLUSIVE_THING is what IoT does without it")
        } else {
          builder.unsupported(
            member,
            reason:
              "aws_iot_thing_principal_attachment (provider 5.100) attaches non-exclusively: attach with 'aws iot attach-thing-principal --thing-principal-type EXCLUSIVE_THING'"
          )
        }
      },
      .drop("Id", "read-only: an id CloudFormation makes"),
    ],
    importID: .notImportable(attachmentImport))

  /// `AWS::IoT::Certificate`. `Ref` and `Id` are its id. It is made from a CSR, or registers a
  /// PEM, which the module never holds: a PEM written in the template becomes a sensitive
  /// variable. `Status` `ACTIVE`/`INACTIVE` becomes `active`.
  static let certificate = ResourceMapping(
    "AWS::IoT::Certificate", to: "aws_iot_certificate", ref: "id",
    attributes: ["Arn": "arn", "Id": "id"],
    properties: [
      .argument("CertificateSigningRequest", "csr"),
      .custom(
        "CertificatePem",
        SecretArgument.rule(
          "certificate_pem", .init("certificate PEM", variable: "certificate_pem"))
      ),
      .custom(
        "CACertificatePem",
        SecretArgument.rule("ca_pem", .init("CA certificate PEM", variable: "ca_pem"))),
      .custom("Status", certificateStatus),
      .drop(
        "CertificateMode",
        "Terraform registers a certificate with its CA (DEFAULT) when ca_pem is set and without one (SNI_ONLY) otherwise, as the template's CACertificatePem says"
      ),
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("Id", "read-only: Ref returns it"),
    ],
    importID: .notImportable(
      "not imported: provider 5.100 cannot import an IoT certificate; applying makes a new certificate (from the same CSR): attach it where the live one is attached, then deactivate and delete the live one"
    ))

  /// `Status`: `ACTIVE` → `active = true`, `INACTIVE` → `false`; the transfer and revocation
  /// states have no Terraform counterpart.
  @Sendable static func certificateStatus(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "active"
    builder.translator.begin()
    let value: HCLExpression
    switch member.value.stringValue {
    case "ACTIVE", "INACTIVE":
      value = .bool(member.value.stringValue == "ACTIVE")
      builder.translator.transformed("\(member.value.stringValue ?? "") became active = \(value)")
    case .some(let status):
      builder.unsupported(
        member,
        reason:
          "aws_iot_certificate (provider 5.100) is active or not: set \(status) with 'aws iot update-certificate'"
      )
      parts.argument("active", .bool(false), comments: ["cfn2tf: \(status) is not ACTIVE"])
      return
    case nil:
      let status = builder.translator.translate(member.value, as: .string)
      value = .binary(status, "==", .string("ACTIVE"))
      builder.translator.transformed("the status became active = (status == \"ACTIVE\")")
    }
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
    parts.argument("active", value)
  }

  /// A property provider 5.100 has no counterpart for, though it changes what is deployed: a
  /// warning, a comment and the ledger entry say so.
  static func absent(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in builder.unsupported(member, reason: reason) }
  }
}
