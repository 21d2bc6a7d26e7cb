import Foundation
import TFEmitter
import Testing

/// `cfn2tf retain`: the retained template on standard output or in the `--output` file, written
/// whole or not at all; one summary line per resource on standard error.
@Suite("Retaining")
struct RetainCommandTests {
  static let template = """
    {
      "Resources": {
        "Bucket": {
          "Type": "AWS::S3::Bucket",
          "DeletionPolicy": "Snapshot"
        },
        "Topic": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": "a\\/b"}}
      }
    }

    """

  static let retained = """
    {
      "Resources": {
        "Bucket": {
          "Type": "AWS::S3::Bucket",
          "DeletionPolicy": "Retain",
          "UpdateReplacePolicy": "Retain"
        },
        "Topic": {"Type": "AWS::SNS::Topic", "DeletionPolicy": "Retain", \
    "UpdateReplacePolicy": "Retain", "Properties": {"DisplayName": "a\\/b"}}
      }
    }

    """

  static let summary = """
    Bucket: DeletionPolicy Retain (was Snapshot; Retain keeps the resource itself, not only a \
    snapshot, which is safer), UpdateReplacePolicy Retain (added)
    Topic: DeletionPolicy Retain (added), UpdateReplacePolicy Retain (added)

    """

  /// A sandbox holding `stack.json`.
  static func sandbox(_ template: String = template) throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.write("stack.json", template)
    return sandbox
  }

  /// The bytes of the file at `path` in `sandbox`.
  static func bytes(_ path: String, in sandbox: Sandbox) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: sandbox.url(path)))
  }

  @Test(
    "standard output gets the template alone; the summary goes to standard error",
    arguments: [["stack.json"], ["stack.json", "-o", "-"], ["--output=-", "stack.json"]])
  func standardOutput(_ arguments: [String]) throws {
    let sandbox = try Self.sandbox()
    let result = try sandbox.run(["retain"] + arguments)
    #expect(result == RunResult(status: 0, stdout: Self.retained, stderr: Self.summary))
    #expect(sandbox.tree(".") == ["stack.json": Self.template], "nothing is written")
  }

  @Test("--kept writes the template the stack keeps: the module's cloudformation/kept.json")
  func kept() throws {
    let sandbox = try Sandbox()
    try sandbox.write("stack.json", Self.template)
    let result = try sandbox.run(["retain", "stack.json", "--kept", "--keep", "Topic"])
    #expect(result.status == 0, "\(result)")
    var options = ConversionOptions()
    options.keptResources = ["Topic"]
    let module = Converter.convert(Self.template, fileName: "stack.json", options: options)
    #expect(result.stdout == module.file("cloudformation/kept.json")?.contents)
    let nothing = try sandbox.run(["retain", "stack.json", "--kept"])
    #expect(nothing.status == 1)
    #expect(
      nothing.stderr.hasPrefix(
        "error: nothing of stack.json stays in CloudFormation: every resource converts\n"))
    let usage = try sandbox.run(["retain", "stack.json", "--keep", "Topic"])
    #expect(usage.status == 64)
    #expect(usage.stderr.hasPrefix("Error: '--keep' needs '--kept'\n"))
  }

  @Test("'-' reads standard input")
  func standardInput() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["retain", "-"], stdin: Self.template)
    #expect(result == RunResult(status: 0, stdout: Self.retained, stderr: Self.summary))
    #expect(sandbox.listing() == [])
  }

  @Test("-o writes the file, names it on standard output, and leaves no temporary file")
  func outputFile() throws {
    let sandbox = try Self.sandbox()
    try sandbox.mkdir("out")
    let result = try sandbox.run(["retain", "stack.json", "-o", "out/stack.json"])
    #expect(
      result == RunResult(status: 0, stdout: "Wrote out/stack.json\n", stderr: Self.summary))
    #expect(sandbox.tree(".") == ["stack.json": Self.template, "out/stack.json": Self.retained])
    #expect(sandbox.listing("out") == ["stack.json"])
  }

  @Test("an existing file is refused without --force and left untouched")
  func refusedWithoutForce() throws {
    let sandbox = try Self.sandbox()
    try sandbox.write("out.json", "old\n")
    let result = try sandbox.run(["retain", "stack.json", "-o", "out.json"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: """
            error: output file 'out.json' exists
              note: pass '--force' to replace it, or choose another '--output'

            """))
    #expect(sandbox.tree(".") == ["out.json": "old\n", "stack.json": Self.template])
  }

  @Test("--force replaces an existing file and keeps its permissions")
  func replacedWithForce() throws {
    let sandbox = try Self.sandbox()
    try sandbox.write("out.json", "old\n")
    let path = sandbox.url("out.json").path
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    let result = try sandbox.run(["retain", "stack.json", "-o", "out.json", "--force"])
    #expect(result == RunResult(status: 0, stdout: "Wrote out.json\n", stderr: Self.summary))
    #expect(sandbox.tree(".") == ["out.json": Self.retained, "stack.json": Self.template])
    let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
    #expect((permissions as? NSNumber)?.intValue == 0o640)
  }

  @Test(
    "the template itself is never replaced without --force, however it is spelled",
    arguments: ["stack.json", "./stack.json", "dir/../stack.json", "link.json"])
  func templateNotReplaced(_ output: String) throws {
    let sandbox = try Self.sandbox()
    try sandbox.mkdir("dir")
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.url("link.json").path, withDestinationPath: "stack.json")
    let result = try sandbox.run(["retain", "stack.json", "-o", output])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: """
            error: output file '\(output)' is the template itself
              note: pass '--force' to replace the template with its retained version, or choose \
            another '--output'

            """))
    #expect(try String(contentsOf: sandbox.url("stack.json"), encoding: .utf8) == Self.template)
  }

  @Test("-o naming the template and --force replace it; through a link, the link stays")
  func templateReplacedWithForce() throws {
    for output in ["stack.json", "link.json"] {
      let sandbox = try Self.sandbox()
      try FileManager.default.createSymbolicLink(
        atPath: sandbox.url("link.json").path, withDestinationPath: "stack.json")
      let result = try sandbox.run(["retain", "stack.json", "-o", output, "--force"])
      #expect(result == RunResult(status: 0, stdout: "Wrote \(output)\n", stderr: Self.summary))
      #expect(try String(contentsOf: sandbox.url("stack.json"), encoding: .utf8) == Self.retained)
      #expect(
        try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.url("link.json").path)
          == "stack.json")
      #expect(sandbox.listing() == ["link.json", "stack.json"])
    }
  }

  @Test("CRLF line breaks and a byte-order mark come through byte for byte")
  func bytesKept() throws {
    let input = "\u{FEFF}" + Self.template.replacingOccurrences(of: "\n", with: "\r\n")
    let sandbox = try Self.sandbox(input)
    let result = try sandbox.run(["retain", "stack.json", "-o", "out.json"])
    #expect(result.status == 0)
    let expected = "\u{FEFF}" + Self.retained.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(try Self.bytes("out.json", in: sandbox) == Array(expected.utf8))
    #expect(Array(try Self.bytes("out.json", in: sandbox).prefix(3)) == [0xEF, 0xBB, 0xBF])
  }

  @Test("the bundled Datomic template: the library's text and change list, exactly")
  func datomic() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "cf.json")
    let template = try Expected.datomicTemplate()
    let expected = RetainTemplate.retain(template, fileName: "cf.json")
    let result = try sandbox.run(["retain", "cf.json"])
    #expect(expected.changes.count > 0)
    #expect(
      result
        == RunResult(
          status: 0, stdout: try #require(expected.text),
          stderr: expected.changes.map { "\($0)\n" }.joined()))
  }

  @Test("an unchanged template: every resource reported unchanged, the text the same")
  func unchanged() throws {
    let sandbox = try Self.sandbox(Self.retained)
    let result = try sandbox.run(["retain", "stack.json"])
    #expect(
      result
        == RunResult(
          status: 0, stdout: Self.retained,
          stderr: """
            Bucket: DeletionPolicy Retain (unchanged), UpdateReplacePolicy Retain (unchanged)
            Topic: DeletionPolicy Retain (unchanged), UpdateReplacePolicy Retain (unchanged)

            """))
  }
}
