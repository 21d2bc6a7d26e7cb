import CFNParser
import Foundation
import TFEmitter
import Testing

/// Every template of `../shared/corpus` and `../shared/aws-templates`, JSON and YAML, converted
/// (Datomic's with its profile and `--generic`), gives the same bytes as when `Tests/Fixtures/output-digests.txt`
/// was recorded: a digest of every file written and every diagnostic, per template. The guard of
/// work that must not change the output (speed, refactoring); a change made on purpose is
/// recorded again with `CFN2TF_RECORD_FIXTURES=1`, as the golden fixtures are, and the diff of
/// the digest file shows which templates it touched.
@Suite("Output digests of the whole corpus")
struct OutputDigestTests {
  static let digestFile = Repository.fixtures.appendingPathComponent("output-digests.txt")

  /// `corpus/<folder>/<name>` and `aws-templates/<path>` of every template, sorted.
  static let templates: [String] = {
    guard let shared = Repository.shared else { return [] }
    var found: [String] = []
    for root in ["corpus", "aws-templates"] {
      let base = shared.appendingPathComponent(root)
      let enumerator = FileManager.default.enumerator(atPath: base.path)
      while let path = enumerator?.nextObject() as? String {
        if path.hasSuffix(".json") || path.hasSuffix(".yaml") || path.hasSuffix(".yml")
          || path.hasSuffix(".template")
        {
          found.append("\(root)/\(path)")
        }
      }
    }
    return found.sorted()
  }()

  /// One line per template and profile choice: `<digest> <template> [generic]`.
  static func digests() throws -> [String] {
    var lines: [String] = []
    for path in templates {
      let url = try #require(Repository.shared).appendingPathComponent(path)
      let bytes = try [UInt8](Data(contentsOf: url))
      // The profile choice matters for Datomic's templates only.
      for generic in path.contains("datomic") ? [false, true] : [false] {
        var options = ConversionOptions()
        options.useProfiles = !generic
        let conversion = Converter.convert(
          bytes: bytes, fileName: url.lastPathComponent, options: options)
        var hash = Digest()
        for file in conversion.files {
          hash.add(file.path)
          hash.add(file.bytes)
        }
        for diagnostic in conversion.diagnostics { hash.add(diagnostic.description) }
        lines.append("\(hash.hex) \(path)\(generic ? " generic" : "")")
      }
    }
    return lines
  }

  @Test(
    "every corpus template converts to the bytes recorded",
    .enabled(if: Repository.shared != nil, "../shared is absent: the corpus digests are skipped"))
  func unchanged() throws {
    let actual = try Self.digests()
    #expect(actual.count > 150, "found \(actual.count) conversions only")
    if GoldenFixtureTests.recording {
      try Data((actual.joined(separator: "\n") + "\n").utf8).write(to: Self.digestFile)
      Issue.record("recorded output-digests.txt: unset CFN2TF_RECORD_FIXTURES and run again")
      return
    }
    let expected = try String(contentsOf: Self.digestFile, encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let changed = Set(actual).symmetricDifference(expected).map {
      $0.split(separator: " ").dropFirst().joined(separator: " ")
    }
    #expect(changed.isEmpty, "output changed for: \(Set(changed).sorted())")
  }
}

/// FNV-1a, 64 bits, over a sequence of byte strings (each ended by its length, so that the
/// boundaries count): stable across runs and machines, enough to notice a changed byte.
struct Digest {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ bytes: some Sequence<UInt8>) {
    var count: UInt64 = 0
    for byte in bytes {
      state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
      count += 1
    }
    for shift in stride(from: 0, to: 64, by: 8) {
      state = (state ^ (count >> UInt64(shift) & 0xFF)) &* 0x100_0000_01b3
    }
  }

  mutating func add(_ text: String) { add(text.utf8) }

  var hex: String {
    let text = String(state, radix: 16)
    return String(repeating: "0", count: 16 - text.count) + text
  }
}
