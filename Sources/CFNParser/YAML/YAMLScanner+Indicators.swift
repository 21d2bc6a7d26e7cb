extension YAMLScanner {
  // MARK: Indentation

  /// Closes every block collection indented more than `column` (block context only).
  mutating func unwindIndent(to column: Int) {
    guard flowLevel == 0 else { return }
    while indent > column {
      emit(token(.blockEnd))
      indent = indents.removeLast()
    }
  }

  /// Opens a block collection at `column` when it is deeper than the current one.
  mutating func addIndent(_ column: Int) -> Bool {
    guard indent < column else { return false }
    indents.append(indent)
    indent = column
    return true
  }

  // MARK: Simple keys

  /// Forgets possible keys that can no longer be keys: on an earlier line, or more than 1024 bytes
  /// back. A required one is an error: a key at its mapping's indentation with no `:`.
  mutating func removeStaleSimpleKeys() throws(Failure) {
    guard simpleKeyCount > 0 else { return }
    for level in simpleKeys.indices {
      guard let key = simpleKeys[level], key.line != line || offset - key.offset > 1024 else {
        continue
      }
      if key.required { throw missingColon(key) }
      forgetSimpleKey(at: level)
    }
  }

  /// Clears the possible key of `level`.
  mutating func forgetSimpleKey(at level: Int) {
    if simpleKeys[level] != nil { simpleKeyCount -= 1 }
    simpleKeys[level] = nil
  }

  /// The error for a required key without its `:`, naming the key when it is a scalar (its
  /// token is still in the queue: nothing after a possible key is taken).
  private func missingColon(_ key: SimpleKey) -> Failure {
    let index = head + (key.tokenNumber - tokensTaken)
    var text = index < queue.count && queue[index].kind == .scalar ? queue[index].text : ""
    if text.count > 40 { text = String(text.prefix(40)) + "…" }
    return fail(
      .missingColon(key: text), at: range(line: key.line, column: key.column, offset: key.offset))
  }

  /// Remembers that a key may start at the current offset.
  mutating func saveSimpleKey() throws(Failure) {
    guard simpleKeyAllowed else { return }
    try removeSimpleKey()
    simpleKeys[flowLevel] = SimpleKey(
      tokenNumber: nextTokenNumber, required: flowLevel == 0 && indent == column, offset: offset,
      line: line, column: column)
    simpleKeyCount += 1
  }

  /// Forgets the possible key of the current level; an error when it was required.
  mutating func removeSimpleKey() throws(Failure) {
    if let key = simpleKeys[flowLevel], key.required { throw missingColon(key) }
    forgetSimpleKey(at: flowLevel)
  }

  // MARK: Indicators

  mutating func fetchStreamEnd() throws(Failure) {
    unwindIndent(to: -1)
    try removeSimpleKey()
    simpleKeyAllowed = false
    emit(token(.streamEnd))
    streamEndScanned = true
  }

  mutating func fetchDocumentIndicator(_ kind: YAMLToken.Kind) throws(Failure) {
    unwindIndent(to: -1)
    try removeSimpleKey()
    simpleKeyAllowed = false
    emit(token(kind, length: 3))
    offset += 3
  }

  mutating func fetchFlowStart(_ kind: YAMLToken.Kind) throws(Failure) {
    try saveSimpleKey()
    flowLevel += 1
    simpleKeys.append(nil)
    simpleKeyAllowed = true
    emit(token(kind, length: 1))
    offset += 1
  }

  mutating func fetchFlowEnd(_ kind: YAMLToken.Kind) throws(Failure) {
    try removeSimpleKey()
    if flowLevel > 0 {
      forgetSimpleKey(at: flowLevel)
      flowLevel -= 1
      simpleKeys.removeLast()
    }
    simpleKeyAllowed = false
    emit(token(kind, length: 1))
    offset += 1
  }

  mutating func fetchFlowEntry() throws(Failure) {
    simpleKeyAllowed = true
    try removeSimpleKey()
    emit(token(.flowEntry, length: 1))
    offset += 1
  }

  mutating func fetchBlockEntry() throws(Failure) {
    if flowLevel == 0 {
      guard simpleKeyAllowed else { throw fail(.dashNotAllowed) }
      if addIndent(column) { emit(token(.blockSequenceStart)) }
    }
    simpleKeyAllowed = true
    try removeSimpleKey()
    emit(token(.blockEntry, length: 1))
    offset += 1
  }

  mutating func fetchKey() throws(Failure) {
    if flowLevel == 0 {
      guard simpleKeyAllowed else {
        throw fail(.unexpectedToken(found: "'?'", expected: "a value"))
      }
      if addIndent(column) { emit(token(.blockMappingStart)) }
    }
    simpleKeyAllowed = flowLevel == 0
    try removeSimpleKey()
    emit(token(.key, length: 1))
    offset += 1
  }

  mutating func fetchValue() throws(Failure) {
    if let key = simpleKeys[flowLevel] {
      forgetSimpleKey(at: flowLevel)
      let index = head + (key.tokenNumber - tokensTaken)
      var keyToken = YAMLToken(
        kind: .key, start: key.offset, end: key.offset, line: key.line, column: key.column + 1)
      queue.insert(keyToken, at: index)
      if flowLevel == 0, addIndent(key.column) {
        keyToken.kind = .blockMappingStart
        queue.insert(keyToken, at: index)
      }
      simpleKeyAllowed = false
    } else {
      if flowLevel == 0 {
        guard simpleKeyAllowed else { throw fail(.colonNotAllowed) }
        if addIndent(column) { emit(token(.blockMappingStart)) }
      }
      simpleKeyAllowed = flowLevel == 0
      try removeSimpleKey()
    }
    emit(token(.value, length: 1))
    offset += 1
  }
}
