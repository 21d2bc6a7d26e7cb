import Foundation
import Testing

/// What one run of the binary did.
struct RunResult: Equatable, CustomStringConvertible {
  var status: Int32
  var stdout: String
  var stderr: String

  var description: String { "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)---" }
}

/// A temporary working directory for one test, removed when the test ends, in which the built
/// `cfn2tf` runs. Paths given to it are relative to the working directory, as a user types them.
final class Sandbox {
  /// The folder holding the working directory and the captured standard streams.
  let root: URL
  /// The working directory the binary runs in.
  let work: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfn2tf-cli-\(UUID().uuidString)")
    work = root.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  func url(_ path: String) -> URL { work.appendingPathComponent(path) }

  /// Writes `contents` at `path`, creating the folders above it.
  func write(_ path: String, _ contents: String) throws {
    try FileManager.default.createDirectory(
      at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: url(path))
  }

  /// Copies the fixture file `Tests/Fixtures/<fixture>` to `path`.
  func copyFixture(_ fixture: String, to path: String) throws {
    try write(
      path, String(contentsOf: Binary.fixtures.appendingPathComponent(fixture), encoding: .utf8))
  }

  func mkdir(_ path: String) throws {
    try FileManager.default.createDirectory(at: url(path), withIntermediateDirectories: true)
  }

  func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

  /// The names in the directory `path`, hidden ones included, sorted.
  func listing(_ path: String = ".") -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url(path).path)) ?? []).sorted()
  }

  /// Every file below `path` by its relative path, with its bytes as text.
  func tree(_ path: String) -> [String: String] {
    Binary.tree(at: url(path))
  }

  /// Runs `cfn2tf arguments` in the working directory with `stdin` as standard input.
  /// `fileSizeLimit`, in 512-byte blocks, makes file writes past it fail with `EFBIG` (the signal
  /// that would kill the process is ignored), which fails a write even for root; standard output
  /// and error are pipes, which the limit does not touch. `environment` sets (a value) or removes
  /// (nil) variables of the environment the binary inherits.
  func run(
    _ arguments: [String], stdin: String = "", fileSizeLimit: Int? = nil,
    environment: [String: String?] = [:]
  ) throws -> RunResult {
    let executable = try #require(
      Binary.executable, "cfn2tf was not found beside the test bundle; run 'swift test' to build it"
    )
    let input = root.appendingPathComponent("stdin-\(UUID().uuidString)")
    try Data(stdin.utf8).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let process = Process()
    if let fileSizeLimit {
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments =
        ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit); exec \"$0\" \"$@\"", executable.path]
        + arguments
    } else {
      process.executableURL = executable
      process.arguments = arguments
    }
    process.currentDirectoryURL = work
    if !environment.isEmpty {
      var inherited = ProcessInfo.processInfo.environment
      for (name, value) in environment { inherited[name] = value }
      process.environment = inherited
    }
    process.standardInput = try FileHandle(forReadingFrom: input)
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let errors = Drain(stderr.fileHandleForReading)
    let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "cfn2tf was killed by a signal")
    return RunResult(status: process.terminationStatus, stdout: output, stderr: errors.text)
  }
}

/// Reads a pipe to its end on another thread, so that neither of two pipes fills up while the
/// other is read.
private final class Drain: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }
  }

  /// Everything read, once the writer has closed the pipe.
  var text: String {
    done.wait()
    return String(decoding: data, as: UTF8.self)
  }
}
