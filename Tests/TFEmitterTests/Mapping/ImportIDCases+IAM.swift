@testable import TFEmitter

/// IAM: principals by name, managed policies by ARN, inline policies as `PRINCIPAL:POLICY`,
/// attachments as `PRINCIPAL/POLICY_ARN`, group memberships as `USER/GROUP…`.
extension ImportCase {
  static let principals = #"""
    {"Role": {"Type": "AWS::IAM::Role", "Properties": {
       "AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow",
         "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
       "ManagedPolicyArns": [{"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess"}],
       "Policies": [{"PolicyName": "logs", "PolicyDocument": {"Statement": [{"Effect": "Allow",
         "Action": "logs:*", "Resource": "*"}]}}]}},
     "Profile": {"Type": "AWS::IAM::InstanceProfile", "Properties": {"Roles": [{"Ref": "Role"}]}},
     "Admins": {"Type": "AWS::IAM::Group", "Properties": {
       "ManagedPolicyArns": ["arn:aws:iam::aws:policy/AdministratorAccess"],
       "Policies": [{"PolicyName": "deny-billing", "PolicyDocument": {"Statement": [
         {"Effect": "Deny", "Action": "aws-portal:*", "Resource": "*"}]}}]}},
     "Readers": {"Type": "AWS::IAM::Group"},
     "Alice": {"Type": "AWS::IAM::User", "Properties": {
       "Groups": [{"Ref": "Admins"}, {"Ref": "Readers"}],
       "LoginProfile": {"Password": "not-a-secret", "PasswordResetRequired": true},
       "Policies": [{"PolicyName": "own-keys", "PolicyDocument": {"Statement": [
         {"Effect": "Allow", "Action": "iam:*AccessKey*", "Resource": "*"}]}}]}},
     "Bob": {"Type": "AWS::IAM::User"},
     "Key": {"Type": "AWS::IAM::AccessKey", "Properties": {"UserName": {"Ref": "Alice"}}},
     "Shared": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {
       "Users": [{"Ref": "Bob"}], "Roles": [{"Ref": "Role"}],
       "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "s3:List*", "Resource": "*"}]}}},
     "Inline": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "cw",
       "Roles": [{"Ref": "Role"}], "Users": [{"Ref": "Bob"}],
       "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "cloudwatch:*", "Resource": "*"}]}}},
     "Join": {"Type": "AWS::IAM::UserToGroupAddition", "Properties": {
       "GroupName": {"Ref": "Readers"}, "Users": [{"Ref": "Alice"}, {"Ref": "Bob"}]}}}
    """#

  static let principalIds = [
    "Role": "web-Role-1ABC", "Profile": "web-Profile-2DEF", "Admins": "web-Admins-3GHI",
    "Readers": "web-Readers-4JKL", "Alice": "web-Alice-5MNO", "Bob": "web-Bob-6PQR",
    "Key": "AKIAIOSFODNN7EXAMPLE",
    "Shared": "arn:aws:iam::123456789012:policy/web-Shared-7STU", "Inline": "web-Inli-8VWX",
    "Join": "web-Join-9YZA",
  ]

  static func principal(_ address: String, _ origin: String, _ id: String) -> ImportCase {
    ImportCase(
      address: address, origin: origin, resources: principals, physicalIds: principalIds,
      expected: .id(id))
  }

  static let iam: [ImportCase] = [
    principal("aws_iam_role.role", "Role", "web-Role-1ABC"),
    principal("aws_iam_role_policy.role_logs", "Role", "web-Role-1ABC:logs"),
    principal(
      "aws_iam_role_policy_attachment.role_1", "Role",
      "web-Role-1ABC/arn:aws:iam::aws:policy/ReadOnlyAccess"),
    principal("aws_iam_instance_profile.profile", "Profile", "web-Profile-2DEF"),
    principal("aws_iam_group.admins", "Admins", "web-Admins-3GHI"),
    principal("aws_iam_group_policy.admins_deny_billing", "Admins", "web-Admins-3GHI:deny-billing"),
    principal(
      "aws_iam_group_policy_attachment.admins_administrator_access", "Admins",
      "web-Admins-3GHI/arn:aws:iam::aws:policy/AdministratorAccess"),
    principal("aws_iam_user.alice", "Alice", "web-Alice-5MNO"),
    principal("aws_iam_user_policy.alice_own_keys", "Alice", "web-Alice-5MNO:own-keys"),
    principal("aws_iam_user_login_profile.alice", "Alice", "web-Alice-5MNO"),
    principal(
      "aws_iam_user_group_membership.alice_groups", "Alice",
      "web-Alice-5MNO/web-Admins-3GHI/web-Readers-4JKL"),
    principal("aws_iam_access_key.key", "Key", "AKIAIOSFODNN7EXAMPLE"),
    principal(
      "aws_iam_policy.shared", "Shared", "arn:aws:iam::123456789012:policy/web-Shared-7STU"),
    principal(
      "aws_iam_user_policy_attachment.shared_bob", "Shared",
      "web-Bob-6PQR/arn:aws:iam::123456789012:policy/web-Shared-7STU"),
    principal(
      "aws_iam_role_policy_attachment.shared_role", "Shared",
      "web-Role-1ABC/arn:aws:iam::123456789012:policy/web-Shared-7STU"),
    // AWS::IAM::Policy: one inline policy per principal, the first the primary resource.
    principal("aws_iam_role_policy.inline", "Inline", "web-Role-1ABC:cw"),
    principal("aws_iam_user_policy.inline_bob", "Inline", "web-Bob-6PQR:cw"),
    principal("aws_iam_user_group_membership.join", "Join", "web-Alice-5MNO/web-Readers-4JKL"),
    principal("aws_iam_user_group_membership.join_bob", "Join", "web-Bob-6PQR/web-Readers-4JKL"),
    // A computed list of policies becomes one attachment with for_each.
    ImportCase(
      address: "aws_iam_role_policy_attachment.role_managed_policy_arns", origin: "Role",
      resources: #"""
        {"Role": {"Type": "AWS::IAM::Role", "Properties": {"ManagedPolicyArns": {"Ref": "Arns"},
           "AssumeRolePolicyDocument": {"Statement": []}}}}
        """#,
      parameters: #"{"Arns": {"Type": "CommaDelimitedList"}}"#,
      physicalIds: ["Role": "web-Role-1"], values: ["Arns": "arn:aws:iam::aws:policy/A"],
      expected: .notImported(
        "created for each element of a list the template computes, which an import block here cannot name; import each by hand with the id <role name>/<policy ARN> (attaching an attached policy again changes nothing)"
      )),
    // An inline policy under Fn::If may not exist.
    ImportCase(
      address: "aws_iam_role_policy.role_extra[0]", origin: "Role",
      resources: #"""
        {"Role": {"Type": "AWS::IAM::Role", "Properties": {
           "AssumeRolePolicyDocument": {"Statement": []},
           "Policies": [{"Fn::If": ["Extra", {"PolicyName": "extra",
             "PolicyDocument": {"Statement": []}}, {"Ref": "AWS::NoValue"}]}]}}}
        """#,
      parameters: #"{"Env": {"Type": "String"}}"#,
      conditions: #"{"Extra": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}}"#,
      physicalIds: ["Role": "web-Role-1"], values: ["Env": "prod"],
      expected: .notImported(
        "not imported: it exists only when its Fn::If holds, which cfn2tf does not evaluate against the stack; if it holds, import it by hand with the id <role name>:<policy name>"
      )),
  ]
}

extension IAM: ImportCaseProvider {
  static var importCases: [ImportCase] { ImportCase.iam }
}
