extension YAMLReader {
  /// True when the next value completes a key of the innermost mapping rather than a value.
  var expectsKey: Bool {
    guard let node = open.last else { return false }
    return node.isMapping && node.key == nil
  }

  /// The nesting depth a new value at the current place has, counting tag objects.
  var depth: Int { open.count + taggedOpen + 1 }

  func failure(_ error: YAMLSyntaxError, at range: SourceRange) -> Failure {
    Failure(error: Located(error, at: range))
  }

  /// The meaning of a node's tag, or its error.
  func meaning(of tag: YAMLToken?) throws(Failure) -> YAMLTag.Meaning? {
    guard let tag else { return nil }
    switch YAMLTag.meaning(of: tag.text) {
    case .success(let meaning): return meaning
    case .failure(let error): throw failure(error, at: range(of: tag))
    }
  }

  // MARK: Events

  /// Opens a mapping or list; `token` is its first token.
  mutating func beginCollection(
    mapping: Bool, flow: Bool, at token: YAMLToken, _ properties: Properties
  ) throws(Failure) {
    if expectsKey { throw failure(.collectionKey, at: range(of: properties.tag ?? token)) }
    var function: String?
    switch try meaning(of: properties.tag) {
    case .function(let key)?: function = key
    case .collection(let isMapping)? where isMapping == mapping: break
    case nil, .nonSpecific?: break
    default: throw failure(.tagMismatch(properties.tag!.text), at: range(of: properties.tag!))
    }
    guard depth + (function == nil ? 0 : 1) <= Self.maximumDepth else {
      throw failure(
        .nestingTooDeep(limit: Self.maximumDepth), at: range(of: properties.tag ?? token))
    }
    if function != nil { taggedOpen += 1 }
    open.append(
      YAMLOpenNode(
        isMapping: mapping, isFlow: flow, start: emptyRange(token), column: token.column,
        end: token.end, properties: properties, function: function))
  }

  /// Closes the innermost collection, which ends at `end`.
  mutating func endCollection(at end: Int) throws(Failure) {
    let node = open.removeLast()
    var members = node.members.elements
    if !node.merges.isEmpty { members = merged(node.merges, into: members) }
    var value = JSONValue(
      node.isMapping ? .object(members) : .array(node.items),
      range: SourceRange(
        start: node.start.start, startOffset: node.start.startOffset,
        endOffset: max(end, node.start.startOffset)))
    var size = node.size
    if let function = node.function, let tag = node.properties.tag {
      taggedOpen -= 1
      value = wrap(value, in: function, tag: tag)
      size += 1
    }
    try deliver(value, size: size, anchor: node.properties.anchor)
  }

