import CFNParser
import Foundation
import TFEmitter
import Testing

/// `RetainTemplate` over every template in `../shared/corpus`: each is retained, reads back as the
/// same template with both policies `Retain` on every resource, differs from the input only by
/// the inserted members, and gives cfn-lint nothing new to report.
@Suite("Retain template over the corpus")
struct RetainTemplateCorpusTests {
  /// Every `.json` file below `../shared/corpus`, as paths relative to it, sorted.
  static let templates: [String] = {
    guard let shared = Repository.shared else { return [] }
    return Repository.files(under: shared.appendingPathComponent("corpus")).filter {
      $0.hasSuffix(".json")
    }
  }()

  /// Each template's text and its retained text, in the order of `templates`.
  static let retained: [(path: String, input: String, output: String?)] = templates.map { path in
    let url = Repository.shared!.appendingPathComponent("corpus/\(path)")
    let bytes = (try? [UInt8](Data(contentsOf: url))) ?? []
    let result = RetainTemplate.retain(bytes: bytes, fileName: path)
    return (path, String(decoding: bytes, as: UTF8.self), result.text)
  }

  /// The inserted text: the corpus has no policies, so each resource gets both, together.
  static var insertion: Regex<Substring> {
    #/\s*,\s*"DeletionPolicy"\s*:\s*"Retain"\s*,\s*"UpdateReplacePolicy"\s*:\s*"Retain"/#
  }

  @Test(
    "every template is retained; only the two policies differ, both Retain on every resource",
    .enabled(if: Repository.shared != nil, "../shared/corpus is absent"))
  func roundTrip() throws {
    // The corpus as of this test; a new template should be looked at, so the count is exact.
    #expect(Self.templates.count == 26)
    for (path, input, output) in Self.retained {
      let output = try #require(output, "\(path) was not retained")
      let before = try #require(TemplateDecoder.decode(input, fileName: path).template)
      let decoded = TemplateDecoder.decode(output, fileName: path)
      #expect(!decoded.diagnostics.containsErrors, "\(path): \(decoded.diagnostics)")
      let after = try #require(decoded.template, "\(path) does not decode")
      #expect(after.resources.map(\.logicalId) == before.resources.map(\.logicalId))
      for resource in after.resources {
        #expect(resource.deletionPolicy?.value == "Retain", "\(path): \(resource.logicalId)")
        #expect(resource.updateReplacePolicy?.value == "Retain", "\(path): \(resource.logicalId)")
      }
      let inputTree = try #require(JSONReader.read(input, fileName: path).value)
      let outputTree = try #require(JSONReader.read(output, fileName: path).value)
      #expect(
        Self.withoutPolicies(outputTree).sameContent(as: Self.withoutPolicies(inputTree)),
        "\(path): the trees differ beyond the policies")
      // Text: taking the inserted members out gives back the input byte for byte.
      #expect(output.matches(of: Self.insertion).count == before.resources.count, "\(path)")
      #expect(output.replacing(Self.insertion, with: "") == input, "\(path)")
    }
  }

  /// `value` with every resource's two policy members removed.
  static func withoutPolicies(_ value: JSONValue) -> JSONValue {
    guard case .object(let members) = value.kind else { return value }
    let stripped = members.map { member -> JSONMember in
      guard member.key == "Resources", case .object(let resources) = member.value.kind else {
        return member
      }
      var copy = member
      copy.value.kind = .object(
        resources.map { resource in
          var resource = resource
          if case .object(let attributes) = resource.value.kind {
            resource.value.kind = .object(
              attributes.filter { $0.key != "DeletionPolicy" && $0.key != "UpdateReplacePolicy" })
          }
          return resource
        })
      return copy
    }
    return JSONValue(.object(stripped), range: value.range)
  }

  @Test(
    "cfn-lint finds nothing in the retained templates that it did not find in the originals",
    .enabled(if: Repository.shared != nil, "../shared/corpus is absent"),
    .enabled(if: CFNLint.path != nil, "cfn-lint is not on PATH"))
  func cfnLint() throws {
    let inputs = try Repository.temporaryDirectory("retain-lint-in")
    let outputs = try Repository.temporaryDirectory("retain-lint-out")
    defer {
      try? FileManager.default.removeItem(at: inputs)
      try? FileManager.default.removeItem(at: outputs)
    }
    let retained = Self.retained.filter { $0.output != nil }
    #expect(retained.count == Self.templates.count)
    try Repository.write(retained.map { ($0.path, $0.input) }, to: inputs)
    try Repository.write(retained.map { ($0.path, $0.output!) }, to: outputs)
    let paths = retained.map(\.path)
    let before = try CFNLint.findings(paths, in: inputs)
    let after = try CFNLint.findings(paths, in: outputs)
    #expect(before.total > 0, "cfn-lint found nothing at all in the originals")
    #expect(after.subtracting(before) == [], "findings new in the retained templates")
  }
}
