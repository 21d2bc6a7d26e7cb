import Foundation

/// SplitMix64: a small generator whose sequence is fixed by its seed on every machine and
/// toolchain, so that a fuzz case replays from its seed alone. Draws go through `below(_:)`, never
/// the standard library's `random(in:using:)`, whose algorithm may change between releases.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0).
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// One element of `items` (not empty).
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Mutations of template bytes for the fuzz run: each takes the bytes and a generator and returns
/// new bytes. They aim at the readers (broken bytes, truncation, odd Unicode, deep nesting, huge
/// numbers, YAML tags) and at the decoder and mappings (values of the wrong type, intrinsic
/// functions with wrong arities, unknown resource types).
enum Mutation: String, CaseIterable {
  case flipBytes, truncate, deleteSpan, duplicateSpan, swapValueType, deepNesting, hugeNumber
  case oddUnicode, intrinsicArity, intrinsicSwap, yamlTag, resourceType, duplicateLine

  /// Applies the mutation.
  func apply(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
    guard !bytes.isEmpty else { return Array("{".utf8) }
    var bytes = bytes
    switch self {
    case .flipBytes:
      for _ in 0...random.below(8) {
        bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
      }
    case .truncate:
      bytes.removeSubrange(random.below(bytes.count)...)
    case .deleteSpan:
      let start = random.below(bytes.count)
      bytes.removeSubrange(start..<min(bytes.count, start + 1 + random.below(200)))
    case .duplicateSpan:
      let start = random.below(bytes.count)
      let span = bytes[start..<min(bytes.count, start + 1 + random.below(200))]
      bytes.insert(contentsOf: span, at: random.below(bytes.count))
    case .swapValueType:
      bytes = replaceValue(bytes, &random) { random in
        random.pick([
          "[]", "{}", "null", "true", "12", "\"s\"", "[1, [2, {}]]", "{\"Ref\": \"Nowhere\"}",
          "\"\"", "-0", "~",
        ])
      }
    case .deepNesting:
      let depth = random.pick([64, 512, 4096, 20000])
      let open = random.pick(["[", "{\"a\": ", "- "])
      let close = open == "[" ? "]" : open == "- " ? "" : "}"
      let nested =
        String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
      bytes = replaceValue(bytes, &random) { _ in nested }
    case .hugeNumber:
      bytes = replaceValue(bytes, &random) { random in
        random.pick([
          "1e999999", "-1e-999999", "123456789012345678901234567890123456789", "0x7fffffff",
          "1.7976931348623157e309", "-0.0", "9223372036854775808", ".inf", "0o17", "1_000",
        ])
      }
    case .oddUnicode:
      let odd: [[UInt8]] = [
        [0], [0xEF, 0xBB, 0xBF], Array("\u{202E}".utf8), Array("\u{1B}[31m".utf8), [7], [13],
        Array("\u{2028}".utf8), Array("\u{10FFFF}".utf8), Array("e\u{301}".utf8),
        Array("😀".utf8), [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0x0A, 0x09],
      ]
      let quotes = positions(of: [0x22], in: bytes)
      let at = quotes.isEmpty ? random.below(bytes.count) : random.pick(quotes) + 1
      bytes.insert(contentsOf: random.pick(odd), at: min(at, bytes.count))
    case .intrinsicArity:
      let yaml = bytes.first { $0 != 0x20 && $0 != 0x0A } != UInt8(ascii: "{")
      bytes = replaceValue(bytes, &random) { random in
        var forms = [
          "{\"Fn::Join\": []}", "{\"Fn::Join\": [\",\", \"x\"]}", "{\"Fn::Select\": [\"x\"]}",
          "{\"Fn::Select\": [-1, [1]]}", "{\"Fn::Sub\": [1, 2, 3]}", "{\"Fn::GetAtt\": \"A\"}",
          "{\"Ref\": []}", "{\"Fn::If\": [\"C\"]}", "{\"Fn::FindInMap\": [1]}",
          "{\"Fn::Split\": {}}", "{\"Fn::Cidr\": [1]}", "{\"Fn::GetAZs\": [[]]}",
          "{\"Fn::Base64\": []}", "{\"Fn::Equals\": [1]}", "{\"Fn::Not\": [1, 2]}",
          "{\"Fn::And\": []}", "{\"Condition\": []}", "{\"Fn::ImportValue\": []}",
          "{\"Fn::Length\": []}", "{\"Fn::ToJsonString\": []}", "{\"Fn::Transform\": 1}",
          "{\"Fn::ForEach::X\": 1}", "{\"Ref\": \"A\", \"Extra\": 1}", "{\"Fn::Sub\": \"${\"}",
        ]
        if yaml {
          forms += [
            "!Join []", "!Select [x]", "!Sub [a, b, c]", "!GetAtt A", "!Ref [x]", "!If [C]",
            "!FindInMap [M]", "!Split x", "!Cidr [1]", "!GetAZs [[]]", "!Base64 []",
            "!Equals [1]", "!Not [1, 2]", "!And []", "!Condition []", "!Length []",
          ]
        }
        return random.pick(forms)
      }
    case .intrinsicSwap:
      let names = [
        "Fn::Join", "Fn::Sub", "Fn::GetAtt", "Ref", "Fn::If", "Fn::Select", "Fn::Split",
        "Fn::FindInMap", "Fn::Base64", "Fn::GetAZs", "Fn::Equals", "Condition", "Fn::Not",
        "!Ref", "!Sub", "!GetAtt", "!Join", "!If",
      ]
      bytes = replaceOccurrence(of: names, in: bytes, &random) { random in random.pick(names) }
    case .yamlTag:
      let tags = [
        "!Ref", "!GetAtt", "!Sub", "!Join", "!If", "!Not", "!Bogus", "!!str", "!!binary",
        "!!map", "!<tag:yaml.org,2002:str>", "&a", "*a", "!!python/object", "<<:", "---", "...",
        "%YAML 1.2",
      ]
      let tagged = replaceOccurrence(of: tags, in: bytes, &random) { random in random.pick(tags) }
      bytes =
        tagged != bytes ? tagged : replaceValue(bytes, &random) { random in random.pick(tags) }
    case .resourceType:
      bytes = replaceOccurrence(of: ["AWS::"], in: bytes, &random) { random in
        random.pick([
          "AWS::Foo::", "Custom::", "", "AWS::Serverless::", "Module::", "AWS::AWS::", "aws::",
        ])
      }
    case .duplicateLine:
      let lines = positions(of: [0x0A], in: bytes)
      guard lines.count > 1 else { break }
      let index = random.below(lines.count - 1)
      bytes.insert(contentsOf: bytes[lines[index]..<lines[index + 1]], at: lines[index])
    }
    return bytes
  }

