import Foundation
import TFEmitter
import Testing

/// `convert` writes each text file from its string's own UTF-8 and each binary file from its
/// bytes: the files on disk are exactly the conversion's, text beyond ASCII, a zip archive and a
/// report of tens of kilobytes included.
@Suite("Written bytes")
struct WrittenBytesTests {
  /// A template with text beyond ASCII, inline Lambda code (written as a zip archive) and enough
  /// resources for a large report.
  static func template() -> String {
    let buckets = (0..<300).map {
      """
      "Bucket\($0)": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [
        {"Key": "Name", "Value": "ünïcode ✓ 日本 \($0)"}]}}
      """
    }
    return """
      {"Description": "Größe ✓ 日本",
       "Parameters": {"Name": {"Type": "String", "Default": "café", "Description": "naïve"}},
       "Resources": {
         "Fn": {"Type": "AWS::Lambda::Function", "Properties": {
           "Handler": "index.handler", "Runtime": "python3.12",
           "Role": "arn:aws:iam::123456789012:role/x",
           "Code": {"ZipFile": "print('héllo ✓')\\n"}}},
         \(buckets.joined(separator: ",\n"))}}
      """
  }

  @Test("every file written holds the bytes of the conversion's file")
  func filesHoldConversionBytes() throws {
    let sandbox = try Sandbox()
    let text = Self.template()
    try sandbox.write("template.json", text)
    let result = try sandbox.run(["convert", "template.json", "-o", "out"])
    #expect(result.status == 0, "\(result)")
    let conversion = Converter.convert(text, fileName: "template.json")
    #expect(conversion.files.contains { $0.binary != nil })
    #expect(conversion.files.contains { $0.contents.utf8.count > 50_000 })
    for file in conversion.files {
      let written = try Data(contentsOf: sandbox.url("out/" + file.path))
      #expect(written == Data(file.bytes), "\(file.path) differs from the conversion's")
    }
    #expect(sandbox.tree("out").keys.sorted() == conversion.files.map(\.path).sorted())
  }
}