  /// A scalar: a key of the innermost mapping, or a value.
  mutating func scalar(_ token: YAMLToken, _ properties: Properties) throws(Failure) {
    let tagMeaning = try meaning(of: properties.tag)
    if expectsKey {
      if let tag = properties.tag, tagMeaning != .string {
        throw failure(.taggedKey, at: range(of: tag))
      }
      var text = token.text
      if token.style == .plain, tagMeaning == nil {
        switch YAMLScalar.resolve(token.text) {
        case .null: throw failure(.nullKey, at: range(of: token))
        case .bool(let b): text = b ? "true" : "false"
        case .number(let lexeme): text = lexeme
        case .string, .notFinite: break
        }
      }
      let isMerge = token.style == .plain && tagMeaning == nil && token.text == "<<"
      open[open.count - 1].key = (text, range(of: token), isMerge)
      open[open.count - 1].end = token.end
      if let anchor = properties.anchor {
        anchors[anchor.text] = (JSONValue(.string(text), range: range(of: token)), 1)
      }
      return
    }
    let valueRange = range(of: token)
    var value: JSONValue
    switch tagMeaning {
    case nil:
      guard token.style == .plain else {
        value = JSONValue(.string(token.text), range: valueRange)
        break
      }
      value = try resolved(token, range: valueRange)
    case .string?, .nonSpecific?:
      value = JSONValue(.string(token.text), range: valueRange)
    case .scalar(let tag)?:
      value = try resolved(token, range: valueRange)
      let fits =
        switch (tag, value.kind) {
        case ("!!int", .number(let n)): !n.contains(".")
        case ("!!float", .number), ("!!bool", .bool), ("!!null", .null): true
        default: false
        }
      guard fits else { throw failure(.tagMismatch(tag), at: range(of: properties.tag!)) }
    case .collection?:
      throw failure(.tagMismatch(properties.tag!.text), at: range(of: properties.tag!))
    case .function(let key)?:
      guard depth + 1 <= Self.maximumDepth else {
        throw failure(.nestingTooDeep(limit: Self.maximumDepth), at: range(of: properties.tag!))
      }
      let inner =
        key == "Fn::GetAtt"
        ? splitAttribute(token) : JSONValue(.string(token.text), range: valueRange)
      value = wrap(inner, in: key, tag: properties.tag!)
      try deliver(value, size: key == "Fn::GetAtt" ? 4 : 2, anchor: properties.anchor)
      return
    }
    try deliver(value, size: 1, anchor: properties.anchor)
  }

  /// A plain scalar's value by YAML 1.1's rules.
  private func resolved(_ token: YAMLToken, range: SourceRange) throws(Failure) -> JSONValue {
    switch YAMLScalar.resolve(token.text) {
    case .null: return JSONValue(.null, range: range)
    case .bool(let b): return JSONValue(.bool(b), range: range)
    case .number(let lexeme): return JSONValue(.number(lexeme), range: range)
    case .string: return JSONValue(.string(token.text), range: range)
    case .notFinite: throw failure(.notFinite(token.text), at: range)
    }
  }

  /// A value that is not written: after `key:` with nothing, or a tag or anchor alone.
  mutating func emptyScalar(at place: SourceRange, _ properties: Properties) throws(Failure) {
    var token = YAMLToken(
      kind: .scalar, start: place.startOffset, end: place.startOffset, line: place.start.line,
      column: place.start.column)
    token.text = ""
    try scalar(token, properties)
  }

  /// An alias: the anchored value again, its range the alias's.
  mutating func alias(_ token: YAMLToken) throws(Failure) {
    if expectsKey { throw failure(.taggedKey, at: range(of: token)) }
    guard let anchored = anchors[token.text] else {
      throw failure(.undefinedAlias(token.text), at: range(of: token))
    }
    expansion += anchored.size
    guard expansion <= Self.maximumAliasExpansion else {
      throw failure(
        .aliasExpansionTooLarge(limit: Self.maximumAliasExpansion), at: range(of: token))
    }
    expanded.append(range(of: token).start)
    var value = anchored.value
    value.range = range(of: token)
    try deliver(value, size: anchored.size, anchor: nil)
  }

  /// Adds a complete value to the innermost collection, or makes it the root.
  private mutating func deliver(_ value: JSONValue, size: Int, anchor: YAMLToken?) throws(Failure) {
    if let anchor { anchors[anchor.text] = (value, size) }
    guard !open.isEmpty else {
      root = value
      return
    }
    let index = open.count - 1
    open[index].size += size
    open[index].end = max(open[index].end, value.range.endOffset)
    guard open[index].isMapping else {
      open[index].items.append(value)
      return
    }
    guard let key = open[index].key else { return }
    open[index].key = nil
    if key.isMerge {
      let mappings = value.elements ?? [value]
      guard mappings.allSatisfy({ $0.members != nil }) else {
        throw failure(.invalidMerge, at: value.range)
      }
      expanded.append(key.range.start)
      open[index].merges.append(value)
      return
    }
    let member = JSONMember(key: key.text, keyRange: key.range, value: value)
    if let earlier = open[index].members.index(of: member.key) {
      reportDuplicate(member, earlier: open[index].members.elements[earlier])
    } else {
      open[index].members.append(member)
    }
  }

