import Foundation
import Testing

/// The same input gives the same bytes in every process: Swift seeds hashing per process, so an
/// iteration over a Dictionary or Set on the way to the output shows up here.
@Suite("Determinism")
struct DeterminismTests {
  @Test("the Datomic template converted in two processes gives byte-identical trees")
  func twoProcesses() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "template.json")
    let first = try sandbox.run(["convert", "template.json", "-o", "first"])
    let second = try sandbox.run(["convert", "template.json", "-o", "second"])
    #expect(first.status == 0)
    #expect(second.stdout == first.stdout.replacingOccurrences(of: "first", with: "second"))
    #expect(second.stderr == first.stderr)
    let a = try bytes(sandbox.url("first"))
    let b = try bytes(sandbox.url("second"))
    #expect(!a.isEmpty)
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
