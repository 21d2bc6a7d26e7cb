extension JSONReader {
  /// What the reader looked for when it found something else.
  enum Expectation {
    /// A value, after `[`, `,` or `:`, or at the start.
    case value
    /// A member's key, after `{` or `,`.
    case key
    /// The `:` after a key.
    case colon(key: String)
    /// The `,` or closing bracket after a member or an item.
    case commaOrClose(JSONSyntaxError.Container)
    /// The end of the text, after the top-level value, which ends at the given place.
    case endOfDocument(SourceLocation)

    /// The expectation in words, as messages end: `expected a value`.
    var text: String {
      switch self {
      case .value: "a value"
      case .key: "a key in double quotes"
      case .colon(let key): "':' after the key '\(key)'"
      case .commaOrClose(let container): "',' or '\(container.closer)'"
      case .endOfDocument: "the end of the file"
      }
    }
  }

  /// The error for whatever is at the current offset, given what was expected there. Recognises the
  /// usual slips (comments, single quotes, unquoted keys, missing commas, `+1`, `.5`) so the message
  /// can name the fix.
  func unexpected(_ expectation: Expectation) -> Failure {
    guard let byte = current else {
      let notes = open.last.map { container in
        [
          Diagnostic.Note(
            "the \(container.kind.name) opened here is not closed", at: container.start.start)
        ]
      }
      return fail(.unexpectedEndOfInput(expected: expectation.text), notes: notes ?? [])
    }
    let next = offset + 1 < bytes.count ? bytes[offset + 1] : nil
    if byte == UInt8(ascii: "/"), next == UInt8(ascii: "/") || next == UInt8(ascii: "*") {
      return fail(.comment)
    }
    if byte == UInt8(ascii: "'") { return fail(.singleQuotedString) }
    guard let scalar = scalar(at: offset) else { return fail(.invalidUTF8(byte)) }
    switch expectation {
    case .endOfDocument(let valueEnd):
      return fail(
        .trailingContent(scalar), notes: [.init("the JSON value ends here", at: valueEnd)])
    case .colon(let key):
      return fail(.missingColon(key: key))
    case .key where Self.isWordByte(byte):
      return fail(.unquotedKey(word(at: offset)))
    case .commaOrClose(let container) where Self.startsValue(byte):
      return fail(.missingComma(container))
    case .value where byte == UInt8(ascii: "+") || byte == UInt8(ascii: "."):
      let text = numberLikeText(from: offset)
      let rest = text.dropFirst()
      if byte == UInt8(ascii: "+"), Self.nonFiniteWords.contains(rest.lowercased()) {
        return fail(.invalidNumber(text, .notFinite))
      }
      guard let first = rest.utf8.first, Self.isDigit(first) || first == UInt8(ascii: ".") else {
        return fail(.unexpectedCharacter(scalar, expected: expectation.text))
      }
      return fail(
        .invalidNumber(text, byte == UInt8(ascii: "+") ? .leadingPlus : .missingLeadingDigit))
    default:
      return fail(.unexpectedCharacter(scalar, expected: expectation.text))
    }
  }

  /// The error for a bare word where a value belongs; `start` is where it begins.
  func wordFailure(_ word: String, at start: SourceRange) -> Failure {
    if Self.nonFiniteWords.contains(word.lowercased()) {
      return fail(.invalidNumber(word, .notFinite), at: start)
    }
    return fail(.unknownWord(word, suggestion: Self.literal(resembling: word)), at: start)
  }

  /// Reads a run of letters, digits, `_` and `$`.
  mutating func readWord() -> String {
    let word = word(at: offset)
    offset += word.utf8.count
    return word
  }

  /// The run of letters, digits, `_` and `$` at `index`.
  func word(at index: Int) -> String {
    var end = index
    while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
    return String(decoding: bytes[index..<end], as: UTF8.self)
  }

  /// The scalar whose UTF-8 starts at `index`, when the bytes there are well-formed.
  func scalar(at index: Int) -> Unicode.Scalar? {
    guard let length = utf8SequenceLength(at: index) else { return nil }
    var iterator = bytes[index..<index + length].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
    return scalar
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// ASCII letters, digits, `_` and `$`: the bytes of a bare word.
  static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "$"):
      true
    default:
      false
    }
  }

  /// True for a byte that can begin a value (or a key): a missing comma looks like this.
  static func startsValue(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "-"): true
    default: isWordByte(byte)
    }
  }

  /// The JSON literal a misspelled word most likely meant: same letters in another case, a prefix
  /// (`tru`, `nul`), one edit or swap away (`ture`, `flase`), or another language's null.
  static func literal(resembling word: String) -> String? {
    let lower = word.lowercased()
    if ["nil", "none", "undefined"].contains(lower) { return "null" }
    for literal in ["true", "false", "null"] {
      if literal.hasPrefix(lower) || lower.hasPrefix(literal) { return literal }
    }
    return ["true", "false", "null"].first { Spelling.distance(lower, $0) <= 1 }
  }
}
