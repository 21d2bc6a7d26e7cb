extension YAMLReader {
  // MARK: Block collections

  mutating func blockSequenceEntry() throws(Failure) {
    switch try peekKind() {
    case .blockEntry:
      let token = try take()
      switch try peekKind() {
      case .blockEntry, .blockEnd:
        try emptyScalar(at: emptyRange(token, after: true), Properties())
      default:
        states.append(.blockSequenceEntry)
        try parseNode(block: true)
      }
    case .blockEnd:
      let token = try take()
      try endCollection(at: open.last?.end ?? token.start)
      state = states.removeLast()
    default:
      throw misplaced(try peek(), expected: "'-' or a line indented less")
    }
  }

  mutating func indentlessSequenceEntry() throws(Failure) {
    guard try peekKind() == .blockEntry else {
      try endCollection(at: open.last?.end ?? nextStart)
      state = states.removeLast()
      return
    }
    let token = try take()
    switch try peekKind() {
    case .blockEntry, .key, .value, .blockEnd:
      try emptyScalar(at: emptyRange(token, after: true), Properties())
    default:
      states.append(.indentlessSequenceEntry)
      try parseNode(block: true)
    }
  }

  mutating func blockMappingKey() throws(Failure) {
    switch try peekKind() {
    case .key:
      let token = try take()
      switch try peekKind() {
      case .key, .value, .blockEnd:
        state = .blockMappingValue
        try emptyScalar(at: emptyRange(token), Properties())
      default:
        states.append(.blockMappingValue)
        try parseNode(block: true, indentlessSequence: true)
      }
    case .blockEnd:
      let token = try take()
      try endCollection(at: open.last?.end ?? token.start)
      state = states.removeLast()
    case .value:
      // `: value` with no key.
      state = .blockMappingValue
      try emptyScalar(at: nextPlace, Properties())
    default:
      throw misplaced(try peek(), expected: "a key")
    }
  }

  mutating func blockMappingValue() throws(Failure) {
    guard try peekKind() == .value else {
      state = .blockMappingKey
      try emptyScalar(at: nextPlace, Properties())
      return
    }
    let token = try take()
    switch try peekKind() {
    case .key, .value, .blockEnd:
      state = .blockMappingKey
      try emptyScalar(at: emptyRange(token, after: true), Properties())
    default:
      states.append(.blockMappingKey)
      try parseNode(block: true, indentlessSequence: true)
    }
  }

  /// The error for a token that does not continue the innermost block collection: inconsistent
  /// indentation when it starts a line at another column than the collection's entries.
  private func misplaced(_ token: YAMLToken, expected: String) -> Failure {
    if let node = open.last, !node.isFlow, token.column != node.column,
      token.kind != .streamEnd, isFirstOnLine(token)
    {
      return Failure(
        error: Located(
          .inconsistentIndentation(
            found: token.column - 1, expected: node.column - 1,
            in: node.isMapping ? .mapping : .list),
          at: range(of: token)))
    }
    return unexpected(token, expected: expected)
  }

  /// True when only spaces precede `token` on its line.
  private func isFirstOnLine(_ token: YAMLToken) -> Bool {
    let lineStart = token.start - (token.column - 1)
    return scanner.bytes[lineStart..<token.start].allSatisfy { $0 == 0x20 }
  }

  // MARK: Flow collections

  /// After `[` or an entry: `,`, `]`, or (first) an entry.
  mutating func flowSequenceEntry(first: Bool) throws(Failure) {
    var kind = try peekKind()
    if kind != .flowSequenceEnd {
      if !first {
        guard kind == .flowEntry else { throw flowProblem(try peek(), .list) }
        try take()
        kind = try peekKind()
      }
      if kind == .key {
        try beginCollection(mapping: true, flow: true, at: try take(), Properties())
        state = .flowSequenceEntryMappingKey
        return
      }
      if kind != .flowSequenceEnd {
        states.append(.flowSequenceEntry(first: false))
        try parseNode(block: false)
        return
      }
    }
    try endCollection(at: try take().end)
    state = states.removeLast()
  }

  /// `[a: b]`: the key of a one-pair mapping in a list.
  mutating func flowSequenceEntryMappingKey() throws(Failure) {
    switch try peekKind() {
    case .value, .flowEntry, .flowSequenceEnd:
      state = .flowSequenceEntryMappingValue
      try emptyScalar(at: nextPlace, Properties())
    default:
      states.append(.flowSequenceEntryMappingValue)
      try parseNode(block: false)
    }
  }

  mutating func flowSequenceEntryMappingValue() throws(Failure) {
    guard try peekKind() == .value else {
      state = .flowSequenceEntryMappingEnd
      try emptyScalar(at: nextPlace, Properties())
      return
    }
    let token = try take()
    switch try peekKind() {
    case .flowEntry, .flowSequenceEnd:
      state = .flowSequenceEntryMappingEnd
      try emptyScalar(at: emptyRange(token, after: true), Properties())
    default:
      states.append(.flowSequenceEntryMappingEnd)
      try parseNode(block: false)
    }
  }

  /// After `{` or a member: `,`, `}`, or (first) a member.
  mutating func flowMappingKey(first: Bool) throws(Failure) {
    var kind = try peekKind()
    if kind != .flowMappingEnd {
      if !first {
        guard kind == .flowEntry else { throw flowProblem(try peek(), .mapping) }
        try take()
        kind = try peekKind()
      }
      if kind == .key {
        try take()
        switch try peekKind() {
        case .value, .flowEntry, .flowMappingEnd:
          state = .flowMappingValue
          try emptyScalar(at: nextPlace, Properties())
        default:
          states.append(.flowMappingValue)
          try parseNode(block: false)
        }
        return
      }
      if kind != .flowMappingEnd {
        states.append(.flowMappingEmptyValue)
        try parseNode(block: false)
        return
      }
    }
    try endCollection(at: try take().end)
    state = states.removeLast()
  }

  mutating func flowMappingValue() throws(Failure) {
    guard try peekKind() == .value else {
      state = .flowMappingKey(first: false)
      try emptyScalar(at: nextPlace, Properties())
      return
    }
    let token = try take()
    switch try peekKind() {
    case .flowEntry, .flowMappingEnd:
      state = .flowMappingKey(first: false)
      try emptyScalar(at: emptyRange(token, after: true), Properties())
    default:
      states.append(.flowMappingKey(first: false))
      try parseNode(block: false)
    }
  }

  /// Something other than `,` or the closing bracket after an entry.
  private func flowProblem(_ token: YAMLToken, _ container: YAMLSyntaxError.Container)
    -> Failure
  {
    if [.streamEnd, .documentStart, .documentEnd].contains(token.kind) {
      return unexpected(token, expected: "")
    }
    return Failure(error: Located(.missingFlowComma(container), at: range(of: token)))
  }
}
