/// One finding of any phase: an error, a warning or a note, with the place it concerns.
///
/// Messages are lowercase, have no final period and quote names: `unsupported resource type
/// 'AWS::Foo::Bar'`. A fix, where one exists, is a note.
package struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a diagnostic is. Errors stop a conversion; warnings do not.
  package enum Severity: String, Hashable, Sendable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }

    /// Errors first, then warnings, then notes.
    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// An explanation attached to a diagnostic, optionally at another place.
  package struct Note: Hashable, Sendable {
    /// The note's text.
    package var message: String
    /// Where the note points, if anywhere.
    package var location: SourceLocation?

    /// Creates a note.
    package init(_ message: String, at location: SourceLocation? = nil) {
      self.message = message
      self.location = location
    }
  }

  /// Error, warning or note.
  package var severity: Severity
  /// The message: lowercase, no final period.
  package var message: String
  /// Where the problem is.
  package var location: SourceLocation?
  /// Further explanation and fixes.
  package var notes: [Note]

  /// Creates a diagnostic.
  package init(
    _ severity: Severity, _ message: String, at location: SourceLocation?, notes: [Note] = []
  ) {
    self.severity = severity
    self.message = message
    self.location = location
    self.notes = notes
  }

  /// An error at a place.
  package static func error(
    _ message: String, at location: SourceLocation?, notes: [Note] = []
  ) -> Diagnostic {
    Diagnostic(.error, message, at: location, notes: notes)
  }

  /// A warning at a place.
  package static func warning(
    _ message: String, at location: SourceLocation?, notes: [Note] = []
  ) -> Diagnostic {
    Diagnostic(.warning, message, at: location, notes: notes)
  }

  /// True for errors.
  package var isError: Bool { severity == .error }

  /// The compiler-style rendering: `file:line:column: error: message`, each note indented below.
  /// Control characters in the message and the notes (quoted from a template) and in file names
  /// (typed by the user) are escaped as `\u{1B}`, `\n`, … (`escapingControlCharacters`), so
  /// that each diagnostic and each note is one line, whatever the template holds.
  package var description: String {
    var text = ""
    if let location { text += "\(location): " }
    text += "\(severity.rawValue): \(message.escapingControlCharacters())"
    for note in notes {
      text += "\n  "
      if let location = note.location { text += "\(location): " }
      text += "note: \(note.message.escapingControlCharacters())"
    }
    return text
  }
}

extension Array where Element == Diagnostic {
  /// True when any diagnostic is an error.
  package var containsErrors: Bool { contains { $0.isError } }

  /// The diagnostics in a stable order: by location (unlocated first), then severity, then text.
  package func sortedByLocation() -> [Diagnostic] {
    enumerated().sorted { a, b in
      let l = a.element.location
      let r = b.element.location
      if l != r {
        guard let l else { return true }
        guard let r else { return false }
        return l < r
      }
      return a.offset < b.offset
    }.map(\.element)
  }
}
