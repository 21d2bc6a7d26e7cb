extension Array where Element == UInt8 {
  /// Appends the UTF-8 bytes of `text`. A native or small string's bytes are copied in one
  /// block; `append(contentsOf: text.utf8)` walks them one by one through the view's iterator,
  /// several times slower for the short texts printers append most.
  @inlinable
  package mutating func appendUTF8(_ text: some StringProtocol) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
    if copied == nil { append(contentsOf: text.utf8) }
  }

  /// Appends the UTF-8 of a literal, without making a string of it.
  @inlinable
  package mutating func append(literal: StaticString) {
    literal.withUTF8Buffer { append(contentsOf: $0) }
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

extension StringProtocol {
  /// The offset in UTF-8 bytes of the first occurrence of `needle`'s bytes, nil when there is
  /// none. Byte for byte: for an ASCII needle it finds what `firstRange(of:)` finds, except where
  /// a combining mark follows the match and `Character` comparison would refuse it.
  @inlinable
  package func utf8Offset(of needle: StaticString) -> Int? {
    needle.withUTF8Buffer { needle -> Int? in
      if let found = utf8.withContiguousStorageIfAvailable({ firstOffset(of: needle, in: $0) }) {
        return found
      }
      return Array(utf8).withUnsafeBufferPointer { firstOffset(of: needle, in: $0) }
    }
  }

  /// Whether the text holds `needle`'s bytes (see ``utf8Offset(of:)``).
  @inlinable
  package func containsUTF8(_ needle: StaticString) -> Bool {
    utf8Offset(of: needle) != nil
  }
}

/// The offset of the first occurrence of `needle` in `bytes` (0 for an empty needle). Not
/// generic, so that callers in other modules run it specialized.
@usableFromInline
func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>)
  -> Int?
{
  guard let first = needle.first else { return 0 }
  guard bytes.count >= needle.count else { return nil }
  var index = 0
  while index <= bytes.count - needle.count {
    if bytes[index] == first,
      UnsafeBufferPointer(rebasing: bytes[index..<(index + needle.count)])
        .elementsEqual(needle)
    {
      return index
    }
    index += 1
  }
  return nil
}
