import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `moto_server` (AWS emulator) on 127.0.0.1, a free port, started by a test and stopped by its
/// process id; with the environment that points the AWS CLI and Terraform's AWS provider at it.
///
/// It is spawned with `posix_spawn` and an empty signal mask: the test process's threads block
/// SIGTERM, and a child started by `Process` inherits that mask and would never see the signal.
/// It runs under `timeout 600`, so it stops by itself even when the test process dies first.
package final class MotoServer {
  /// The port it listens on.
  package let port: Int
  /// Its log (standard output and error).
  package let log: URL
  private let pid: pid_t
  private var stopped = false

  /// The `moto_server` executable on `PATH`, if any.
  package static let executable = Tool.path(named: "moto_server")
  /// True when moto can be started and asked (`moto_server` and `curl` are on `PATH`).
  package static let canStart = executable != nil && Tool.path(named: "curl") != nil
  /// True when stacks can be created in moto and planned against it: `moto_server`, `aws` and
  /// `terraform` on `PATH` and the provider mirror present.
  package static let canRunStacks =
    canStart && Tool.path(named: "aws") != nil && Terraform.canInstallProviders

  /// Starts the server on a free port, its log in `logDirectory`, and waits (at most 20 s)
  /// until it answers.
  package init(logDirectory: URL) throws {
    guard let port = Tool.freePort(), let moto = Self.executable else {
      throw ToolFailure("moto_server is not on PATH, or no port is free")
    }
    self.port = port
    log = logDirectory.appendingPathComponent("moto.log")
    let (executable, arguments) = Tool.bounded(
      moto, ["-H", "127.0.0.1", "-p", String(port)], seconds: 600)
    pid = try Self.spawn(executable.path, arguments, output: log.path)
    for _ in 0..<80 {
      if try request("moto-api/").status == 0 { return }
      usleep(250_000)
    }
    stop()
    throw ToolFailure("moto_server did not start on port \(port) (see \(log.path))")
  }

  deinit { stop() }

  /// `http://127.0.0.1:<port>`.
  package var endpoint: String { "http://127.0.0.1:\(port)" }

  /// Everything the AWS CLI and Terraform need to talk to moto, and nothing else: stray traffic
  /// goes to a dead proxy on 127.0.0.1.
  package var environment: [String: String] {
    [
      "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_REGION": "us-east-1",
      "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": endpoint, "AWS_PAGER": "",
      "AWS_EC2_METADATA_DISABLED": "true", "HTTP_PROXY": "http://127.0.0.1:9",
      "HTTPS_PROXY": "http://127.0.0.1:9", "NO_PROXY": "127.0.0.1,localhost",
      "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
      "no_proxy": "127.0.0.1,localhost", "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1",
    ]
  }

  /// A GET to the server through curl.
  package func request(_ path: String) throws -> ToolOutcome {
    try curl(["\(endpoint)/\(path)"])
  }

  /// An EC2 query-API call (`Action=…&Version=…`). moto picks the service from the credential
  /// scope of the Authorization header and does not check the signature.
  package func ec2(_ form: String) throws -> ToolOutcome {
    let scope = "Credential=test/20260101/us-east-1/ec2/aws4_request"
    return try curl([
      "--header", "Authorization: AWS4-HMAC-SHA256 \(scope), SignedHeaders=host, Signature=0",
      "--data", form, "\(endpoint)/",
    ])
  }

  /// `aws arguments` against moto; throws when the call fails.
  @discardableResult
  package func aws(_ arguments: [String]) throws -> String {
    let result = try Tool.run("aws", arguments, environment: environment, seconds: 60)
    guard result.status == 0 else {
      throw ToolFailure("aws \(arguments.joined(separator: " ")) failed: \(result.errors)")
    }
    return result.output
  }

  /// Creates a stack and polls (moto can leave a stack in progress forever) until it is complete.
  package func createStack(_ name: String, template: URL, parameters: [String: String] = [:])
    throws
  {
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
        "Stacks[0].StackStatus", "--output", "text",
      ]).trimmingCharacters(in: .whitespacesAndNewlines)
      if status == "CREATE_COMPLETE" { return }
      if status.contains("FAILED") || status.contains("ROLLBACK") {
        throw ToolFailure("stack \(name) ended \(status)")
      }
      usleep(250_000)
    }
    throw ToolFailure("stack \(name) did not complete (see \(log.path))")
  }

  /// Stops the server it started: SIGTERM to its own process id (`timeout`, which passes it on),
  /// SIGKILL when it has not exited after ten seconds; then reaps it.
  package func stop() {
    guard !stopped else { return }
    stopped = true
    kill(pid, SIGTERM)
    var status: Int32 = 0
    for _ in 0..<100 {
      if waitpid(pid, &status, WNOHANG) == pid { return }
      usleep(100_000)
    }
    kill(pid, SIGKILL)
    waitpid(pid, &status, 0)
  }

  private func curl(_ request: [String]) throws -> ToolOutcome {
    let arguments = ["--silent", "--show-error", "--fail", "--max-time", "10", "--noproxy", "*"]
    return try Tool.run(
      "curl", arguments + request, in: log.deletingLastPathComponent(), seconds: 15)
  }

  /// `posix_spawn` with stdin from /dev/null, stdout and stderr to `output`, an empty signal
  /// mask, default signal actions, and the test environment plus `Packer.environment` (no
  /// request leaves the machine).
  private static func spawn(_ path: String, _ arguments: [String], output: String) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGTERM, SIGINT, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let environment = ProcessInfo.processInfo.environment.merging(Packer.environment) { $1 }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.keys.sorted().map { strdup("\($0)=\(environment[$0]!)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid = pid_t()
    let status = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard status == 0 else { throw ToolFailure("posix_spawn of moto_server failed: \(status)") }
    return pid
  }
}
