import CFNParser

extension HCLTokenWriter {
  /// Where template text goes, which decides its escaping and directive spacing.
  enum TemplateStyle {
    /// A quoted string: quoted-string escaping, `%{if x}` as `hclwrite` spaces it.
    case quoted
    /// A heredoc body: template escaping, `%{if x}`.
    case heredoc
    /// A `templatefile()` file: template escaping, `%{ if x }`.
    case templateFile
  }

  /// A quoted template. One interpolation and nothing else prints as the bare expression (R7);
  /// no parts print as `""`.
  mutating func writeTemplate(_ parts: [HCLTemplatePart], flat: Bool) {
    let parts = Self.normalized(parts)
    if parts.count == 1, case .interpolation(let expression) = parts[0] {
      return writeExpression(expression, flat: flat)
    }
    var content: [UInt8] = []
    appendTemplateText(parts, style: .quoted, to: &content)
    appendQuoted(escaped: content)
  }

  /// The text of template parts without delimiters (see ``appendTemplateText(_:style:to:)``).
  mutating func templateText(_ parts: [HCLTemplatePart], style: TemplateStyle) -> String {
    var bytes: [UInt8] = []
    appendTemplateText(parts, style: style, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the text of template parts without delimiters to `output`: each literal escaped for
  /// `style`, each interpolation as `${expr}` with `expr` on one line, each directive as
  /// `%{text}`.
  ///
  /// A literal ending in `$` before an interpolation (or in `%` before a directive) would read as
  /// the escape `$${`; that run of `$` (or `%`) is written as an interpolated string, `${"$"}`.
  mutating func appendTemplateText(
    _ parts: [HCLTemplatePart], style: TemplateStyle, to output: inout [UInt8]
  ) {
    let parts = Self.normalized(parts)
    for (index, part) in parts.enumerated() {
      switch part {
      case .literal(var literal):
        var moved = ""
        let next = index + 1 < parts.count ? parts[index + 1] : nil
        let introducer: Character? =
          switch next {
          case .interpolation: "$"
          case .directive: "%"
          default: nil
          }
        while let introducer, literal.last == introducer {
          moved.append(literal.removeLast())
        }
        if style == .quoted {
          HCLEscaping.appendQuotedContent(literal, to: &output)
        } else {
          HCLEscaping.appendTemplateContent(literal, to: &output)
        }
        if !moved.isEmpty {
          output.appendUTF8("${")
          output.appendUTF8(HCLEscaping.quoted(moved))
          output.append(UInt8(ascii: "}"))
        }
      case .interpolation(let expression):
        // Written as tokens on their own after `${`, laid out on one line, then taken back.
        let mark = self.mark
        let written = writeOnItsOwn { writer in
          writer.append(.templateInterpolation, "${")
          writer.writeExpression(expression, flat: true)
          writer.append(.templateEnd, "}")
        }
        HCLFormatter.appendFlatText(tokens[written], text, to: &output)
        rewind(to: mark)
      case .directive(let directive):
        // A `~` at either end of the text is a strip marker and stays against its brace.
        var trimmed = HCLEscaping.trimmingHCLSpace(directive)
        let stripsBefore = trimmed.hasPrefix("~")
        let stripsAfter = trimmed.hasSuffix("~") && trimmed.count > 1
        if stripsBefore { trimmed = HCLEscaping.trimmingHCLSpace(String(trimmed.dropFirst())) }
        if stripsAfter { trimmed = HCLEscaping.trimmingHCLSpace(String(trimmed.dropLast())) }
        let space = style == .templateFile ? " " : ""
        var text = "%{" + (stripsBefore ? "~" : "") + space + trimmed + space
        text += (stripsAfter ? "~" : "") + "}"
        output.appendUTF8(text)
      }
    }
  }

  /// A heredoc token. `<<-` with the body indented one level deeper than the opener line when
  /// that keeps the value (some non-blank line starts without whitespace, and no line starts
  /// with a character that would join the added indentation); otherwise `<<` with the body as is.
  /// A body that does not end with a newline gets one, as a heredoc value always does.
  mutating func writeHeredoc(preferredMarker: String, parts: [HCLTemplatePart]) {
    let text = templateText(Self.heredocParts(parts), style: .heredoc)
    var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { String(String.UnicodeScalarView($0)) }
    lines.removeLast()
    var layoutLines: [HCLHeredocLayout.Line] = []
    var startsFlush = false
    var joinsIndentation = false
    for line in lines {
      let isBlank = line.unicodeScalars.allSatisfy(HCLEscaping.isHCLSpace)
      layoutLines.append(HCLHeredocLayout.Line(text: line, isBlank: isBlank))
      guard !isBlank, let first = line.unicodeScalars.first else { continue }
      if !HCLEscaping.isHCLSpace(first) { startsFlush = true }
      if (" " + line).count != line.count + 1 { joinsIndentation = true }
    }
    let nonBlank = layoutLines.contains { !$0.isBlank }
    let isFlush = !joinsIndentation && (startsFlush || !nonBlank)
    let marker = HCLEscaping.heredocMarker(preferring: preferredMarker, avoiding: lines)
    appendHeredoc(HCLHeredocLayout(marker: marker, isFlush: isFlush, lines: layoutLines))
  }

  /// True when heredoc text holds a control character other than newline and tab, or a Unicode
  /// line or paragraph separator: written raw it would put a carriage return (or an invisible
  /// character) in the file, so the heredoc is printed as the equal quoted string instead.
  static func needsQuotedForm(_ parts: [HCLTemplatePart]) -> Bool {
    parts.contains { part in
      guard case .literal(let text) = part else { return false }
      return text.unicodeScalars.contains { scalar in
        switch scalar.properties.generalCategory {
        case .control: scalar != "\n" && scalar != "\t"
        case .lineSeparator, .paragraphSeparator: true
        default: false
        }
      }
    }
  }

  /// A heredoc's parts with the final newline its value always has.
  static func heredocParts(_ parts: [HCLTemplatePart]) -> [HCLTemplatePart] {
    let parts = normalized(parts)
    guard let last = parts.last else { return [] }
    if case .literal(let text) = last, text.hasSuffix("\n") { return parts }
    return normalized(parts + [.literal("\n")])
  }

  /// Adjacent literals merged and empty literals dropped.
  static func normalized(_ parts: [HCLTemplatePart]) -> [HCLTemplatePart] {
    // Nearly always there is nothing to merge or drop: the parts are returned as they are.
    var previousIsLiteral = false
    let isNormal = parts.allSatisfy { part in
      guard case .literal(let text) = part else {
        previousIsLiteral = false
        return true
      }
      defer { previousIsLiteral = true }
      return !text.isEmpty && !previousIsLiteral
    }
    if isNormal { return parts }
    var result: [HCLTemplatePart] = []
    for part in parts {
      guard case .literal(let text) = part else {
        result.append(part)
        continue
      }
      if text.isEmpty { continue }
      if case .literal(let previous) = result.last {
        result[result.count - 1] = .literal(previous + text)
      } else {
        result.append(part)
      }
    }
    return result
  }
}
