import CFNParser
import Foundation
import Testing

@Suite("Corpus templates decode and form a graph")
struct CorpusTemplateTests {
  /// Real mistakes in corpus files: CloudFormation itself rejects these templates.
  static let knownGraphErrors = [
    "EC2Conditions.json":
      "EC2Conditions.json:149:16: error: unknown condition 'ConditionNameEqualsFoo'"
  ]

  @Test(
    "every corpus template decodes with no error and no dangling reference",
    .enabled(if: Corpus.isAvailable, "../shared/corpus is absent"))
  func decodeAll() throws {
    let files = Corpus.templates()
    #expect(files.count >= 20)
    for file in files {
      let bytes = try [UInt8](Data(contentsOf: file))
      let (template, diagnostics) = TemplateDecoder.decode(
        bytes: bytes, fileName: file.lastPathComponent)
      let errors = diagnostics.filter(\.isError)
      #expect(errors.isEmpty, "\(file.lastPathComponent): \(errors)")
      guard let template else { continue }
      let (graph, graphDiagnostics) = GraphBuilder.build(template)
      let expected = Self.knownGraphErrors[file.lastPathComponent].map { [$0] } ?? []
      #expect(graphDiagnostics.map(\.description) == expected, "\(file.lastPathComponent)")
      #expect(graph.topologicalOrder.count == graph.nodes.count)
    }
  }
}
