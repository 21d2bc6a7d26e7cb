import CFNParser

extension ModuleBuilder {
  /// The module's README: what it is, its inputs and outputs, and where it came from.
  func readme() -> String {
    var lines: [String] = []
    let title = template.description?.value ?? "Terraform module"
    lines.append("# \(Markdown.inline(title))")
    lines.append("")
    lines.append(
      "Converted by cfn2tf \(options.toolVersion) from the CloudFormation template \(MarkdownReport.code(template.inputName))."
    )
    lines.append("")
    lines.append("## Inputs")
    lines.append("")
    if variables.isEmpty {
      lines.append("None.")
    } else {
      lines.append("| Name | Type | Default | Description |")
      lines.append("|------|------|---------|-------------|")
      for variable in variables.sorted(by: { $0.name < $1.name }) {
        let defaultText: String
        if variable.sensitive {
          defaultText = "required, sensitive"
        } else if let value = variable.defaultValue {
          defaultText = "`\(Markdown.code(HCLPrinter.printExpression(value)))`"
        } else {
          defaultText = "required"
        }
        lines.append(
          "| `\(variable.name)` | `\(variable.type)` | \(defaultText) | \(Markdown.inline(variable.description)) |"
        )
      }
    }
    lines.append("")
    lines.append("## Outputs")
    lines.append("")
    if outputs.isEmpty {
      lines.append("None.")
    } else {
      lines.append("| Name | Description |")
      lines.append("|------|-------------|")
      for output in outputs.sorted(by: { $0.name < $1.name }) {
        lines.append("| `\(output.name)` | \(Markdown.inline(output.description ?? "")) |")
      }
    }
    lines.append("")
    lines.append("## Resources")
    lines.append("")
    lines.append("| Terraform address | From CloudFormation |")
    lines.append("|-------------------|---------------------|")
    for resource in resources {
      let origin = resource.origin.map {
        "\(MarkdownReport.code($0)) (\(Markdown.inline(template.resource($0)?.type.value ?? "")))"
      }
      lines.append("| `\(resource.address)` | \(origin ?? "added by cfn2tf") |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// Escaping for Markdown table cells.
package enum Markdown {
  /// Text safe in a table cell: pipes escaped, newlines as spaces, other control characters as
  /// escapes (`\u{1B}`).
  package static func inline(_ text: String) -> String {
    escape(text, backquote: "`")
  }

  /// Text safe inside a code span in a table cell.
  package static func code(_ text: String) -> String {
    escape(text, backquote: "'")
  }

  private static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r"]

  /// One pass: `|` → `\|`, a line break (CRLF, LF or CR) → one space, `` ` `` → `backquote`,
  /// after the other control characters became escapes. Every character it changes is ASCII, so
  /// it walks UTF-8 bytes (a walk by `Character` was a third of a Datomic README).
  private static func escape(_ text: String, backquote: Unicode.Scalar) -> String {
    // Printable ASCII without `|` or `` ` `` (nearly every cell) is returned as it is.
    if text.allUTF8Bytes({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x7C && $0 != 0x60 }) { return text }
    let text = text.escapingControlCharacters(keeping: lineBreaks)
    guard text.utf8.contains(where: { $0 == 0x7C || $0 == 0x0A || $0 == 0x0D || $0 == 0x60 }) else {
      return text
    }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 8)
    var afterCarriageReturn = false
    for byte in text.utf8 {
      defer { afterCarriageReturn = byte == 0x0D }
      switch byte {
      case 0x7C: out += [0x5C, 0x7C]
      case 0x0A where afterCarriageReturn: continue
      case 0x0A, 0x0D: out.append(0x20)
      case 0x60: out.append(UInt8(backquote.value))
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
