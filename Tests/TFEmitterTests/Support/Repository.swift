import Foundation
import TFEmitter
import TestSupport

/// The repository as the TFEmitter tests use it: `RepositoryPaths`, the corpus, tf-validate, and
/// temporary directories to write modules to.
enum Repository {
  /// The repository root.
  static let root = RepositoryPaths.root

  /// `Tests/Fixtures`.
  static let fixtures = RepositoryPaths.fixtures

  /// `../shared`, when present.
  static let shared = RepositoryPaths.shared

  /// `../shared/tools/tf-validate`, when present and terraform is installed.
  static let tfValidate: URL? = {
    guard Oracle.terraformAvailable, let shared else { return nil }
    let url = shared.appendingPathComponent("tools/tf-validate")
    return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
  }()

  /// True when modules can be validated with tf-validate (terraform, the provider mirror and the
  /// script are all present).
  static let canValidate: Bool = {
    tfValidate != nil && Terraform.canInstallProviders
  }()

  /// The corpus templates under `../shared/corpus/<folder>`, sorted.
  static func corpus(_ folder: String) -> [URL] {
    guard let shared else { return [] }
    let directory = shared.appendingPathComponent("corpus/\(folder)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map {
      directory.appendingPathComponent($0)
    }
  }

  /// A new empty temporary directory.
  static func temporaryDirectory(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("cfn2tf-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes files (relative path → contents) under `directory`.
  static func write(_ files: [(path: String, contents: String)], to directory: URL) throws {
    for file in files {
      let url = directory.appendingPathComponent(file.path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.contents.utf8).write(to: url)
    }
  }

  /// Writes generated files under `directory`, binary ones byte for byte.
  static func write(_ files: [GeneratedFile], to directory: URL) throws {
    for file in files {
      let url = directory.appendingPathComponent(file.path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.bytes).write(to: url)
    }
  }

  /// Every regular file under `directory`, as sorted relative paths.
  static func files(under directory: URL) -> [String] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: directory, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var paths: [String] = []
    let base = directory.standardizedFileURL.path + "/"
    while let url = enumerator.nextObject() as? URL {
      let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile ?? false
      if isFile { paths.append(String(url.standardizedFileURL.path.dropFirst(base.count))) }
    }
    return paths.sorted()
  }

  /// Validates `directories` as tf-validate does (`terraform fmt -check`, `init`, `validate`):
  /// modules in one batch (`ModuleBatch`: one provider start for all of them), roots (a
  /// directory with a `provider` block or a module call) with tf-validate. Returns a status, 0
  /// when every directory passes, and tf-validate's kind of output: `ok DIR` or `FAIL DIR` with
  /// the problems.
  static func validate(_ directories: [URL]) throws -> (status: Int32, output: String) {
    let roots = directories.filter(isRoot)
    let modules = directories.filter { !isRoot($0) }
    var output = ""
    var status: Int32 = 0
    if !modules.isEmpty {
      for result in try ModuleBatch.validate(modules) {
        if result.problems.isEmpty {
          output += "ok   \(result.directory.path)\n"
        } else {
          status = 1
          output += "FAIL \(result.directory.path)\n"
          output += result.problems.map { "  \($0)\n" }.joined()
        }
      }
    }
    if !roots.isEmpty {
      let (rootStatus, rootOutput) = try tfValidateRun(roots)
      if rootStatus != 0 { status = rootStatus }
      output += rootOutput
    }
    return (status, output)
  }

  /// True when a `.tf` file of `directory` has a `provider` block or calls a module.
  static func isRoot(_ directory: URL) -> Bool {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".tf") }.contains { name in
      let text =
        (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
      return text.split(separator: "\n").contains {
        $0.hasPrefix("provider \"") || $0.hasPrefix("module \"")
      }
    }
  }

  /// Runs tf-validate on `directories`; returns its exit status and output.
  static func tfValidateRun(_ directories: [URL]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = tfValidate!
    process.arguments = directories.map(\.path)
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
