import Foundation
import Testing

/// The temporaries beside an output (`.NAME.cfn2tf-new-PID`, `.NAME.cfn2tf-old-PID`): created
/// exclusively, never through a link planted at their name; shortened when the output's own
/// name is long; and removed by a later run when the process that left them is gone.
@Suite("Output temporaries")
struct OutputTemporaryTests {
  /// A shell prelude that plants a symbolic link to `target` at the temporary cfn2tf will use
  /// for the output `name` (`$$` is cfn2tf's process id once the shell `exec`s it).
  static func planting(_ target: String, for name: String) -> String {
    #"ln -s \#(target) ".\#(name).cfn2tf-new-$$" && exec "$0" "$@""#
  }

  /// The one name in the sandbox's working directory that starts with `prefix`.
  static func planted(_ sandbox: Sandbox, _ prefix: String) throws -> String {
    let names = sandbox.listing().filter { $0.hasPrefix(prefix) }
    try #require(names.count == 1, "\(sandbox.listing())")
    return names[0]
  }

  @Test("retain -o: a link planted at the temporary file's name is never written through")
  func retainPlantedLink() throws {
    let sandbox = try RetainCommandTests.sandbox()
    try sandbox.write("victim.txt", "victim\n")
    let result = try ShellRun.run(
      Self.planting("victim.txt", for: "out.json"), ["retain", "stack.json", "-o", "out.json"],
      in: sandbox)
    let link = try Self.planted(sandbox, ".out.json.cfn2tf-new-")
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: """
            error: cannot write 'out.json': its temporary file '\(link)' already exists
              note: cfn2tf creates its temporaries afresh and never writes through one it did not make; remove it, or choose another '--output'

            """))
    #expect(try String(contentsOf: sandbox.url("victim.txt"), encoding: .utf8) == "victim\n")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.url(link).path)
        == "victim.txt")
    #expect(sandbox.listing() == [link, "stack.json", "victim.txt"].sorted())
  }

  @Test("convert: a link planted at the staging directory's name is never written through")
  func convertPlantedLink() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    try sandbox.write("victim/keep.txt", "keep\n")
    let result = try ShellRun.run(
      Self.planting("victim", for: "out"), ["convert", "stack.json", "-o", "out"], in: sandbox)
    let link = try Self.planted(sandbox, ".out.cfn2tf-new-")
    let warnings = try Expected.datomic(fileName: "stack.json").stderr
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: warnings
            + """
            error: cannot write 'out': its temporary directory '\(link)' already exists
              note: cfn2tf creates its temporaries afresh and never writes through one it did not make; remove it, or choose another '--output'

            """))
    #expect(sandbox.tree("victim") == ["keep.txt": "keep\n"])
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.url(link).path)
        == "victim")
    #expect(sandbox.listing() == [link, "stack.json", "victim"].sorted())
  }

  /// 240 bytes: a legal name whose temporary, `.` + name + `.cfn2tf-new-` + PID, is not.
  static let longName = String(repeating: "a", count: 236) + ".out"

  @Test("convert -o with a 240-byte name: the staging directory's name is shortened")
  func convertLongName() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    let expected = try Expected.datomic(fileName: "stack.json")
    let result = try sandbox.run(["convert", "stack.json", "-o", Self.longName])
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote \(expected.fileCount) files to \(Self.longName)\n",
          stderr: expected.stderr))
    #expect(sandbox.tree(Self.longName) == expected.tree)
    #expect(sandbox.listing() == [Self.longName, "stack.json"].sorted())
    // Replacing it goes through the old directory's shortened name as well.
    let again = try sandbox.run(["convert", "stack.json", "-o", Self.longName, "--force"])
    #expect(again.status == 0, "\(again)")
    #expect(sandbox.listing() == [Self.longName, "stack.json"].sorted())
  }

  @Test("retain -o with a 240-byte name: the temporary file's name is shortened")
  func retainLongName() throws {
    let sandbox = try RetainCommandTests.sandbox()
    let result = try sandbox.run(["retain", "stack.json", "-o", Self.longName])
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote \(Self.longName)\n", stderr: RetainCommandTests.summary))
    #expect(sandbox.tree(".")[Self.longName] == RetainCommandTests.retained)
    #expect(sandbox.listing() == [Self.longName, "stack.json"].sorted())
  }

  /// The id of a process that has ended.
  static func deadProcess() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  @Test("convert removes the temporaries dead processes left beside its output, and says so")
  func staleDirectories() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    let (dead, other) = (try Self.deadProcess(), try Self.deadProcess())
    let live = getpid()
    try sandbox.write(".out.cfn2tf-new-\(dead)/main.tf", "# half\n")
    try sandbox.write(".out.cfn2tf-old-\(dead)/main.tf", "# old\n")
    try sandbox.write(".out.cfn2tf-new-\(live)/main.tf", "# another run, still going\n")
    try sandbox.write(".other.cfn2tf-new-\(dead)/main.tf", "# another output's\n")
    try sandbox.write(".out.cfn2tf-new-1x/main.tf", "# not a temporary's name\n")
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.url(".out.cfn2tf-new-\(other)").path, withDestinationPath: "stack.json")
    let expected = try Expected.datomic(fileName: "stack.json")
    let result = try sandbox.run(["convert", "stack.json", "-o", "out"])
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote \(expected.fileCount) files to out\n",
          stderr: expected.stderr
            + "note: removed stale temporary '.out.cfn2tf-new-\(dead)' left by process \(dead)\n"
            + "note: removed stale temporary '.out.cfn2tf-old-\(dead)' left by process \(dead)\n"
        ))
    #expect(sandbox.tree("out") == expected.tree)
    #expect(
      sandbox.listing()
        == [
          ".other.cfn2tf-new-\(dead)", ".out.cfn2tf-new-1x", ".out.cfn2tf-new-\(live)",
          ".out.cfn2tf-new-\(other)", "out", "stack.json",
        ].sorted())
  }

  @Test("retain -o removes a temporary file a dead process left, in the output's directory")
  func staleFile() throws {
    let sandbox = try RetainCommandTests.sandbox()
    let dead = try Self.deadProcess()
    try sandbox.write("out/.stack.json.cfn2tf-new-\(dead)", "half\n")
    let result = try sandbox.run(["retain", "stack.json", "-o", "out/stack.json"])
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote out/stack.json\n",
          stderr:
            "note: removed stale temporary 'out/.stack.json.cfn2tf-new-\(dead)' left by process "
            + "\(dead)\n" + RetainCommandTests.summary))
    #expect(sandbox.listing("out") == ["stack.json"])
  }
}
