import Glibc

/// A failed system call, by its `errno`: the only error the command line's file code throws.
struct SystemError: Error, Equatable {
  /// The `errno` value.
  var code: Int32

  /// The error the current `errno` names.
  static func last() -> SystemError { SystemError(code: errno) }

  /// The system's words for it (`no such file or directory`), lowercased as diagnostics are.
  var reason: String {
    guard let text = strerror(code) else { return "error \(code)" }
    let reason = String(cString: text)
    return reason.prefix(1).lowercased() + reason.dropFirst()
  }
}
