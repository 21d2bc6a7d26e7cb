/// What a plain (unquoted, untagged) scalar means, by the YAML 1.1 rules CloudFormation's
/// parser and cfn-lint's follow:
///
/// - null: `~`, `null`, `Null`, `NULL` and nothing at all;
/// - booleans: `true`, `false`, `yes`, `no`, `on`, `off` in lower case, capitalised or upper
///   case (`y` and `n` are strings);
/// - integers: decimal (`1_000`, `+5`), octal with a leading zero (`012` is 10; `08` is a
///   string), hexadecimal (`0x1F`), binary (`0b101`), base 60 (`1:20` is 80);
/// - floats: with a `.` (`.5`, `5.`, `1.0e+3`; an exponent needs its sign, so `1e3` is a
///   string), base 60 with a fraction; `.inf` and `.nan` have no JSON form;
/// - everything else, dates included, a string.
///
/// A number keeps its source text when that is a JSON number; otherwise it becomes the JSON
/// number of the same value (`0x1F` → `31`, `.5` → `0.5`, `+5` → `5`, `1_000` → `1000`).
enum YAMLScalar {
  /// The meaning of a plain scalar.
  enum Resolved: Hashable {
    case null
    case bool(Bool)
    /// A number, as a JSON number's text.
    case number(String)
    case string
    /// `.inf`, `-.inf`, `.nan`.
    case notFinite
  }

  /// The words that are booleans, as UTF-8, with their values.
  static let booleans: [([UInt8], Bool)] = {
    var table: [([UInt8], Bool)] = []
    for (word, value) in [
      ("true", true), ("false", false), ("yes", true), ("no", false), ("on", true), ("off", false),
    ] {
      for spelling in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
        table.append((Array(spelling.utf8), value))
      }
    }
    return table
  }()

  /// The words that are null (the empty scalar and `~` aside), as UTF-8.
  static let nulls: [[UInt8]] = [Array("null".utf8), Array("Null".utf8), Array("NULL".utf8)]

  /// The boolean `bytes` spell, if they spell one.
  private static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard bytes.count >= 2, bytes.count <= 5 else { return nil }
    for (word, value) in booleans where word.count == bytes.count && word.elementsEqual(bytes) {
      return value
    }
    return nil
  }

  /// Resolves the text of a plain scalar.
  static func resolve(_ text: String) -> Resolved {
    var text = text
    return text.withUTF8 { resolve(bytes: $0) }
  }

  private static func resolve(bytes: UnsafeBufferPointer<UInt8>) -> Resolved {
    guard let first = bytes.first else { return .null }
    switch first {
    case UInt8(ascii: "~"):
      return bytes.count == 1 ? .null : .string
    case UInt8(ascii: "n"), UInt8(ascii: "N"):
      if bytes.count == 4, nulls.contains(where: { $0.elementsEqual(bytes) }) { return .null }
      return boolean(bytes).map(Resolved.bool) ?? .string
    case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "t"), UInt8(ascii: "T"),
      UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
      return boolean(bytes).map(Resolved.bool) ?? .string
    case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return number(Array(bytes))
    default:
      return .string
    }
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// The number a scalar starting with a sign, a dot or a digit is, if it is one.
  private static func number(_ u: [UInt8]) -> Resolved {
    var i = 0
    var negative = false
    if u[0] == UInt8(ascii: "+") || u[0] == UInt8(ascii: "-") {
      negative = u[0] == UInt8(ascii: "-")
      i = 1
    }
    let sign = negative ? "-" : ""
    let body = Array(u[i...])
    let text = String(decoding: body, as: UTF8.self)
    if [".inf", ".Inf", ".INF"].contains(text) { return .notFinite }
    if i == 0, [".nan", ".NaN", ".NAN"].contains(text) { return .notFinite }
    guard let head = body.first else { return .string }
    if head == UInt8(ascii: "0"), body.count > 2 {
      let rest = body[2...].filter { $0 != UInt8(ascii: "_") }
      let radix: Int? =
        body[1] == UInt8(ascii: "b") ? 2 : body[1] == UInt8(ascii: "x") ? 16 : nil
      if let radix {
        guard !rest.isEmpty,
          rest.allSatisfy({ Digits.value(of: $0).map { $0 < radix } == true })
        else { return .string }
        return .number(signed(sign, Digits.decimal(rest, radix: radix)))
      }
    }
    if head == UInt8(ascii: "0"), body.count > 1,
      body.dropFirst().allSatisfy({
        (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) || $0 == UInt8(ascii: "_")
      })
    {
      let digits = body.filter { $0 != UInt8(ascii: "_") }
      return .number(signed(sign, Digits.decimal(digits, radix: 8)))
    }
    if head == UInt8(ascii: ".") {
      // `.5`, `.5e+3`: no sign allowed before the dot.
      guard i == 0, let (fraction, exponent) = fractionAndExponent(body[1...]), !fraction.isEmpty
      else { return .string }
      return .number("0." + String(decoding: fraction, as: UTF8.self) + exponent)
    }
    guard isDigit(head) else { return .string }
    var j = 0
    while j < body.count, isDigit(body[j]) || body[j] == UInt8(ascii: "_") { j += 1 }
    let integer = body[0..<j].filter { $0 != UInt8(ascii: "_") }
    if j == body.count {
      // Decimal: `0`, or no leading zero (octal is handled above).
      guard head != UInt8(ascii: "0") || integer.count == 1 else { return .string }
      return .number(sign + String(decoding: integer, as: UTF8.self))
    }
    if body[j] == UInt8(ascii: ":") {
      return sexagesimal(body, integerEnd: j, sign: sign)
    }
    guard body[j] == UInt8(ascii: "."),
      let (fraction, exponent) = fractionAndExponent(body[(j + 1)...])
    else { return .string }
    let whole = String(decoding: integer.drop { $0 == UInt8(ascii: "0") }, as: UTF8.self)
    let fractionText = fraction.isEmpty ? "0" : String(decoding: fraction, as: UTF8.self)
    let lexeme = sign + (whole.isEmpty ? "0" : whole) + "." + fractionText + exponent
    // Keep the text as written when it already is a JSON number.
    let written = String(decoding: u, as: UTF8.self)
    return .number(written == lexeme ? written : lexeme)
  }

  /// The digits after a `.` (underscores dropped) and an exponent `e+3`, when `rest` is
  /// `[0-9_]*` optionally followed by `[eE][-+][0-9]+`.
  private static func fractionAndExponent(_ rest: ArraySlice<UInt8>) -> ([UInt8], String)? {
    var k = rest.startIndex
    while k < rest.endIndex, isDigit(rest[k]) || rest[k] == UInt8(ascii: "_") { k += 1 }
    let fraction = rest[rest.startIndex..<k].filter { $0 != UInt8(ascii: "_") }
    guard k < rest.endIndex else { return (fraction, "") }
    guard rest[k] == UInt8(ascii: "e") || rest[k] == UInt8(ascii: "E"), k + 2 < rest.endIndex,
      rest[k + 1] == UInt8(ascii: "+") || rest[k + 1] == UInt8(ascii: "-"),
      rest[(k + 2)...].allSatisfy(isDigit)
    else { return nil }
    return (fraction, String(decoding: rest[k...], as: UTF8.self))
  }

  /// `1:20` (80), `190:20:30`, `1:30.5` (90.5): base 60, each part after the first 0 to 59.
  private static func sexagesimal(_ body: [UInt8], integerEnd: Int, sign: String) -> Resolved {
    var parts = [body[0..<integerEnd].filter { $0 != UInt8(ascii: "_") }]
    var j = integerEnd
    while j < body.count, body[j] == UInt8(ascii: ":") {
      var k = j + 1
      while k < body.count, k < j + 3, isDigit(body[k]) { k += 1 }
      let part = Array(body[(j + 1)..<k])
      guard !part.isEmpty, part.count == 1 || part[0] <= UInt8(ascii: "5") else { return .string }
      parts.append(part)
      j = k
    }
    var value = [UInt8](repeating: 0, count: 0)
    for part in parts {
      value = Digits.multiply(value, by: 60)
      value = Digits.add(value, Int(String(decoding: part, as: UTF8.self)) ?? 0)
    }
    let integer = Digits.text(value)
    if j == body.count {
      guard body[0] != UInt8(ascii: "0") else { return .string }
      return .number(signed(sign, integer))
    }
    guard body[j] == UInt8(ascii: "."),
      body[(j + 1)...].allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "_") })
    else { return .string }
    let fraction = body[(j + 1)...].filter { $0 != UInt8(ascii: "_") }
    return .number(
      sign + integer + "." + (fraction.isEmpty ? "0" : String(decoding: fraction, as: UTF8.self)))
  }

  private static func signed(_ sign: String, _ digits: String) -> String {
    digits == "0" ? "0" : sign + digits
  }
}

