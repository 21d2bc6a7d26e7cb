import CFNParser

/// A shell script written as CloudFormation values (`Fn::Join` of strings and references), cut
/// into lines. Each line is a sequence of literal text and expressions, so that the Datomic
/// profile can read `key=value` lines whatever mix of `Fn::Join` the template used.
struct ScriptLines {
  /// A piece of a line: text, or a value computed by an expression.
  enum Piece: Hashable {
    case text(String)
    case value(Expr)
  }

  /// One line of the script.
  struct Line: Hashable {
    var pieces: [Piece]
    /// Where the value that produced the line starts.
    var location: SourceLocation

    /// The text of the line when it holds no expression.
    var literal: String? {
      var text = ""
      for piece in pieces {
        guard case .text(let t) = piece else { return nil }
        text += t
      }
      return text
    }

    /// The line as the secret scanner reads it: the text's UTF-8 bytes, a zero byte for each
    /// expression.
    var bytes: [UInt8] {
      pieces.flatMap { piece -> [UInt8] in
        if case .text(let text) = piece { return Array(text.utf8) }
        return [0]
      }
    }

    /// The literal text before the first expression.
    var prefix: String {
      var text = ""
      for piece in pieces {
        guard case .text(let t) = piece else { break }
        text += t
      }
      return text
    }
  }

  var lines: [Line]

  /// The lines of a `Fn::Base64` user data value; nil when the script is not written out.
  init?(userData: Expr) {
    let script: Expr
    if case .base64(let inner) = userData.kind { script = inner } else { script = userData }
    var pieces: [(Piece, SourceLocation)] = []
    guard Self.flatten(script, into: &pieces) else { return nil }
    var lines: [Line] = []
    var current: [Piece] = []
    var start = script.location
    for (piece, location) in pieces {
      if current.isEmpty { start = location }
      guard case .text(let text) = piece else {
        current.append(piece)
        continue
      }
      let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
      for (i, part) in parts.enumerated() {
        if i > 0 {
          lines.append(Line(pieces: current, location: start))
          current = []
          start = location
        }
        if !part.isEmpty {
          if case .text(let previous)? = current.last {
            current[current.count - 1] = .text(previous + part)
          } else {
            current.append(.text(String(part)))
          }
        }
      }
    }
    lines.append(Line(pieces: current, location: start))
    self.lines = lines
  }

  /// Appends the pieces of a string-valued expression; false when a list is computed.
  private static func flatten(_ expr: Expr, into pieces: inout [(Piece, SourceLocation)]) -> Bool {
    switch expr.kind {
    case .string(let s):
      pieces.append((.text(s), expr.location))
    case .join(let separator, let values):
      guard case .list(let items) = values.kind else { return false }
      for (i, item) in items.enumerated() {
        if i > 0, !separator.isEmpty { pieces.append((.text(separator), item.location)) }
        guard flatten(item, into: &pieces) else { return false }
      }
    default:
      pieces.append((.value(expr), expr.location))
    }
    return true
  }
}
