/// The rules of `SecretScanner`, each over the bytes of one line.
extension SecretScanner {
  private static let equals = UInt8(ascii: "=")
  private static let colon = UInt8(ascii: ":")
  private static let doubleQuote = UInt8(ascii: "\"")
  private static let singleQuote = UInt8(ascii: "'")
  private static let backslash = UInt8(ascii: "\\")
  private static let dash = UInt8(ascii: "-")

  /// Bytes that may stand before a name given a value within a line.
  private static let nameDelimiters = Set(" \t;&?(|\"',{:$".utf8)
  /// Bytes that end a shell word.
  private static let shellStops = Set(" \t\r;&|)<>".utf8)
  /// Bytes that end a value within a line (a URL's query, a quoted string, a list).
  private static let innerStops = Set(" \t\r;&|)<>\"',}]".utf8)

  /// The index after the spaces from `index`.
  private static func skipSpaces(_ line: [UInt8], from index: Int) -> Int {
    var i = index
    while i < line.count, isSpace(line[i]) { i += 1 }
    return i
  }

  /// The name (bytes of `isNameByte`) starting at `index`, and the index after it.
  private static func name(_ line: [UInt8], at index: Int) -> (String, Int) {
    var end = index
    while end < line.count, isNameByte(line[end]) { end += 1 }
    return (String(decoding: line[index..<end], as: UTF8.self), end)
  }

  /// The value starting at `index`: the inside of a quoted string (to its closing quote, or
  /// the end of the line), or the bytes up to one of `stops`; with its quote.
  private static func word(_ line: [UInt8], at index: Int, stops: Set<UInt8>)
    -> (range: Range<Int>, quote: UInt8?)
  {
    guard index < line.count else { return (index..<index, nil) }
    let first = line[index]
    if first == doubleQuote || first == singleQuote {
      var end = index + 1
      while end < line.count, line[end] != first {
        end += first == doubleQuote && line[end] == backslash ? 2 : 1
      }
      return (index + 1..<min(end, line.count), first)
    }
    var end = index
    while end < line.count, !stops.contains(line[end]) { end += 1 }
    return (index..<end, nil)
  }

  /// A finding for `name` given the value at `index` (`stops` ending it), if both qualify.
  private static func named(
    _ name: String, _ line: [UInt8], valueAt index: Int, stops: Set<UInt8>
  ) -> Finding? {
    guard isSecretName(name) else { return nil }
    let (range, quote) = word(line, at: index, stops: stops)
    guard isWritten(line[range], quote: quote) else { return nil }
    return Finding(what: "'\(name)'", name: name, range: range)
  }

