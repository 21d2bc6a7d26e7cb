import CFNParser

/// The one place that decides how text is written inside HCL: quoted-string escaping, template
/// escaping for heredocs and template files, object-key quoting and heredoc markers
/// (docs/hcl-format.md, "Escaping" and R10).
package enum HCLEscaping {
  /// The content of a quoted string literal, without the quotes: `\` → `\\`, `"` → `\"`, newline
  /// → `\n`, carriage return → `\r`, tab → `\t`, other non-printable characters → `\uNNNN` or
  /// `\UNNNNNNNN`, `${` → `$${` and `%{` → `%%{`, left to right (as hashicorp/hcl `hclwrite`).
  package static func escapeQuoted(_ text: String) -> String {
    // Most text is plain printable ASCII with nothing to escape: returned as it is.
    if isPlainQuoted(text) { return text }
    let scalars = Array(text.unicodeScalars)
    var escaped = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\n": escaped.append(contentsOf: #"\n"#.unicodeScalars)
      case "\r": escaped.append(contentsOf: #"\r"#.unicodeScalars)
      case "\t": escaped.append(contentsOf: #"\t"#.unicodeScalars)
      case "\"": escaped.append(contentsOf: #"\""#.unicodeScalars)
      case "\\": escaped.append(contentsOf: #"\\"#.unicodeScalars)
      case "$", "%":
        escaped.append(scalar)
        if index + 1 < scalars.count, scalars[index + 1] == "{" { escaped.append(scalar) }
      default:
        if isPrintable(scalar) {
          escaped.append(scalar)
        } else {
          escaped.append(contentsOf: unicodeEscape(scalar).unicodeScalars)
        }
      }
    }
    return String(escaped)
  }

  /// Appends ``escapeQuoted(_:)`` of `text` to `output`; plain text is copied as it is.
  static func appendQuotedContent(_ text: String, to output: inout [UInt8]) {
    if isPlainQuoted(text) {
      output.appendUTF8(text)
    } else {
      output.appendUTF8(escapeQuoted(text))
    }
  }

  /// Appends ``escapeTemplate(_:)`` of `text` to `output`; text without `{` is copied as it is.
  static func appendTemplateContent(_ text: String, to output: inout [UInt8]) {
    if !text.utf8.contains(UInt8(ascii: "{")) {
      output.appendUTF8(text)
    } else {
      appendEscapedTemplate(text, to: &output)
    }
  }

  /// True when quoted-string escaping leaves `text` as it is: printable ASCII without `"`, `\`,
  /// `$` or `%`.
  private static func isPlainQuoted(_ text: String) -> Bool {
    text.allUTF8Bytes {
      $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C && $0 != 0x24 && $0 != 0x25
    }
  }

  /// A whole quoted string literal: `"` + ``escapeQuoted(_:)`` + `"`.
  package static func quoted(_ text: String) -> String {
    "\"" + escapeQuoted(text) + "\""
  }

  /// Literal text of a heredoc or a `templatefile()` file: only `${` → `$${` and `%{` → `%%{`,
  /// left to right; backslashes, quotes and newlines stay as they are.
  package static func escapeTemplate(_ text: String) -> String {
    var escaped: [UInt8] = []
    appendEscapedTemplate(text, to: &escaped)
    return String(decoding: escaped, as: UTF8.self)
  }

  /// Appends ``escapeTemplate(_:)`` of `text`, byte by byte: `$`, `%` and `{` are ASCII, so no
  /// other byte of a multi-byte character can be one of them.
  private static func appendEscapedTemplate(_ text: String, to output: inout [UInt8]) {
    var previous: UInt8 = 0
    output.reserveCapacity(output.count + text.utf8.count + 4)
    for byte in text.utf8 {
      if byte == UInt8(ascii: "{"), previous == UInt8(ascii: "$") || previous == UInt8(ascii: "%") {
        output.append(previous)
      }
      output.append(byte)
      previous = byte
    }
  }

  /// True when `key` may be written bare as an object-constructor key: it matches
  /// `^[A-Za-z_][A-Za-z0-9_-]*$` and is not one of the keywords `for`, `null`, `true`, `false`
  /// (`{ for = 1 }` is a parse error; the others are quoted to stay clear of keyword handling).
  package static func isBareObjectKey(_ key: String) -> Bool {
    guard isIdentifier(key) else { return false }
    return !["for", "null", "true", "false"].contains(key)
  }

  /// An object-constructor key as written: bare when ``isBareObjectKey(_:)``, quoted otherwise.
  package static func objectKey(_ key: String) -> String {
    isBareObjectKey(key) ? key : quoted(key)
  }

  /// True when `name` matches `^[A-Za-z_][A-Za-z0-9_-]*$` (ASCII only).
  package static func isIdentifier(_ name: String) -> Bool {
    guard let first = name.utf8.first, isIdentifierStart(first) else { return false }
    return name.utf8.dropFirst().allSatisfy {
      isIdentifierStart($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-")
    }
  }

  /// A heredoc marker that does not occur as a line of `lines` (HCL ends a heredoc at the first
  /// line that equals the marker once surrounding whitespace is trimmed): `preferred` itself,
  /// else `preferred` followed by 1, 2, … An invalid `preferred` is replaced by `EOT`.
  package static func heredocMarker(preferring preferred: String, avoiding lines: [String])
    -> String
  {
    let base = isIdentifier(preferred) ? preferred : "EOT"
    var taken: [String] = []
    for line in lines {
      let trimmed = trimmingHCLSpace(line)
      if trimmed.hasPrefix(base) { taken.append(trimmed) }
    }
    var candidate = base
    var suffix = 0
    while taken.contains(candidate) {
      suffix += 1
      candidate = base + String(suffix)
    }
    return candidate
  }

  /// Whether HCL (Go's `unicode.IsSpace`, the Unicode White_Space property) treats `scalar` as
  /// whitespace when it trims heredoc lines.
  static func isHCLSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }

  /// `text` without leading and trailing HCL whitespace.
  static func trimmingHCLSpace(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !isHCLSpace($0) }),
      let last = scalars.lastIndex(where: { !isHCLSpace($0) })
    else { return "" }
    return String(scalars[start...last])
  }

  /// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value >= 0x20 && scalar.value < 0x7F { return true }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
      .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
      .modifierSymbol, .otherSymbol:
      return true
    default:
      return false
    }
  }

  private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16)
    if scalar.value < 0x10000 {
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
    return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
  }

  private static func isIdentifierStart(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_")
  }
}
