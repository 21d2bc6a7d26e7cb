/// Finds secrets written as plain text in the lines of a script, as the instance reads them, so
/// that they become sensitive variables instead of file content. One scanner serves the generic
/// conversion of user data and the Datomic profile.
///
/// A line is UTF-8 bytes in which a zero byte stands for a value the template computes (a
/// reference): never a secret by itself. What is recognised:
/// - a secret-sounding name given a value: `DB_PASSWORD=x`, `export API_TOKEN="x"`,
///   `aws_secret_access_key = x` at the start of a line (the rest of the line when the name is
///   not a shell variable, `license-key=x y` in a properties file; one shell word otherwise),
///   `…&password=x`, ` password=x` or `$env:PASSWORD = "x"` within a line, `"password": "x"`
///   (JSON, with `"`, `\"` or `'` quotes), `password: x` at the start of a line (YAML);
/// - options: `--password x`, `--license-key=x`, `-secret x`;
/// - the password of a URL's user information: `https://user:password@host/`;
/// - `aws configure set aws_secret_access_key x` (any secret-sounding setting);
/// - AWS access key ids (`AKIA` or `ASIA` and 16 capitals or digits), wherever they stand, and a
///   40-character secret access key (letters of both cases, digits, `/`, `+`) on the line of an
///   access key id or a line next to it.
///
/// A name is secret-sounding when it holds one of `secretWords` and does not end in a word that
/// makes it name a secret's place (`PASSWORD_FILE`, `--secret-id`, `SecretArn`). A value is
/// written when it holds a letter or a digit of its own and is not computed at boot (`$(…)`,
/// `${VAR}`, backquotes, unless single-quoted), a boolean (`--must-change-password=false`), a
/// path, an ARN or a `{{resolve:…}}` reference.
enum SecretScanner {
  /// Words that make a name a secret's.
  static let secretWords = [
    "license", "licence", "password", "passwd", "secret", "access-key", "access_key",
    "accesskey", "private-key", "private_key", "api-key", "api_key", "apikey", "token",
  ]

  /// Last words of a secret-sounding name that make it name where a secret is, not the secret.
  static let placeWords: Set<String> = [
    "arn", "bucket", "dir", "directory", "file", "files", "length", "location", "name", "path",
    "prefix", "region", "seconds", "ttl", "type", "uri", "url", "version",
  ]

  /// A secret on a line.
  struct Finding: Hashable {
    /// What it is in messages: `'DB_PASSWORD'`, `an AWS access key id`.
    var what: String
    /// The name its variable is made from: `DB_PASSWORD`, `aws_access_key_id`.
    var name: String
    /// Where its value lies, in bytes of the line.
    var range: Range<Int>
  }

