import CFNParser

/// The report as plain text for a terminal: the summary (counts, what to review, warnings), then
/// the details, one entry as a status column, the element and its Terraform target, and indented
/// lines for where it is written and why, and both values. Colour is added only when asked for;
/// the caller decides (a TTY, and no `NO_COLOR`). What comes from the template has its control
/// characters escaped (`\u{1B}`), a value's line breaks and tabs aside, so that nothing but the
/// report's own colours reaches the terminal.
package enum TextReport {
  /// The width of the status column: the longest status and two spaces.
  static let statusWidth = 14

  /// The report as text, with ANSI colours when `colour` is true.
  package static func render(_ report: ReportModel, colour: Bool) -> String {
    var writer = Writer(colour: colour)
    writer.line(
      writer.bold("cfn2tf \(report.toolVersion) report for \(safe(report.templateName))"))
    writer.blank()
    if !report.kept.isEmpty {
      writer.line(writer.bold("KEPT IN CLOUDFORMATION (\(report.kept.count))"))
      for entry in report.kept {
        self.entry(entry, label: entry.subject, indent: 2, values: false, into: &writer)
      }
      writer.blank()
    }
    summary(report, into: &writer)
    for section in report.sections {
      writer.blank()
      writer.line(writer.bold(section.kind.title.uppercased()))
      for group in section.groups {
        var indent = 2
        if let id = group.logicalId {
          writer.blank()
          let type = group.resourceType.map { " (\(safe($0)))" } ?? ""
          writer.line("  " + writer.bold(safe(id)) + type)
          indent = 4
        }
        for entry in group.entries {
          self.entry(entry, label: ReportModel.label(of: entry), indent: indent, into: &writer)
        }
      }
    }
    return writer.text
  }

  private static func summary(_ report: ReportModel, into writer: inout Writer) {
    writer.line(writer.bold("SUMMARY"))
    let width = max(String(report.total).count, 1)
    for count in report.counts {
      let number = String(count.count)
      let padding = String(repeating: " ", count: width - number.count)
      writer.line("  " + writer.status(count.status) + padding + number)
    }
    writer.line("  " + "total".padding(to: statusWidth) + String(report.total))
    writer.blank()
    writer.line(writer.bold("TO REVIEW (\(report.review.count))"))
    if report.review.isEmpty {
      writer.line("  nothing: every element is exact or transformed")
    }
    for entry in report.review {
      self.entry(entry, label: entry.subject, indent: 2, values: false, into: &writer)
    }
    writer.blank()
    writer.line(writer.bold("WARNINGS (\(report.warnings.count))"))
    if report.warnings.isEmpty { writer.line("  none") }
    for warning in report.warnings {
      for line in warning.description.split(separator: "\n") { writer.line("  " + line) }
    }
  }

  /// `status  label -> target`, then the location and note, then both values.
  private static func entry(
    _ entry: LedgerEntry, label: String, indent: Int, values: Bool = true,
    into writer: inout Writer
  ) {
    let pad = String(repeating: " ", count: indent)
    let status = writer.status(entry.status)
    let target = ReportModel.shownTarget(of: entry).map { " -> \(safe($0))" } ?? ""
    writer.line(pad + status + safe(label) + target)
    let inner = pad + String(repeating: " ", count: statusWidth)
    var place = entry.location.map { "\($0)" } ?? ""
    let note = safe(entry.note)
    if !note.isEmpty { place += place.isEmpty ? note : ": \(note)" }
    if !place.isEmpty { writer.block(place, indent: inner) }
    guard values else { return }
    if let source = entry.sourceValue {
      writer.block(safe(source, value: true), indent: inner, label: "CloudFormation: ")
    }
    if let target = entry.targetValue {
      writer.block(safe(target, value: true), indent: inner, label: "Terraform:      ")
    }
  }

  /// `text` with its control characters escaped; a value keeps its line breaks (each becomes a
  /// line of the block) and tabs.
  private static func safe(_ text: String, value: Bool = false) -> String {
    text.escapingControlCharacters(keeping: value ? ["\n", "\t"] : [])
  }

  /// Collects lines; colours are SGR sequences, each reset right after its text.
  struct Writer {
    let colour: Bool
    var text = ""

    mutating func line(_ line: String) { text += line + "\n" }

    mutating func blank() { text += "\n" }

    /// `value` after `label`, continuation lines aligned under its first character.
    mutating func block(_ value: String, indent: String, label: String = "") {
      let continuation = indent + String(repeating: " ", count: label.count)
      for (index, line) in value.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        self.line((index == 0 ? indent + label : continuation) + line)
      }
    }

    func bold(_ text: String) -> String { sgr("1", text) }

    /// The status in its colour, padded to the status column.
    func status(_ status: LedgerStatus) -> String {
      let name = status.rawValue
      return paint(name, status) + String(repeating: " ", count: statusWidth - name.count)
    }

    func paint(_ text: String, _ status: LedgerStatus) -> String {
      switch status {
      case .exact: sgr("32", text)
      case .transformed: sgr("36", text)
      case .approximated: sgr("33", text)
      case .kept: sgr("34", text)
      case .dropped: sgr("31", text)
      case .unsupported: sgr("1;35", text)
      }
    }

    private func sgr(_ code: String, _ text: String) -> String {
      colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
  }
}

extension String {
  /// The string followed by spaces up to `width` characters (never cut).
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
