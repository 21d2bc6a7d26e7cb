/// A parameter's `Default` checked against its own constraints, as CloudFormation checks it when
/// the default is used: `AllowedValues` (String, Number and their lists), `AllowedPattern`
/// (String and CommaDelimitedList, the whole value matched, as Java's `Pattern.matches` does),
/// `MinLength`/`MaxLength` (String) and `MinValue`/`MaxValue` (Number and List<Number>). A list's
/// default is checked element by element, each without the spaces around it, as CloudFormation
/// splits it (an empty default is an empty list). AWS-specific and SSM parameter types, and a
/// pattern `JavaPattern` cannot evaluate, are not checked. The value of a `NoEcho` parameter is
/// never quoted.
extension TemplateDecoder {
  /// One error for the first constraint `parameter`'s default breaks, if any.
  mutating func checkDefault(of parameter: Parameter) {
    guard let value = parameter.defaultValue, let text = Self.defaultText(value) else { return }
    let type = parameter.type.value
    let isString = type == .string
    let isNumber = type == .number || type == .numberList
    guard isString || isNumber || type == .commaDelimitedList else { return }
    for (element, offset) in Self.elements(of: text, isList: type.isList) {
      guard let (constraint, notes) = violation(of: element, parameter, isNumber: isNumber)
      else { continue }
      let shown = parameter.noEcho ? nil : element
      let error = TemplateError.badDefault(
        parameter: parameter.name, value: shown, isElement: type.isList, constraint: constraint)
      let location = type.isList ? value.location(ofByte: offset, ifString: text) : value.location
      diagnostics.append(.error(error.description, at: location, notes: notes))
      return
    }
  }

  /// The first constraint `element` breaks, and the notes that say what the constraint allows.
  private func violation(of element: String, _ parameter: Parameter, isNumber: Bool) -> (
    String, [Diagnostic.Note]
  )? {
    if let allowed = parameter.allowedValues?.compactMap(Self.defaultText), !allowed.isEmpty,
      allowed.count == parameter.allowedValues?.count,
      !allowed.contains(where: { Self.same(element, $0, numeric: isNumber) })
    {
      let ranked = allowed.enumerated().sorted {
        (Spelling.distance(element, $0.element), $0.offset)
          < (Spelling.distance(element, $1.element), $1.offset)
      }.map(\.element)
      let listed = ranked.prefix(Self.listedAttributes).map { "'\($0)'" }.joined(separator: ", ")
      let more =
        ranked.count > Self.listedAttributes
        ? " and \(ranked.count - Self.listedAttributes) more" : ""
      return (
        "is not one of its AllowedValues",
        [.init("its AllowedValues, closest first: \(listed)\(more)")]
      )
    }
    if let pattern = parameter.allowedPattern, !isNumber,
      JavaPattern.wholeMatch(pattern.value, element) == false
    {
      var notes: [Diagnostic.Note] = [
        .init(
          "the AllowedPattern must match the whole value: \(pattern.value)", at: pattern.location)
      ]
      if let description = parameter.constraintDescription {
        notes.append(.init("its ConstraintDescription: \(description)"))
      }
      return ("does not match its AllowedPattern", notes)
    }
    let change = Diagnostic.Note("change the default or the constraint")
    if !isNumber, parameter.type.value == .string {
      let length = element.utf16.count
      if let minimum = parameter.minLength.flatMap({ Int($0.value) }), length < minimum {
        return ("is shorter than its MinLength of \(minimum)", [change])
      }
      if let maximum = parameter.maxLength.flatMap({ Int($0.value) }), length > maximum {
        return ("is longer than its MaxLength of \(maximum)", [change])
      }
    }
    if isNumber, let number = Double(element) {
      if let minimum = parameter.minValue, let bound = Double(minimum.value), number < bound {
        return ("is below its MinValue of \(minimum.value)", [change])
      }
      if let maximum = parameter.maxValue, let bound = Double(maximum.value), number > bound {
        return ("is above its MaxValue of \(maximum.value)", [change])
      }
    }
    return nil
  }

  /// The text of a default or allowed value written as a string, a number or a boolean.
  static func defaultText(_ value: JSONValue) -> String? {
    switch value.kind {
    case .string(let s), .number(let s): s
    case .bool(let b): b ? "true" : "false"
    default: nil
    }
  }

  /// The values a default holds, each with the byte offset it starts at: the whole text, or a
  /// list's elements split at commas without the spaces around them (none left empty).
  static func elements(of text: String, isList: Bool) -> [(String, Int)] {
    guard isList else { return [(text, 0)] }
    var result: [(String, Int)] = []
    var offset = 0
    for piece in text.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
      let leading = piece.prefix { $0 == UInt8(ascii: " ") }.count
      let trailing = piece.reversed().prefix { $0 == UInt8(ascii: " ") }.count
      if leading < piece.count {
        let bytes = piece.dropFirst(leading).dropLast(trailing)
        result.append((String(decoding: bytes, as: UTF8.self), offset + leading))
      }
      offset += piece.count + 1
    }
    return result
  }

  /// Whether a default equals an allowed value: as text, or as numbers for a Number parameter.
  private static func same(_ value: String, _ allowed: String, numeric: Bool) -> Bool {
    if value == allowed { return true }
    guard numeric, let a = Double(value), let b = Double(allowed) else { return false }
    return a == b
  }

}

extension JSONValue {
  /// Where byte `offset` of `text`, this value's text, is: inside a string written as it reads,
  /// the value's start otherwise (a number, a boolean).
  func location(ofByte offset: Int, ifString text: String) -> SourceLocation {
    guard stringValue != nil else { return location }
    return range.location(ofByte: offset, in: text)
  }
}
