import Foundation

/// Reading the template: a path, or `-` for standard input, named `<stdin>` in diagnostics.
enum InputFile {
  /// The template's bytes and the name diagnostics use: the path exactly as the user typed it.
  static func read(_ path: String) throws(RunError) -> (bytes: [UInt8], name: String) {
    if path == "-" {
      do {
        return ([UInt8](try FileHandle.standardInput.readToEnd() ?? Data()), "<stdin>")
      } catch {
        throw RunError(cannot: "read", "<stdin>", because: error)
      }
    }
    do {
      return ([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path)
    } catch {
      throw RunError(cannot: "read", path, because: error)
    }
  }
}
