import Foundation
import Testing

/// SIGINT, SIGTERM and SIGHUP while the output is written: the temporaries are removed, what was
/// there before stays, and the process ends by the signal (a shell reports 128 + its number).
///
/// The write is held open by `CFN2TF_TEST_HOLD_WRITE=FILE`, which only this test sets: once the
/// first file is written, cfn2tf writes its process id to FILE and waits there until it is
/// signalled or FILE is removed.
@Suite("Interrupted writes")
struct InterruptedWriteTests {
  /// Runs cfn2tf from a shell that prints its exit status as the shell sees it.
  static let script = #""$0" "$@"; echo "status $?""#

  /// Starts `arguments` held in the middle of its write; the held file and cfn2tf's process id.
  static func startHeld(_ arguments: [String], in sandbox: Sandbox, script: String = script)
    throws -> (run: ShellRun, held: URL, pid: pid_t)
  {
    let held = sandbox.root.appendingPathComponent("held")
    let run = try ShellRun(
      script, arguments, in: sandbox, environment: ["CFN2TF_TEST_HOLD_WRITE": held.path])
    for _ in 0..<2400 {
      if let text = try? String(contentsOf: held, encoding: .utf8), text.hasSuffix("\n"),
        let pid = pid_t(text.dropLast())
      {
        return (run, held, pid)
      }
      if !run.process.isRunning { break }
      usleep(50_000)
    }
    let result = try run.wait()
    Issue.record("cfn2tf never held its write: \(result)")
    throw CancellationError()
  }

  static func name(of signal: Int32) -> String {
    [SIGINT: "SIGINT", SIGTERM: "SIGTERM", SIGHUP: "SIGHUP"][signal] ?? "\(signal)"
  }

  @Test(
    "convert --force, signalled while writing: no staging directory, the old module kept",
    arguments: [SIGINT, SIGTERM, SIGHUP])
  func convert(_ signal: Int32) throws {
    let sandbox = try OutputDirectoryTests.sandboxWithOldOutput()
    let (run, _, pid) = try Self.startHeld(
      ["convert", "stack.json", "-o", "out", "--force"], in: sandbox)
    #expect(sandbox.listing() == [".out.cfn2tf-new-\(pid)", "out", "stack.json"])
    #expect(sandbox.listing(".out.cfn2tf-new-\(pid)").count == 1, "one file written so far")
    kill(pid, signal)
    let result = try run.wait()
    let warnings = try Expected.datomic(fileName: "stack.json").stderr
    #expect(result.stdout == "status \(128 + signal)\n")
    #expect(
      result.stderr.hasPrefix(
        warnings + "cfn2tf: interrupted by \(Self.name(of: signal)); nothing was written\n"),
      "\(result)")
    #expect(sandbox.tree("out") == ["old.tf": "# old\n"])
    #expect(sandbox.listing() == ["out", "stack.json"])
  }

  @Test("retain -o --force, signalled while writing: no temporary file, the old file kept")
  func retain() throws {
    let sandbox = try RetainCommandTests.sandbox()
    try sandbox.write("out.json", "old\n")
    let (run, _, pid) = try Self.startHeld(
      ["retain", "stack.json", "-o", "out.json", "--force"], in: sandbox)
    #expect(sandbox.listing() == [".out.json.cfn2tf-new-\(pid)", "out.json", "stack.json"])
    kill(pid, SIGTERM)
    let result = try run.wait()
    #expect(result.stdout == "status \(128 + SIGTERM)\n")
    #expect(
      result.stderr.hasPrefix("cfn2tf: interrupted by SIGTERM; nothing was written\n"),
      "\(result)")
    #expect(try String(contentsOf: sandbox.url("out.json"), encoding: .utf8) == "old\n")
    #expect(sandbox.listing() == ["out.json", "stack.json"])
  }

  @Test("a signal the caller ignores (nohup's SIGHUP) does not stop the write")
  func ignored() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    let (run, held, pid) = try Self.startHeld(
      ["convert", "stack.json", "-o", "out"], in: sandbox,
      script: "trap '' HUP; " + Self.script)
    kill(pid, SIGHUP)
    usleep(200_000)
    try FileManager.default.removeItem(at: held)
    let result = try run.wait()
    let expected = try Expected.datomic(fileName: "stack.json")
    #expect(result.stdout == "Wrote \(expected.fileCount) files to out\nstatus 0\n")
    #expect(sandbox.tree("out") == expected.tree)
    #expect(sandbox.listing() == ["out", "stack.json"])
  }
}
