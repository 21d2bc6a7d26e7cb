import Foundation
import Testing

/// The output directory: refused when not empty unless `--force`, and never left half-written.
@Suite("Output directory")
struct OutputDirectoryTests {
  /// A sandbox holding `stack.json` (the Datomic template) and `out/` with one old file.
  static func sandboxWithOldOutput() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    try sandbox.write("out/old.tf", "# old\n")
    return sandbox
  }

  @Test("a non-empty directory is refused without --force and left untouched")
  func refusedWithoutForce() throws {
    let sandbox = try Self.sandboxWithOldOutput()
    let result = try sandbox.run(["convert", "stack.json", "-o", "out"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: """
            error: output directory 'out' is not empty
              note: pass '--force' to replace it, or choose another '--output'

            """))
    #expect(sandbox.tree("out") == ["old.tf": "# old\n"])
    #expect(sandbox.listing() == ["out", "stack.json"])
  }

  @Test("--force replaces a non-empty directory")
  func replacedWithForce() throws {
    let sandbox = try Self.sandboxWithOldOutput()
    let expected = try Expected.datomic(fileName: "stack.json")
    let result = try sandbox.run(["convert", "stack.json", "-o", "out", "--force"])
    #expect(
      result
        == RunResult(
          status: 0, stdout: "Wrote \(expected.fileCount) files to out\n",
          stderr: expected.stderr))
    #expect(sandbox.tree("out") == expected.tree)
    #expect(sandbox.listing() == ["out", "stack.json"], "the old directory is removed")
  }

  @Test(
    "a directory holding the template is never replaced",
    arguments: [["-o", ".", "--force"], ["-o", "stacks/", "--force"], ["-o", "stacks"]])
  func holdsTemplate(_ extra: [String]) throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stacks/stack.json")
    let result = try sandbox.run(["convert", "stacks/stack.json"] + extra)
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: """
            error: output directory '\(extra[1])' holds the template 'stacks/stack.json'
              note: choose another '--output'

            """))
    #expect(sandbox.tree(".") == ["stacks/stack.json": try Expected.datomicTemplate()])
  }

  @Test("an empty directory is used without --force")
  func emptyDirectory() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    try sandbox.mkdir("out")
    let expected = try Expected.datomic(fileName: "stack.json")
    let result = try sandbox.run(["convert", "stack.json", "-o", "out"])
    #expect(result.status == 0)
    #expect(sandbox.tree("out") == expected.tree)
    #expect(sandbox.listing() == ["out", "stack.json"])
  }

  @Test("a symbolic link to a directory is written through, and stays a link")
  func symbolicLink() throws {
    let sandbox = try Self.sandboxWithOldOutput()
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.url("link").path, withDestinationPath: "out")
    let expected = try Expected.datomic(fileName: "stack.json")
    let result = try sandbox.run(["convert", "stack.json", "-o", "link", "--force"])
    #expect(result.status == 0)
    #expect(sandbox.tree("out") == expected.tree)
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.url("link").path) == "out")
    #expect(sandbox.listing() == ["link", "out", "stack.json"])
  }

  @Test(
    "an output path that is a file is refused, even with --force", arguments: [[], ["--force"]])
  func outputIsFile(_ extra: [String]) throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    try sandbox.write("out", "a file\n")
    let result = try sandbox.run(["convert", "stack.json", "-o", "out"] + extra)
    #expect(
      result
        == RunResult(
          status: 1, stdout: "",
          stderr: """
            error: output path 'out' exists and is not a directory
              note: choose another '--output'

            """))
    #expect(sandbox.tree(".") == ["out": "a file\n", "stack.json": try Expected.datomicTemplate()])
  }

  @Test("a file where a parent directory should be: nothing is created")
  func parentIsFile() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    try sandbox.write("file", "a file\n")
    let result = try sandbox.run(["convert", "stack.json", "-o", "file/out"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "", stderr: "error: cannot write 'file/out': not a directory\n"))
    #expect(sandbox.listing() == ["file", "stack.json"])
  }

  @Test("a write failing midway leaves no module, staging directory or new parent behind")
  func failedWrite() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    // One 512-byte block: the first file, README.md, is larger.
    let result = try sandbox.run(["convert", "stack.json", "-o", "new/out"], fileSizeLimit: 1)
    #expect(result.status == 1)
    #expect(result.stdout == "")
    let warnings = try Expected.datomic(fileName: "stack.json").stderr
    #expect(result.stderr == warnings + "error: cannot write 'new/out/README.md': file too large\n")
    #expect(sandbox.listing() == ["stack.json"])
  }

  @Test("a write failing midway with --force leaves the old directory as it was")
  func failedReplacement() throws {
    let sandbox = try Self.sandboxWithOldOutput()
    let result = try sandbox.run(
      ["convert", "stack.json", "-o", "out", "--force"], fileSizeLimit: 1)
    #expect(result.status == 1)
    let warnings = try Expected.datomic(fileName: "stack.json").stderr
    #expect(result.stderr == warnings + "error: cannot write 'out/README.md': file too large\n")
    #expect(sandbox.tree("out") == ["old.tf": "# old\n"])
    #expect(sandbox.listing() == ["out", "stack.json"])
  }

  /// Root writes into read-only directories, so this case needs an ordinary user.
  @Test(
    "a read-only parent directory: nothing is written",
    .enabled(if: getuid() != 0, "skipped when running as root, who may write anywhere"))
  func readOnlyParent() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    try sandbox.mkdir("locked")
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o555], ofItemAtPath: sandbox.url("locked").path)
    defer {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: sandbox.url("locked").path)
    }
    let result = try sandbox.run(["convert", "stack.json", "-o", "locked/out"])
    #expect(
      result
        == RunResult(
          status: 1, stdout: "", stderr: "error: cannot write 'locked/out': permission denied\n"))
    #expect(sandbox.listing("locked") == [])
  }
}