  /// A repeated key, as the JSON reader reports it: the first member is kept; equal values are a
  /// warning, different ones an error.
  private mutating func reportDuplicate(_ member: JSONMember, earlier: JSONMember) {
    let same = member.value.sameContent(as: earlier.value)
    let error: JSONSyntaxError = same ? .repeatedKey(member.key) : .duplicateKey(member.key)
    diagnostics.append(
      Diagnostic(
        same ? .warning : .error, error.description, at: member.keyRange.start,
        notes: [.init("first written here", at: earlier.keyRange.start)]))
  }

  /// The members of a mapping with `<<` merges: the merged mappings' members first (of a list
  /// of mappings, the last one's first), then its own; a key keeps its first place and takes its
  /// last value, so the mapping's own keys win, and of the merged mappings the earlier ones.
  private func merged(_ merges: [JSONValue], into own: [JSONMember]) -> [JSONMember] {
    var entries: [JSONMember] = []
    for merge in merges {
      for mapping in (merge.elements ?? [merge]).reversed() {
        entries += mapping.members ?? []
      }
    }
    entries += own
    var result: [JSONMember] = []
    var index: [[UInt8]: Int] = [:]
    for entry in entries {
      let key = Array(entry.key.utf8)
      if let i = index[key] {
        result[i].value = entry.value
      } else {
        index[key] = result.count
        result.append(entry)
      }
    }
    return result
  }

  /// `{key: value}`, starting at the tag: the long form of a short-form tag.
  private func wrap(_ value: JSONValue, in key: String, tag: YAMLToken) -> JSONValue {
    let tagRange = range(of: tag)
    return JSONValue(
      .object([JSONMember(key: key, keyRange: tagRange, value: value)]),
      range: SourceRange(
        start: tagRange.start, startOffset: tag.start,
        endOffset: max(value.range.endOffset, tag.end)))
  }

  /// `!GetAtt Resource.Attribute` as `["Resource", "Attribute"]`, split at the first dot.
  private func splitAttribute(_ token: YAMLToken) -> JSONValue {
    let whole = range(of: token)
    guard let dot = token.text.utf8.firstIndex(of: UInt8(ascii: ".")) else {
      return JSONValue(.array([JSONValue(.string(token.text), range: whole)]), range: whole)
    }
    let first = String(token.text[..<dot])
    let second = String(token.text[token.text.utf8.index(after: dot)...])
    // Exact ranges for the parts when the scalar is written as it reads (plain, one line).
    let exact = token.style == .plain && token.end - token.start == token.text.utf8.count
    let firstLength = first.utf8.count
    var firstRange = whole
    var secondRange = whole
    if exact {
      firstRange.endOffset = token.start + firstLength
      secondRange.startOffset = token.start + firstLength + 1
      secondRange.start.column += firstLength + 1
    }
    return JSONValue(
      .array([
        JSONValue(.string(first), range: firstRange),
        JSONValue(.string(second), range: secondRange),
      ]), range: whole)
  }

  /// One error at the first alias or merge key: CloudFormation refuses a template that has
  /// them, so cfn2tf does too, saying how to expand them.
  mutating func refuseExpansion() {
    guard let first = expanded.min() else { return }
    let more = expanded.count - 1
    var notes: [Diagnostic.Note] = [
      .init(
        "expand them first, as 'aws cloudformation package' and 'sam package' do before "
          + "CloudFormation reads the template, or with 'cfn-flip -c': then convert what they write"
      )
    ]
    if more > 0 { notes.append(.init("\(more) more in this file")) }
    diagnostics.append(
      .error(
        "YAML aliases and '<<' merge keys are not CloudFormation: it refuses a template that has "
          + "them",
        at: first, notes: notes))
  }
}
