import Foundation

/// Validates many generated Terraform modules with one `terraform init` and one `terraform
/// validate`: a scratch root calls each module (`module "m1" { source = "./m1" }`), every input
/// the module requires set to a value unknown until apply (so validation blocks are not run), and
/// Terraform's diagnostics are handed back to the module whose file they name. Starting the AWS
/// provider to read its schema is most of what `terraform validate` costs, so a batch pays it once.
///
/// The modules are copied, never touched; `terraform fmt -check` runs on the copies too. A module
/// whose copy stops `init` (a syntax error, say) is validated alone, so one broken module cannot
/// hide the others' results. Roots (a directory with a `provider` block, or calling `../`
/// modules) are not modules: validate those with `../shared/tools/tf-validate`.
package enum ModuleBatch {
  /// What Terraform said about one module: empty when it passed.
  package struct Result: Sendable {
    /// The module directory as given.
    package var directory: URL
    /// `fmt would change …`, or Terraform's error summaries with their file and line.
    package var problems: [String]
  }

  /// Validates `directories` with `Terraform` (the mirror's providers); throws only when a
  /// process cannot be started.
  package static func validate(_ directories: [URL]) throws -> [Result] {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("cfn2tf-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    var calls = ["resource \"terraform_data\" \"unknown\" {}"]
    var names: [String] = []
    // The last line of main.tf that belongs to each module call.
    var lastLines: [Int] = []
    for (index, directory) in directories.enumerated() {
      let name = "m\(index + 1)"
      names.append(name)
      try copyModule(directory, to: root.appendingPathComponent(name))
      calls += ["", "module \"\(name)\" {", "  source = \"./\(name)\""]
      for variable in try requiredVariables(in: directory) {
        calls.append("  \(variable) = terraform_data.unknown.output")
      }
      calls.append("}")
      lastLines.append(calls.count)
    }
    try Data((calls.joined(separator: "\n") + "\n").utf8).write(
      to: root.appendingPathComponent("main.tf"))
    var problems = [String: [String]]()
    let format = try Terraform.run(
      ["fmt", "-check", "-recursive", "-list=true", "-no-color"], in: root, seconds: 600)
    for line in format.output.split(separator: "\n") {
      let path = String(line)
      guard let slash = path.firstIndex(of: "/") else { continue }
      problems[String(path[..<slash]), default: []].append(
        "terraform fmt would change \(path[path.index(after: slash)...])")
    }
    let initialised = try Terraform.run(
      ["init", "-backend=false", "-input=false", "-no-color", "-plugin-dir=\(Terraform.mirror)"],
      in: root, seconds: 1200)
    guard initialised.status == 0 else {
      // One module stops the batch: validate each alone.
      guard directories.count > 1 else {
        let problem = initialised.output + initialised.errors
        return [Result(directory: directories[0], problems: [problem])]
      }
      return try directories.flatMap { try validate([$0]) }
    }
    let validated = try Terraform.run(
      ["validate", "-json", "-no-color"], in: root, seconds: 1200)
    for diagnostic in diagnostics(validated.output) {
      var key = diagnostic.file.split(separator: "/").first.map(String.init) ?? ""
      if !names.contains(key) {
        // A problem with a module call in main.tf: the call whose lines hold it.
        let index = lastLines.firstIndex { diagnostic.line <= $0 } ?? 0
        key = names[index]
      }
      problems[key, default: []].append(diagnostic.text)
    }
    if validated.status != 0, problems.isEmpty {
      problems[names[0], default: []].append(validated.output + validated.errors)
    }
    return zip(directories, names).map { directory, name in
      Result(directory: directory, problems: problems[name] ?? [])
    }
  }

  /// The `variable` blocks of `directory`'s `*.tf` files without a `default` (cfn2tf's own
  /// layout: `variable "x" {` at the start of a line, `  default = …` inside it).
  static func requiredVariables(in directory: URL) throws -> [String] {
    var names: [String] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    where file.hasSuffix(".tf") {
      let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
      var current: String?
      var hasDefault = false
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("variable \""), line.hasSuffix("{") {
          current = String(line.dropFirst("variable \"".count).prefix { $0 != "\"" })
          hasDefault = false
        } else if current != nil, line.hasPrefix("  default ") || line.hasPrefix("  default=") {
          hasDefault = true
        } else if let name = current, line == "}" {
          if !hasDefault { names.append(name) }
          current = nil
        }
      }
    }
    return names
  }

  /// Copies the module's own files (not `.terraform`, a lock file or nested roots such as
  /// `examples/` and `migration/`).
  static func copyModule(_ source: URL, to destination: URL) throws {
    let manager = FileManager.default
    try manager.createDirectory(at: destination, withIntermediateDirectories: true)
    for name in try manager.contentsOfDirectory(atPath: source.path) {
      if [".terraform", ".terraform.lock.hcl", "examples", "migration"].contains(name) {
        continue
      }
      try manager.copyItem(
        at: source.appendingPathComponent(name), to: destination.appendingPathComponent(name))
    }
  }

  /// One diagnostic of `terraform validate -json`: its file (relative to the root) and a line of
  /// text with the summary, detail and place.
  static func diagnostics(_ json: String) -> [(file: String, line: Int, text: String)] {
    guard let data = json.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let list = object["diagnostics"] as? [[String: Any]]
    else { return [] }
    return list.compactMap { diagnostic in
      guard diagnostic["severity"] as? String == "error" else { return nil }
      let range = diagnostic["range"] as? [String: Any]
      let file = range?["filename"] as? String ?? ""
      let line = (range?["start"] as? [String: Any])?["line"] as? Int ?? 0
      let summary = diagnostic["summary"] as? String ?? ""
      let detail = diagnostic["detail"] as? String ?? ""
      return (file, line, "\(file):\(line): \(summary): \(detail)")
    }
  }
}
