import Foundation

/// Reading the template: a path, or `-` for standard input (named `<stdin>` in diagnostics).
enum InputFile {
  /// The bytes and the name diagnostics use (the path as the user typed it).
  static func read(_ path: String) throws(RunError) -> (bytes: [UInt8], name: String) {
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      return ([UInt8](data), "<stdin>")
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw RunError(message: "\(path): no such file")
    }
    if isDirectory.boolValue { throw RunError(message: "\(path): is a directory, not a template") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RunError(message: "\(path): cannot be read")
    }
    return ([UInt8](data), path)
  }
}
