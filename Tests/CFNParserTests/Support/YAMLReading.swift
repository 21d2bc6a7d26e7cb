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
  expectReadError(
    marked, error, fileName: yamlFileName, rawBytes: rawBytes, sourceLocation: sourceLocation,
    read: { YAMLReader.readDetailed(bytes: $0, fileName: $1) })
}
