import Foundation
import Testing

/// A template saved as UTF-16 or UTF-32 is one error at its first byte naming the encoding and
/// its byte order, JSON or YAML, and nothing is written.
@Suite("Template encodings")
struct EncodingErrorTests {
  static func encoded(_ text: String, _ encoding: String.Encoding, bom: Bool) -> Data {
    let data = text.data(using: encoding)!
    // Foundation's `.utf32`/`.utf16` write a byte-order mark, their LE/BE forms none.
    guard bom else { return data }
    switch encoding {
    case .utf32LittleEndian: return Data([0xFF, 0xFE, 0, 0]) + data
    case .utf32BigEndian: return Data([0, 0, 0xFE, 0xFF]) + data
    case .utf16LittleEndian: return Data([0xFF, 0xFE]) + data
    default: return Data([0xFE, 0xFF]) + data
    }
  }

  @Test(
    "convert: the encoding named, at 1:1, nothing written",
    arguments: [
      (String.Encoding.utf32LittleEndian, "UTF-32LE"), (.utf32BigEndian, "UTF-32BE"),
      (.utf16LittleEndian, "UTF-16LE"), (.utf16BigEndian, "UTF-16BE"),
    ], [false, true])
  func convert(_ encoding: (String.Encoding, String), bom: Bool) throws {
    let templates = [
      "t.json": "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}\n",
      "t.yaml": "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n",
    ]
    for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
      let sandbox = try Sandbox()
      try Self.encoded(text, encoding.0, bom: bom).write(to: sandbox.url(name))
      let result = try sandbox.run(["convert", name, "-o", "out"])
      #expect(
        result
          == RunResult(
            status: 1, stdout: "",
            stderr: "\(name):1:1: error: the file is encoded as \(encoding.1); save it as UTF-8\n"
              + ConvertErrorTests.summary1), "\(name)")
      #expect(sandbox.listing() == [name])
    }
  }
}
