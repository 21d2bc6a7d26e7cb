import TestSupport
import Testing

@testable import CFNParser

/// The file name every YAML reader test uses.
let yamlFileName = "test.yaml"

/// Reads text that must be valid YAML with no diagnostic; returns its tree as compact JSON.
func yamlJSON(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
  let (value, diagnostics) = YAMLReader.read(text, fileName: yamlFileName)
  #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
  return value?.compactText ?? "<nothing>"
}

/// Reads marked text that must be valid YAML with no diagnostic, returning its value.
func readValidYAML(
  _ marked: MarkedText, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> JSONValue {
  let (value, diagnostics) = YAMLReader.read(bytes: marked.bytes, fileName: yamlFileName)
  #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
  return try #require(value, sourceLocation: sourceLocation)
}

/// Expects reading `marked` to fail with exactly `error`, at the marker `1️⃣`, as the only
/// diagnostic; returns that diagnostic for further checks of its notes.
@discardableResult
func expectYAMLError(
  _ marked: String, _ error: YAMLSyntaxError, rawBytes: [Unicode.Scalar: [UInt8]] = [:],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
  let text = MarkedText(marked, rawBytes: rawBytes)
  let result = YAMLReader.readDetailed(bytes: text.bytes, fileName: yamlFileName)
  #expect(result.value == nil, sourceLocation: sourceLocation)
  #expect(result.syntaxError?.value == error, sourceLocation: sourceLocation)
  let expected = text.location("1️⃣", file: yamlFileName, sourceLocation: sourceLocation)
  #expect(result.syntaxError?.location == expected, sourceLocation: sourceLocation)
  #expect(
    result.syntaxError?.range.startOffset == text.offset("1️⃣", sourceLocation: sourceLocation),
    sourceLocation: sourceLocation)
  #expect(result.diagnostics.count == 1, "\(result.diagnostics)", sourceLocation: sourceLocation)
  let diagnostic = result.diagnostics.last
  #expect(diagnostic?.severity == .error, sourceLocation: sourceLocation)
  #expect(diagnostic?.message == error.description, sourceLocation: sourceLocation)
  #expect(diagnostic?.location == expected, sourceLocation: sourceLocation)
  return diagnostic
}
