import CFNParser
import TFEmitter
import Testing

@Suite("Matching CloudFormation and planned values")
struct ValueMatcherTests {
  static func planned(_ json: String) throws -> JSONValue {
    try #require(JSONReader.read(json, fileName: "p.json").value)
  }

  @Test(
    "values that mean the same match",
    arguments: [
      (Value.string("1"), "1"), (.string("true"), "true"), (.number("2"), "\"2\""),
      (.string("a"), "[\"a\"]"), (.list([.string("b"), .string("a")]), "[\"a\",\"b\"]"),
      (.list([.object([("Key", .string("Name")), ("Value", .string("x"))])]), "{\"Name\":\"x\"}"),
      (
        .object([("DeviceName", .string("/dev/sdb"))]),
        "[{\"device_name\":\"/dev/sdb\",\"ebs\":[]}]"
      ),
      (.string("echo hi"), "\"" + "b5b74ef3aa5b1a5d9ff8ba4a4c4a5a0e9e4b31f0" + "\""),
      (.object([("Version", .string("2012-10-17"))]), "\"{\\\"Version\\\":\\\"2012-10-17\\\"}\""),
      (.noValue, "null"), (.noValue, "[]"),
    ])
  func matches(_ value: Value, _ json: String) throws {
    if json.contains("b5b74ef") {
      // The SHA-1 the provider plans for a launch configuration's user data.
      #expect(ValueMatcher.matches(value, try Self.planned("\"\(SHA1.hex("echo hi"))\"")))
      return
    }
    #expect(ValueMatcher.matches(value, try Self.planned(json)), "\(value) vs \(json)")
  }

  @Test(
    "values that differ do not match",
    arguments: [
      (Value.string("1"), "2"), (.string("a"), "[\"a\",\"b\"]"),
      (.list([.object([("Key", .string("Name")), ("Value", .string("x"))])]), "{\"Name\":\"y\"}"),
      (.object([("DeviceName", .string("/dev/sdb"))]), "[{\"device_name\":\"/dev/sdc\"}]"),
      (.string("x"), "null"),
    ])
  func differs(_ value: Value, _ json: String) throws {
    #expect(!ValueMatcher.matches(value, try Self.planned(json)), "\(value) vs \(json)")
  }

  @Test("SHA-1 of known texts")
  func sha1() {
    #expect(SHA1.hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    #expect(SHA1.hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
    #expect(
      SHA1.hex(String(repeating: "a", count: 1000))
        == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
  }
}