  /// Every offset where `pattern` starts in `bytes`.
  func positions(of pattern: [UInt8], in bytes: [UInt8]) -> [Int] {
    guard bytes.count >= pattern.count else { return [] }
    return (0...(bytes.count - pattern.count)).filter {
      bytes[$0..<$0 + pattern.count].elementsEqual(pattern)
    }
  }

  /// Replaces one value (what follows a `: ` up to its end) with `replacement`'s text.
  func replaceValue(
    _ bytes: [UInt8], _ random: inout SplitMix64, with replacement: (inout SplitMix64) -> String
  ) -> [UInt8] {
    let colons = positions(of: Array(": ".utf8), in: bytes)
    guard !colons.isEmpty else { return bytes }
    let start = random.pick(colons) + 2
    var end = start
    if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
      end += 1
      while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
        end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
      }
      end = min(end + 1, bytes.count)
    } else {
      while end < bytes.count, !Array(",}]\n\r".utf8).contains(bytes[end]) { end += 1 }
    }
    var result = bytes
    result.replaceSubrange(start..<end, with: Array(replacement(&random).utf8))
    return result
  }

  /// Replaces one occurrence of one of `needles` with `replacement`'s text.
  func replaceOccurrence(
    of needles: [String], in bytes: [UInt8], _ random: inout SplitMix64,
    with replacement: (inout SplitMix64) -> String
  ) -> [UInt8] {
    var found: [(Int, Int)] = []
    for needle in needles {
      let pattern = Array(needle.utf8)
      found += positions(of: pattern, in: bytes).map { ($0, pattern.count) }
    }
    guard !found.isEmpty else { return bytes }
    let (start, count) = random.pick(found.sorted { $0 < $1 })
    var result = bytes
    result.replaceSubrange(start..<start + count, with: Array(replacement(&random).utf8))
    return result
  }
}
