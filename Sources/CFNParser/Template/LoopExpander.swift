/// `Fn::ForEach` of the `AWS::LanguageExtensions` transform, expanded as CloudFormation expands
/// it before it creates anything: `{"Fn::ForEach::Name": [Identifier, Collection, {OutputKey:
/// OutputValue}]}` stands for one `OutputKey: OutputValue` member per element of the collection,
/// the element standing for `${Identifier}` and `&{Identifier}` (the element without its
/// non-alphanumeric characters) in keys and `Fn::Sub` text, and for `{"Ref": "Identifier"}`.
///
/// The expanded members keep the source ranges of the loop's body, so diagnostics point into it.
/// A collection known only when the stack is created (a parameter's value) cannot be expanded:
/// the loop is reported in `deferred`, and the template stays in CloudFormation as a whole.
struct LoopExpander {
  /// A loop whose collection is known only when the stack is created.
  struct Deferred {
    /// The loop's key (`Fn::ForEach::Name`).
    var key: String
    /// Where the key is written.
    var range: SourceRange
  }

  /// The prefix of a loop's key.
  static let prefix = "Fn::ForEach::"

  let mappings: JSONValue?
  private(set) var deferred: [Deferred] = []
  private(set) var expansions: [LoopExpansion] = []
  private(set) var problems: [(TemplateError, SourceRange)] = []

  init(mappings: JSONValue?) {
    self.mappings = mappings
  }

  /// True when a loop's key is written anywhere under `value`.
  static func containsLoop(_ value: JSONValue) -> Bool {
    switch value.kind {
    case .object(let members):
      members.contains { $0.key.hasPrefix(prefix) || containsLoop($0.value) }
    case .array(let items): items.contains(where: containsLoop)
    default: false
    }
  }

  /// `value` with every loop under it expanded, `bindings` giving the identifiers of the loops it
  /// is inside.
  mutating func expand(_ value: JSONValue, bindings: [String: String] = [:]) -> JSONValue {
    switch value.kind {
    case .array(let items):
      return JSONValue(.array(items.map { expand($0, bindings: bindings) }), range: value.range)
    case .object(let members):
      if !bindings.isEmpty, members.count == 1, let only = members.first {
        if only.key == "Ref", let name = only.value.stringValue, let element = bindings[name] {
          return JSONValue(.string(element), range: value.range)
        }
        if only.key == "Fn::Sub" { return substitutedSub(only, in: value, bindings: bindings) }
      }
      var expanded: [JSONMember] = []
      for member in members {
        if member.key.hasPrefix(Self.prefix) {
          expanded += expandLoop(member, bindings: bindings)
        } else {
          let key = bindings.isEmpty ? member.key : Self.substitute(member.key, bindings)
          expanded.append(
            JSONMember(
              key: key, keyRange: member.keyRange, value: expand(member.value, bindings: bindings))
          )
        }
      }
      return Self.simplifyingGetAtt(JSONValue(.object(expanded), range: value.range))
    default:
      return value
    }
  }

  /// The members one loop stands for.
  private mutating func expandLoop(_ loop: JSONMember, bindings: [String: String]) -> [JSONMember] {
    guard let parts = loop.value.elements, parts.count == 3,
      let identifier = parts[0].stringValue, !identifier.isEmpty, parts[2].members != nil
    else {
      problems.append(
        (
          .functionArguments(
            function: loop.key,
            expected:
              "an identifier, a collection and an object: [Identifier, [values], {Key: value}]"
          ), loop.value.range
        ))
      return [loop]
    }
    guard let elements = collection(expand(parts[1], bindings: bindings)) else {
      deferred.append(Deferred(key: loop.key, range: loop.keyRange))
      return []
    }
    var members: [JSONMember] = []
    for element in elements {
      var inner = bindings
      inner[identifier] = element
      members += expand(parts[2], bindings: inner).members ?? []
    }
    expansions.append(
      LoopExpansion(
        key: loop.key, range: loop.keyRange, elements: elements, keys: members.map(\.key)))
    return members
  }

