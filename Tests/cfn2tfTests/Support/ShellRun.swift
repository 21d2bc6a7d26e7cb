import Foundation
import Testing

/// The built `cfn2tf` run by `sh -c SCRIPT` in a sandbox, for what `Sandbox.run` cannot do: shell
/// commands before it in the same process (`$$` is cfn2tf's process id once the script `exec`s
/// it), and a run that goes on while the test looks at it and sends it a signal. Standard output
/// and error go to files, read once the shell has ended.
final class ShellRun {
  let process = Process()
  private let stdout: URL
  private let stderr: URL

  /// Starts `sh -c script cfn2tf arguments…` in the sandbox's working directory with
  /// `environment` added: in `script`, `"$0" "$@"` runs cfn2tf with `arguments`.
  init(
    _ script: String, _ arguments: [String], in sandbox: Sandbox,
    environment: [String: String] = [:]
  ) throws {
    let executable = try #require(Binary.executable, "cfn2tf was not found beside the test bundle")
    let id = UUID().uuidString
    stdout = sandbox.root.appendingPathComponent("stdout-\(id)")
    stderr = sandbox.root.appendingPathComponent("stderr-\(id)")
    _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script, executable.path] + arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.currentDirectoryURL = sandbox.work
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: stdout)
    process.standardError = try FileHandle(forWritingTo: stderr)
    try process.run()
  }

  /// Runs `script` to its end (see `init`).
  static func run(
    _ script: String, _ arguments: [String], in sandbox: Sandbox,
    environment: [String: String] = [:]
  ) throws -> RunResult {
    try ShellRun(script, arguments, in: sandbox, environment: environment).wait()
  }

  /// Waits for the shell to end; its status, and what it and cfn2tf printed.
  func wait() throws -> RunResult {
    process.waitUntilExit()
    return RunResult(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: stdout), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
  }
}
