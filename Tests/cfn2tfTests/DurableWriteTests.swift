import Foundation
import TestSupport
import Testing

/// After a crash, either the old output or the complete new one: every file is created
/// exclusively (`O_EXCL`, `O_NOFOLLOW`), all of them are written before any is flushed, each is
/// flushed (and each directory of the staging directory) before the rename, and the directory
/// holding the output is flushed after it. Seen in the system calls, with `strace`.
@Suite(
  "Durable writes",
  .enabled(if: Tool.path(named: "strace") != nil, "skipped: strace is not installed"))
struct DurableWriteTests {
  /// The system calls of `cfn2tf arguments` in `sandbox` that create, flush and rename: one per
  /// line, without the process id, file descriptors followed by their paths (`strace -y`).
  static func calls(_ arguments: [String], in sandbox: Sandbox) throws -> [String] {
    let log = sandbox.root.appendingPathComponent("strace.log")
    let binary = try #require(Binary.executable)
    let result = try Tool.run(
      "strace",
      [
        "-f", "-y", "-o", log.path, "-e",
        "trace=openat,mkdir,mkdirat,fsync,fdatasync,syncfs,sync,rename,renameat,renameat2",
        binary.path,
      ] + arguments, in: sandbox.work, seconds: 120)
    #expect(result.status == 0, "\(result.errors)")
    return try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map {
      String($0.drop { $0 != " " }.drop { $0 == " " })
    }
  }

  /// The index of the first call that starts with `prefix`.
  static func index(_ calls: [String], _ prefix: String) -> Int? {
    calls.firstIndex { $0.hasPrefix(prefix) }
  }

  @Test("convert: written together, flushed together, renamed, the parent flushed")
  func module() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "stack.json")
    let calls = try Self.calls(["convert", "stack.json", "-o", "out"], in: sandbox)
    let parent = sandbox.work.resolvingSymlinksInPath().path
    let staging = try #require(
      calls.lazy.compactMap { call -> String? in
        guard call.hasPrefix("mkdir"), call.contains("\"\(parent)/.out.cfn2tf-new-") else {
          return nil
        }
        return call.split(separator: "\"")[1].description
      }.first, "\(calls)")
    let rename = try #require(
      Self.index(calls, "rename(\"\(staging)\", \"\(parent)/out\") = 0"), "\(calls)")
    let files = try Expected.datomic(fileName: "stack.json").tree.keys.sorted()
    let creations = calls.indices.filter {
      calls[$0].hasPrefix("openat(") && calls[$0].contains("\"\(staging)/")
        && calls[$0].contains("O_CREAT")
    }
    #expect(creations.count == files.count)
    for index in creations {
      #expect(calls[index].contains("O_EXCL") && calls[index].contains("O_NOFOLLOW"))
    }
    for file in files {
      let flush = try #require(
        calls.firstIndex { $0.hasPrefix("fdatasync(") && $0.contains("<\(staging)/\(file)>)") },
        "\(file) is never flushed")
      #expect(flush > creations.max()!, "\(file): flushed before every file was written")
      #expect(flush < rename, "\(file): flushed after the rename")
    }
    let directories = Set(files.map { ($0 as NSString).deletingLastPathComponent }).map {
      $0.isEmpty ? staging : "\(staging)/\($0)"
    }
    for directory in directories {
      let flush = try #require(
        calls.firstIndex { $0.hasPrefix("fsync(") && $0.contains("<\(directory)>)") },
        "\(directory) is never flushed")
      #expect(flush < rename)
    }
    #expect(calls[rename...].contains { $0.hasPrefix("fsync(") && $0.contains("<\(parent)>)") })
    #expect(!calls.contains { $0.hasPrefix("syncfs(") || $0.hasPrefix("sync(") })
  }

  @Test("retain -o: the temporary file created exclusively, flushed, renamed, the parent flushed")
  func file() throws {
    let sandbox = try RetainCommandTests.sandbox()
    let calls = try Self.calls(["retain", "stack.json", "-o", "out.json"], in: sandbox)
    let parent = sandbox.work.resolvingSymlinksInPath().path
    let creation = try #require(
      calls.firstIndex {
        $0.hasPrefix("openat(") && $0.contains("\"\(parent)/.out.json.cfn2tf-new-")
      },
      "\(calls)")
    #expect(calls[creation].contains("O_CREAT") && calls[creation].contains("O_EXCL"))
    #expect(calls[creation].contains("O_NOFOLLOW"))
    let temporary = calls[creation].split(separator: "\"")[1].description
    let flush = try #require(
      calls.firstIndex { $0.hasPrefix("fdatasync(") && $0.contains("<\(temporary)>)") })
    let rename = try #require(
      Self.index(calls, "rename(\"\(temporary)\", \"\(parent)/out.json\") = 0"), "\(calls)")
    #expect(creation < flush && flush < rename)
    #expect(calls[rename...].contains { $0.hasPrefix("fsync(") && $0.contains("<\(parent)>)") })
  }
}
