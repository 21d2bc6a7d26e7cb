import Foundation

/// Runs `packer` (and the tools that check what it builds) for tests, offline.
package enum Packer {
  /// The `packer` executable on `PATH`, if any.
  package static let path = Tool.path(named: "packer")

  /// The environment of every run: no checkpoint calls, colourless output, and AWS settings that
  /// keep any stray request on this machine (a proxy on the discard port).
  package static let environment: [String: String] = [
    "CHECKPOINT_DISABLE": "1",
    "PACKER_CHECKPOINT_DISABLE": "1",
    "PACKER_NO_COLOR": "1",
    "NO_COLOR": "1",
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "NO_PROXY": "127.0.0.1,localhost",
    "AWS_ACCESS_KEY_ID": "test",
    "AWS_SECRET_ACCESS_KEY": "test",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
    "AWS_EC2_METADATA_DISABLED": "true",
  ]

  /// Runs `tool` (`packer` by default; `shellcheck`, `curl` … by path or name) in `directory`
  /// with `environment` added, under a timeout of `seconds`.
  package static func run(
    _ arguments: [String], tool: String? = nil, in directory: URL, seconds: Int = 60
  ) throws -> ToolOutcome {
    try Tool.run(
      tool ?? path ?? "packer", arguments, in: directory, environment: environment,
      seconds: seconds)
  }
}
