import CFNParser

extension DatomicProfile {
  /// Values the example gives to inputs that have no default.
  static let exampleValues: [String: HCLExpression] = [
    "name": .string("datomic"),
    "instance_type": .string("m5.large"),
    "java_xmx": .string("5250m"),
    "datomic_version": .string(PackerSettings.exampleRelease),
    "dynamodb_table_name": .string("datomic"),
    "transactor_count": .int(1),
    "protocol": .string("ddb"),
    "cloudwatch_dimension": .string("datomic"),
    "log_bucket_name": .null,
    "memory_index_max": .string("512m"),
    "memory_index_threshold": .string("32m"),
    "object_cache_max": .string("1g"),
  ]

  /// `examples/datomic/`: a root module that calls the module, for a first `terraform plan`.
  var exampleFiles: [GeneratedFile] {
    var arguments: [HCLItem] = [.attribute("source", .string("../..")), .blank]
    arguments.append(
      .comment(["Inputs without a default in the converted template; the values are examples."]))
    let required = variables.filter { $0.defaultValue == nil }.map(\.name).sorted()
    for name in required {
      arguments.append(.attribute(name, Self.exampleValues[name] ?? .string("CHANGE-ME")))
    }
    if let version = packerSettings.datomicVersion, !PackerSettings.isPublicRelease(version),
      !required.contains("datomic_version")
    {
      arguments.append(.blank)
      arguments.append(
        .comment([
          "The template's Datomic \(version) predates the public Apache-2.0 downloads",
          "(\(PackerSettings.firstPublicRelease) and later): bake and run a current release.",
        ]))
      arguments.append(.attribute("datomic_version", .string(PackerSettings.exampleRelease)))
    }
    var body = HCLBody([.comment([header]), .blankLine])
    body.block(.terraformSettings())
    body.blankLine()
    body.block(
      HCLBlock("provider", "aws") {
        HCLAttribute("region", .string(packerSettings.regionOrDefault))
      })
    body.blankLine()
    body.block(HCLBlock("module", ["transactor"], body: HCLBody(arguments)))
    for output in ["autoscaling_group_name", "security_group_id", "transactor_properties"] {
      body.blankLine()
      body.block(
        HCLBlock("output", output) {
          HCLAttribute("value", .ref("module.transactor.\(output)"))
        })
    }
    return [GeneratedFile(path: "examples/datomic/main.tf", contents: HCLPrinter.print(body))]
  }
}
