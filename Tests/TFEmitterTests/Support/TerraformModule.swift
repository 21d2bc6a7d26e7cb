import Foundation
import TestSupport

/// A generated module written to a temporary directory and initialised offline against the
/// provider mirror, so that `terraform console` can evaluate its locals with given inputs.
struct TerraformModule {
  let directory: URL

  /// Writes `files` to a new temporary directory.
  init(files: [(path: String, contents: String)]) throws {
    directory = try Repository.temporaryDirectory("module")
    try Repository.write(files, to: directory)
  }

  /// `terraform init` against the mirror.
  func initialise() throws -> ToolOutcome {
    try run([
      "init", "-backend=false", "-input=false", "-no-color", "-plugin-dir=\(Terraform.mirror)",
    ])
  }

  /// Evaluates a string-valued expression with `-var name=value` inputs; nil when it fails or is
  /// not known. The value travels base64-encoded so no console quoting is involved.
  func evaluate(_ expression: String, variables: [String: String]) throws -> String? {
    let arguments =
      ["console"] + variables.keys.sorted().flatMap { ["-var", "\($0)=\(variables[$0]!)"] }
    let outcome = try run(arguments, input: "base64encode(\(expression))\n")
    let line = outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)
    guard outcome.status == 0, line.hasPrefix("\""), line.hasSuffix("\"") else { return nil }
    return Data(base64Encoded: String(line.dropFirst().dropLast())).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  /// Removes the directory.
  func remove() { try? FileManager.default.removeItem(at: directory) }

  /// Runs terraform in the module's directory (`Terraform.run`) under a 120-second timeout.
  func run(_ arguments: [String], input: String = "") throws -> ToolOutcome {
    try Terraform.run(arguments, in: directory, input: input, seconds: 120)
  }

  /// The names of the variables in `variables.tf` that have no default.
  static func requiredVariables(in variablesFile: String) -> [String] {
    variablesFile.components(separatedBy: "\nvariable \"").dropFirst().compactMap { block in
      let name = String(block.prefix { $0 != "\"" })
      let body = block.components(separatedBy: "\n}\n").first ?? block
      return body.contains("\n  default ") ? nil : name
    }
  }
}