extension YAMLScalar {
  /// Arbitrary-size non-negative integers as little-endian decimal digits, enough to turn a YAML
  /// integer of any base and length into JSON's decimal text.
  enum Digits {
    /// The value of a digit of base up to 16.
    static func value(of byte: UInt8) -> Int? {
      YAMLScanner.hexValue(byte).map(Int.init)
    }

    /// `digits` (most significant first) in `radix`, as decimal text.
    static func decimal(_ digits: [UInt8], radix: Int) -> String {
      var value: [UInt8] = []
      for digit in digits {
        value = add(multiply(value, by: radix), Digits.value(of: digit) ?? 0)
      }
      return text(value)
    }

    static func multiply(_ value: [UInt8], by factor: Int) -> [UInt8] {
      var result: [UInt8] = []
      var carry = 0
      for digit in value {
        let product = Int(digit) * factor + carry
        result.append(UInt8(product % 10))
        carry = product / 10
      }
      while carry > 0 {
        result.append(UInt8(carry % 10))
        carry /= 10
      }
      return result
    }

    static func add(_ value: [UInt8], _ addend: Int) -> [UInt8] {
      var result = value
      var carry = addend
      var index = 0
      while carry > 0 {
        if index == result.count { result.append(0) }
        let sum = Int(result[index]) + carry
        result[index] = UInt8(sum % 10)
        carry = sum / 10
        index += 1
      }
      return result
    }

    static func text(_ value: [UInt8]) -> String {
      var digits = value
      while digits.count > 1, digits.last == 0 { digits.removeLast() }
      if digits.isEmpty { return "0" }
      return String(decoding: digits.reversed().map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    }
  }
}
