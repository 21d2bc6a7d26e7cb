/// A mapping or list whose entries `YAMLReader` is reading.
struct YAMLOpenNode {
  var isMapping: Bool
  var isFlow: Bool
  /// Where the collection starts: its bracket, first key or first `-`.
  var start: SourceRange
  /// The 1-based column of a block collection's keys or dashes.
  var column: Int
  /// The end of what has been read of it so far.
  var end: Int
  /// Its anchor and tag.
  var properties: YAMLReader.Properties
  /// The long-form key its short-form tag stands for, if it has one.
  var function: String?
  /// A list's items.
  var items: [JSONValue] = []
  /// A mapping's members, first of each key only.
  var members: [JSONMember] = []
  /// The index in `members` of each key, by its UTF-8 bytes, once there are more members than
  /// a scan is quick for.
  var firstIndex: [[UInt8]: Int] = [:]
  /// The key whose value is being read, its place, and whether it is the merge key `<<`.
  var key: (text: String, range: SourceRange, isMerge: Bool)?
  /// The values of its `<<` merge keys, in order.
  var merges: [JSONValue] = []
  /// How many values the collection holds, itself included, aliases expanded.
  var size = 1

  /// Mappings with up to this many members find a key by scanning them.
  static let scanLimit = 16

  /// The index of the member named `key` (compared by UTF-8 bytes: YAML does not normalise).
  func index(of key: String) -> Int? {
    guard members.count > Self.scanLimit else {
      return members.firstIndex { $0.key.utf8.elementsEqual(key.utf8) }
    }
    return firstIndex[Array(key.utf8)]
  }

  /// Adds a member whose key is new.
  mutating func add(_ member: JSONMember) {
    members.append(member)
    if members.count == Self.scanLimit + 1 {
      for (index, member) in members.enumerated() { firstIndex[Array(member.key.utf8)] = index }
    } else if members.count > Self.scanLimit + 1 {
      firstIndex[Array(member.key.utf8)] = members.count - 1
    }
  }
}
