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

  /// Writes `text` on standard error when the process is about to end by a signal, whatever
  /// standard error has become: the terminal may be gone (SIGHUP), standard error a closed pipe.
  /// `FileHandle` would trap on the failed write and SIGPIPE would end the process by another
  /// signal, so the text goes straight to the descriptor, SIGPIPE ignored and a failure too.
  static func lastWords(_ text: String) {
    signal(SIGPIPE, SIG_IGN)
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }

  /// Prints diagnostics compiler-style on standard error, in location order.
  static func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics.sortedByLocation() {
      error(diagnostic.description + "\n")
    }
  }
}
