/// One token of YAML text, as the scanner hands it to the parser: what it is, where it is, and
/// for scalars, anchors, aliases and tags, its text.
struct YAMLToken {
  /// What a token is.
  enum Kind: UInt8 {
    case streamEnd
    case directive
    case documentStart
    case documentEnd
    case blockSequenceStart
    case blockMappingStart
    case blockEnd
    case flowSequenceStart
    case flowSequenceEnd
    case flowMappingStart
    case flowMappingEnd
    case blockEntry
    case flowEntry
    case key
    case value
    case alias
    case anchor
    case tag
    case scalar
  }

  /// How a scalar is written.
  enum Style: UInt8 {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
  }

  var kind: Kind
  /// The byte offset of the token's first byte.
  var start: Int
  /// The byte offset one past its last byte (for a scalar, its last non-blank byte).
  var end: Int
  /// The 1-based line of its first byte.
  var line: Int
  /// The 1-based column of its first byte, in UTF-8 bytes.
  var column: Int
  /// A scalar's value, an anchor's or alias's name, a tag's full name (`!Ref`, `!!str`).
  var text = ""
  /// A scalar's style.
  var style = Style.plain

  /// The token in words, for messages: `'-'`, `the end of the file`, `a value`.
  var description: String {
    switch kind {
    case .streamEnd: "the end of the file"
    case .directive: "a directive"
    case .documentStart: "'---'"
    case .documentEnd: "'...'"
    case .blockSequenceStart, .blockEntry: "'-'"
    case .blockMappingStart, .key: "a key"
    case .blockEnd: "the end of an indented block"
    case .flowSequenceStart: "'['"
    case .flowSequenceEnd: "']'"
    case .flowMappingStart: "'{'"
    case .flowMappingEnd: "'}'"
    case .flowEntry: "','"
    case .value: "':'"
    case .alias: "an alias"
    case .anchor: "an anchor"
    case .tag: "a tag"
    case .scalar: "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
    }
  }
}
