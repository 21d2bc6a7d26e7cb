import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `moto_server` (AWS emulator) on 127.0.0.1, started by a test and stopped by its process id.
///
/// It is spawned with `posix_spawn` and an empty signal mask: the test process's threads block
/// SIGTERM, and a child started by `Process` inherits that mask and would never see the signal.
/// It runs under `timeout 600`, so it stops by itself even when the test process dies first.
final class MotoServer {
  let port: Int
  let log: URL
  private let pid: pid_t
  private var stopped = false

  enum Failure: Error {
    case noPort
    case spawn(Int32)
    case notReady
  }

  /// Starts the server on a free port and waits (at most 20 s) until it answers.
  init(logDirectory: URL) throws {
    guard let port = PackerTools.freePort(), let moto = PackerTools.motoServerPath else {
      throw Failure.noPort
    }
    self.port = port
    log = logDirectory.appendingPathComponent("moto.log")
    let (executable, arguments) = PackerTools.bounded(
      moto, ["-H", "127.0.0.1", "-p", String(port)], seconds: 600)
    pid = try Self.spawn(executable.path, arguments, output: log.path)
    for _ in 0..<80 {
      if try request("moto-api/").status == 0 { return }
      usleep(250_000)
    }
    stop()
    throw Failure.notReady
  }

  deinit { stop() }

  /// `http://127.0.0.1:<port>`.
  var endpoint: String { "http://127.0.0.1:\(port)" }

  /// A GET to the server through curl.
  func request(_ path: String) throws -> Oracle.Outcome {
    try curl(["\(endpoint)/\(path)"])
  }

  /// An EC2 query-API call (`Action=…&Version=…`). moto picks the service from the credential
  /// scope of the Authorization header and does not check the signature.
  func ec2(_ form: String) throws -> Oracle.Outcome {
    let scope = "Credential=test/20260101/us-east-1/ec2/aws4_request"
    return try curl([
      "--header", "Authorization: AWS4-HMAC-SHA256 \(scope), SignedHeaders=host, Signature=0",
      "--data", form, "\(endpoint)/",
    ])
  }

  /// Stops the server it started: SIGTERM to its own process id (`timeout`, which passes it on),
  /// SIGKILL when it has not exited after ten seconds; then reaps it.
  func stop() {
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

  private func curl(_ request: [String]) throws -> Oracle.Outcome {
    let arguments = ["--silent", "--show-error", "--fail", "--max-time", "10", "--noproxy", "*"]
    return try PackerTools.run(
      PackerTools.curlPath!, arguments + request, in: log.deletingLastPathComponent(),
      seconds: 15)
  }

  /// `posix_spawn` with stdin from /dev/null, stdout and stderr to `output`, an empty signal
  /// mask, default signal actions, and the test environment plus ``PackerTools/environment``.
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

    let environment = ProcessInfo.processInfo.environment.merging(PackerTools.environment) { $1 }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.keys.sorted().map { strdup("\($0)=\(environment[$0]!)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid = pid_t()
    let status = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard status == 0 else { throw Failure.spawn(status) }
    return pid
  }
}
