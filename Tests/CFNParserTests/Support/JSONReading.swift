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
  let text = MarkedText(marked, rawBytes: rawBytes)
  let result = JSONReader.readDetailed(bytes: text.bytes, fileName: testFileName)
  #expect(result.value == nil, sourceLocation: sourceLocation)
  #expect(result.syntaxError?.value == error, sourceLocation: sourceLocation)
  let expected = text.location("1️⃣", sourceLocation: sourceLocation)
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
