extension Array where Element == UInt8 {
  /// Appends the UTF-8 bytes of `text`. A native or small string's bytes are copied in one
  /// block; `append(contentsOf: text.utf8)` walks them one by one through the view's iterator,
  /// several times slower for the short texts printers append most.
  @inlinable
  package mutating func appendUTF8(_ text: some StringProtocol) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
    if copied == nil { append(contentsOf: text.utf8) }
  }
}

extension StringProtocol {
  /// Whether every UTF-8 byte of the text satisfies `predicate`, read over the contiguous bytes
  /// where the text has them (the view's iterator costs several times more a byte).
  @inlinable
  package func allUTF8Bytes(_ predicate: (UInt8) -> Bool) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.allSatisfy(predicate) }
      ?? utf8.allSatisfy(predicate)
  }
}
