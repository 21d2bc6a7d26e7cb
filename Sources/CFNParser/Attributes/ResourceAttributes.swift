/// The attributes `Fn::GetAtt` can read on each resource type, as cfn-lint's resource schemas list
/// them: `Scripts/update-resource-attributes` writes the tables in `Generated/`, one row a type,
/// sorted, its attributes separated by spaces. A `*` in an attribute stands for any text of at
/// least one character (`Outputs.*`, a nested stack's outputs; `*`, a custom resource's).
///
/// The tables are string literals, which Swift lays out in the binary: nothing is built when the
/// program starts, and a lookup is a binary search in one table. A type the tables do not hold (a
/// custom resource, SAM's, a type of the registry, one newer than the tables) is unknown, and any
/// attribute of it is accepted.
package enum ResourceAttributes {
  /// The attributes of `type`, as the tables write them, in the tables' order; nil when the
  /// tables do not hold the type.
  package static func attributes(of type: String) -> [String]? {
    row(of: type).map { $0.split(separator: " ").map(String.init) }
  }

  /// Whether `Fn::GetAtt` can read `attribute` on a resource of `type`; nil when the tables do not
  /// hold the type.
  package static func accepts(_ attribute: String, on type: String) -> Bool? {
    guard var row = row(of: type) else { return nil }
    var attribute = attribute
    return row.withUTF8 { names in attribute.withUTF8 { contains(names, $0) } }
  }

  /// Whether one of `names` (separated by spaces) is `text`, or a pattern it matches.
  private static func contains(
    _ names: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var start = 0
    while start < names.count {
      var end = start
      var isPattern = false
      while end < names.count, names[end] != UInt8(ascii: " ") {
        if names[end] == UInt8(ascii: "*") { isPattern = true }
        end += 1
      }
      let name = UnsafeBufferPointer(rebasing: names[start..<end])
      if isPattern ? matches(pattern: Array(name), Array(text)) : name.elementsEqual(text) {
        return true
      }
      start = end + 1
    }
    return false
  }

  /// The attributes of `type` separated by spaces, found by binary search.
  private static func row(of type: String) -> String? {
    var position = 0
    for (index, first) in firstTypes.enumerated() where !precedes(type, first) {
      position = index
    }
    let table = table(position)
    var low = 0
    var high = table.count
    while low < high {
      let middle = (low + high) / 2
      if precedes(table[middle].type, type) { low = middle + 1 } else { high = middle }
    }
    guard low < table.count, table[low].type == type else { return nil }
    return table[low].attributes
  }

  /// The tables' order: by UTF-8 bytes.
  private static func precedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { x.lexicographicallyPrecedes($0) } }
  }

  /// Whether `text` is `pattern`, each `*` in it standing for at least one byte of any kind.
  static func matches(pattern: [UInt8], _ bytes: [UInt8]) -> Bool {
    guard pattern.contains(UInt8(ascii: "*")) else { return pattern == bytes }
    let pieces = pattern.split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: false)
    let first = Array(pieces[0])
    let last = Array(pieces[pieces.count - 1])
    guard bytes.starts(with: first), bytes.count >= first.count + last.count + pieces.count - 1,
      bytes.suffix(last.count).elementsEqual(last)
    else { return false }
    // Each middle piece as far left as it goes, after at least one byte for the `*` before it.
    var start = first.count
    let end = bytes.count - last.count
    for piece in pieces.dropFirst().dropLast().map(Array.init) {
      start += 1
      guard let found = firstOccurrence(of: piece, in: bytes, from: start, before: end) else {
        return false
      }
      start = found + piece.count
    }
    return start + 1 <= end
  }

  /// Where `piece` first starts in `bytes[from..<before]`, whole.
  private static func firstOccurrence(
    of piece: [UInt8], in bytes: [UInt8], from: Int, before: Int
  ) -> Int? {
    guard from + piece.count <= before else { return nil }
    for position in from...(before - piece.count)
    where bytes[position..<position + piece.count].elementsEqual(piece) {
      return position
    }
    return nil
  }
}
