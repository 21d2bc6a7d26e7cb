import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a tool run produced.
package struct ToolOutcome: Sendable, CustomStringConvertible {
  /// The exit status (124, or 137 after the follow-up SIGKILL, when the run timed out).
  package var status: Int32
  /// Standard output.
  package var output: String
  /// Standard error.
  package var errors: String

  /// Creates an outcome.
  package init(status: Int32, output: String, errors: String) {
    self.status = status
    self.output = output
    self.errors = errors
  }

  /// The status and both streams, for a failed expectation's message.
  package var description: String {
    "status \(status)\n--- stdout\n\(output)--- stderr\n\(errors)---"
  }
}

/// A tool that could not be set up or did not do what a test's setup needed.
package struct ToolFailure: Error, CustomStringConvertible {
  /// What went wrong.
  package var message: String

  /// Creates a failure.
  package init(_ message: String) { self.message = message }

  package var description: String { message }
}

/// Runs external tools for tests: the one process runner behind the moto, terraform and packer
/// runners and the oracles.
package enum Tool {
  /// The executable `name` on `PATH`, if any.
  package static func path(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// `tool arguments` under `timeout` when it exists. Threads of the test process block SIGTERM
  /// and a spawned tool inherits that mask, so a plain SIGTERM may never reach it: `timeout`
  /// unblocks its signal for the tool and `-k` follows with SIGKILL.
  package static func bounded(_ tool: String, _ arguments: [String], seconds: Int) -> (
    URL, [String]
  ) {
    guard let timeout = path(named: "timeout") else {
      return (URL(fileURLWithPath: tool), arguments)
    }
    return (URL(fileURLWithPath: timeout), ["-k", "10", String(seconds), tool] + arguments)
  }

  /// Runs `tool` (a path, or a name looked up on `PATH`) with `arguments` under a timeout of
  /// `seconds`, in `directory`, with `environment` added to this process's and `input` as
  /// standard input. Output goes through files, so that a long log cannot block a pipe.
  package static func run(
    _ tool: String, _ arguments: [String], in directory: URL? = nil,
    environment: [String: String] = [:], input: String = "", seconds: Int = 300
  ) throws -> ToolOutcome {
    let executable = tool.contains("/") ? tool : path(named: tool) ?? tool
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfn2tf-tool-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inputFile = scratch.appendingPathComponent("in")
    let outputFile = scratch.appendingPathComponent("out")
    let errorFile = scratch.appendingPathComponent("err")
    try Data(input.utf8).write(to: inputFile)
    try Data().write(to: outputFile)
    try Data().write(to: errorFile)
    let process = Process()
    (process.executableURL, process.arguments) = bounded(executable, arguments, seconds: seconds)
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardInput = try FileHandle(forReadingFrom: inputFile)
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    process.waitUntilExit()
    return ToolOutcome(
      status: process.terminationStatus,
      output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
      errors: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
  }

  /// A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0 and released).
  package static func freePort() -> Int? {
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
}
