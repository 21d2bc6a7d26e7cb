import CFNParser

extension IAM {
  /// `AWS::IAM::RolePolicy`, `AWS::IAM::UserPolicy` and `AWS::IAM::GroupPolicy`: one inline
  /// policy on one principal, named by its name (unlike `AWS::IAM::Policy`, which lists them);
  /// and `AWS::IAM::ServiceLinkedRole`.
  enum InlinePolicies: MappingFamily {
    /// The mappings of this family.
    static let mappings = [rolePolicy, userPolicy, groupPolicy, serviceLinkedRole]

    static let rolePolicy = inlinePolicy("AWS::IAM::RolePolicy", on: .role, named: "RoleName")
    static let userPolicy = inlinePolicy("AWS::IAM::UserPolicy", on: .user, named: "UserName")
    static let groupPolicy = inlinePolicy("AWS::IAM::GroupPolicy", on: .group, named: "GroupName")

    /// The inline policy of `principal`, whose name is property `nameProperty`. CloudFormation
    /// documents no `Ref` value and no attribute for these types. The import id is
    /// `PRINCIPAL:POLICY`, as `terraform import` takes it.
    static func inlinePolicy(
      _ type: String, on principal: IAMPrincipal, named nameProperty: String
    ) -> ResourceMapping {
      ResourceMapping(
        type, to: principal.policyType, ref: nil,
        properties: [
          .argument(nameProperty, principal.argument),
          .argument("PolicyName", "name"),
          .custom("PolicyDocument") { member, builder, parts in
            PolicyDocument.argument(member, "policy", &builder, &parts)
          },
        ],
        importID: .custom { context in
          guard let principalName = context.property(nameProperty),
            let policyName = context.property("PolicyName")
          else { return nil }
          return "\(principalName):\(policyName)"
        })
    }

    /// `AWS::IAM::ServiceLinkedRole`. `Ref` and `RoleName` are the role's name, which AWS makes
    /// from the service (and the custom suffix). The stack lists the role by its name; Terraform
    /// imports it by its ARN, under the path `/aws-service-role/SERVICE/`.
    static let serviceLinkedRole = ResourceMapping(
      "AWS::IAM::ServiceLinkedRole", to: "aws_iam_service_linked_role", ref: "name",
      attributes: ["RoleName": "name"],
      properties: [
        .argument("AWSServiceName", "aws_service_name"),
        .argument("CustomSuffix", "custom_suffix"),
        .argument("Description", "description"),
      ],
      importID: .custom(serviceLinkedRoleARN))

    /// `arn:PARTITION:iam::ACCOUNT:role/aws-service-role/SERVICE/ROLE`.
    @Sendable static func serviceLinkedRoleARN(_ context: ImportContext) -> String? {
      let range = context.resource.range
      guard let role = context.physicalId, !role.isEmpty,
        let service = context.property("AWSServiceName"),
        let partition = context.resolve(Expr(.pseudo(.partition), range: range)),
        let account = context.resolve(Expr(.pseudo(.accountId), range: range))
      else { return nil }
      return "arn:\(partition):iam::\(account):role/aws-service-role/\(service)/\(role)"
    }
  }
}
