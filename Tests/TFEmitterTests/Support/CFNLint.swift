import Foundation

/// `cfn-lint` as a test oracle, where it is installed: tests that need it are enabled with
/// `.enabled(if: CFNLint.path != nil)`, so a missing linter makes them report themselves skipped
/// by name.
enum CFNLint {
  /// The `cfn-lint` executable on `PATH`, if any.
  static let path: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/cfn-lint" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  /// A multiset of findings, each `<file> <rule id> <JSON path>`: the path names the place in the
  /// template's tree, which inserted text does not move (line numbers it does).
  struct Findings: Equatable {
    var counts: [String: Int] = [:]

    /// The findings of `self` beyond those of `other`, each repeated as often as it is in excess.
    func subtracting(_ other: Findings) -> [String] {
      counts.keys.sorted().flatMap { key in
        Array(repeating: key, count: max(0, counts[key]! - (other.counts[key] ?? 0)))
      }
    }

    /// How many findings there are.
    var total: Int { counts.values.reduce(0, +) }
  }

  /// Lints `files` (relative to `directory`) in one run, `cfn-lint -f json`, and returns the
  /// findings. Throws when the output is not cfn-lint's JSON list.
  static func findings(_ files: [String], in directory: URL) throws -> Findings {
    let output = directory.appendingPathComponent(".cfn-lint.json")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: output) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path!)
    process.arguments = ["-f", "json", "--"] + files
    process.currentDirectoryURL = directory
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let data = try Data(contentsOf: output)
    guard let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
      throw LintError(
        message: "cfn-lint printed no JSON list: \(String(decoding: data, as: UTF8.self))")
    }
    var findings = Findings()
    for item in list {
      let file = item["Filename"] as? String ?? "?"
      let rule = (item["Rule"] as? [String: Any])?["Id"] as? String ?? "?"
      let path = ((item["Location"] as? [String: Any])?["Path"] as? [Any] ?? []).map { "\($0)" }
      findings.counts["\(file) \(rule) \(path.joined(separator: "/"))", default: 0] += 1
    }
    return findings
  }

  /// cfn-lint did not produce a result.
  struct LintError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