  /// `NAME=value`, `export NAME=value` or `name = value` at the start of a line: one shell word
  /// when the name is a shell variable, the rest of the line otherwise (a properties file).
  static func assignmentAtStart(_ line: [UInt8]) -> [Finding] {
    var i = skipSpaces(line, from: 0)
    if line[i...].starts(with: "export ".utf8) { i = skipSpaces(line, from: i + 7) }
    guard i < line.count, line[i] != dash, isNameByte(line[i]) else { return [] }
    let (key, end) = name(line, at: i)
    let afterKey = skipSpaces(line, from: end)
    guard afterKey < line.count, line[afterKey] == equals else { return [] }
    let start = skipSpaces(line, from: afterKey + 1)
    let isShellName = key.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "_") }
    if isShellName {
      return named(key, line, valueAt: start, stops: shellStops).map { [$0] } ?? []
    }
    guard isSecretName(key) else { return [] }
    var valueEnd = line.count
    while valueEnd > start, isSpace(line[valueEnd - 1]) { valueEnd -= 1 }
    var range = start..<valueEnd
    var quote: UInt8?
    if range.count >= 2, line[start] == line[valueEnd - 1],
      line[start] == doubleQuote || line[start] == singleQuote
    {
      quote = line[start]
      range = start + 1..<valueEnd - 1
    }
    guard isWritten(line[range], quote: quote) else { return [] }
    return [Finding(what: "'\(key)'", name: key, range: range)]
  }

  /// `name=value` (`name = value`, `name == value`) within a line, after a space, `&`, `?`, `;`,
  /// `:`, `$`, a quote or a bracket (`$env:PASSWORD = "…"`, `[ "$TOKEN" = "…" ]`): one word.
  static func assignmentsWithin(_ line: [UInt8]) -> [Finding] {
    var found: [Finding] = []
    var i = 1
    while i < line.count {
      guard nameDelimiters.contains(line[i - 1]), line[i] != dash, isNameByte(line[i]) else {
        i += 1
        continue
      }
      let (key, end) = name(line, at: i)
      var next = skipSpaces(line, from: end)
      if next < line.count, line[next] == doubleQuote, end < line.count, line[end] == doubleQuote {
        // `"$TOKEN" = "…"`: the name's closing quote.
        next = skipSpaces(line, from: end + 1)
      }
      if next < line.count, line[next] == equals {
        var valueStart = next + 1
        if valueStart < line.count, line[valueStart] == equals { valueStart += 1 }
        valueStart = skipSpaces(line, from: valueStart)
        if let finding = named(key, line, valueAt: valueStart, stops: innerStops) {
          found.append(finding)
        }
      }
      i = end
    }
    return found
  }

  /// The password of a URL's user information: `https://user:password@host/`.
  static func urlPasswords(_ line: [UInt8]) -> [Finding] {
    var found: [Finding] = []
    let scheme = Array("://".utf8)
    var i = 0
    while i + scheme.count <= line.count {
      guard line[i...].starts(with: scheme) else {
        i += 1
        continue
      }
      let start = i + scheme.count
      var end = start
      while end < line.count, !innerStops.contains(line[end]), line[end] != UInt8(ascii: "/") {
        end += 1
      }
      let authority = line[start..<end]
      if let at = authority.lastIndex(of: UInt8(ascii: "@")),
        let separator = authority[..<at].firstIndex(of: colon),
        isWritten(line[separator + 1..<at], quote: nil)
      {
        found.append(
          Finding(what: "a password in a URL", name: "url_password", range: separator + 1..<at))
      }
      i = end
    }
    return found
  }

  /// `--name value`, `--name=value` or `-name value`.
  static func options(_ line: [UInt8]) -> [Finding] {
    var found: [Finding] = []
    var i = 0
    while i < line.count {
      guard line[i] == dash, i == 0 || isSpace(line[i - 1]) else {
        i += 1
        continue
      }
      var start = i + 1
      if start < line.count, line[start] == dash { start += 1 }
      guard start < line.count, isAlphanumeric(line[start]) else {
        i = start
        continue
      }
      let (option, end) = name(line, at: start)
      let written = String(decoding: line[i..<end], as: UTF8.self)
      var valueStart: Int?
      if end < line.count, line[end] == equals {
        valueStart = end + 1
      } else if end < line.count, isSpace(line[end]) {
        let next = skipSpaces(line, from: end)
        if next < line.count, line[next] != dash { valueStart = next }
      }
      if let valueStart, isSecretName(option),
        var finding = named(option, line, valueAt: valueStart, stops: shellStops)
      {
        finding.what = "'\(written)'"
        found.append(finding)
      }
      i = end
    }
    return found
  }

  /// `configure set NAME value` (`aws configure set aws_secret_access_key …`).
  static func configureSet(_ line: [UInt8]) -> [Finding] {
    let marker = Array("configure set ".utf8)
    guard let at = line.indices.first(where: { line[$0...].starts(with: marker) }) else {
      return []
    }
    let keyStart = skipSpaces(line, from: at + marker.count)
    guard keyStart < line.count else { return [] }
    let (key, end) = name(line, at: keyStart)
    let setting = key.split(separator: ".").last.map(String.init) ?? key
    guard end < line.count, isSpace(line[end]) else { return [] }
    return named(setting, line, valueAt: skipSpaces(line, from: end), stops: shellStops).map {
      [$0]
    } ?? []
  }

  /// `"name": "value"` with `"`, `\"` or `'` quotes, anywhere in a line (JSON, a Python dict).
  static func quotedPairs(_ line: [UInt8]) -> [Finding] {
    var found: [Finding] = []
    var i = 0
    while i < line.count {
      let byte = line[i]
      guard byte == doubleQuote || byte == singleQuote else {
        i += 1
        continue
      }
      let escaped = byte == doubleQuote && i > 0 && line[i - 1] == backslash
      let close: [UInt8] = escaped ? [backslash, byte] : [byte]
      let (key, keyEnd) = name(line, at: i + 1)
      guard line[keyEnd...].starts(with: close) else {
        i += 1
        continue
      }
      var j = skipSpaces(line, from: keyEnd + close.count)
      guard j < line.count, line[j] == colon else {
        i = keyEnd
        continue
      }
      j = skipSpaces(line, from: j + 1)
      guard line[j...].starts(with: close) else {
        i = keyEnd
        continue
      }
      let start = j + close.count
      var end = start
      while end < line.count, !line[end...].starts(with: close) {
        end += !escaped && line[end] == backslash ? 2 : 1
      }
      end = min(end, line.count)
      if isSecretName(key), isWritten(line[start..<end], quote: nil) {
        found.append(Finding(what: "'\(key)'", name: key, range: start..<end))
      }
      i = end + close.count
    }
    return found
  }

  /// `name: value` at the start of a line (YAML, a list item's too).
  static func yamlPair(_ line: [UInt8]) -> [Finding] {
    var i = skipSpaces(line, from: 0)
    if line[i...].starts(with: "- ".utf8) { i = skipSpaces(line, from: i + 2) }
    guard i < line.count, line[i] != dash, isNameByte(line[i]) else { return [] }
    let (key, end) = name(line, at: i)
    guard end + 1 < line.count, line[end] == colon, isSpace(line[end + 1]) else { return [] }
    let start = skipSpaces(line, from: end + 1)
    guard start < line.count, !"|>{[&*!#".utf8.contains(line[start]) else { return [] }
    var valueEnd = line.count
    while valueEnd > start, isSpace(line[valueEnd - 1]) { valueEnd -= 1 }
    var range = start..<valueEnd
    var quote: UInt8?
    if range.count >= 2, line[start] == line[valueEnd - 1],
      line[start] == doubleQuote || line[start] == singleQuote
    {
      quote = line[start]
      range = start + 1..<valueEnd - 1
    }
    guard isSecretName(key), isWritten(line[range], quote: quote) else { return [] }
    return [Finding(what: "'\(key)'", name: key, range: range)]
  }

  /// AWS access key ids: `AKIA` or `ASIA` and 16 capitals or digits, standing alone.
  static func accessKeyIds(in line: [UInt8]) -> [Finding] {
    var found: [Finding] = []
    let prefixes = [Array("AKIA".utf8), Array("ASIA".utf8)]
    var i = 0
    while i + 20 <= line.count {
      let standsAlone =
        (i == 0 || !isAlphanumeric(line[i - 1]))
        && (i + 20 == line.count || !isAlphanumeric(line[i + 20]))
      let isKey =
        prefixes.contains { line[i...].starts(with: $0) }
        && line[i + 4..<i + 20].allSatisfy {
          (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        }
      if standsAlone, isKey {
        found.append(
          Finding(what: "an AWS access key id", name: "aws_access_key_id", range: i..<i + 20))
        i += 20
      } else {
        i += 1
      }
    }
    return found
  }

  /// 40-character runs of letters of both cases, digits, `/` and `+`: secret access keys where
  /// an access key id is near.
  static func secretAccessKeys(in line: [UInt8]) -> [Finding] {
    func isKeyByte(_ byte: UInt8) -> Bool {
      isAlphanumeric(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "+")
    }
    var found: [Finding] = []
    var i = 0
    while i < line.count {
      guard isKeyByte(line[i]) else {
        i += 1
        continue
      }
      var end = i
      while end < line.count, isKeyByte(line[end]) { end += 1 }
      let run = line[i..<end]
      // A run followed by `=` is the end of a longer base64 text, padded.
      let padded = end < line.count && line[end] == equals
      if run.count == 40, !padded,
        run.contains(where: { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }),
        run.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) })
      {
        found.append(
          Finding(what: "an AWS secret access key", name: "aws_secret_access_key", range: i..<end))
      }
      i = end
    }
    return found
  }
}
