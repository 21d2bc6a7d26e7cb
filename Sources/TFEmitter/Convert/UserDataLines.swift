/// The one reader of user data lines: a script written as pieces — text, and values known only
/// once deployed — read as the instance reads it, the pieces joined and cut at every line feed
/// wherever the pieces meet. The user data translation and its secret scanner, the Datomic
/// profile and the comparer's `UserData[key]` lookup all read lines through it.
enum UserDataLines {
  /// A run of one line: written text (never holding a line feed) or a computed value, each with
  /// the index of the piece it comes from.
  enum Run: Hashable {
    case text(Substring, piece: Int)
    case value(piece: Int)

    /// The index of the piece the run comes from.
    var piece: Int {
      switch self {
      case .text(_, let piece), .value(let piece): piece
      }
    }
  }

  /// The lines of `pieces`, each as its runs in order (an empty line has none); `text` gives a
  /// piece's written text, or nil for a computed value.
  static func lines<Piece>(_ pieces: [Piece], text: (Piece) -> String?) -> [[Run]] {
    var lines: [[Run]] = [[]]
    for (index, piece) in pieces.enumerated() {
      guard let text = text(piece) else {
        lines[lines.count - 1].append(.value(piece: index))
        continue
      }
      var start = text.startIndex
      for position in text.utf8.indices where text.utf8[position] == UInt8(ascii: "\n") {
        if start < position {
          lines[lines.count - 1].append(.text(text[start..<position], piece: index))
        }
        lines.append([])
        start = text.utf8.index(after: position)
      }
      if start < text.endIndex {
        lines[lines.count - 1].append(.text(text[start...], piece: index))
      }
    }
    return lines
  }

  /// The lines of plain text.
  static func lines(of text: String) -> [Substring] {
    lines([text]) { $0 }.map { runs in
      if case .text(let line, _)? = runs.first { return line }
      return text[text.endIndex...]
    }
  }

  /// A line as the secret scanner reads it: the text's UTF-8 bytes, a zero byte for each value.
  static func bytes(_ line: [Run]) -> [UInt8] {
    var bytes: [UInt8] = []
    for run in line {
      switch run {
      case .text(let text, _): bytes += text.utf8
      case .value: bytes.append(0)
      }
    }
    return bytes
  }

  /// The key and value of a `key=value` line of a properties file, the spaces around the key
  /// trimmed (as Java reads properties); nil for a line without `=`, with an empty key or a
  /// `#` comment.
  static func property(_ line: Substring) -> (key: String, value: Substring)? {
    guard let equals = line.firstIndex(of: "=") else { return nil }
    let key = line[..<equals].trimmingCharacters(in: " ")
    guard !key.isEmpty, !key.hasPrefix("#") else { return nil }
    return (key, line[line.index(after: equals)...])
  }
}
