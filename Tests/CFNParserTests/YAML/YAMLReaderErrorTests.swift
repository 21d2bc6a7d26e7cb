import Testing

@testable import CFNParser

/// Bad YAML: one located diagnostic, the value `nil`. Each test asserts the error case and its
/// place, marked in the input.
@Suite("YAML reader errors")
struct YAMLReaderErrorTests {
  @Test func tabInIndentation() {
    expectYAMLError("a:\n1️⃣\tb: 1\n", .tabInIndentation)
    expectYAMLError("a:\n  b: x\n1️⃣\t  y\n", .tabInIndentation)
    expectYAMLError("a: |\n1️⃣\tx\n", .tabInIndentation)
  }

  @Test func inconsistentIndentation() {
    expectYAMLError(
      "a:\n  b: 1\n 1️⃣c: 2\n", .inconsistentIndentation(found: 1, expected: 0, in: .mapping))
    expectYAMLError(
      "R:\n  B:\n    Type: X\n   1️⃣Properties: {}\n",
      .inconsistentIndentation(found: 3, expected: 2, in: .mapping))
    expectYAMLError(
      "a:\n  - 1\n 1️⃣- 2\n", .inconsistentIndentation(found: 1, expected: 0, in: .mapping))
    expectYAMLError(
      "a:\n  - k: 1\n    v: 2\n   1️⃣- k: 3\n",
      .inconsistentIndentation(found: 3, expected: 2, in: .list))
  }

  @Test func keyWithoutColon() {
    expectYAMLError("a: 1\n1️⃣b\nc: 2\n", .missingColon(key: "b"))
    expectYAMLError("R:\n  B: 1\n  1️⃣Orphan\n", .missingColon(key: "Orphan"))
  }

  @Test func colonOrDashAfterAValue() {
    expectYAMLError("a: b1️⃣: c\n", .colonNotAllowed)
    expectYAMLError("a: 1️⃣- b\n", .dashNotAllowed)
  }

  @Test func unterminated() {
    expectYAMLError("a: 1️⃣'abc\nb: 1\n", .unterminatedString(quote: "'"))
    expectYAMLError("a: 1️⃣\"abc\n", .unterminatedString(quote: "\""))
    expectYAMLError("a: 1️⃣[1, 2\n", .unterminatedFlow(.list))
    expectYAMLError("a: 1️⃣{b: 1,\n", .unterminatedFlow(.mapping))
    expectYAMLError("a: ['x' 1️⃣'y']\n", .missingFlowComma(.list))
  }

