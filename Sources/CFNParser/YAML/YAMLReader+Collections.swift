extension YAMLReader {
  // MARK: Block collections

  mutating func blockSequenceEntry() throws(Failure) {
    let token = try peek()
    switch token.kind {
    case .blockEntry:
      try take()
      let next = try peek()
      if next.kind == .blockEntry || next.kind == .blockEnd {
        try emptyScalar(at: emptyRange(token, after: true), Properties())
      } else {
        states.append(.blockSequenceEntry)
        try parseNode(block: true)
      }
    case .blockEnd:
      try take()
      try endCollection(at: open.last?.end ?? token.start)
      state = states.removeLast()
    default:
      throw misplaced(token, expected: "'-' or a line indented less")
    }
  }

  mutating func indentlessSequenceEntry() throws(Failure) {
    let token = try peek()
    guard token.kind == .blockEntry else {
      try endCollection(at: open.last?.end ?? token.start)
      state = states.removeLast()
      return
    }
    try take()
    let next = try peek()
    if [.blockEntry, .key, .value, .blockEnd].contains(next.kind) {
      try emptyScalar(at: emptyRange(token, after: true), Properties())
    } else {
      states.append(.indentlessSequenceEntry)
      try parseNode(block: true)
    }
  }

  mutating func blockMappingKey() throws(Failure) {
    let token = try peek()
    switch token.kind {
    case .key:
      try take()
      let next = try peek()
      if [.key, .value, .blockEnd].contains(next.kind) {
        state = .blockMappingValue
        try emptyScalar(at: emptyRange(token), Properties())
      } else {
        states.append(.blockMappingValue)
        try parseNode(block: true, indentlessSequence: true)
      }
    case .blockEnd:
      try take()
      try endCollection(at: open.last?.end ?? token.start)
      state = states.removeLast()
    case .value:
      // `: value` with no key.
      state = .blockMappingValue
      try emptyScalar(at: emptyRange(token), Properties())
    default:
      throw misplaced(token, expected: "a key")
    }
  }

  mutating func blockMappingValue() throws(Failure) {
    let token = try peek()
    guard token.kind == .value else {
      state = .blockMappingKey
      try emptyScalar(at: emptyRange(token), Properties())
      return
    }
    try take()
    let next = try peek()
    if [.key, .value, .blockEnd].contains(next.kind) {
      state = .blockMappingKey
      try emptyScalar(at: emptyRange(token, after: true), Properties())
    } else {
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
          .inconsistentIndentation(found: token.column - 1, expected: node.column - 1),
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
    var token = try peek()
    if token.kind != .flowSequenceEnd {
      if !first {
        guard token.kind == .flowEntry else { throw flowProblem(token, .list) }
        try take()
        token = try peek()
      }
      if token.kind == .key {
        try take()
        try beginCollection(mapping: true, flow: true, at: token, Properties())
        state = .flowSequenceEntryMappingKey
        return
      }
      if token.kind != .flowSequenceEnd {
        states.append(.flowSequenceEntry(first: false))
        try parseNode(block: false)
        return
      }
    }
    try take()
    try endCollection(at: token.end)
    state = states.removeLast()
  }

  /// `[a: b]`: the key of a one-pair mapping in a list.
  mutating func flowSequenceEntryMappingKey() throws(Failure) {
    let token = try peek()
    if [.value, .flowEntry, .flowSequenceEnd].contains(token.kind) {
      state = .flowSequenceEntryMappingValue
      try emptyScalar(at: emptyRange(token), Properties())
    } else {
      states.append(.flowSequenceEntryMappingValue)
      try parseNode(block: false)
    }
  }

  mutating func flowSequenceEntryMappingValue() throws(Failure) {
    let token = try peek()
    guard token.kind == .value else {
      state = .flowSequenceEntryMappingEnd
      try emptyScalar(at: emptyRange(token), Properties())
      return
    }
    try take()
    let next = try peek()
    if next.kind == .flowEntry || next.kind == .flowSequenceEnd {
      state = .flowSequenceEntryMappingEnd
      try emptyScalar(at: emptyRange(token, after: true), Properties())
    } else {
      states.append(.flowSequenceEntryMappingEnd)
      try parseNode(block: false)
    }
  }

  /// After `{` or a member: `,`, `}`, or (first) a member.
  mutating func flowMappingKey(first: Bool) throws(Failure) {
    var token = try peek()
    if token.kind != .flowMappingEnd {
      if !first {
        guard token.kind == .flowEntry else { throw flowProblem(token, .mapping) }
        try take()
        token = try peek()
      }
      if token.kind == .key {
        try take()
        let next = try peek()
        if [.value, .flowEntry, .flowMappingEnd].contains(next.kind) {
          state = .flowMappingValue
          try emptyScalar(at: emptyRange(next), Properties())
        } else {
          states.append(.flowMappingValue)
          try parseNode(block: false)
        }
        return
      }
      if token.kind != .flowMappingEnd {
        states.append(.flowMappingEmptyValue)
        try parseNode(block: false)
        return
      }
    }
    try take()
    try endCollection(at: token.end)
    state = states.removeLast()
  }

  mutating func flowMappingValue() throws(Failure) {
    let token = try peek()
    guard token.kind == .value else {
      state = .flowMappingKey(first: false)
      try emptyScalar(at: emptyRange(token), Properties())
      return
    }
    try take()
    let next = try peek()
    if next.kind == .flowEntry || next.kind == .flowMappingEnd {
      state = .flowMappingKey(first: false)
      try emptyScalar(at: emptyRange(token, after: true), Properties())
    } else {
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
