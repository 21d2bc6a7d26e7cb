import Foundation

/// AWS's template library beside the repository (`../shared/aws-templates`), and the Python
/// that reads YAML as cfn-lint does, where installed.
enum TemplateLibrary {
  /// `../shared/aws-templates`, when present.
  static let directory: URL? = {
    let url = Corpus.repositoryRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/aws-templates")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }()

  /// Every YAML template of the library (`.yaml`, `.yml`), sorted by path.
  static let yamlTemplates: [URL] = {
    guard let directory else { return [] }
    let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
    var files: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      if ["yaml", "yml"].contains(url.pathExtension) { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
  }()

  /// The path below the library, as messages name templates.
  static func name(_ url: URL) -> String {
    guard let directory else { return url.lastPathComponent }
    return String(
      url.standardizedFileURL.path.dropFirst(directory.standardizedFileURL.path.count + 1))
  }

  /// A `python3` on `PATH` that imports cfn-lint's decoder, if any.
  static let python: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    guard
      let python = path.split(separator: ":").map({ "\($0)/python3" }).first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", "import cfnlint.decode.cfn_yaml"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    return process.terminationStatus == 0 ? python : nil
  }()

  /// Runs `script` with `python` and `arguments`; returns its standard output.
  static func runPython(_ script: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python!)
    process.arguments = ["-c", script] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
