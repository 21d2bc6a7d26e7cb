/// What can be wrong with JSON text. The description is the diagnostic's message: lowercase, no
/// final period, names quoted, and the fix named where there is one.
package enum JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// An object or an array, as named in messages.
  package enum Container: Hashable, Sendable {
    case object
    case array

    /// `object` or `list`, the words messages use.
    package var name: String {
      switch self {
      case .object: "object"
      case .array: "list"
      }
    }

    /// The closing bracket: `}` or `]`.
    package var closer: String {
      switch self {
      case .object: "}"
      case .array: "]"
      }
    }
  }

  /// Why a number is not a JSON number.
  package enum NumberProblem: Hashable, Sendable {
    /// `01`: a zero followed by more digits.
    case leadingZero
    /// `-` or `-x`: a minus sign without digits.
    case missingDigits
    /// `.5`: no digit before the decimal point.
    case missingLeadingDigit
    /// `1.`: no digit after the decimal point.
    case missingFractionDigits
    /// `1e` or `1e+`: an exponent without digits.
    case missingExponentDigits
    /// `+1`: JSON has no plus sign.
    case leadingPlus
    /// `NaN`, `Infinity`, `-Infinity`.
    case notFinite
    /// `10GB`, `0x1F`: letters after the digits.
    case trailingLetters

    /// What to do about it.
    package var fix: String {
      switch self {
      case .leadingZero: "remove the leading zero, or quote the value if the zeros matter"
      case .missingDigits: "write a digit after '-'"
      case .missingLeadingDigit: "write a digit before the '.', as in '0.5'"
      case .missingFractionDigits: "write a digit after the '.', as in '1.0'"
      case .missingExponentDigits: "write the exponent's digits, as in '1e3'"
      case .leadingPlus: "remove the '+'"
      case .notFinite: "JSON has no NaN or infinity; write a finite number or a string"
      case .trailingLetters: "a number cannot contain letters; quote the value as a string"
      }
    }
  }

  /// No value at all: an empty file, or only whitespace.
  case emptyInput
  /// The text is in UTF-16 or UTF-32, named with its byte order (`UTF-16LE`, `UTF-32BE`).
  case unsupportedEncoding(String)
  /// The text ends where more was expected (`a value`, `',' or ']'`, …).
  case unexpectedEndOfInput(expected: String)
  /// A character that cannot stand here.
  case unexpectedCharacter(Unicode.Scalar, expected: String)
  /// A byte that does not begin a valid UTF-8 sequence.
  case invalidUTF8(UInt8)
  /// A string with no closing quote before the end of the text.
  case unterminatedString
  /// A raw line break inside a string.
  case lineBreakInString
  /// A raw control character (U+0000 to U+001F, other than a line break) inside a string.
  case controlCharacterInString(UInt8)
  /// A backslash followed by something other than a JSON escape (`\x`).
  case invalidEscape(String)
  /// `\u` not followed by four hexadecimal digits (the text up to the offending character).
  case invalidUnicodeEscape(String)
  /// A `\uD800`–`\uDFFF` escape that is not half of a high-low pair.
  case unpairedSurrogate(String)
  /// A malformed number, as written.
  case invalidNumber(String, NumberProblem)
  /// A bare word where a value belongs (`tru`, `undefined`, `Foo`), with the literal it resembles.
  case unknownWord(String, suggestion: String?)
  /// A string in single quotes.
  case singleQuotedString
  /// A `//` or `/* */` comment.
  case comment
  /// An object key without quotes.
  case unquotedKey(String)
  /// Something other than `:` after an object key.
  case missingColon(key: String)
  /// Two members or items with no comma between them.
  case missingComma(Container)
  /// A comma just before the closing bracket.
  case trailingComma(Container)
  /// Something after the end of the top-level value.
  case trailingContent(Unicode.Scalar)
  /// Arrays and objects nested deeper than the limit.
  case nestingTooDeep(limit: Int)
  /// A key written twice in one object with different values (an error).
  case duplicateKey(String)
  /// A key written twice in one object with the same value (a warning).
  case repeatedKey(String)

  /// The message of the diagnostic.
  package var description: String {
    switch self {
    case .emptyInput:
      "the file has no JSON value; a template is an object starting with '{'"
    case .unsupportedEncoding(let encoding):
      "the file is encoded as \(encoding); save it as UTF-8"
    case .unexpectedEndOfInput(let expected):
      "unexpected end of the file; expected \(expected)"
    case .unexpectedCharacter(let scalar, let expected):
      "unexpected character \(Self.show(scalar)); expected \(expected)"
    case .invalidUTF8(let byte):
      "invalid UTF-8 byte 0x\(Self.hex(UInt32(byte), digits: 2)); save the file as UTF-8"
    case .unterminatedString:
      "unterminated string; add the closing '\"'"
    case .lineBreakInString:
      "string not closed before the end of the line; add the closing '\"', "
        + "or write a line break inside the string as '\\n'"
    case .controlCharacterInString(let byte):
      "control character U+\(Self.hex(UInt32(byte))) in a string; write it as '\(Self.escape(byte))'"
    case .invalidEscape(let text):
      "invalid escape '\(text)'; write a backslash as '\\\\' "
        + "(JSON escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)"
    case .invalidUnicodeEscape(let text):
      "invalid unicode escape '\(text)'; '\\u' takes exactly four hexadecimal digits"
    case .unpairedSurrogate(let text):
      "unpaired UTF-16 surrogate '\(text)'; a character above U+FFFF is written as a pair "
        + "such as '\\uD83D\\uDE00', or as itself in UTF-8"
    case .invalidNumber(let text, let problem):
      "invalid number '\(text)'; \(problem.fix)"
    case .unknownWord(let word, let suggestion?):
      "unknown word '\(word)'; did you mean '\(suggestion)'?"
    case .unknownWord(let word, nil):
      "unknown word '\(word)'; write a string in double quotes: '\"\(word)\"'"
    case .singleQuotedString:
      "string in single quotes; JSON strings use double quotes '\"'"
    case .comment:
      "comments are not allowed in JSON; remove the comment"
    case .unquotedKey(let key):
      "object key '\(key)' is not in double quotes; write '\"\(key)\"'"
    case .missingColon(let key):
      "expected ':' after the key '\(key)'"
    case .missingComma(.object):
      "missing ',' before this member; add one after the previous member"
    case .missingComma(.array):
      "missing ',' before this item; add one after the previous item"
    case .trailingComma(let container):
      "trailing comma in \(container == .object ? "an" : "a") \(container.name); "
        + "remove the ',' before '\(container.closer)'"
    case .trailingContent(let scalar):
      "unexpected character \(Self.show(scalar)) after the JSON value; "
        + "a file holds exactly one value"
    case .nestingTooDeep(let limit):
      "objects and lists nested deeper than \(limit) levels; flatten the structure"
    case .duplicateKey(let key):
      "duplicate key '\(key)' with a different value; keep one of the two members"
    case .repeatedKey(let key):
      "duplicate key '\(key)' repeats the same value; remove the repetition"
    }
  }

  /// A scalar as messages show it: `'x'` when visible, `U+00A0 (NO-BREAK SPACE)` otherwise.
  static func show(_ scalar: Unicode.Scalar) -> String {
    switch scalar.properties.generalCategory {
    case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .privateUse,
      .unassigned, .surrogate, .nonspacingMark, .enclosingMark:
      let code = "U+" + hex(scalar.value)
      guard let name = scalar.properties.name else { return code }
      return "\(code) (\(name))"
    default:
      return "'\(scalar)'"
    }
  }

  /// The JSON escape for a control byte: `\t`, `\b`, `\f`, or `\u00XX`.
  static func escape(_ byte: UInt8) -> String {
    switch byte {
    case 0x08: "\\b"
    case 0x09: "\\t"
    case 0x0C: "\\f"
    default: "\\u" + hex(UInt32(byte))
    }
  }

  /// Upper-case hexadecimal, zero-padded to `digits` digits.
  static func hex(_ value: UInt32, digits: Int = 4) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
