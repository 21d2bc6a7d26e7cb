import CFNParser
import Foundation
import TFEmitter
import Testing

/// `RetainTemplate` over every YAML template of AWS's library that is CloudFormation (rain's are
/// not): each is retained, reads back as the same template with both policies `Retain` on every
/// resource, differs from the input only in its policy lines, and gives cfn-lint nothing new to
/// report.
@Suite("Retain template over the YAML library")
struct RetainTemplateLibraryTests {
  /// Each YAML template that decodes, its text, and its retained text.
  static let retained: [(path: String, input: String, output: String?)] = {
    guard let shared = Repository.shared else { return [] }
    return TemplateLibraryYAMLTests.templates.compactMap { url in
      let bytes = (try? [UInt8](Data(contentsOf: url))) ?? []
      let path = String(TemplateLibraryTests.name(url).dropFirst("aws-templates/".count))
      guard TemplateDecoder.decode(bytes: bytes, fileName: path).template != nil else {
        return nil
      }
      _ = shared
      let result = RetainTemplate.retain(bytes: bytes, fileName: path)
      return (path, String(decoding: bytes, as: UTF8.self), result.text)
    }
  }()

  /// The lines of `text` that are not a resource's policy, with flow-style policies taken out.
  static func withoutPolicyLines(_ text: String) -> [Substring] {
    text.replacing(#/, (DeletionPolicy|UpdateReplacePolicy): ['"]?Retain['"]?/#, with: "")
      .split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains(#/^\s*['"]?(DeletionPolicy|UpdateReplacePolicy)['"]?:/#) }
  }

  @Test(
    "every template is retained; only the policies differ, both Retain on every resource",
    .enabled(if: Repository.shared != nil, "../shared/aws-templates is absent"))
  func roundTrip() throws {
    #expect(Self.retained.count >= 60)
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
      // The trees as CloudFormation reads them, loops expanded.
      let same = RetainTemplateCorpusTests.withoutPolicies(after.document).sameContent(
        as: RetainTemplateCorpusTests.withoutPolicies(before.document))
      #expect(same, "\(path): the trees differ beyond the policies")
      #expect(Self.withoutPolicyLines(output) == Self.withoutPolicyLines(input), "\(path)")
    }
  }

  @Test(
    "cfn-lint finds nothing in the retained templates that it did not find in the originals",
    .enabled(if: Repository.shared != nil, "../shared/aws-templates is absent"),
    .enabled(if: CFNLint.path != nil, "cfn-lint is not on PATH"))
  func cfnLint() throws {
    let inputs = try Repository.temporaryDirectory("retain-yaml-in")
    let outputs = try Repository.temporaryDirectory("retain-yaml-out")
    defer {
      try? FileManager.default.removeItem(at: inputs)
      try? FileManager.default.removeItem(at: outputs)
    }
    let retained = Self.retained.filter { $0.output != nil }
    #expect(retained.count == Self.retained.count)
    try Repository.write(retained.map { ($0.path, $0.input) }, to: inputs)
    try Repository.write(retained.map { ($0.path, $0.output!) }, to: outputs)
    let paths = retained.map(\.path)
    let before = try CFNLint.findings(paths, in: inputs)
    let after = try CFNLint.findings(paths, in: outputs)
    #expect(before.total > 0, "cfn-lint found nothing at all in the originals")
    #expect(after.subtracting(before) == [], "findings new in the retained templates")
  }
}
