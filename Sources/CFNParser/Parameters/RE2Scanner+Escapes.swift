/// Escapes and character classes. RE2 knows `\d \D \s \S \w \W`, `\pL` and `\p{Lu}` for the
/// Unicode general categories, `\xhh`, `\x{h…}`, octal `\0nn`, `\a \f \n \r \t`, a backslash
/// before any ASCII punctuation, `\Q…\E` outside classes, and `\A \z \b \B` outside classes.
/// Java's other escapes (`\Z`, `\G`, `\h`, `\R`, `\u…`, backreferences, its POSIX and `java…`
/// properties) are refused, and so are `\v`, nested classes and `&&`, which RE2 reads otherwise.
extension RE2Scanner {
  /// The general categories both engines know (Go's `unicode.Categories`; Java also has `Cn` and
  /// `LC`, which Go lacks).
  static let categories: Set<String> = [
    "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N",
    "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So",
    "Z", "Zl", "Zp", "Zs",
  ]

  /// What a class member is: one character (a possible range end), or a set such as `\d`.
  enum ClassMember {
    case character(UInt32)
    case set
  }

  /// An escape outside a class.
  mutating func escape() throws(RE2Incompatibility) {
    guard let escaped = peek(1) else {
      throw .invalid("\\", reason: "the pattern ends with a lone backslash")
    }
    switch escaped {
    case "Q":
      quote()
    case "b", "B", "A", "z":
      take(2)
      piece()
    case "1"..."9":
      var end = index + 1
      while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
      throw .backreference(text(end - index))
    case "k":
      var end = index + 2
      while end < scalars.count, scalars[end - 1] != ">" { end += 1 }
      throw .backreference(text(end - index))
    default:
      _ = try escapedMember(inClass: false)
      piece()
    }
  }

  /// `\Q…\E`: everything up to `\E` (or the end, where the quote is then closed) is literal.
  private mutating func quote() {
    take(2)
    var length = 0
    while index + length < scalars.count {
      if scalars[index + length] == "\\", index + length + 1 < scalars.count,
        scalars[index + length + 1] == "E"
      {
        break
      }
      length += 1
    }
    let closed = index + length < scalars.count
    take(length)
    if closed {
      take(2)
    } else {
      output.append(contentsOf: #"\E"#.unicodeScalars)
    }
    if length > 0 { piece() }
  }

  /// An escape that stands for a character or a set, in a class or outside; the escape is copied
  /// to the output.
  mutating func escapedMember(inClass: Bool) throws(RE2Incompatibility) -> ClassMember {
    guard let escaped = peek(1) else {
      throw .invalid("\\", reason: "the pattern ends with a lone backslash")
    }
    switch escaped {
    case "d", "D", "s", "S", "w", "W":
      take(2)
      return .set
    case "p", "P":
      try property()
      return .set
    case "x":
      return .character(try hexadecimal())
    case "0":
      return .character(try octal())
    case "v":
      throw .differentMeaning("\\v", java: "any vertical whitespace", re2: "a vertical tab")
    case _ where Self.controlEscape(escaped) != nil:
      take(2)
      return .character(Self.controlEscape(escaped)!)
    case _ where escaped.isASCII && !isAlphanumeric(escaped):
      take(2)
      return .character(escaped.value)
    case _ where !escaped.isASCII:
      throw .unsupported(
        "\\\(escaped)", meaning: "an escaped non-ASCII character; write the character alone")
    default:
      throw letterEscape(escaped, inClass: inClass)
    }
  }

  /// The character `\a`, `\f`, `\n`, `\r` or `\t` stands for (the same in both engines); nil
  /// for any other letter.
  static func controlEscape(_ escaped: Unicode.Scalar) -> UInt32? {
    switch escaped {
    case "a": 7
    case "f": 12
    case "n": 10
    case "r": 13
    case "t": 9
    default: nil
    }
  }

  /// Why an escaped ASCII letter or digit other than those RE2 shares with Java is refused.
  private func letterEscape(_ escaped: Unicode.Scalar, inClass: Bool)
    -> RE2Incompatibility
  {
    let written = "\\\(escaped)"
    let meanings: [Unicode.Scalar: String] = [
      "Z": "the end of the input before a final line break; use \\z",
      "G": "the end of the previous match",
      "h": "horizontal whitespace", "H": "anything but horizontal whitespace",
      "V": "anything but vertical whitespace", "R": "a line break sequence",
      "X": "a grapheme cluster", "N": "a character by its Unicode name",
      "u": "a UTF-16 code unit; write \\x{hhhh}", "c": "a control character",
      "e": "the escape character; write \\x1B", "C": "a single byte",
      "E": "the end of a \\Q quote that was not opened",
      "Q": "a quoted sequence inside a character class",
    ]
    if inClass, "bBAz123456789".unicodeScalars.contains(escaped) {
      return .invalid(written, reason: "it cannot stand in a character class")
    }
    if let meaning = meanings[escaped] { return .unsupported(written, meaning: meaning) }
    return .invalid(written, reason: "neither Java nor RE2 knows this escape")
  }

  private func isHexadecimal(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
  }

  private func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }

