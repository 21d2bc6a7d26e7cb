import Foundation

/// A generated module written to a temporary directory and initialised offline against the
/// provider mirror, so that `terraform console` can evaluate its locals with given inputs.
struct TerraformModule {
  let directory: URL
  let cliConfig: URL

  /// The provider mirror (`TF_PLUGIN_MIRROR`, default `/opt/tf-plugins`).
  static let mirror = ProcessInfo.processInfo.environment["TF_PLUGIN_MIRROR"] ?? "/opt/tf-plugins"

  /// Writes `files` and runs `terraform init` with the mirror; nil (after recording why in
  /// `failure`) when init fails.
  init(files: [(path: String, contents: String)]) throws {
    directory = try Repository.temporaryDirectory("module")
    try Repository.write(files, to: directory)
    cliConfig = directory.appendingPathComponent(".terraformrc")
    let config =
      "provider_installation {\n  filesystem_mirror {\n    path = \"\(Self.mirror)\"\n  }\n}\n"
    try Data(config.utf8).write(to: cliConfig)
  }

  /// `terraform init` against the mirror.
  func initialise() throws -> Oracle.Outcome {
    try run(["init", "-backend=false", "-input=false", "-no-color", "-plugin-dir=\(Self.mirror)"])
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

  /// Runs terraform in the module's directory under a 120-second timeout.
  func run(_ arguments: [String], input: String = "") throws -> Oracle.Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments = ["120", Oracle.terraformPath!] + arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["TF_CLI_CONFIG_FILE"] = cliConfig.path
    environment["TF_DATA_DIR"] = directory.appendingPathComponent(".terraform").path
    environment["CHECKPOINT_DISABLE"] = "1"
    environment["TF_IN_AUTOMATION"] = "1"
    process.environment = environment
    let inputPipe = Pipe()
    let output = directory.appendingPathComponent(".out")
    let errors = directory.appendingPathComponent(".err")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    process.standardInput = inputPipe
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = try FileHandle(forWritingTo: errors)
    try process.run()
    inputPipe.fileHandleForWriting.write(Data(input.utf8))
    try inputPipe.fileHandleForWriting.close()
    process.waitUntilExit()
    return Oracle.Outcome(
      status: process.terminationStatus,
      output: String(decoding: try Data(contentsOf: output), as: UTF8.self),
      errors: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
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
