import CFNParser
import Foundation

/// A failure that is not the command line's fault, such as a file that cannot be read or written:
/// rendered as a compiler-style diagnostic without a location (`error: cannot read 'x.json': no
/// such file or directory`), exit status 1.
struct RunError: Error {
  var diagnostic: Diagnostic

  init(_ message: String, notes: [String] = []) {
    diagnostic = .error(message, at: nil, notes: notes.map { Diagnostic.Note($0) })
  }

  /// `cannot <verb> '<path>': <reason>`, the reason taken from the system error beneath `error`.
  init(cannot verb: String, _ path: String, because error: any Error) {
    self.init("cannot \(verb) '\(path)': \(Self.reason(for: error))")
  }

  /// The system's words for what went wrong (`no such file or directory`), lowercased as
  /// diagnostics are: Foundation's own descriptions name only an error number on Linux.
  static func reason(for error: any Error) -> String {
    var code: Int32?
    if let error = error as? POSIXError {
      code = error.code.rawValue
    } else if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error {
      let underlying = underlying as NSError
      if underlying.domain == NSPOSIXErrorDomain { code = Int32(underlying.code) }
    }
    guard let code, let text = strerror(code) else { return "\(error)" }
    let reason = String(cString: text)
    return reason.prefix(1).lowercased() + reason.dropFirst()
  }
}
