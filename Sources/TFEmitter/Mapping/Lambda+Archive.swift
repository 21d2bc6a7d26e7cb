extension Lambda {
  /// A zip archive built byte for byte the same on every run: entries stored (not compressed) in
  /// the order given, every timestamp 1980-01-01 00:00 (the earliest a zip can say), Unix mode
  /// 0644, no extra fields, no comment. Lambda reads it as any zip.
  enum Archive {
    /// One file of the archive: its path inside it (with `/` separators) and its bytes.
    struct Entry: Hashable, Sendable {
      /// The path inside the archive.
      var path: String
      /// The contents.
      var bytes: [UInt8]
    }

    /// The archive of `entries`.
    static func zip(_ entries: [Entry]) -> [UInt8] {
      var archive: [UInt8] = []
      var directory: [UInt8] = []
      for entry in entries {
        let name = Array(entry.path.utf8)
        let crc = crc32(entry.bytes)
        let offset = UInt32(archive.count)
        // Local file header.
        append(UInt32(0x0403_4B50), to: &archive)
        appendCommonFields(name: name, crc: crc, size: entry.bytes.count, to: &archive)
        append(UInt16(0), to: &archive)  // extra field length
        archive += name
        archive += entry.bytes
        // Central directory header.
        append(UInt32(0x0201_4B50), to: &directory)
        append(UInt16(0x031E), to: &directory)  // made by Unix, zip 3.0
        appendCommonFields(name: name, crc: crc, size: entry.bytes.count, to: &directory)
        append(UInt16(0), to: &directory)  // extra field length
        append(UInt16(0), to: &directory)  // comment length
        append(UInt16(0), to: &directory)  // disk number
        append(UInt16(0), to: &directory)  // internal attributes
        append(UInt32(0o100644) << 16, to: &directory)  // external attributes: -rw-r--r--
        append(offset, to: &directory)
        directory += name
      }
      let directoryOffset = UInt32(archive.count)
      archive += directory
      // End of central directory.
      append(UInt32(0x0605_4B50), to: &archive)
      append(UInt16(0), to: &archive)  // this disk
      append(UInt16(0), to: &archive)  // disk of the directory
      append(UInt16(entries.count), to: &archive)
      append(UInt16(entries.count), to: &archive)
      append(UInt32(directory.count), to: &archive)
      append(directoryOffset, to: &archive)
      append(UInt16(0), to: &archive)  // comment length
      return archive
    }

    /// The fields local and central headers share, from "version needed" to the name's length.
    private static func appendCommonFields(
      name: [UInt8], crc: UInt32, size: Int, to bytes: inout [UInt8]
    ) {
      append(UInt16(10), to: &bytes)  // version needed: 1.0, stored entries
      append(UInt16(0), to: &bytes)  // flags
      append(UInt16(0), to: &bytes)  // method: stored
      append(UInt16(0), to: &bytes)  // time: 00:00:00
      append(UInt16((0 << 9) | (1 << 5) | 1), to: &bytes)  // date: 1980-01-01
      append(crc, to: &bytes)
      append(UInt32(size), to: &bytes)  // compressed size
      append(UInt32(size), to: &bytes)  // uncompressed size
      append(UInt16(name.count), to: &bytes)
    }

    private static func append<Integer: FixedWidthInteger>(
      _ value: Integer, to bytes: inout [UInt8]
    ) {
      withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    /// The CRC-32 (ISO 3309, reflected polynomial 0xEDB88320) zip files carry for each entry.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
      var crc: UInt32 = 0xFFFF_FFFF
      for byte in bytes {
        crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
      }
      return crc ^ 0xFFFF_FFFF
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
      var value = UInt32(index)
      for _ in 0..<8 {
        value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
      }
      return value
    }
  }
}
