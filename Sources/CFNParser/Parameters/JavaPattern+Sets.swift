/// The characters one step of a `JavaPattern` reads: a class, an escape such as `\d`, `.`, or one
/// character, with Java's meanings (its `\d`, `\s` and `\w` are ASCII; `(?i)` folds ASCII letters
/// only).
struct ScalarSet: Sendable {
  /// One part of a set.
  enum Member: Sendable {
    /// Characters from one code point to another.
    case range(ClosedRange<UInt32>)
    /// `\d` (`\D` when negated): `[0-9]`.
    case digit(negated: Bool)
    /// `\s`: `[ \t\n\x0B\f\r]`.
    case space(negated: Bool)
    /// `\w`: `[a-zA-Z_0-9]`.
    case word(negated: Bool)
    /// `\p{Lu}`, `\pL`: a Unicode general category, or a group of them by its first letter.
    case category(String, negated: Bool)
    /// `.`: anything but a line break, or anything at all with `(?s)`.
    case any(Bool)
  }

  var members: [Member]
  var negated = false
  var ignoresCase = false

  /// Whether the set holds `scalar`.
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    var found = members.contains { Self.member($0, holds: scalar.value) }
    if !found, ignoresCase, let other = Self.otherCase(of: scalar.value) {
      found = members.contains { Self.member($0, holds: other) }
    }
    return found != negated
  }

  /// The other case of an ASCII letter.
  private static func otherCase(of value: UInt32) -> UInt32? {
    switch value {
    case 65...90: value + 32
    case 97...122: value - 32
    default: nil
    }
  }

  private static func member(_ member: Member, holds value: UInt32) -> Bool {
    switch member {
    case .range(let range): return range.contains(value)
    case .digit(let negated): return (48...57).contains(value) != negated
    case .space(let negated): return [32, 9, 10, 11, 12, 13].contains(value) != negated
    case .word(let negated): return isWord(value) != negated
    case .category(let name, let negated):
      guard let scalar = Unicode.Scalar(value) else { return negated }
      let code = category(of: scalar)
      let inCategory = name.count == 1 ? code.hasPrefix(name) : code == name
      return inCategory != negated
    case .any(let all):
      return all || ![10, 13, 0x85, 0x2028, 0x2029].contains(value)
    }
  }

  /// Whether `scalar` is a word character for `\w` and `\b`.
  static func isWord(_ scalar: Unicode.Scalar) -> Bool { isWord(scalar.value) }

  private static func isWord(_ value: UInt32) -> Bool {
    (48...57).contains(value) || (65...90).contains(value) || (97...122).contains(value)
      || value == 95
  }

  /// The two-letter code of a scalar's general category (`Lu`, `Nd`, …).
  static func category(of scalar: Unicode.Scalar) -> String {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter: "Lu"
    case .lowercaseLetter: "Ll"
    case .titlecaseLetter: "Lt"
    case .modifierLetter: "Lm"
    case .otherLetter: "Lo"
    case .nonspacingMark: "Mn"
    case .spacingMark: "Mc"
    case .enclosingMark: "Me"
    case .decimalNumber: "Nd"
    case .letterNumber: "Nl"
    case .otherNumber: "No"
    case .connectorPunctuation: "Pc"
    case .dashPunctuation: "Pd"
    case .openPunctuation: "Ps"
    case .closePunctuation: "Pe"
    case .initialPunctuation: "Pi"
    case .finalPunctuation: "Pf"
    case .otherPunctuation: "Po"
    case .mathSymbol: "Sm"
    case .currencySymbol: "Sc"
    case .modifierSymbol: "Sk"
    case .otherSymbol: "So"
    case .spaceSeparator: "Zs"
    case .lineSeparator: "Zl"
    case .paragraphSeparator: "Zp"
    case .control: "Cc"
    case .format: "Cf"
    case .surrogate: "Cs"
    case .privateUse: "Co"
    case .unassigned: "Cn"
    @unknown default: "Cn"
    }
  }
}
