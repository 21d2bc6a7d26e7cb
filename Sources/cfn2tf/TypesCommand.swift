import TFEmitter

/// `cfn2tf types`: the CloudFormation resource types `convert` supports, one per line.
enum TypesCommand {
  static let spec = CommandSpec(
    name: "types", abstract: "List the CloudFormation resource types that convert supports.")

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    Console.out(Converter.supportedResourceTypes.map { $0 + "\n" }.joined())
    return 0
  }
}
