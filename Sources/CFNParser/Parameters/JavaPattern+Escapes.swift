/// Escapes of a pattern `RE2Pattern` accepted: `\Q…\E`, assertions, sets such as `\d` and
/// `\p{Lu}`, and characters written as escapes.
extension JavaPattern.Parser {
  /// An escape outside a class: a quote, an assertion, a set or a character.
  mutating func escape() -> Atom? {
    guard let escaped = peek(1) else { return nil }
    switch escaped {
    case "Q":
      index += 2
      var items: [PatternNode] = []
      while let scalar = peek(), !(scalar == "\\" && peek(1) == "E") {
        items.append(.read(literal(scalar)))
        index += 1
      }
      index += 2
      return .nodes(items)
    case "A", "z", "b", "B":
      index += 2
      let assertion: JavaPattern.Assertion =
        switch escaped {
        case "A": .start
        case "z": .end
        case "b": .wordBoundary
        default: .notWordBoundary
        }
      return .node(.check(assertion))
    default:
      guard let member = escapedMember() else { return nil }
      return .node(.read(ScalarSet(members: [member], ignoresCase: ignoresCase)))
    }
  }

  /// An escape that stands for a character or a set, in a class or outside.
  mutating func escapedMember() -> ScalarSet.Member? {
    guard let escaped = peek(1) else { return nil }
    let simple: [Unicode.Scalar: UInt32] = ["a": 7, "f": 12, "n": 10, "r": 13, "t": 9]
    switch escaped {
    case "d", "D":
      index += 2
      return .digit(negated: escaped == "D")
    case "s", "S":
      index += 2
      return .space(negated: escaped == "S")
    case "w", "W":
      index += 2
      return .word(negated: escaped == "W")
    case "p", "P":
      index += 2
      var name = ""
      if peek() == "{" {
        index += 1
        while let scalar = peek(), scalar != "}" {
          name.unicodeScalars.append(scalar)
          index += 1
        }
        index += 1
      } else if let scalar = peek() {
        name.unicodeScalars.append(scalar)
        index += 1
      }
      return .category(name, negated: escaped == "P")
    case "x":
      index += 2
      var digits = ""
      if peek() == "{" {
        index += 1
        while let scalar = peek(), scalar != "}" {
          digits.unicodeScalars.append(scalar)
          index += 1
        }
        index += 1
      } else {
        for _ in 0..<2 {
          guard let scalar = peek() else { return nil }
          digits.unicodeScalars.append(scalar)
          index += 1
        }
      }
      return UInt32(digits, radix: 16).map { .range($0...$0) }
    case "0":
      index += 2
      var value: UInt32 = 0
      for _ in 0..<2 {
        guard let scalar = peek(), ("0"..."7").contains(scalar) else { break }
        value = value * 8 + scalar.value - 48
        index += 1
      }
      return .range(value...value)
    case _ where simple[escaped] != nil:
      index += 2
      return .range(simple[escaped]!...simple[escaped]!)
    case _
    where escaped.isASCII && !escaped.properties.isAlphabetic
      && !("0"..."9").contains(escaped):
      index += 2
      return .range(escaped.value...escaped.value)
    default:
      return nil
    }
  }
}
