/// Finds secrets written as plain text in scripts (`license-key=…`, `aws-secret-key=…`,
/// `DB_PASSWORD=…`) so that they become sensitive variables instead of file content.
enum SecretScanner {
  /// Words that make a `key=value` line a secret.
  static let secretWords = [
    "license", "licence", "password", "passwd", "secret", "access-key", "access_key",
    "accesskey", "private-key", "private_key", "api-key", "api_key", "apikey", "token",
  ]

  /// A secret found on one line: the key as written and the range of its value in the line.
  struct Finding {
    var key: String
    var value: Substring
  }

  /// The secret on `line`, if the line is `[export ]KEY=VALUE` with a secret-sounding key and a
  /// literal value (no shell expansion, which computes the value at boot).
  static func secret(in line: Substring) -> Finding? {
    guard let equals = line.firstIndex(of: "=") else { return nil }
    var key = line[..<equals].drop { $0 == " " }
    if key.hasPrefix("export ") { key = key.dropFirst("export ".count) }
    let value = line[line.index(after: equals)...]
    guard !key.isEmpty, !key.contains(" "), !value.isEmpty else { return nil }
    let lowered = key.lowercased()
    guard secretWords.contains(where: { lowered.contains($0) }) else { return nil }
    if value.contains("$") || value.contains("`") { return nil }
    return Finding(key: String(key), value: value)
  }

  /// Splits literal parts so that each secret value becomes an interpolation of the expression
  /// `replacement(key)` returns. Lines are scanned only where they lie whole inside one literal.
  static func extract(
    _ parts: [HCLTemplatePart], replacement: (String) -> HCLExpression
  ) -> [HCLTemplatePart] {
    var result: [HCLTemplatePart] = []
    for (index, part) in parts.enumerated() {
      guard case .literal(let text) = part else {
        result.append(part)
        continue
      }
      let isLast = index == parts.count - 1
      var pending = ""
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let trailing = lines.removeLast()
      let lineStartsWhole = index == 0 || isLiteralEndingInNewline(parts[index - 1])
      for (i, line) in lines.enumerated() {
        let whole = i > 0 || lineStartsWhole
        if whole, let finding = secret(in: line) {
          pending += line[..<finding.value.startIndex]
          result.append(.literal(pending))
          result.append(.interpolation(replacement(finding.key)))
          pending = "\n"
        } else {
          pending += line + "\n"
        }
      }
      let trailingWhole = isLast && (!lines.isEmpty || lineStartsWhole)
      if trailingWhole, let finding = secret(in: trailing) {
        pending += trailing[..<finding.value.startIndex]
        result.append(.literal(pending))
        result.append(.interpolation(replacement(finding.key)))
      } else {
        pending += trailing
        if !pending.isEmpty { result.append(.literal(pending)) }
      }
    }
    return result
  }

  private static func isLiteralEndingInNewline(_ part: HCLTemplatePart) -> Bool {
    if case .literal(let text) = part { return text.hasSuffix("\n") }
    return false
  }
}