  /// True for a name that says it holds a secret (`DB_PASSWORD`, `--license-key`,
  /// `aws_access_key_id`), false for one that names where a secret is (`PASSWORD_FILE`,
  /// `--secret-id`, `SecretArn`).
  static func isSecretName(_ name: some StringProtocol) -> Bool {
    // ASCII names (all but a few) are judged on their bytes: the same answer, without case
    // mapping and substring search over characters.
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return isSecretASCIIName(Array(name.utf8)) }
    return isSecretNameByCharacters(name)
  }

  /// `isSecretName` over characters, for any name (the ASCII path's oracle in tests).
  static func isSecretNameByCharacters(_ name: some StringProtocol) -> Bool {
    let lowered = name.lowercased()
    guard secretWords.contains(where: { lowered.contains($0) }) else { return false }
    let last = lastWord(of: String(name))
    if last == "id" { return lowered.contains("key") }
    return !placeWords.contains(last)
  }

  /// The secret words and the place words as bytes.
  private static let secretWordBytes = secretWords.map { Array($0.utf8) }
  private static let placeWordBytes = Set(placeWords.map { Array($0.utf8) })

  /// `isSecretName` for an ASCII name.
  private static func isSecretASCIIName(_ name: [UInt8]) -> Bool {
    let lowered = name.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    guard secretWordBytes.contains(where: { contains(lowered, $0) }) else { return false }
    // The last word, as `lastWord(of:)` finds it: a run of letters and digits, a new one
    // starting at a capital after a lowercase letter or a digit.
    var start = 0
    var end = 0
    var previousIsLower = false
    for (index, byte) in name.enumerated() {
      let isUpper = (0x41...0x5A).contains(byte)
      let isLower = (0x61...0x7A).contains(byte)
      let isDigit = (0x30...0x39).contains(byte)
      guard isUpper || isLower || isDigit else {
        start = index + 1
        end = index + 1
        previousIsLower = false
        continue
      }
      if isUpper, previousIsLower { start = index }
      end = index + 1
      previousIsLower = isLower || isDigit
    }
    let last = Array(lowered[start..<end])
    if last == Array("id".utf8) { return contains(lowered, Array("key".utf8)) }
    return !placeWordBytes.contains(last)
  }

  /// True when `bytes` holds `word` somewhere.
  private static func contains(_ bytes: [UInt8], _ word: [UInt8]) -> Bool {
    guard bytes.count >= word.count else { return false }
    return (0...(bytes.count - word.count)).contains {
      bytes[$0..<$0 + word.count].elementsEqual(word)
    }
  }

  /// The last word of a name, lowercased: `DB_PASSWORD_FILE` → `file`, `SecretArn` → `arn`.
  private static func lastWord(of name: String) -> String {
    var word = ""
    var previousIsLower = false
    for character in name {
      guard character.isLetter || character.isNumber else {
        if !word.isEmpty { word = "" }
        previousIsLower = false
        continue
      }
      if character.isUppercase, previousIsLower { word = "" }
      word.append(character)
      previousIsLower = character.isLowercase || character.isNumber
    }
    return word.lowercased()
  }

  /// The secrets on each line of a script, in the order of their values, none overlapping.
  static func findings(inLines lines: [[UInt8]]) -> [[Finding]] {
    let keyIds = lines.map { accessKeyIds(in: $0) }
    return lines.indices.map { index in
      let line = lines[index]
      let nearKeyId = (index - 1...index + 1).contains {
        keyIds.indices.contains($0) && !keyIds[$0].isEmpty
      }
      var found =
        assignmentAtStart(line) + configureSet(line) + options(line) + quotedPairs(line)
        + assignmentsWithin(line) + yamlPair(line) + urlPasswords(line) + keyIds[index]
      if nearKeyId { found += secretAccessKeys(in: line) }
      var accepted: [Finding] = []
      for finding in found.enumerated().sorted(by: {
        ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
      }).map(\.element)
      where !accepted.contains(where: { $0.range.overlaps(finding.range) }) {
        accepted.append(finding)
      }
      return accepted
    }
  }

  /// The secrets on one line of text.
  static func findings(inLine line: String) -> [Finding] {
    findings(inLines: [Array(line.utf8)])[0]
  }
}

/// The bytes the rules read, and what makes a value written.
extension SecretScanner {
  /// A space, a tab or a carriage return (a line of a CRLF script ends in one).
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }

  /// An ASCII letter or digit.
  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// A byte of a name: letters, digits, `_`, `-`, `.`.
  static func isNameByte(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ".")
  }

  /// True for a value written in the template: a letter or a digit of its own, not computed at
  /// boot (unless single-quoted, `quote`), not a boolean, a path, an ARN, a dynamic reference or
  /// a placeholder.
  static func isWritten(_ value: ArraySlice<UInt8>, quote: UInt8?) -> Bool {
    // A letter or a digit, or any byte of a character beyond ASCII (`пароль`).
    guard value.contains(where: { isAlphanumeric($0) || $0 >= 0x80 }) else { return false }
    if quote != UInt8(ascii: "'"),
      value.contains(UInt8(ascii: "$")) || value.contains(UInt8(ascii: "`"))
    {
      return false
    }
    let text = String(decoding: value.prefix(16), as: UTF8.self).lowercased()
    if ["true", "false", "yes", "no", "on", "off", "none", "null"].contains(text) { return false }
    return !["arn:", "{{resolve:", "/", "./", "~/", "file://", "s3://", "ssm:", "<"].contains {
      text.hasPrefix($0)
    }
  }
}
