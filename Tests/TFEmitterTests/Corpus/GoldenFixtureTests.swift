import CFNParser
import Foundation
import TFEmitter
import Testing

/// Golden cases: each `Tests/Fixtures/<case>/` holds `template.json` and `expected/`, the exact
/// output tree; `expected.stderr` holds the diagnostics when there are any; `options.txt` may hold
/// `launch-configuration` and `generic` (no profile). `CFN2TF_RECORD_FIXTURES=1` rewrites the expected files and fails, so a
/// recording run is never mistaken for a pass.
@Suite("Golden fixtures")
struct GoldenFixtureTests {
  static let cases: [String] = {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: Repository.fixtures.path)) ?? []
    return names.filter {
      FileManager.default.fileExists(
        atPath: Repository.fixtures.appendingPathComponent("\($0)/template.json").path)
    }.sorted()
  }()

  static var recording: Bool {
    ProcessInfo.processInfo.environment["CFN2TF_RECORD_FIXTURES"] == "1"
  }

  static func convert(_ name: String) throws -> Conversion {
    let folder = Repository.fixtures.appendingPathComponent(name)
    let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("template.json")))
    var options = ConversionOptions()
    let optionsFile = folder.appendingPathComponent("options.txt")
    let optionsText = (try? String(contentsOf: optionsFile, encoding: .utf8)) ?? ""
    if optionsText.contains("launch-configuration") {
      options.launchConfigurationTarget = .launchConfiguration
    }
    if optionsText.contains("generic") { options.useProfiles = false }
    return Converter.convert(bytes: bytes, fileName: "template.json", options: options)
  }

  @Test("there is at least the bundled Datomic fixture")
  func casesExist() {
    #expect(Self.cases.contains("datomic"))
  }

  @Test("output matches expected/ byte for byte", arguments: cases)
  func matchesExpected(_ name: String) throws {
    let folder = Repository.fixtures.appendingPathComponent(name)
    let expectedDirectory = folder.appendingPathComponent("expected")
    let conversion = try Self.convert(name)
    let stderr = conversion.diagnostics.map(\.description).joined(separator: "\n")
    let stderrFile = folder.appendingPathComponent("expected.stderr")
    if Self.recording {
      try? FileManager.default.removeItem(at: expectedDirectory)
      try Repository.write(conversion.files.map { ($0.path, $0.contents) }, to: expectedDirectory)
      if stderr.isEmpty {
        try? FileManager.default.removeItem(at: stderrFile)
      } else {
        try Data((stderr + "\n").utf8).write(to: stderrFile)
      }
      Issue.record("recorded \(name): unset CFN2TF_RECORD_FIXTURES and run the tests again")
      return
    }
    let expectedPaths = Repository.files(under: expectedDirectory)
    #expect(conversion.files.map(\.path) == expectedPaths, "file list of \(name)")
    for file in conversion.files {
      let url = expectedDirectory.appendingPathComponent(file.path)
      guard let expected = try? String(contentsOf: url, encoding: .utf8) else { continue }
      #expect(
        file.contents == expected,
        "\(name)/\(file.path) differs:\n\(UnifiedDiff.diff(expected: expected, actual: file.contents))"
      )
    }
    let expectedStderr = (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
    #expect(
      stderr.isEmpty ? expectedStderr.isEmpty : expectedStderr == stderr + "\n",
      "diagnostics of \(name)")
  }

  @Test("converting twice gives the same bytes", arguments: cases)
  func deterministic(_ name: String) throws {
    #expect(try Self.convert(name) == Self.convert(name))
  }

  @Test(
    "expected modules pass tf-validate (fmt, init, validate)",
    .enabled(if: Repository.canValidate, "terraform, the provider mirror or tf-validate is absent"))
  func expectedModulesValidate() throws {
    // Copies: terraform init writes a lock file into the directory it checks, which the
    // byte-for-byte test, running at the same time, would see.
    let scratch = try Repository.temporaryDirectory("golden")
    defer { try? FileManager.default.removeItem(at: scratch) }
    var directories: [URL] = []
    for name in Self.cases {
      let expected = Repository.fixtures.appendingPathComponent("\(name)/expected")
      guard Repository.files(under: expected).contains(where: { $0.hasSuffix(".tf") }) else {
        continue
      }
      let copy = scratch.appendingPathComponent(name)
      try FileManager.default.copyItem(at: expected, to: copy)
      directories.append(copy)
    }
    let (status, output) = try Repository.validate(directories)
    #expect(status == 0, "\(output)")
  }
}
