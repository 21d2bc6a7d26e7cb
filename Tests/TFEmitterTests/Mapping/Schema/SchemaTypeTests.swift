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

  @Test("the description is Terraform's type syntax without spaces", arguments: syntaxTable)
  func description(text: String, type: SchemaType) {
    #expect(type.description == text)
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
