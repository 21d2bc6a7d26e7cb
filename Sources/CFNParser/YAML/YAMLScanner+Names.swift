extension YAMLScanner {
  /// Letters, digits, `-` and `_`: the characters of anchor names and tag handles.
  static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
      true
    default: false
    }
  }

  /// The characters a tag's suffix may hold besides word bytes (URI characters).
  static let tagBytes: [UInt8] = Array(";/?:@&=+$,.!~*'()[]%".utf8)

  /// `&name` or `*name`.
  mutating func fetchAnchor(_ kind: YAMLToken.Kind) throws(Failure) {
    try saveSimpleKey()
    simpleKeyAllowed = false
    var token = token(kind)
    let start = here
    offset += 1
    let nameStart = offset
    while let byte = current, Self.isWordByte(byte) { offset += 1 }
    guard offset > nameStart else { throw fail(.missingAnchorName, at: start) }
    if let byte = current, !Self.isBlankOrBreak(byte), !Array("?:,]}%@`".utf8).contains(byte) {
      throw fail(.missingAnchorName, at: start)
    }
    token.text = String(decoding: bytes[nameStart..<offset], as: UTF8.self)
    token.end = offset
    emit(token)
  }

  /// A tag: `!Name` (CloudFormation's short forms), `!!name` (YAML's standard tags), `!<uri>`, or
  /// `!` alone. The token's text is the tag as written.
  mutating func fetchTag() throws(Failure) {
    try saveSimpleKey()
    simpleKeyAllowed = false
    var token = token(.tag)
    let start = here
    offset += 1
    if current == UInt8(ascii: "<") {
      offset += 1
      let uriStart = offset
      while let byte = current, Self.isWordByte(byte) || Self.tagBytes.contains(byte),
        byte != UInt8(ascii: ">")
      {
        offset += 1
      }
      guard current == UInt8(ascii: ">"), offset > uriStart else {
        throw fail(.invalidTag, at: start)
      }
      token.text = "!<" + String(decoding: bytes[uriStart..<offset], as: UTF8.self) + ">"
      offset += 1
    } else {
      let nameStart = offset
      while let byte = current, Self.isWordByte(byte) || Self.tagBytes.contains(byte) {
        if flowLevel > 0, Self.flowIndicators.contains(byte) { break }
        offset += 1
      }
      token.text = "!" + String(decoding: bytes[nameStart..<offset], as: UTF8.self)
      if token.text == "!!" { throw fail(.invalidTag, at: start) }
    }
    guard Self.isBlankZ(current) || (flowLevel > 0 && current == UInt8(ascii: ",")) else {
      throw fail(.invalidTag, at: start)
    }
    token.end = offset
    emit(token)
  }

  /// `%YAML 1.x` is read and passed on; any other directive is an error.
  mutating func fetchDirective() throws(Failure) {
    unwindIndent(to: -1)
    try removeSimpleKey()
    simpleKeyAllowed = false
    var token = token(.directive)
    offset += 1
    let nameStart = offset
    while let byte = current, !Self.isBlankZ(byte) { offset += 1 }
    let name = String(decoding: bytes[nameStart..<offset], as: UTF8.self)
    guard name == "YAML" else {
      throw fail(.unsupportedDirective(name), at: range(line: line, column: 0, offset: token.start))
    }
    while let byte = current, !Self.isBreak(byte) { offset += 1 }
    token.text = name
    token.end = offset
    emit(token)
  }
}
