import CFNParser

/// `AWS::IAM::*`: roles, instance profiles, users, groups, access keys and policies.
package enum IAM: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    role, instanceProfile, policy, managedPolicy, user, group, accessKey, userToGroupAddition,
  ]

  static let role = ResourceMapping(
    "AWS::IAM::Role", to: "aws_iam_role", ref: "name",
    attributes: ["Arn": "arn", "RoleId": "unique_id"],
    properties: [
      .argument("RoleName", "name"),
      .argument("Path", "path"),
      .argument("Description", "description"),
      .custom("AssumeRolePolicyDocument") { member, builder, parts in
        PolicyDocument.argument(member, "assume_role_policy", &builder, &parts)
      },
      .argument("MaxSessionDuration", "max_session_duration"),
      .argument("PermissionsBoundary", "permissions_boundary"),
      .tags,
      .custom("ManagedPolicyArns", managedPolicyArns(of: .role)),
      .custom("Policies", inlinePolicies(of: .role)),
    ])

  static let instanceProfile = ResourceMapping(
    "AWS::IAM::InstanceProfile", to: "aws_iam_instance_profile", ref: "name",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("InstanceProfileName", "name"),
      .argument("Path", "path"),
      .custom("Roles", profileRole),
    ])

  /// `Roles`: an instance profile holds one role (IAM allows no more).
  @Sendable static func profileRole(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "role"
    guard let elements = ExtraResources.elements(member.value, builder.translator) else {
      builder.translator.begin()
      let list = builder.translator.translate(member.value, as: .list(.string))
      let value = HCLExpression.index(list, .number("0"))
      builder.translator.transformed("the one role of the list became role")
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: value)
      parts.argument("role", value)
      return
    }
    guard elements.count == 1, elements[0].condition == nil else {
      builder.unsupported(member, reason: "an instance profile holds exactly one role")
      return
    }
    builder.translator.begin()
    let value = builder.translator.translate(elements[0].value, as: .string)
    builder.translator.transformed("the list of one role became role")
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
    parts.argument("role", value, comments: builder.approximationComment)
  }

  static let accessKey = ResourceMapping(
    "AWS::IAM::AccessKey", to: "aws_iam_access_key", ref: "id",
    attributes: ["SecretAccessKey": "secret"],
    properties: [
      .argument("UserName", "user"),
      .argument("Status", "status"),
      .drop(
        "Serial",
        "Terraform has no rotation serial: rotate the key with 'terraform apply -replace' on this resource"
      ),
    ],
    importID: .physicalId)
}

/// What an IAM policy is attached to: a role, a user or a group.
enum IAMPrincipal: Sendable {
  case role
  case user
  case group

  /// `Roles`, `Users` or `Groups`.
  var property: String {
    switch self {
    case .role: "Roles"
    case .user: "Users"
    case .group: "Groups"
    }
  }

  /// The argument naming the principal: `role`, `user` or `group`.
  var argument: String {
    switch self {
    case .role: "role"
    case .user: "user"
    case .group: "group"
    }
  }

  /// The inline policy type, such as `aws_iam_role_policy`.
  var policyType: String { "aws_iam_\(argument)_policy" }

  /// The managed policy attachment type, such as `aws_iam_role_policy_attachment`.
  var attachmentType: String { "aws_iam_\(argument)_policy_attachment" }
}
