import Foundation
import TestSupport
import Testing

/// The same input gives the same bytes in every process: Swift seeds hashing per process, so an
/// iteration over a Dictionary or Set on the way to the output shows up here. Every fixture and
/// every corpus template is converted twice, by two processes of the built binary: the first with
/// `SWIFT_DETERMINISTIC_HASHING` set (a fixed seed), the second without it (a random one), so
/// the two never share a seed.
@Suite("Determinism")
struct DeterminismTests {
  /// One conversion: a template and the options it is converted with.
  struct Case: Sendable, CustomTestStringConvertible {
    /// The template's path, absolute.
    var template: String
    /// Options after the template (`--generic`).
    var options: [String]

    var testDescription: String {
      ([template.split(separator: "/").suffix(3).joined(separator: "/")] + options)
        .joined(separator: " ")
    }
  }

  /// Every template of `Tests/Fixtures` (with its `options.txt`), of `../shared/corpus` and of
  /// `../shared/aws-templates` (JSON and YAML); Datomic's both with its profile and `--generic`.
  static let cases: [Case] = {
    var cases: [Case] = []
    for path in templates(below: Binary.fixtures) {
      let url = URL(fileURLWithPath: path)
      let optionsFile = url.deletingLastPathComponent().appendingPathComponent("options.txt")
      let options = (try? String(contentsOf: optionsFile, encoding: .utf8))?
        .split(whereSeparator: \.isWhitespace).map { "--\($0)" }
      cases.append(Case(template: path, options: options ?? []))
    }
    for folder in ["corpus", "aws-templates"] {
      guard let shared = RepositoryPaths.shared else { break }
      for path in templates(below: shared.appendingPathComponent(folder)) {
        cases.append(Case(template: path, options: []))
        if path.contains("datomic") { cases.append(Case(template: path, options: ["--generic"])) }
      }
    }
    return cases
  }()

  /// The JSON and YAML files below `directory`, sorted, except the expected output of fixtures.
  static func templates(below directory: URL) -> [String] {
    let base = directory.resolvingSymlinksInPath().path
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let isTemplate = [".json", ".yaml", ".yml", ".template"].contains { relative.hasSuffix($0) }
      guard isTemplate, !relative.contains("/expected/"), !relative.contains("/report/") else {
        continue
      }
      found.append(base + "/" + relative)
    }
    return found.sorted()
  }

  @Test("the fixtures and the corpus are all there")
  func found() {
    #expect(Self.cases.count(where: { $0.template.hasPrefix(Binary.fixtures.path) }) >= 5)
    #expect(Self.cases.count > 150, "found \(Self.cases.count) conversions only")
  }

  @Test(
    "a template converted in two processes gives byte-identical trees and diagnostics",
    arguments: cases)
  func twoProcesses(_ conversion: Case) throws {
    let sandbox = try Sandbox()
    let run = { (output: String, seed: String?) in
      try sandbox.run(
        ["convert", conversion.template, "-o", output] + conversion.options,
        environment: ["SWIFT_DETERMINISTIC_HASHING": seed])
    }
    let first = try run("first", "1")
    let second = try run("second", nil)
    #expect(second.status == first.status)
    #expect(second.stdout == first.stdout.replacingOccurrences(of: "first", with: "second"))
    #expect(second.stderr == first.stderr)
    let a = try bytes(sandbox.url("first"))
    let b = try bytes(sandbox.url("second"))
    #expect((first.status == 0) == !a.isEmpty)
    #expect(a.keys.sorted() == b.keys.sorted())
    for (path, contents) in a {
      #expect(b[path] == contents, "\(path) differs between the two runs")
    }
  }

  /// Every file below `directory` by relative path, as raw bytes.
  func bytes(_ directory: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in Binary.tree(at: directory).keys {
      files[path] = try Data(contentsOf: directory.appendingPathComponent(path))
    }
    return files
  }
}
