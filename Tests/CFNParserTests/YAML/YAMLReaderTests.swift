import TestSupport
import Testing

@testable import CFNParser

/// The YAML reader: every structure and scalar style CloudFormation templates use, read into the
/// tree the JSON reader gives for the same template.
@Suite("YAML reader")
struct YAMLReaderTests {
  @Test(
    "block and flow collections",
    arguments: [
      ("a: 1\nb: x\n", #"{"a":1,"b":"x"}"#),
      ("a:\n  b:\n    c: d\n", #"{"a":{"b":{"c":"d"}}}"#),
      ("- a\n- b\n", #"["a","b"]"#),
      ("a:\n  - 1\n  - 2\n", #"{"a":[1,2]}"#),
      ("a:\n- 1\n- 2\nb: 3\n", #"{"a":[1,2],"b":3}"#),
      ("- a: 1\n  b: 2\n- c: 3\n", #"[{"a":1,"b":2},{"c":3}]"#),
      ("- - 1\n  - 2\n- 3\n", #"[[1,2],3]"#),
      ("a: [1, 'x', \"y\", {b: c}]\n", #"{"a":[1,"x","y",{"b":"c"}]}"#),
      ("a: {b: 1, c: [2, 3], d: }\n", #"{"a":{"b":1,"c":[2,3],"d":null}}"#),
      ("a: [1,\n  2,\n  ]\n", #"{"a":[1,2]}"#),
      ("{\"a\":1,\"b\":[true,null]}", #"{"a":1,"b":[true,null]}"#),
      ("a: [b: 1, c]\n", #"{"a":[{"b":1},"c"]}"#),
      ("a: {b, c: 1}\n", #"{"a":{"b":null,"c":1}}"#),
      ("a:\nb:\n", #"{"a":null,"b":null}"#),
      ("? a\n: b\n", #"{"a":"b"}"#),
      ("a: []\nb: {}\n", #"{"a":[],"b":{}}"#),
      ("http://x: y:z\n", #"{"http://x":"y:z"}"#),
      ("a: [http://x, y:z]\n", #"{"a":["http://x","y:z"]}"#),
      ("a: b#c # comment\n", #"{"a":"b#c"}"#),
    ])
  func collections(input: String, json: String) {
    #expect(yamlJSON(input) == json)
  }

  @Test(
    "plain and quoted scalars, line folding, every double-quoted escape",
    arguments: [
      ("a: one\n  two\n\n  three\n", #"{"a":"one two\nthree"}"#),
      ("a: x  y\n", #"{"a":"x  y"}"#),
      ("a: 'it''s'\n", #"{"a":"it's"}"#),
      ("a: 'one\n  two\n\n  three'\n", #"{"a":"one two\nthree"}"#),
      ("a: 'back\\slash'\n", #"{"a":"back\\slash"}"#),
      (
        #"a: "\0\a\b\t\n\v\f\r\e\ \"\/\\\N\_\L\P\x41\u00e9\U0001F600\'""# + "\n",
        #"{"a":"\u0000\u0007\b\t\n\u000b\f\r\u001b \"/\\"# + "\u{85}\u{A0}\u{2028}\u{2029}Aé😀'\"}"
      ),
      ("a: \"x\\\n   y\"\n", #"{"a":"xy"}"#),
      ("a: \"x\n\n  y\"\n", #"{"a":"x\ny"}"#),
      ("a: \"tab\there\"\n", #"{"a":"tab\there"}"#),
      ("a:\ttab\n", #"{"a":"tab"}"#),
    ])
  func scalars(input: String, json: String) {
    #expect(yamlJSON(input) == json)
  }

  @Test(
    "literal and folded block scalars, chomping and indentation indicators",
    arguments: [
      ("a: |\n  x\n  y\n", #"{"a":"x\ny\n"}"#),
      ("a: |\n  x\n\n\nb: 1\n", #"{"a":"x\n","b":1}"#),
      ("a: |-\n  x\n\n", #"{"a":"x"}"#),
      ("a: |+\n  x\n\n", #"{"a":"x\n\n"}"#),
      ("a: |2\n   x\n", #"{"a":" x\n"}"#),
      ("a: |-2\n   x\n", #"{"a":" x"}"#),
      ("a: |2-\n   x\n", #"{"a":" x"}"#),
      ("a: >\n  one\n  two\n\n  three\n", #"{"a":"one two\nthree\n"}"#),
      ("a: >-\n  x\n  y\n\n  z\n", #"{"a":"x y\nz"}"#),
      ("a: >\n  x\n    indented\n  y\n", #"{"a":"x\n  indented\ny\n"}"#),
      ("a: > # comment\n  x\n", #"{"a":"x\n"}"#),
      ("a: |\n  x", #"{"a":"x"}"#),
      ("a: |\nb: 1\n", #"{"a":"","b":1}"#),
      ("- |\n  x\n- y\n", #"["x\n","y"]"#),
      ("a:\n  - |\n    #!/bin/bash\n    echo ${X}\n", ##"{"a":["#!/bin/bash\necho ${X}\n"]}"##),
    ])
  func blockScalars(input: String, json: String) {
    #expect(yamlJSON(input) == json)
  }

  @Test(
    "documents: '---', '...', '%YAML', comments, byte-order mark, CRLF",
    arguments: [
      ("---\na: 1\n", #"{"a":1}"#),
      ("--- \na: 1\n...\n# done\n", #"{"a":1}"#),
      ("%YAML 1.1\n---\na: 1\n", #"{"a":1}"#),
      ("# comment\n\na: 1 # here\n# end", #"{"a":1}"#),
      ("\u{FEFF}a: 1\n", #"{"a":1}"#),
      ("a:\r\n  b: 1\r\n  c: |\r\n    x\r\n", #"{"a":{"b":1,"c":"x\n"}}"#),
      ("a: --- b\n", #"{"a":"--- b"}"#),
    ])
  func documents(input: String, json: String) {
    #expect(yamlJSON(input) == json)
  }

  @Test("anchors and aliases: one error, as CloudFormation refuses them (the tree expands them)")
  func aliases() throws {
    let text = MarkedText("a: &x [1, 2]\nb: 1️⃣*x\nc: *x\n")
    let (value, diagnostics) = YAMLReader.read(bytes: text.bytes, fileName: yamlFileName)
    #expect(value?.compactText == #"{"a":[1,2],"b":[1,2],"c":[1,2]}"#)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.severity == .error)
    #expect(diagnostics.first?.location == text.location("1️⃣", file: yamlFileName))
    #expect(diagnostics.first?.notes.last?.message == "1 more in this file")
    // The alias's value is placed at the alias.
    #expect(value?["b"]?.location == text.location("1️⃣", file: yamlFileName))
  }

  @Test(
    "'<<' merge keys merge as 'aws cloudformation package' does: own keys win",
    arguments: [
      ("x: &a {p: 1, q: 2}\ny:\n  <<: *a\n  q: 3\n", #"{"x":{"p":1,"q":2},"y":{"p":1,"q":3}}"#),
      (
        "x: &a {p: 1}\nz: &b {p: 2, r: 3}\ny:\n  <<: [*a, *b]\n",
        #"{"x":{"p":1},"z":{"p":2,"r":3},"y":{"p":1,"r":3}}"#
      ),
    ])
  func merges(input: String, json: String) {
    let (value, diagnostics) = YAMLReader.read(input, fileName: yamlFileName)
    #expect(value?.compactText == json)
    #expect(diagnostics.map(\.severity) == [.error])
  }

  @Test("every value is located at its first byte, in UTF-8 columns")
  func positions() throws {
    let text = MarkedText(
      """
      1️⃣Resources:
        2️⃣Bücket:
          Type: 3️⃣AWS::S3::Bucket
          Properties:
            4️⃣Tags: 5️⃣[6️⃣{Key: 7️⃣'k', Value: 8️⃣!Ref 9️⃣Env}]
            0️⃣Name: é
      """)
    let root = try readValidYAML(text)
    let resources = try #require(root.member("Resources"))
    #expect(resources.keyRange.start == text.location("1️⃣", file: yamlFileName))
    #expect(resources.value.location == text.location("2️⃣", file: yamlFileName))
    let bucket = try #require(resources.value.member("Bücket"))
    #expect(bucket.keyRange.start == text.location("2️⃣", file: yamlFileName))
    let type = try #require(bucket.value["Type"])
    #expect(type.location == text.location("3️⃣", file: yamlFileName))
    #expect(type.range.startOffset == text.offset("3️⃣"))
    #expect(type.range.endOffset == text.offset("3️⃣") + "AWS::S3::Bucket".utf8.count)
    let properties = try #require(bucket.value["Properties"])
    #expect(properties.member("Tags")?.keyRange.start == text.location("4️⃣", file: yamlFileName))
    let tags = try #require(properties["Tags"])
    #expect(tags.location == text.location("5️⃣", file: yamlFileName))
    let tag = try #require(tags.elements?.first)
    #expect(tag.location == text.location("6️⃣", file: yamlFileName))
    #expect(tag["Key"]?.location == text.location("7️⃣", file: yamlFileName))
    let value = try #require(tag["Value"])
    #expect(value.location == text.location("8️⃣", file: yamlFileName))
    #expect(value.member("Ref")?.keyRange.start == text.location("8️⃣", file: yamlFileName))
    #expect(value["Ref"]?.location == text.location("9️⃣", file: yamlFileName))
    #expect(
      properties.member("Name")?.keyRange.start == text.location("0️⃣", file: yamlFileName))
  }

  @Test("duplicate keys: an error at the second with a note at the first, as in JSON")
  func duplicateKeys() throws {
    let different = MarkedText("2️⃣a: 1\n1️⃣a: 2\n")
    let (value, diagnostics) = YAMLReader.read(bytes: different.bytes, fileName: yamlFileName)
    #expect(value != nil)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.severity == .error)
    #expect(diagnostics.first?.message == JSONSyntaxError.duplicateKey("a").description)
    #expect(diagnostics.first?.location == different.location("1️⃣", file: yamlFileName))
    #expect(diagnostics.first?.notes.first?.location == different.location("2️⃣", file: yamlFileName))
    let same = YAMLReader.read("a: 1\na: 1\n", fileName: yamlFileName)
    #expect(same.diagnostics.map(\.severity) == [.warning])
    #expect(same.diagnostics.first?.message == JSONSyntaxError.repeatedKey("a").description)
  }

  @Test("keys that are not strings are named as their JSON text")
  func keys() {
    #expect(
      yamlJSON("1: a\nyes: b\n0x1F: c\n'~': d\n") == #"{"1":"a","true":"b","31":"c","~":"d"}"#)
  }
}
