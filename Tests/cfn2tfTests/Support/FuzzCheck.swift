import Foundation

/// Runs one fuzz case with the built binary in a fresh directory and checks what it left there.
enum FuzzCheck {
  /// The exit status of `fuzzCase` (nil when it did not exit) and what went wrong, if anything.
  static func run(_ fuzzCase: FuzzTests.Case, executable: URL, in work: URL) -> (
    status: Int32?, problem: String?
  ) {
    var status: Int32?
    let problem = check(fuzzCase, executable: executable, in: work, status: &status)
    return (status, problem)
  }

  /// What went wrong in `fuzzCase`, or nil when nothing did; `status` is set once it exits.
  static func check(
    _ fuzzCase: FuzzTests.Case, executable: URL, in work: URL, status exitStatus: inout Int32?
  ) -> String? {
    let files = FileManager.default
    try? files.removeItem(at: work)
    do {
      try files.createDirectory(at: work, withIntermediateDirectories: true)
      try Data(fuzzCase.input).write(to: work.appendingPathComponent(fuzzCase.fileName))
      if fuzzCase.existingOutput {
        try files.createDirectory(
          at: work.appendingPathComponent("out"), withIntermediateDirectories: true)
        try Data("kept\n".utf8).write(to: work.appendingPathComponent("out/kept.txt"))
      }
    } catch {
      return "the case could not be set up: \(error)"
    }
    let outcome: Outcome
    do {
      outcome = try execute(executable, fuzzCase.arguments, in: work)
    } catch {
      return "cfn2tf could not be run: \(error)"
    }
    if outcome.timedOut {
      return "hang: no exit within \(Int(FuzzTests.runTimeout)) s"
    }
    if outcome.signal != nil {
      return "crash: killed by signal \(outcome.signal!)\n\(tail(outcome.stderr))"
    }
    let status = outcome.status
    exitStatus = status
    let command = fuzzCase.arguments[0]
    let expected: [Int32] = command == "diff" ? [0, 1, 2] : [0, 1]
    guard expected.contains(status) else {
      return "\(command) exited \(status)\n\(tail(outcome.stderr))"
    }
    let entries = (try? files.contentsOfDirectory(atPath: work.path)) ?? []
    let temporaries = entries.filter { $0.hasPrefix(".") && $0.contains("cfn2tf") }.sorted()
    if !temporaries.isEmpty {
      return "temporaries left behind after status \(status): \(temporaries)"
    }
    switch command {
    case "convert":
      return checkModule(fuzzCase, status: status, stdout: outcome.stdout, in: work)
    case "retain":
      let written = files.fileExists(
        atPath: work.appendingPathComponent(fuzzCase.arguments[3]).path)
      if status == 1, written { return "retain failed yet wrote its output" }
      if status == 0, !written { return "retain succeeded yet wrote nothing" }
    default:
      if status == 1, !outcome.stdout.isEmpty { return "\(command) failed yet printed a result" }
    }
    return nil
  }

  /// `convert`: on failure the output is as it was; on success it holds every file it names.
  static func checkModule(
    _ fuzzCase: FuzzTests.Case, status: Int32, stdout: String, in work: URL
  ) -> String? {
    let written = Binary.tree(at: work.appendingPathComponent("out"))
    if status == 1 {
      let before = fuzzCase.existingOutput ? ["kept.txt": "kept\n"] : [:]
      return written == before ? nil : "convert failed yet changed out/: \(written.keys.sorted())"
    }
    let prefix = "Wrote "
    guard stdout.hasPrefix(prefix),
      let count = Int(stdout.dropFirst(prefix.count).prefix { $0.isNumber })
    else { return "convert succeeded but printed \(stdout.debugDescription)" }
    if written.count != count || written["REPORT.md"] == nil {
      return "convert said it wrote \(count) files; out/ holds \(written.keys.sorted())"
    }
    return nil
  }

  /// What one run did.
  struct Outcome {
    var status: Int32
    var signal: Int32?
    var timedOut: Bool
    var stdout: String
    var stderr: String
  }

  /// Runs `executable arguments` in `directory`, killing it after `FuzzTests.runTimeout`.
  static func execute(_ executable: URL, _ arguments: [String], in directory: URL) throws
    -> Outcome
  {
    let streams = directory.deletingLastPathComponent()
    let outURL = streams.appendingPathComponent("\(directory.lastPathComponent).stdout")
    let errURL = streams.appendingPathComponent("\(directory.lastPathComponent).stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    let done = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in done.signal() }
    try process.run()
    var timedOut = false
    if done.wait(timeout: .now() + FuzzTests.runTimeout) == .timedOut {
      timedOut = true
      kill(process.processIdentifier, SIGKILL)
      done.wait()
    }
    let read = { (url: URL) in
      String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
    }
    let signalled = process.terminationReason == .uncaughtSignal
    return Outcome(
      status: process.terminationStatus, signal: signalled ? process.terminationStatus : nil,
      timedOut: timedOut, stdout: read(outURL), stderr: read(errURL))
  }

  /// The last lines of `text`, for a report.
  static func tail(_ text: String) -> String {
    text.split(separator: "\n").suffix(8).joined(separator: "\n")
  }
}
