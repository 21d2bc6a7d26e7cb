/// Reads a YAML CloudFormation template into the same located `JSONValue` tree the JSON reader
/// gives, so that everything downstream reads both alike.
///
/// It reads YAML as CloudFormation does: one document (an optional `---` and `...`, a `%YAML`
/// directive); block and flow mappings and lists; plain, single-quoted, double-quoted, literal
/// and folded scalars; comments; plain scalars resolved by YAML 1.1's rules (`YAMLScalar`); the
/// short-form tags of CloudFormation's functions turned into their long forms (`YAMLTag`), each
/// such object's range starting at its tag. Aliases, which CloudFormation refuses but
/// `aws cloudformation package` and SAM expand before it sees them, are expanded with a
/// warning, as are `<<` merge keys; the expansion is bounded by the number of values it makes.
/// Duplicate keys are reported as the JSON reader reports them.
///
/// Locations count lines from 1 (LF, CRLF or CR) and columns from 1 in UTF-8 bytes; a leading
/// byte-order mark is skipped and takes no column. Nesting never uses the call stack: the
/// parser's states and the open collections are kept on arrays, up to `maximumDepth` levels.
package struct YAMLReader {
  /// The deepest nesting of mappings and lists accepted, counting the objects short-form tags
  /// become: the JSON reader's limit.
  package static let maximumDepth = JSONReader.maximumDepth
  /// The most values aliases may add to the tree (cfn-lint's bound).
  package static let maximumAliasExpansion = 250_000

  typealias Failure = YAMLScanner.Failure

  /// Where the parser is in the grammar.
  enum State: Equatable {
    case documentStart
    case documentContent
    case documentEnd
    case blockSequenceEntry
    case indentlessSequenceEntry
    case blockMappingKey
    case blockMappingValue
    case flowSequenceEntry(first: Bool)
    case flowSequenceEntryMappingKey
    case flowSequenceEntryMappingValue
    case flowSequenceEntryMappingEnd
    case flowMappingKey(first: Bool)
    case flowMappingValue
    case flowMappingEmptyValue
    case done
  }

  /// A node's anchor and tag, read before its content.
  struct Properties {
    var anchor: YAMLToken?
    var tag: YAMLToken?
  }

  var scanner: YAMLScanner
  var state = State.documentStart
  var states: [State] = []
  let file: String

  /// The tree being built: open collections, innermost last.
  var open: [YAMLOpenNode] = []
  /// How many open collections carry a short-form tag (each adds an object to the depth).
  var taggedOpen = 0
  var root: JSONValue?
  /// True when the document has no content at all.
  var rootIsEmpty = false
  var anchors: [String: (value: JSONValue, size: Int)] = [:]
  /// How many values aliases have added.
  var expansion = 0
  /// Where aliases and merge keys are, for the one error about them.
  var expanded: [SourceLocation] = []
  var diagnostics: [Diagnostic] = []

  private init(scanner: YAMLScanner, file: String) {
    self.scanner = scanner
    self.file = file
  }

  /// Reads `text`, naming `fileName` in locations.
  package static func read(_ text: String, fileName: String) -> (
    value: JSONValue?, diagnostics: [Diagnostic]
  ) {
    read(bytes: Array(text.utf8), fileName: fileName)
  }

  /// Reads raw bytes (UTF-8, an optional byte-order mark), naming `fileName` in locations.
  ///
  /// The value is `nil` after a syntax error, which is then the last diagnostic.
  package static func read(bytes: [UInt8], fileName: String) -> (
    value: JSONValue?, diagnostics: [Diagnostic]
  ) {
    let result = readDetailed(bytes: bytes, fileName: fileName)
    return (result.value, result.diagnostics)
  }

  /// Like `read(bytes:fileName:)`, also returning the syntax error, if any, as data.
  package static func readDetailed(bytes: [UInt8], fileName: String) -> (
    value: JSONValue?, diagnostics: [Diagnostic], syntaxError: Located<YAMLSyntaxError>?
  ) {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var reader = YAMLReader(
      scanner: YAMLScanner(bytes: bytes, file: fileName, start: start), file: fileName)
    do throws(Failure) {
      try reader.checkEncoding()
      while reader.state != .done { try reader.step() }
      guard let root = reader.root, !reader.rootIsEmpty else {
        let place = SourceRange(
          start: SourceLocation(file: fileName, line: 1, column: 1), startOffset: start,
          endOffset: start)
        throw Failure(error: Located(.emptyInput, at: place))
      }
      reader.refuseExpansion()
      return (root, reader.diagnostics.sortedByLocation(), nil)
    } catch {
      var diagnostics = reader.diagnostics.filter { !$0.isError }.sortedByLocation()
      diagnostics.append(
        .error(error.error.value.description, at: error.error.location, notes: error.notes))
      return (nil, diagnostics, error.error)
    }
  }

  // MARK: Tokens

  mutating func peek() throws(Failure) -> YAMLToken { try scanner.peekToken() }

  /// The kind of the next token, without copying it.
  mutating func peekKind() throws(Failure) -> YAMLToken.Kind { try scanner.peekKind() }

  /// An empty range where the next token starts; `peekKind()` must have been called.
  var nextPlace: SourceRange {
    guard scanner.head < scanner.queue.count else { return scanner.here }
    let index = scanner.head
    return SourceRange(
      start: SourceLocation(
        file: file, line: scanner.queue[index].line, column: scanner.queue[index].column),
      startOffset: scanner.queue[index].start, endOffset: scanner.queue[index].start)
  }

  /// The offset where the next token starts; `peekKind()` must have been called.
  var nextStart: Int {
    scanner.head < scanner.queue.count ? scanner.queue[scanner.head].start : scanner.offset
  }

  @discardableResult
  mutating func take() throws(Failure) -> YAMLToken { try scanner.nextToken() }

  /// The range of `token`.
  func range(of token: YAMLToken) -> SourceRange {
    SourceRange(
      start: SourceLocation(file: file, line: token.line, column: token.column),
      startOffset: token.start, endOffset: token.end)
  }

  /// An empty range where `token` starts, or where it ends when `after` is true.
  func emptyRange(_ token: YAMLToken, after: Bool = false) -> SourceRange {
    let offset = after ? token.end : token.start
    let column = token.column + (after ? token.end - token.start : 0)
    return SourceRange(
      start: SourceLocation(file: file, line: token.line, column: column), startOffset: offset,
      endOffset: offset)
  }

  /// The error for `token` where `expected` was: an unclosed flow collection when the file or
  /// the document ends inside one.
  func unexpected(_ token: YAMLToken, expected: String) -> Failure {
    if [.streamEnd, .documentStart, .documentEnd].contains(token.kind),
      let flow = open.last(where: \.isFlow)
    {
      return Failure(
        error: Located(.unterminatedFlow(flow.isMapping ? .mapping : .list), at: flow.start))
    }
    return Failure(
      error: Located(
        .unexpectedToken(found: token.description, expected: expected), at: range(of: token)))
  }

  // MARK: States

  mutating func step() throws(Failure) {
    switch state {
    case .documentStart: try documentStart()
    case .documentContent:
      switch try peekKind() {
      case .directive, .documentStart, .documentEnd, .streamEnd:
        rootIsEmpty = true
        try emptyScalar(at: nextPlace, Properties())
        state = states.removeLast()
      default:
        try parseNode(block: true)
      }
    case .documentEnd: try documentEnd()
    case .blockSequenceEntry: try blockSequenceEntry()
    case .indentlessSequenceEntry: try indentlessSequenceEntry()
    case .blockMappingKey: try blockMappingKey()
    case .blockMappingValue: try blockMappingValue()
    case .flowSequenceEntry(let first): try flowSequenceEntry(first: first)
    case .flowSequenceEntryMappingKey: try flowSequenceEntryMappingKey()
    case .flowSequenceEntryMappingValue: try flowSequenceEntryMappingValue()
    case .flowSequenceEntryMappingEnd:
      try endCollection(at: open.last?.end ?? nextStart)
      state = .flowSequenceEntry(first: false)
    case .flowMappingKey(let first): try flowMappingKey(first: first)
    case .flowMappingValue: try flowMappingValue()
    case .flowMappingEmptyValue:
      state = .flowMappingKey(first: false)
      _ = try peekKind()
      try emptyScalar(at: nextPlace, Properties())
    case .done: break
    }
  }

  /// The start of the one document: `%YAML` and `---`, or neither.
  private mutating func documentStart() throws(Failure) {
    var token = try peek()
    while token.kind == .documentEnd {
      try take()
      token = try peek()
    }
    if token.kind == .streamEnd {
      rootIsEmpty = true
      root = JSONValue(.null, range: emptyRange(token))
      state = .done
      return
    }
    states.append(.documentEnd)
    guard token.kind == .directive || token.kind == .documentStart else {
      try parseNode(block: true)
      return
    }
    while token.kind == .directive {
      try take()
      token = try peek()
    }
    guard token.kind == .documentStart else { throw unexpected(token, expected: "'---'") }
    try take()
    state = .documentContent
  }

  /// After the document: an optional `...`, then the end of the file.
  private mutating func documentEnd() throws(Failure) {
    var token = try peek()
    while token.kind == .documentEnd {
      try take()
      token = try peek()
    }
    guard token.kind == .streamEnd else {
      throw Failure(error: Located(.multipleDocuments, at: range(of: token)))
    }
    state = .done
  }

  /// Reads a node's anchor, tag and content; collections go on `open` and their entries are
  /// read by the states the parser moves to.
  mutating func parseNode(block: Bool, indentlessSequence: Bool = false) throws(Failure) {
    var kind = try peekKind()
    if kind == .alias {
      try alias(try take())
      state = states.removeLast()
      return
    }
    var properties = Properties()
    for _ in 0..<2 {
      if kind == .anchor, properties.anchor == nil {
        properties.anchor = try take()
      } else if kind == .tag, properties.tag == nil {
        properties.tag = try take()
      } else {
        break
      }
      kind = try peekKind()
    }
    if kind == .tag, let outer = properties.tag {
      let token = try peek()
      throw Failure(
        error: Located(.secondTag(outer: outer.text, inner: token.text), at: range(of: token)))
    }
    switch kind {
    case .blockEntry where indentlessSequence:
      try beginCollection(mapping: false, flow: false, at: try peek(), properties)
      state = .indentlessSequenceEntry
    case .scalar:
      try scalar(try take(), properties)
      state = states.removeLast()
    case .flowSequenceStart:
      try beginCollection(mapping: false, flow: true, at: try take(), properties)
      state = .flowSequenceEntry(first: true)
    case .flowMappingStart:
      try beginCollection(mapping: true, flow: true, at: try take(), properties)
      state = .flowMappingKey(first: true)
    case .blockSequenceStart where block:
      try beginCollection(mapping: false, flow: false, at: try take(), properties)
      state = .blockSequenceEntry
    case .blockMappingStart where block:
      try beginCollection(mapping: true, flow: false, at: try take(), properties)
      state = .blockMappingKey
    default:
      let token = try peek()
      guard properties.anchor != nil || properties.tag != nil else {
        throw unexpected(token, expected: "a value")
      }
      let last =
        properties.tag.flatMap { tag in
          properties.anchor.map { $0.end > tag.end ? $0 : tag } ?? tag
        } ?? properties.anchor!
      try emptyScalar(at: emptyRange(last, after: true), properties)
      state = states.removeLast()
    }
  }
}
