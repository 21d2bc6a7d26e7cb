import Testing

@testable import TFEmitter

@Suite("Schema types and their syntax")
struct SchemaTypeTests {
  static let syntaxTable: [(text: String, type: SchemaType)] = [
    ("string", .string),
    ("number", .number),
    ("bool", .bool),
    ("dynamic", .dynamic),
    ("list(string)", .list(.string)),
    ("set(number)", .set(.number)),
    ("map(list(bool))", .map(.list(.bool))),
    ("object({})", .object([])),
    (
      "set(object({a=string,b_2=map(number)}))",
      .set(.object([.init(name: "a", type: .string), .init(name: "b_2", type: .map(.number))]))
    ),
    ("tuple([])", .tuple([])),
    ("tuple([string,list(dynamic)])", .tuple([.string, .list(.dynamic)])),
  ]

  @Test("the syntax reads and prints back", arguments: syntaxTable)
  func roundTrip(text: String, type: SchemaType) {
    var reader = TypeSyntaxReader(text: text[...])
    #expect(reader.readType() == type)
    #expect(reader.text.isEmpty)
    #expect(type.description == text)
  }

  @Test("object fields are sorted by name when read")
  func objectFieldsSorted() {
    var reader = TypeSyntaxReader(text: "object({b=bool,a=string})")
    #expect(reader.readType()?.description == "object({a=string,b=bool})")
  }

  @Test(
    "malformed syntax reads as nothing",
    arguments: [
      "", "text", "list", "list(string", "list()", "object({a})", "object({a=string",
      "object({=bool})",
      "object({a=string b=bool})", "tuple([string", "tuple([,])", "map[string]",
    ])
  func malformed(text: String) {
    var reader = TypeSyntaxReader(text: text[...])
    #expect(reader.readType() == nil)
  }

  @Test("element types, primitives and object fields")
  func accessors() {
    #expect(SchemaType.list(.string).elementType == .string)
    #expect(SchemaType.map(.bool).elementType == .bool)
    #expect(SchemaType.string.elementType == nil)
    #expect(SchemaType.number.isPrimitive)
    #expect(!SchemaType.dynamic.isPrimitive)
    #expect(!SchemaType.set(.string).isPrimitive)
    let rules = SchemaType.list(.object([.init(name: "port", type: .number)]))
    #expect(rules.field("port") == .init(name: "port", type: .number))
    #expect(rules.field("protocol") == nil)
    #expect(SchemaType.map(.object([.init(name: "port", type: .number)])).field("port") == nil)
  }
}
