extension Template {
  /// The prefix of the resource types the serverless transform expands.
  package static let serverlessTypePrefix = "AWS::Serverless::"

  /// The SAM resource that makes the resource the serverless transform names `name`, when the
  /// template has that transform and `name` is not declared: SAM derives the logical ids of what it
  /// generates from the resource's own (`MyFunctionRole`, `MyFunctionAliaslive`, `MyApiProdStage`),
  /// names its implicit APIs `ServerlessRestApi` and `ServerlessHttpApi`, and lets `Ref` read
  /// `MyFunction.Version` and `MyFunction.Alias`. Nil otherwise.
  package func serverlessOwner(of name: String) -> String? {
    guard hasTransform(.serverless), resource(name) == nil else { return nil }
    let serverless = resources.filter { $0.type.value.hasPrefix(Self.serverlessTypePrefix) }
    let owner =
      serverless
      .filter { name.hasPrefix($0.logicalId) && name.count > $0.logicalId.count }
      .max { $0.logicalId.count < $1.logicalId.count }
    if let owner { return owner.logicalId }
    if name.hasPrefix("ServerlessRestApi") || name.hasPrefix("ServerlessHttpApi") {
      return serverless.first?.logicalId
    }
    return nil
  }
}
