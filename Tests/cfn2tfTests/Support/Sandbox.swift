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

  /// Runs `cfn2tf arguments` in the working directory with `stdin` as standard input (empty when
  /// nil). `fileSizeLimit`, in 512-byte blocks, makes writes past it fail with `EFBIG` (the
  /// signal that would kill the process is ignored), which fails a write even for root.
  func run(_ arguments: [String], stdin: String = "", fileSizeLimit: Int? = nil) throws
    -> RunResult
  {
    let executable = try #require(
      Binary.executable, "cfn2tf was not found beside the test bundle; run 'swift test' to build it"
    )
    let io = root.appendingPathComponent("io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: io, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: io) }
    let paths = ["stdin", "stdout", "stderr"].map { io.appendingPathComponent($0).path }
    for (path, contents) in zip(paths, [stdin, "", ""]) {
      try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    }
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
    process.standardInput = FileHandle(forReadingAtPath: paths[0])
    process.standardOutput = FileHandle(forWritingAtPath: paths[1])
    process.standardError = FileHandle(forWritingAtPath: paths[2])
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "cfn2tf was killed by a signal")
    return RunResult(
      status: process.terminationStatus,
      stdout: try String(contentsOfFile: paths[1], encoding: .utf8),
      stderr: try String(contentsOfFile: paths[2], encoding: .utf8))
  }
}