  /// The elements of a collection known when the template is read: a list of strings (or
  /// numbers), `Fn::FindInMap` of literal keys, or `Fn::Split` of literal text; nil otherwise.
  private func collection(_ value: JSONValue) -> [String]? {
    if let items = value.elements {
      let texts = items.compactMap(\.scalarText)
      return texts.count == items.count ? texts : nil
    }
    guard let members = value.members, members.count == 1, let call = members.first,
      let arguments = call.value.elements
    else { return nil }
    switch call.key {
    case "Fn::FindInMap" where arguments.count == 3:
      let keys = arguments.compactMap(\.stringValue)
      guard keys.count == 3, let found = mappings?[keys[0]]?[keys[1]]?[keys[2]] else { return nil }
      return collection(found)
    case "Fn::Split" where arguments.count == 2:
      guard let delimiter = arguments[0].stringValue, let text = arguments[1].stringValue else {
        return nil
      }
      return text.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
    default:
      return nil
    }
  }

  /// `Fn::Sub` with the loops' identifiers written as their elements (a variable of the `Sub`'s
  /// own of the same name wins).
  private mutating func substitutedSub(
    _ sub: JSONMember, in value: JSONValue, bindings: [String: String]
  ) -> JSONValue {
    var bindings = bindings
    var argument = sub.value
    if let items = sub.value.elements, items.count == 2, let text = items[0].stringValue {
      for name in items[1].members?.map(\.key) ?? [] { bindings[name] = nil }
      argument = JSONValue(
        .array([
          JSONValue(.string(Self.substitute(text, bindings)), range: items[0].range),
          expand(items[1], bindings: bindings),
        ]), range: sub.value.range)
    } else if let text = sub.value.stringValue {
      argument = JSONValue(.string(Self.substitute(text, bindings)), range: sub.value.range)
    }
    return JSONValue(
      .object([JSONMember(key: sub.key, keyRange: sub.keyRange, value: argument)]),
      range: value.range)
  }

  /// `text` with `${Identifier}` and `&{Identifier}` of each binding written as its element
  /// (`&{…}` without its non-alphanumeric characters); `${!…}` is left as it is.
  static func substitute(_ text: String, _ bindings: [String: String]) -> String {
    guard text.contains("{") else { return text }
    var out = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(where: { $0 == "$" || $0 == "&" }) {
      out += rest[..<open]
      let after = rest[rest.index(after: open)...]
      guard after.first == "{", let close = after.firstIndex(of: "}") else {
        out.append(rest[open])
        rest = after
        continue
      }
      let name = String(after[after.index(after: after.startIndex)..<close])
      if let element = bindings[name] {
        out +=
          rest[open] == "&"
          ? element.filter { $0.isASCII && ($0.isLetter || $0.isNumber) } : element
      } else {
        out += rest[open...close]
      }
      rest = after[after.index(after: close)...]
    }
    return out + rest
  }

  /// `Fn::GetAtt` whose logical id or attribute is `Fn::Sub` text without references (what a
  /// loop leaves of `{"Fn::Sub": "Bucket${Id}"}`), written as the plain string it is.
  private static func simplifyingGetAtt(_ value: JSONValue) -> JSONValue {
    guard let members = value.members, members.count == 1, let only = members.first,
      only.key == "Fn::GetAtt", let items = only.value.elements, items.count == 2
    else { return value }
    let simplified = items.map { item -> JSONValue in
      guard let sub = item["Fn::Sub"]?.stringValue, item.members?.count == 1,
        !sub.contains("${")
      else { return item }
      return JSONValue(.string(sub), range: item.range)
    }
    return JSONValue(
      .object([
        JSONMember(
          key: only.key, keyRange: only.keyRange,
          value: JSONValue(.array(simplified), range: only.value.range))
      ]), range: value.range)
  }
}

/// One `Fn::ForEach` loop as it was expanded.
package struct LoopExpansion: Hashable, Sendable {
  /// The loop's key (`Fn::ForEach::Name`).
  package var key: String
  /// Where the key is written.
  package var range: SourceRange
  /// The collection's elements.
  package var elements: [String]
  /// The keys it wrote (logical ids, output names, property names), in order.
  package var keys: [String]
}

extension JSONValue {
  /// The text of a string or a number.
  var scalarText: String? {
    switch kind {
    case .string(let s), .number(let s): s
    default: nil
    }
  }
}
