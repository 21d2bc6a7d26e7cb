import Foundation

/// Runs `terraform` for tests, offline: providers come from the mirror, no checkpoint calls.
package enum Terraform {
  /// The `terraform` executable on `PATH`, if any.
  package static let path = Tool.path(named: "terraform")

  /// The provider mirror (`TF_PLUGIN_MIRROR`, default `/opt/tf-plugins`).
  package static let mirror =
    ProcessInfo.processInfo.environment["TF_PLUGIN_MIRROR"] ?? "/opt/tf-plugins"

  /// True when `terraform` is on `PATH` and the provider mirror exists.
  package static let canInstallProviders =
    path != nil && FileManager.default.fileExists(atPath: mirror)

  /// The CLI configuration that installs providers from the mirror only.
  package static let cliConfiguration =
    "provider_installation {\n  filesystem_mirror {\n    path = \"\(mirror)\"\n  }\n}\n"

  /// Writes `cliConfiguration` as `directory/.terraformrc` and returns the environment that
  /// makes terraform use it (and its data directory in `directory`), plus `environment`.
  package static func environment(
    in directory: URL, adding environment: [String: String] = [:]
  ) throws -> [String: String] {
    let config = directory.appendingPathComponent(".terraformrc")
    try Data(cliConfiguration.utf8).write(to: config)
    return [
      "TF_CLI_CONFIG_FILE": config.path, "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1",
      "TF_DATA_DIR": directory.appendingPathComponent(".terraform").path,
    ].merging(environment) { $1 }
  }

  /// Runs `terraform arguments` in `directory` with the mirror's configuration (`environment(in:)`)
  /// and `environment` added, `input` on standard input, under a timeout of `seconds`.
  package static func run(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:],
    input: String = "", seconds: Int = 120
  ) throws -> ToolOutcome {
    try Tool.run(
      path ?? "terraform", arguments, in: directory,
      environment: try self.environment(in: directory, adding: environment), input: input,
      seconds: seconds)
  }
}
