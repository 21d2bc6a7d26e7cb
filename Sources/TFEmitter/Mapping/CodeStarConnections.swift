import CFNParser

/// `AWS::CodeStarConnections::Connection`: connections to Bitbucket, GitHub, GitLab and their
/// self-managed servers.
package enum CodeStarConnections: MappingFamily {
  /// The mappings of this family.
  static let mappings = [connection]

  /// `AWS::CodeStarConnections::Connection`. `Ref` and `ConnectionArn` are its ARN, Terraform's
  /// id, by which it is imported. `OwnerAccountId` is left out: Terraform does not return it (it
  /// is the account in the ARN), and a reference to it becomes null with a warning. A new
  /// connection is PENDING until someone completes its handshake in the console, in
  /// CloudFormation as in Terraform.
  static let connection = ResourceMapping(
    "AWS::CodeStarConnections::Connection", to: "aws_codestarconnections_connection", ref: "arn",
    attributes: ["ConnectionArn": "arn", "ConnectionStatus": "connection_status"],
    properties: [
      .argument("ConnectionName", "name"),
      .argument("ProviderType", "provider_type"),
      .argument("HostArn", "host_arn"),
      .tags,
    ])
}
