import CFNParser

/// A piece of text as CloudFormation evaluates it: written text with where it was written, or a
/// value an expression computes (an interpolation), with where that expression is.
package struct TextSegment: Hashable, Sendable {
  /// The text or the value.
  package var part: HCLTemplatePart
  /// Where the template writes it.
  package var origin: SourceLocation

  /// Creates a segment.
  package init(_ part: HCLTemplatePart, at origin: SourceLocation) {
    self.part = part
    self.origin = origin
  }
}

extension SecretScanner {
  /// A secret found in a script.
  struct ScriptSecret {
    /// What the scanner found.
    var finding: Finding
    /// The written text of the value (computed values as zero bytes), to tell two values under
    /// one name apart; never written anywhere.
    var value: String
    /// The 1-based line of the script.
    var line: Int
    /// Where the template writes the first byte of the value.
    var origin: SourceLocation
  }

  /// One byte of written text with the segment it came from, or a computed part.
  private enum Unit {
    case byte(UInt8, segment: Int)
    case part(HCLTemplatePart)
  }

  /// Scans `segments` as the lines the instance reads (joined, substituted, split at line
  /// breaks wherever the pieces meet) and replaces each secret's value, with whatever computed
  /// values it holds, by the interpolation `replacement` gives for it.
  static func extract(
    _ segments: [TextSegment], replacement: (ScriptSecret) -> HCLExpression
  ) -> [HCLTemplatePart] {
    let runs = UserDataLines.lines(segments) { segment -> String? in
      if case .literal(let text) = segment.part { return text }
      return nil
    }
    let lines = runs.map { line in
      line.flatMap { run -> [Unit] in
        switch run {
        case .text(let text, let segment): text.utf8.map { .byte($0, segment: segment) }
        case .value(let segment): [.part(segments[segment].part)]
        }
      }
    }
    let bytes = lines.map { line in
      line.map { unit -> UInt8 in
        if case .byte(let byte, _) = unit { return byte }
        return 0
      }
    }
    let findings = findings(inLines: bytes)
    var result: [HCLTemplatePart] = []
    var pending: [UInt8] = []
    func flush() {
      if !pending.isEmpty { result.append(.literal(String(decoding: pending, as: UTF8.self))) }
      pending = []
    }
    for (number, line) in lines.enumerated() {
      if number > 0 { pending.append(UInt8(ascii: "\n")) }
      var index = 0
      for finding in findings[number] {
        let range = characterBoundaries(finding.range, in: bytes[number])
        append(line[index..<range.lowerBound], to: &pending, &result)
        let origin = line[range].lazy.compactMap { unit -> SourceLocation? in
          if case .byte(_, let segment) = unit { return segments[segment].origin }
          return nil
        }.first
        let secret = ScriptSecret(
          finding: finding, value: String(decoding: bytes[number][range], as: UTF8.self),
          // A finding holds written bytes, so some segment holds text.
          line: number + 1, origin: origin ?? segments[0].origin)
        flush()
        result.append(.interpolation(replacement(secret)))
        index = range.upperBound
      }
      append(line[index...], to: &pending, &result)
    }
    flush()
    return result
  }

  /// Appends units: bytes to the pending text, a computed part after it.
  private static func append(
    _ units: ArraySlice<Unit>, to pending: inout [UInt8], _ result: inout [HCLTemplatePart]
  ) {
    for unit in units {
      switch unit {
      case .byte(let byte, _): pending.append(byte)
      case .part(let part):
        if !pending.isEmpty { result.append(.literal(String(decoding: pending, as: UTF8.self))) }
        pending = []
        result.append(part)
      }
    }
  }

  /// `range` widened to whole UTF-8 characters (a rule's range already is: it ends at ASCII).
  private static func characterBoundaries(_ range: Range<Int>, in line: [UInt8]) -> Range<Int> {
    func isContinuation(_ index: Int) -> Bool {
      index < line.count && line[index] & 0xC0 == 0x80
    }
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower > 0, isContinuation(lower) { lower -= 1 }
    while isContinuation(upper) { upper += 1 }
    return lower..<upper
  }
}
