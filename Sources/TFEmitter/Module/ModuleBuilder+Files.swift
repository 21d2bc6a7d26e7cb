import CFNParser

extension ModuleBuilder {
  /// The module's files: `versions.tf`, `variables.tf`, `locals.tf`, `data.tf`, `main.tf`,
  /// `outputs.tf`, templates and `README.md`. Empty files are left out.
  func files() -> [GeneratedFile] {
    var files: [GeneratedFile] = []
    func add(_ path: String, _ groups: [[HCLItem]]) {
      guard groups.contains(where: { !$0.isEmpty }) else { return }
      files.append(GeneratedFile(path: path, contents: HCLPrinter.print(header: header, groups)))
    }
    add("versions.tf", [[.block(.terraformSettings())]])
    add(
      "variables.tf",
      variables.sorted { $0.name < $1.name }.map { variable in
        (variable.comments.isEmpty ? [] : [.comment(variable.comments)]) + [.block(variable.block)]
      })
    add("locals.tf", [localsItems])
    add("data.tf", dataSourceItems)
    add(
      "main.tf",
      resources.map(\.items)
        + omittedComments.map { [HCLItem.comment(["cfn2tf: " + $0[0]] + $0.dropFirst())] })
    add(
      "outputs.tf",
      outputs.sorted { $0.name < $1.name }.map { output in
        (output.comments.isEmpty ? [] : [.comment(output.comments)]) + [.block(output.block)]
      })
    files += templateFiles
    files.append(GeneratedFile(path: "README.md", contents: readme()))
    return files
  }

  /// The header comment of every generated file: the tool version and the input file's name.
  var header: String { options.header(for: template) }

  private var localsItems: [HCLItem] {
    guard !locals.isEmpty else { return [] }
    var body = HCLBody()
    for (i, local) in locals.sorted(by: { $0.name < $1.name }).enumerated() {
      if i > 0 { body.blankLine() }
      body.comment(local.comments)
      body.attribute(local.name, local.value)
    }
    return [.block(HCLBlock("locals", body: body))]
  }

  private var dataSourceItems: [[HCLItem]] {
    var groups: [[HCLItem]] = []
    for source in translator.dataSources.sorted() {
      var body = HCLBody()
      if source == .availabilityZones { body.attribute("state", .string("available")) }
      groups.append([.block(HCLBlock("data", [source.type, source.name], body: body))])
    }
    for parameter in template.parameters where translator.ssmParameters.contains(parameter.name) {
      let name = translator.namer.variable(forParameter: parameter.name)
      var body = HCLBody()
      body.attribute("name", .variable(name))
      groups.append([
        .comment(["Parameter \(parameter.name) is read from SSM Parameter Store"]),
        .block(HCLBlock("data", ["aws_ssm_parameter", name], body: body)),
      ])
    }
    return groups
  }
}
