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
  var members = MemberList()
  /// The key whose value is being read, its place, and whether it is the merge key `<<`.
  var key: (text: String, range: SourceRange, isMerge: Bool)?
  /// The values of its `<<` merge keys, in order.
  var merges: [JSONValue] = []
  /// How many values the collection holds, itself included, aliases expanded.
  var size = 1
}
