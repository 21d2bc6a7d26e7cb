import Foundation
import TestSupport

/// Runs `Scripts/update-provider-schema` for the tests, and finds the files it reads and writes.
enum ProviderSchemaScript {
  /// The repository root.
  static let root = RepositoryPaths.root

  /// The script.
  static let script = root.appendingPathComponent("Scripts/update-provider-schema")

  /// The list of types the generated slice holds.
  static let typeList = root.appendingPathComponent("Scripts/provider-schema-types.txt")

  /// The folder of the committed generated files.
  static let generatedFolder = root.appendingPathComponent(
    "Sources/TFEmitter/Mapping/Schema/Generated")

  /// The provider mirror the script installs from.
  static let mirror = ProcessInfo.processInfo.environment["TF_PLUGIN_MIRROR"] ?? "/opt/tf-plugins"

  /// Whether terraform and python3 are on `PATH` and the mirror holds hashicorp/aws 5.100.0.
  static let isAvailable: Bool =
    isOnPath("terraform") && isOnPath("python3")
    && FileManager.default.fileExists(
      atPath: mirror + "/registry.terraform.io/hashicorp/aws/5.100.0")

  /// The types in the type list: resource types, then data sources without their `data.` prefix
  /// (the first word of each line; `-BLOCK` words after it name blocks left out).
  static func listedTypes() throws -> (resources: [String], dataSources: [String]) {
    let names = try String(contentsOf: typeList, encoding: .utf8)
      .split(separator: "\n")
      .map { $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0] }
      .compactMap { $0.split(separator: " ").first.map(String.init) }
    let dataSources = names.filter { $0.hasPrefix("data.") }.map { String($0.dropFirst(5)) }
    return (names.filter { !$0.hasPrefix("data.") }, dataSources)
  }

  /// The generated files of `folder`: name and contents, sorted by name.
  static func files(in folder: URL) throws -> [(name: String, contents: Data)] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
      ($0, try Data(contentsOf: folder.appendingPathComponent($0)))
    }
  }

  /// Runs the script with `--output output` (a folder); returns its exit status and standard
  /// error.
  static func run(output: URL) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = script
    process.arguments = ["--output", output.path]
    let errorPipe = Pipe()
    process.standardError = errorPipe
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = errorPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
  }

  private static func isOnPath(_ tool: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
    }
  }
}
