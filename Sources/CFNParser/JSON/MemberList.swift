/// The members of an object being read, first of each key only, with a way to find a key among
/// them. Keys compare by their UTF-8 bytes: neither JSON nor YAML normalises, so "é" and
/// "e\u{301}" are different keys.
///
/// Most objects are small and are scanned. A large one (a template's `Resources`) gets a hash
/// table once it passes `scanLimit` members, keyed by `UTF8Key`, which hashes a key's bytes in one
/// call instead of one byte at a time as an array of bytes would.
struct MemberList {
  /// Objects with up to this many members find a key by scanning them.
  static let scanLimit = 16

  /// The members, in the order they were added.
  private(set) var elements: [JSONMember] = []
  /// The index in `elements` of each key, once there are more than `scanLimit`.
  private var table: [UTF8Key: Int] = [:]

  /// The index of the member named `key`.
  func index(of key: String) -> Int? {
    guard elements.count > Self.scanLimit else {
      return elements.firstIndex { UTF8Key.sameBytes($0.key, key) }
    }
    return table[UTF8Key(key)]
  }

  /// Adds a member whose key is new.
  mutating func append(_ member: JSONMember) {
    elements.append(member)
    if elements.count == Self.scanLimit + 1 {
      table.reserveCapacity(Self.scanLimit * 2)
      for (index, member) in elements.enumerated() { table[UTF8Key(member.key)] = index }
    } else if elements.count > Self.scanLimit + 1 {
      table[UTF8Key(member.key)] = elements.count - 1
    }
  }
}

/// A string that is equal to another only when their UTF-8 bytes are (`String`'s own equality
/// is canonical equivalence), and that hashes its bytes whole.
struct UTF8Key: Hashable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool { sameBytes(lhs.text, rhs.text) }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// Whether `a` and `b` have the same UTF-8 bytes. Canonically different strings cannot have
  /// them, and `==` tells those apart at once; equal ones are then compared byte by byte.
  static func sameBytes(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a == b && a.utf8.elementsEqual(b.utf8)
  }
}
