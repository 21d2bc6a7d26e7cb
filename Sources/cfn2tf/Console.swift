import CFNParser
import Foundation

/// Standard output and standard error: the only place that prints.
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Prints diagnostics compiler-style on standard error, in location order.
  static func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics.sortedByLocation() {
      error(diagnostic.description + "\n")
    }
  }
}
