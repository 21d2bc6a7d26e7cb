import Foundation

/// Instruction counts of whole runs under `valgrind --tool=callgrind`: unlike wall time, they do
/// not move when the machine is busy.
enum Instructions {
  /// The `valgrind` on PATH, if any.
  static let valgrind: String? = {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
      let path = "\(directory)/valgrind"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }()

  /// The instructions `program arguments` executes, from callgrind's `Collected :` line; nil
  /// when valgrind is absent or the run fails.
  static func count(_ program: String, _ arguments: [String]) -> Int? {
    guard let valgrind else { return nil }
    let log = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfn2tf-bench-callgrind-\(ProcessInfo.processInfo.processIdentifier).log")
    defer { try? FileManager.default.removeItem(at: log) }
    let result = Spawn.run(
      valgrind, ["--tool=callgrind", "--callgrind-out-file=/dev/null", program] + arguments,
      standardError: log.path)
    guard result == 0, let text = try? String(contentsOf: log, encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") {
      guard let range = line.range(of: "Collected : ") else { continue }
      return Int(line[range.upperBound...].trimmingCharacters(in: .whitespaces))
    }
    return nil
  }
}
