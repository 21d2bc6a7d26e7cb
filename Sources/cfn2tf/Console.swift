import CFNParser
import Glibc

/// Standard output and standard error: the only place that prints. The text goes straight to
/// the descriptor; a reader that has gone away (a closed pipe) ends the process by SIGPIPE, as
/// for any Unix tool, and any other failure of the write is dropped: there is nowhere left to
/// say it.
enum Console {
  static func out(_ text: String) { write(text, to: STDOUT_FILENO) }

  static func error(_ text: String) { write(text, to: STDERR_FILENO) }

  /// Writes `text` on standard error when the process is about to end by a signal, whatever
  /// standard error has become: the terminal may be gone (SIGHUP), standard error a closed pipe,
  /// and SIGPIPE would end the process by another signal, so it is ignored first.
  static func lastWords(_ text: String) {
    signal(SIGPIPE, SIG_IGN)
    write(text, to: STDERR_FILENO)
  }

  /// Prints diagnostics compiler-style on standard error, in location order.
  static func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics.sortedByLocation() {
      error(diagnostic.description + "\n")
    }
  }

  private static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if count < 0, errno == EINTR { continue }
        if count <= 0 { return }
        offset += count
      }
    }
  }
}
