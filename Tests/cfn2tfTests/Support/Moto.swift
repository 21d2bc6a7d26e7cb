import Foundation

/// A throw-away `moto_server` on 127.0.0.1 (a free port), with the environment that points the
/// AWS CLI and Terraform's AWS provider at it. Started per test and stopped by its PID.
final class Moto {
  let port: Int
  let process: Process
  let log: URL

  /// True when `moto_server`, `aws` and `terraform` are on PATH and the provider mirror exists.
  static let available: Bool = {
    ["moto_server", "aws", "terraform"].allSatisfy { Moto.which($0) != nil }
      && FileManager.default.fileExists(atPath: Moto.mirror)
  }()

  static let mirror = ProcessInfo.processInfo.environment["TF_PLUGIN_MIRROR"] ?? "/opt/tf-plugins"

  static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Starts moto on a free port and waits (up to 15 s) until it answers.
  init(directory: URL) throws {
    port = try Self.freePort()
    log = directory.appendingPathComponent("moto.log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    process = Process()
    process.executableURL = URL(fileURLWithPath: Self.which("moto_server")!)
    process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
    process.standardOutput = try FileHandle(forWritingTo: log)
    process.standardError = process.standardOutput
    try process.run()
    for _ in 0..<150 {
      if (try? Shell.run(["curl", "-sf", "\(endpoint)/moto-api/"], environment: environment))?
        .status == 0
      {
        return
      }
      usleep(100_000)
    }
    stop()
    throw Shell.Failure(message: "moto_server did not start on port \(port)")
  }

  deinit { stop() }

  /// Stops the server by its PID. SIGKILL: processes started by the test runner inherit a
  /// blocked SIGTERM, which moto would never see.
  func stop() {
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  var endpoint: String { "http://127.0.0.1:\(port)" }

  /// Everything the AWS CLI and Terraform need to talk to moto, and nothing else: stray traffic
  /// goes to a dead proxy on 127.0.0.1.
  var environment: [String: String] {
    [
      "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_REGION": "us-east-1",
      "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": endpoint, "AWS_PAGER": "",
      "AWS_EC2_METADATA_DISABLED": "true", "HTTP_PROXY": "http://127.0.0.1:9",
      "HTTPS_PROXY": "http://127.0.0.1:9", "NO_PROXY": "127.0.0.1,localhost",
      "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
      "no_proxy": "127.0.0.1,localhost", "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1",
    ]
  }

  /// `aws ARGUMENTS` against moto; fails the test's setup when the call fails.
  @discardableResult
  func aws(_ arguments: [String]) throws -> String {
    let result = try Shell.run(["aws"] + arguments, environment: environment, timeout: 60)
    guard result.status == 0 else {
      throw Shell.Failure(
        message: "aws \(arguments.joined(separator: " ")) failed: \(result.stderr)")
    }
    return result.stdout
  }

  /// Creates a stack and polls (moto can leave a stack in progress forever) until it is complete.
  func createStack(_ name: String, template: URL, parameters: [String: String] = [:]) throws {
    var arguments = [
      "cloudformation", "create-stack", "--stack-name", name, "--template-body",
      "file://\(template.path)", "--capabilities", "CAPABILITY_IAM",
    ]
    if !parameters.isEmpty {
      // A file, so that a list's commas are not read as the shorthand's separators.
      let list = parameters.keys.sorted().map {
        ["ParameterKey": $0, "ParameterValue": parameters[$0]!]
      }
      let file = log.deletingLastPathComponent().appendingPathComponent("\(name)-parameters.json")
      try JSONSerialization.data(withJSONObject: list).write(to: file)
      arguments += ["--parameters", "file://\(file.path)"]
    }
    try aws(arguments)
    for _ in 0..<60 {
      let status = try aws([
        "cloudformation", "describe-stacks", "--stack-name", name, "--query",
        "Stacks[0].StackStatus",
        "--output", "text",
      ]).trimmingCharacters(in: .whitespacesAndNewlines)
      if status == "CREATE_COMPLETE" { return }
      if status.contains("FAILED") || status.contains("ROLLBACK") {
        throw Shell.Failure(message: "stack \(name) ended \(status)")
      }
      usleep(250_000)
    }
    throw Shell.Failure(message: "stack \(name) did not complete (see \(log.path))")
  }

  private static func freePort() throws -> Int {
    let result = try Shell.run([
      "python3", "-c",
      "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])",
    ])
    guard let port = Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw Shell.Failure(message: "no free port")
    }
    return port
  }
}

/// Runs a command and captures its output.
enum Shell {
  struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `command` (looked up on PATH) under `timeout`, in `directory`, with `environment` added
  /// to this process's.
  static func run(
    _ command: [String], environment: [String: String] = [:], directory: URL? = nil,
    timeout: Int = 300
  ) throws -> Result {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfn2tf-shell-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("out")
    let err = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    // SIGKILL on timeout: a child of the test runner may not see SIGTERM (it is blocked).
    process.arguments = ["-s", "KILL", String(timeout)] + command
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
  }
}
