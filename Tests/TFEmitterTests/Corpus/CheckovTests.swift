import CFNParser
import Foundation
import Testing

@testable import TFEmitter

/// checkov over the Datomic modules: every bundled fixture converted as its golden test converts
/// it, and again with `--harden`, scanned in one run. A failed check the README does not list,
/// with the reason it does not apply, fails the test, as does a listed check that no longer
/// fails, so that the list and the modules cannot drift apart.
@Suite("checkov over the Datomic modules")
struct CheckovTests {
  /// `CHECKOV` when it names an executable, else `checkov` on `PATH`.
  static let checkov: URL? = {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["CHECKOV"], FileManager.default.isExecutableFile(atPath: path) {
      return URL(fileURLWithPath: path)
    }
    for directory in (environment["PATH"] ?? "").split(separator: ":") {
      let url = URL(fileURLWithPath: String(directory)).appendingPathComponent("checkov")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }()

  /// The longest a checkov run may take.
  static let timeout: TimeInterval = 600

  /// One failed check: its id, the resource and the file it is in.
  struct Finding: Hashable, CustomStringConvertible {
    var check: String
    var resource: String
    var file: String
    var description: String { "\(check) on \(resource) (\(file))" }
  }

  /// The modules to scan, by folder name: each fixture with its golden options, then hardened.
  static func modules() throws -> [(name: String, conversion: Conversion)] {
    let names = try FileManager.default.contentsOfDirectory(atPath: Repository.fixtures.path)
    var modules: [(String, Conversion)] = []
    for name in names.sorted() where name.hasPrefix("datomic") {
      let folder = Repository.fixtures.appendingPathComponent(name)
      guard
        let template = ["template.json", "template.yaml"].map({
          folder.appendingPathComponent($0)
        }).first(where: { FileManager.default.fileExists(atPath: $0.path) })
      else { continue }
      let bytes = Array(try Data(contentsOf: template))
      let optionsText =
        (try? String(contentsOf: folder.appendingPathComponent("options.txt"), encoding: .utf8))
        ?? ""
      var options = ConversionOptions()
      if optionsText.contains("launch-configuration") {
        options.launchConfigurationTarget = .launchConfiguration
      }
      if optionsText.contains("generic") { options.useProfiles = false }
      for harden in [false, true] {
        options.harden = harden
        let conversion = Converter.convert(
          bytes: bytes, fileName: template.lastPathComponent, options: options)
        modules.append((name + (harden ? "-harden" : ""), conversion))
      }
    }
    return modules
  }

  /// The checks the README lists under "checkov over the Datomic modules", each with its reason.
  static func listedChecks() throws -> [String: String] {
    let readme = try String(
      contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(
      readme.components(separatedBy: "\n### checkov over the Datomic modules\n").dropFirst().first,
      "README.md has no section 'checkov over the Datomic modules'")
    var listed: [String: String] = [:]
    for line in section.components(separatedBy: "\n#").first!.split(separator: "\n")
    where line.hasPrefix("| `CKV") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count == 3 else { continue }
      listed[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[2]
    }
    return listed
  }

  /// Runs checkov once over `directory`: the failed checks, and the summary's counts.
  static func scan(_ directory: URL, checkov: URL) throws -> (
    findings: [Finding], summary: [String: Any]
  ) {
    let process = Process()
    process.executableURL = checkov
    process.arguments = [
      "--directory", directory.path, "--framework", "terraform", "--output", "json", "--quiet",
      "--compact", "--skip-download",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["BC_SKIP_MAPPING"] = "TRUE"
    process.environment = environment
    let output = directory.deletingLastPathComponent().appendingPathComponent(
      "\(directory.lastPathComponent).json")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let handle = try FileHandle(forWritingTo: output)
    defer { try? handle.close() }
    process.standardOutput = handle
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      Issue.record("checkov took longer than \(Int(timeout)) s")
      return ([], [:])
    }
    // 0: nothing failed; 1: checks failed. Anything else is checkov's own failure.
    #expect(
      [0, 1].contains(process.terminationStatus), "checkov exited \(process.terminationStatus)")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output))
    let reports = (json as? [[String: Any]]) ?? [json as? [String: Any] ?? [:]]
    var findings: [Finding] = []
    var summary: [String: Any] = [:]
    for report in reports where report["check_type"] as? String == "terraform" {
      summary = report["summary"] as? [String: Any] ?? [:]
      let results = report["results"] as? [String: Any] ?? [:]
      for failed in results["failed_checks"] as? [[String: Any]] ?? [] {
        findings.append(
          Finding(
            check: failed["check_id"] as? String ?? "?",
            resource: failed["resource"] as? String ?? "?",
            file: failed["file_path"] as? String ?? "?"))
      }
    }
    return (findings, summary)
  }

  @Test(
    "no failed check that the README does not list with the reason it does not apply",
    .enabled(
      if: checkov != nil,
      "checkov is absent: set CHECKOV to its path or put it on PATH (.ci/run installs it in a venv of its own)"
    ))
  func datomicModules() throws {
    let checkov = try #require(Self.checkov)
    let listed = try Self.listedChecks()
    #expect(!listed.isEmpty, "the README lists no check")
    for (check, reason) in listed.sorted(by: { $0.key < $1.key }) {
      #expect(!reason.isEmpty, "the README gives no reason for \(check)")
    }
    let root = try Repository.temporaryDirectory("checkov")
    defer { try? FileManager.default.removeItem(at: root) }
    let directory = root.appendingPathComponent("modules")
    for (name, conversion) in try Self.modules() {
      #expect(!conversion.diagnostics.containsErrors, "\(name): \(conversion.diagnostics)")
      for file in conversion.files {
        let url = directory.appendingPathComponent("\(name)/\(file.path)")
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.bytes).write(to: url)
      }
    }
    let (findings, summary) = try Self.scan(directory, checkov: checkov)
    #expect(summary["parsing_errors"] as? Int == 0, "checkov could not parse: \(summary)")
    #expect((summary["resource_count"] as? Int ?? 0) > 0, "checkov scanned nothing: \(summary)")
    let unlisted = findings.filter { listed[$0.check] == nil }
    #expect(
      unlisted.isEmpty,
      "failed checks the README does not list:\n\(unlisted.map(\.description).sorted().joined(separator: "\n"))"
    )
    let stale = Set(listed.keys).subtracting(findings.map(\.check)).sorted()
    #expect(stale.isEmpty, "the README lists checks that no longer fail: \(stale)")
    // The profile's own hardening: point-in-time recovery and aborted incomplete uploads.
    for check in ["CKV_AWS_28", "CKV_AWS_300"] {
      #expect(!findings.contains { $0.check == check }, "\(check) fails")
    }
  }
}
