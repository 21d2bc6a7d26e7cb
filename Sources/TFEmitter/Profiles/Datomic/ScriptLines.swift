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
  /// The lines as the secret scanner reads them (`UserDataLines.bytes`).
  var bytes: [[UInt8]]

  /// The lines of a `Fn::Base64` user data value, read by `UserDataLines`; nil when the script is
  /// not written out.
  init?(userData: Expr) {
    let script: Expr
    if case .base64(let inner) = userData.kind { script = inner } else { script = userData }
    var pieces: [(Piece, SourceLocation)] = []
    guard Self.flatten(script, into: &pieces) else { return nil }
    let runs = UserDataLines.lines(pieces) { piece -> String? in
      if case .text(let text) = piece.0 { return text }
      return nil
    }
    lines = runs.map { line in
      var merged: [Piece] = []
      for run in line {
        guard case .text(let text, _) = run else {
          merged.append(pieces[run.piece].0)
          continue
        }
        if case .text(let previous)? = merged.last {
          merged[merged.count - 1] = .text(previous + text)
        } else {
          merged.append(.text(String(text)))
        }
      }
      return Line(
        pieces: merged, location: line.first.map { pieces[$0.piece].1 } ?? script.location)
    }
    bytes = runs.map(UserDataLines.bytes)
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
