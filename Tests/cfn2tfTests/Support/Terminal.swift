import Foundation

/// Runs the built `cfn2tf` with its standard output on a pseudo-terminal, through util-linux's
/// `script`, to see what it prints on a TTY. Tests that need it are enabled with
/// `.enabled(if: Terminal.available)`, so a missing `script` makes them report themselves skipped
/// by name.
enum Terminal {
  /// The `script` executable, if installed.
  static let script: String? = ["/usr/bin/script", "/bin/script"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// True when commands can be run on a pseudo-terminal.
  static var available: Bool { script != nil && Binary.executable != nil }

  /// Runs `cfn2tf arguments` in `directory` with standard output on a terminal (standard error
  /// discarded) and `environment` added to this process's, without the variables in `removing`.
  /// Returns the status and what the terminal showed, its CR LF line ends turned back into LF.
  static func run(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:],
    removing: [String] = []
  ) throws -> (status: Int32, output: String) {
    let command = ([Binary.executable!.path] + arguments).map(quoted).joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: script!)
    process.arguments = ["-q", "-e", "-c", command + " 2>/dev/null", "/dev/null"]
    process.currentDirectoryURL = directory
    var variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    for name in removing { variables[name] = nil }
    process.environment = variables
    process.standardInput = FileHandle.nullDevice
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    return (process.terminationStatus, text)
  }

  /// `text` as one word for `sh`.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}
