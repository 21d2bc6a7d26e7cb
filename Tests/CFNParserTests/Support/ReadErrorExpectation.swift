import TestSupport
import Testing

@testable import CFNParser

/// Expects reading `marked` with `read` (a reader's `readDetailed`) to fail with exactly `error`,
/// at the marker `1️⃣` in `fileName`, as the only diagnostic; returns that diagnostic for further
/// checks of its notes. The one body behind `expectSyntaxError` (JSON) and `expectYAMLError`.
@discardableResult
func expectReadError<SyntaxError: Equatable & CustomStringConvertible>(
  _ marked: String, _ error: SyntaxError, fileName: String,
  rawBytes: [Unicode.Scalar: [UInt8]] = [:],
  sourceLocation: Testing.SourceLocation = #_sourceLocation,
  read: ([UInt8], String) -> (
    value: JSONValue?, diagnostics: [Diagnostic], syntaxError: Located<SyntaxError>?
  )
) -> Diagnostic? {
  let text = MarkedText(marked, rawBytes: rawBytes)
  let result = read(text.bytes, fileName)
  #expect(result.value == nil, sourceLocation: sourceLocation)
  #expect(result.syntaxError?.value == error, sourceLocation: sourceLocation)
  let expected = text.location("1️⃣", file: fileName, sourceLocation: sourceLocation)
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
