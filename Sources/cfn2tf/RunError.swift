import CFNParser

/// A failure that is not the command line's fault, such as a file that cannot be read or written:
/// rendered as a compiler-style diagnostic without a location (`error: cannot read 'x.json': no
/// such file or directory`), exit status 1.
struct RunError: Error {
  var diagnostic: Diagnostic

  init(_ message: String, notes: [String] = []) {
    diagnostic = .error(message, at: nil, notes: notes.map { Diagnostic.Note($0) })
  }

  /// `cannot <verb> '<path>': <reason>`, the reason in the system's words.
  init(cannot verb: String, _ path: String, because error: SystemError) {
    self.init("cannot \(verb) '\(path)': \(error.reason)")
  }
}
