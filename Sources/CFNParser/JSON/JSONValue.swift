/// A JSON value as written: object members keep their source order, numbers keep their source text,
/// and every value knows its range in the file.
package struct JSONValue: Hashable, Sendable {
  /// The shape and content of a value.
  package enum Kind: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number, kept as its source lexeme (`1.0` stays `1.0`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
  }

  /// What the value is.
  package var kind: Kind
  /// Where the value is written.
  package var range: SourceRange

  /// Creates a value.
  package init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// Where the value starts.
  package var location: SourceLocation { range.start }
}

/// One `"key": value` member of a JSON object.
package struct JSONMember: Hashable, Sendable {
  /// The decoded key.
  package var key: String
  /// Where the key's opening quote is.
  package var keyRange: SourceRange
  /// The member's value.
  package var value: JSONValue

  /// Creates a member.
  package init(key: String, keyRange: SourceRange, value: JSONValue) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}

extension JSONValue {
  /// The string, when this is a string.
  package var stringValue: String? {
    if case .string(let s) = kind { return s }
    return nil
  }

  /// The members, when this is an object.
  package var members: [JSONMember]? {
    if case .object(let m) = kind { return m }
    return nil
  }

  /// The elements, when this is an array.
  package var elements: [JSONValue]? {
    if case .array(let e) = kind { return e }
    return nil
  }

  /// The first member named `key`, when this is an object.
  package subscript(key: String) -> JSONValue? {
    members?.first { $0.key == key }?.value
  }

  /// A short name for the value's kind, for messages: `a string`, `an object`, …
  package var kindDescription: String {
    switch kind {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "a list"
    case .object: "an object"
    }
  }

  /// Compact JSON text of the value (members in source order, numbers as written). Used for
  /// comparing values and for embedding JSON in generated code.
  package var compactText: String {
    switch kind {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let n): return n
    case .string(let s): return JSONValue.quoted(s)
    case .array(let items): return "[" + items.map(\.compactText).joined(separator: ",") + "]"
    case .object(let members):
      return "{"
        + members.map { JSONValue.quoted($0.key) + ":" + $0.value.compactText }.joined(
          separator: ",") + "}"
    }
  }

  /// `s` as a JSON string literal.
  package static func quoted(_ s: String) -> String {
    var out: [UInt8] = []
    quote(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `s` as a JSON string literal to `out`, as UTF-8.
  package static func quote(_ s: String, into out: inout [UInt8]) {
    var s = s
    s.withUTF8 { quote(utf8: $0, into: &out) }
  }

  /// Appends the text whose UTF-8 is `utf8` as a JSON string literal to `out`. The runs between
  /// the bytes to escape (quote, backslash, control characters) are copied whole; in UTF-8 those
  /// bytes never occur inside a longer character.
  package static func quote(utf8: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var start = 0
    for index in utf8.indices {
      let byte = utf8[index]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
      start = index + 1
      out.append(UInt8(ascii: "\\"))
      switch byte {
      case 0x22: out.append(UInt8(ascii: "\""))
      case 0x5C: out.append(UInt8(ascii: "\\"))
      case 0x0A: out.append(UInt8(ascii: "n"))
      case 0x0D: out.append(UInt8(ascii: "r"))
      case 0x09: out.append(UInt8(ascii: "t"))
      case 0x08: out.append(UInt8(ascii: "b"))
      case 0x0C: out.append(UInt8(ascii: "f"))
      default:
        // `\u00XX`, in lowercase hexadecimal.
        let digits = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, digits[Int(byte >> 4)]])
        out.append(digits[Int(byte & 0x0F)])
      }
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    out.append(UInt8(ascii: "\""))
  }

  /// Equality of content, ignoring where the values are written.
  package func sameContent(as other: JSONValue) -> Bool {
    switch (kind, other.kind) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.sameContent(as: $1) }
    case (.object(let a), .object(let b)):
      return a.count == b.count
        && zip(a, b).allSatisfy { $0.key == $1.key && $0.value.sameContent(as: $1.value) }
    default: return false
    }
  }
}
