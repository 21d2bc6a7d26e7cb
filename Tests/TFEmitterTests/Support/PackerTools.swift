import Foundation
import TFEmitter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Tools that check the Packer template's output beyond `packer fmt`: `packer validate` and
/// `packer build`, `shellcheck`, `systemd-analyze verify`, and `moto_server` (an AWS emulator on
/// 127.0.0.1, see `MotoServer`). Tests that need one are enabled only where it is on `PATH`, so they report
/// themselves skipped by name elsewhere.
enum PackerTools {
  static let packerPath = Oracle.packerPath
  static let shellcheckPath = executable(named: "shellcheck")
  static let systemdAnalyzePath = executable(named: "systemd-analyze")
  static let motoServerPath = executable(named: "moto_server")
  static let curlPath = executable(named: "curl")

  /// True when `packer build` can run against moto (packer, moto_server and curl are present).
  static let canBuildAgainstMoto = packerPath != nil && motoServerPath != nil && curlPath != nil

  /// The environment of every tool run: no checkpoint calls, colourless output, and AWS settings
  /// that keep any stray request on this machine (a proxy on the discard port).
  static let environment: [String: String] = [
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

  /// Writes the `packer/` files under a new temporary directory, without their `packer/` prefix
  /// and without `plugins.pkr.hcl` (Packer 1.6.6 rejects `required_plugins`), plus `extra` files.
  static func templateDirectory(
    _ files: [GeneratedFile], extra: [(path: String, contents: String)] = []
  ) throws -> URL {
    let directory = try Repository.temporaryDirectory("packer")
    let kept = files.filter { $0.path != DatomicPacker.pluginsPath }.map {
      (path: String($0.path.dropFirst("packer/".count)), contents: $0.contents)
    }
    try Repository.write(kept + extra, to: directory)
    return directory
  }

  /// Runs `tool` in `directory` under `timeout`, with ``environment`` added; output goes through
  /// files so that a long log cannot block a pipe.
  static func run(
    _ tool: String, _ arguments: [String], in directory: URL, seconds: Int = 60
  ) throws -> Oracle.Outcome {
    let outputFile = directory.appendingPathComponent(".out-\(UUID().uuidString)")
    let errorFile = directory.appendingPathComponent(".err-\(UUID().uuidString)")
    try Data().write(to: outputFile)
    try Data().write(to: errorFile)
    defer {
      try? FileManager.default.removeItem(at: outputFile)
      try? FileManager.default.removeItem(at: errorFile)
    }
    let process = Process()
    (process.executableURL, process.arguments) = bounded(tool, arguments, seconds: seconds)
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    process.waitUntilExit()
    return Oracle.Outcome(
      status: process.terminationStatus,
      output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
      errors: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
  }

  /// `tool arguments` under `timeout` when it exists. Threads of the test process block SIGTERM
  /// and a spawned tool inherits that mask, so a plain SIGTERM may never reach it: `timeout`
  /// unblocks its signal for the tool and `-k` follows with SIGKILL.
  static func bounded(_ tool: String, _ arguments: [String], seconds: Int) -> (URL, [String]) {
    guard let timeout = executable(named: "timeout") else {
      return (URL(fileURLWithPath: tool), arguments)
    }
    return (URL(fileURLWithPath: timeout), ["-k", "10", String(seconds), tool] + arguments)
  }

  /// `packer validate` on `directory` with `-var name=value` for each of `variables`.
  static func validate(_ directory: URL, _ variables: [String: String]) throws -> Oracle.Outcome {
    let flags = variables.keys.sorted().flatMap { ["-var", "\($0)=\(variables[$0]!)"] }
    return try run(packerPath!, ["validate"] + flags + ["."], in: directory)
  }

  /// A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0 and released).
  static func freePort() -> Int? {
    #if canImport(Glibc)
      let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let status = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
        bind(descriptor, socketAddress, length) == 0
          ? getsockname(descriptor, socketAddress, &length) : -1
      }
    }
    return status == 0 ? Int(UInt16(bigEndian: address.sin_port)) : nil
  }

  static func executable(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
