import TestSupport
import Testing

@testable import CFNParser

/// The file name every JSON reader test uses.
let testFileName = "test.json"

/// Reads marked text as `test.json`.
func readJSON(_ marked: MarkedText) -> (value: JSONValue?, diagnostics: [Diagnostic]) {
  JSONReader.read(bytes: marked.bytes, fileName: testFileName)
}

/// Reads marked text that must be valid JSON with no diagnostic, returning its value.
func readValid(
  _ marked: MarkedText, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> JSONValue {
  let (value, diagnostics) = readJSON(marked)
  #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
  return try #require(value, sourceLocation: sourceLocation)
}

/// Expects reading `marked` to fail with exactly `error`, at the marker `1️⃣`, as the only
/// diagnostic; returns that diagnostic for further checks of its notes.
@discardableResult
func expectSyntaxError(
  _ marked: String, _ error: JSONSyntaxError, rawBytes: [Unicode.Scalar: [UInt8]] = [:],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
  expectReadError(
    marked, error, fileName: testFileName, rawBytes: rawBytes, sourceLocation: sourceLocation,
    read: { JSONReader.readDetailed(bytes: $0, fileName: $1) })
}

extension JSONValue {
  /// This value and every value inside it, depth first, in source order.
  var allValues: [JSONValue] {
    switch kind {
    case .array(let items): [self] + items.flatMap(\.allValues)
    case .object(let members): [self] + members.flatMap(\.value.allValues)
    default: [self]
    }
  }
}