  @Test func escapes() {
    expectYAMLError(#"a: "x1️⃣\q""#, .invalidEscape(#"\q"#))
    expectYAMLError(#"a: "1️⃣\u12G4""#, .invalidUnicodeEscape(#"\u12G"#))
    expectYAMLError(#"a: "1️⃣\uD800""#, .invalidUnicodeEscape(#"\uD800"#))
  }

  @Test func blockScalarHeader() {
    expectYAMLError("a: |1️⃣0\n  x\n", .invalidBlockScalarHeader)
    expectYAMLError("a: |1️⃣x\n  x\n", .invalidBlockScalarHeader)
  }

  @Test func documents() {
    expectYAMLError("a: 1\n1️⃣---\nb: 2\n", .multipleDocuments)
    expectYAMLError("---\na: 1\n...\n1️⃣b: 2\n", .multipleDocuments)
    expectYAMLError("1️⃣# only a comment\n", .emptyInput)
    expectYAMLError("1️⃣", .emptyInput)
    expectYAMLError("1️⃣---\n", .emptyInput)
    expectYAMLError("1️⃣%TAG ! tag:example.com,2000:\n---\na: 1\n", .unsupportedDirective("TAG"))
  }

  @Test func keys() {
    expectYAMLError("1️⃣~: x\n", .nullKey)
    expectYAMLError("a:\n  1️⃣: x\n", .nullKey)
    expectYAMLError("1️⃣[a]: b\n", .collectionKey)
    expectYAMLError("1️⃣!Ref a: b\n", .taggedKey)
    expectYAMLError("a: &k x\n1️⃣*k : y\n", .taggedKey)
  }

  @Test func tags() {
    expectYAMLError("a: 1️⃣!Foo x\n", .unknownTag("!Foo", suggestion: nil))
    expectYAMLError("a: 1️⃣!Sbu x\n", .unknownTag("!Sbu", suggestion: "!Sub"))
    expectYAMLError("a: 1️⃣!Fn::Join [a, []]\n", .unknownTag("!Fn::Join", suggestion: "!Join"))
    expectYAMLError("a: 1️⃣!!binary aGk=\n", .unsupportedTag("!!binary"))
    expectYAMLError("a: 1️⃣!!int abc\n", .tagMismatch("!!int"))
    expectYAMLError("a: 1️⃣!!map [1]\n", .tagMismatch("!!map"))
    expectYAMLError("a: 1️⃣!<x\n", .invalidTag)
    expectYAMLError("a: !Base64 1️⃣!Sub x\n", .secondTag(outer: "!Base64", inner: "!Sub"))
  }

  @Test func anchorsAndAliases() {
    expectYAMLError("a: 1️⃣*x\n", .undefinedAlias("x"))
    expectYAMLError("a: 1️⃣& x\n", .missingAnchorName)
    expectYAMLError("a: &m 1\nb:\n  <<: 1️⃣*m\n", .invalidMerge)
  }

  @Test("alias expansion is bounded by the values it makes, not by the input's size")
  func aliasBomb() throws {
    var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for (level, name) in "bcdefghi".enumerated() {
      let previous = "abcdefghi".dropFirst(level).first!
      text +=
        "\(name): &\(name) ["
        + Array(repeating: "*\(previous)", count: 10).joined(
          separator: ", ") + "]\n"
    }
    let result = YAMLReader.readDetailed(bytes: Array(text.utf8), fileName: yamlFileName)
    #expect(result.value == nil)
    #expect(result.syntaxError?.value == .aliasExpansionTooLarge(limit: 250_000))
    #expect(result.syntaxError?.location.line == 6)
    #expect(result.diagnostics.count == 1)
  }

  @Test("nesting deeper than the JSON reader's limit is an error, without recursion")
  func nestingTooDeep() {
    let limit = YAMLReader.maximumDepth
    let open = String(repeating: "[", count: limit)
    expectYAMLError(
      open + "1️⃣[" + String(repeating: "]", count: limit + 1), .nestingTooDeep(limit: limit))
    #expect(yamlJSON(open + String(repeating: "]", count: limit)).count == 2 * limit)
    // A tag's object counts as a level, as it does in the JSON it stands for.
    let tagged =
      String(repeating: "[", count: limit - 1) + "1️⃣!Ref x"
      + String(
        repeating: "]", count: limit - 1)
    expectYAMLError(tagged, .nestingTooDeep(limit: limit))
    let deep = String(repeating: "[", count: 100_000)
    let result = YAMLReader.readDetailed(bytes: Array(deep.utf8), fileName: yamlFileName)
    #expect(result.syntaxError?.value == .nestingTooDeep(limit: limit))
  }

  @Test func encodings() {
    expectYAMLError("a: 1️⃣\u{FFFF}\n", .invalidUTF8(0xFF), rawBytes: ["\u{FFFF}": [0xFF]])
    expectYAMLError("a: é1️⃣\u{FFFF}\n", .invalidUTF8(0xC3), rawBytes: ["\u{FFFF}": [0xC3, 0x28]])
    expectYAMLError(
      "1️⃣\u{FFFF}", .unsupportedEncoding("UTF-16LE"), rawBytes: ["\u{FFFF}": [0xFF, 0xFE, 0x61, 0]])
    expectYAMLError(
      "1️⃣\u{FFFF}", .unsupportedEncoding("UTF-16BE"), rawBytes: ["\u{FFFF}": [0, 0x61, 0, 0x3A]])
    for (bytes, name) in [
      ([0x61, 0, 0, 0, 0x3A, 0, 0, 0] as [UInt8], "UTF-32LE"), ([0, 0, 0, 0x61], "UTF-32BE"),
      ([0xFF, 0xFE, 0, 0, 0x61, 0, 0, 0], "UTF-32LE"),
      ([0, 0, 0xFE, 0xFF, 0, 0, 0, 0x61], "UTF-32BE"),
    ] {
      expectYAMLError("1️⃣\u{FFFF}", .unsupportedEncoding(name), rawBytes: ["\u{FFFF}": bytes])
    }
    expectYAMLError("a: 1️⃣\u{07}\n", .controlCharacter(7))
    expectYAMLError("a: 1️⃣@x\n", .unexpectedCharacter("@"))
    expectYAMLError("a: 1️⃣.inf\n", .notFinite(".inf"))
  }
}