  /// `\pL`, `\p{Lu}`, `\PL`, `\P{Lu}`: general categories only.
  private mutating func property() throws(RE2Incompatibility) {
    var length = 3
    let name: String
    if peek(2) == "{" {
      while index + length < scalars.count, scalars[index + length] != "}" { length += 1 }
      guard index + length < scalars.count else {
        throw .invalid(text(length), reason: "the property name is not closed with '}'")
      }
      length += 1
      name = String(text(length).dropFirst(3).dropLast())
    } else {
      guard peek(2) != nil else {
        throw .invalid(text(2), reason: "the property has no name")
      }
      name = text(3).dropFirst(2).description
    }
    guard Self.categories.contains(name) else {
      guard Self.isJavaProperty(name) else {
        throw .invalid(text(length), reason: "Java does not know this property")
      }
      throw .unsupported(
        text(length), meaning: "a Java character property; RE2 shares only the general categories")
    }
    take(length)
  }

  /// The POSIX classes Java spells as properties.
  static let posixProperties: Set<String> = [
    "Lower", "Upper", "ASCII", "Alpha", "Digit", "Alnum", "Punct", "Graph", "Print", "Blank",
    "Cntrl", "XDigit", "Space",
  ]

  /// True for a property name Java reads: a category (with `Cn` and `LC`), a POSIX class, a
  /// `java…` method, an `Is…` or `In…` name, or `key=value`.
  static func isJavaProperty(_ name: String) -> Bool {
    categories.contains(name) || name == "Cn" || name == "LC" || posixProperties.contains(name)
      || name.hasPrefix("java") || name.hasPrefix("Is") || name.hasPrefix("In")
      || name.contains("=")
  }

  /// `\xhh` or `\x{h…}`.
  private mutating func hexadecimal() throws(RE2Incompatibility) -> UInt32 {
    if peek(2) == "{" {
      var length = 3
      while index + length < scalars.count, scalars[index + length] != "}" { length += 1 }
      let digits = String(text(length).dropFirst(3))
      guard index + length < scalars.count, (1...6).contains(digits.count),
        digits.unicodeScalars.allSatisfy(isHexadecimal), let value = UInt32(digits, radix: 16),
        value <= 0x10FFFF
      else {
        throw .invalid(text(length + 1), reason: "a code point is 1 to 6 hexadecimal digits")
      }
      take(length + 1)
      return value
    }
    let digits = String(text(4).dropFirst(2))
    guard digits.unicodeScalars.count == 2, digits.unicodeScalars.allSatisfy(isHexadecimal),
      let value = UInt32(digits, radix: 16)
    else {
      throw .invalid(text(4), reason: "'\\x' takes two hexadecimal digits, or some in braces")
    }
    take(4)
    return value
  }

  /// `\0n` or `\0nn`. Java reads a third digit when the first is 0 to 3, Go never does.
  private mutating func octal() throws(RE2Incompatibility) -> UInt32 {
    var digits: [UInt32] = []
    while digits.count < 3, let scalar = peek(2 + digits.count), ("0"..."7").contains(scalar) {
      digits.append(scalar.value - 48)
    }
    if digits.isEmpty {
      throw .invalid("\\0", reason: "Java wants an octal digit after '\\0'")
    }
    if digits.count == 3, digits[0] <= 3 {
      throw .differentMeaning(
        text(5), java: "three octal digits", re2: "two octal digits and a character")
    }
    let used = min(digits.count, 2)
    take(2 + used)
    return digits.prefix(used).reduce(0) { $0 * 8 + $1 }
  }

  /// `[…]` or `[^…]`. A `]` first is a character in both engines; a `[` inside is a nested class
  /// for Java and a character for RE2; `&&` is an intersection for Java and two characters for
  /// RE2.
  mutating func characterClass() throws(RE2Incompatibility) {
    let start = index
    take(1)
    if peek() == "^" { take(1) }
    var first = true
    while true {
      guard let scalar = peek() else {
        index = start
        throw .invalid(text(scalars.count - start), reason: "the character class is not closed")
      }
      if scalar == "]" && !first {
        take(1)
        return
      }
      first = false
      let member = try classMember()
      // A range: a character, '-', and a character (a '-' before ']' is a character).
      guard case .character(let low) = member, peek() == "-", let next = peek(1), next != "]"
      else { continue }
      take(1)
      let high = try classMember()
      guard case .character(let upper) = high else {
        throw .invalid("-", reason: "a range cannot end with a class such as \\d")
      }
      if upper < low {
        throw .invalid(
          String(Unicode.Scalar(low).map(Character.init) ?? "?") + "-"
            + String(Unicode.Scalar(upper).map(Character.init) ?? "?"),
          reason: "the range is reversed")
      }
    }
  }

  private mutating func classMember() throws(RE2Incompatibility) -> ClassMember {
    guard let scalar = peek() else {
      throw .invalid("[", reason: "the character class is not closed")
    }
    switch scalar {
    case "[":
      if peek(1) == ":" {
        throw .differentMeaning(
          "[:", java: "a nested class of those characters", re2: "a POSIX class")
      }
      throw .differentMeaning("[", java: "a nested class (a union)", re2: "a '[' character")
    case "&" where peek(1) == "&":
      throw .unsupported("&&", meaning: "the intersection of character classes")
    case "\\":
      return try escapedMember(inClass: true)
    default:
      take(1)
      return .character(scalar.value)
    }
  }
}
