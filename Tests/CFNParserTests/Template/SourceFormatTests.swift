import Testing

@testable import CFNParser

/// JSON or YAML, told from the content.
@Suite("Source format")
struct SourceFormatTests {
  @Test(
    "JSON starts with '{' or '[' after whitespace and a byte-order mark; anything else is YAML",
    arguments: [
      ("{\"a\": 1}", SourceFormat.json), ("  \n\t{}", .json), ("\u{FEFF}{}", .json), ("[]", .json),
      ("a: 1", .yaml), ("---\n{}", .yaml), ("# {\n{}", .yaml), ("", .yaml), ("  ", .yaml),
    ])
  func detects(text: String, format: SourceFormat) {
    #expect(SourceFormat.detect(Array(text.utf8)) == format)
  }

  @Test("a flow mapping in YAML's style reads as YAML; a slip in JSON stays a JSON error")
  func fallback() {
    let flow = SourceFormat.read(bytes: Array("{Resources: {B: {Type: 'X'}}}".utf8), fileName: "t")
    #expect(flow.format == .yaml)
    #expect(flow.value?.compactText == #"{"Resources":{"B":{"Type":"X"}}}"#)
    for slip in [#"{"a": 1,}"#, #"{"a": tru}"#, #"{"a": 1 "b": 2}"#] {
      let read = SourceFormat.read(bytes: Array(slip.utf8), fileName: "t")
      #expect(read.format == .json, "\(slip)")
      #expect(read.value == nil, "\(slip)")
      #expect(read.diagnostics.count == 1, "\(slip)")
    }
  }
}
