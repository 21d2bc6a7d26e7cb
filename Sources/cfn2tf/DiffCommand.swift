import CFNParser
import Foundation
import TFEmitter

/// `cfn2tf diff <template> [--format <format>] [--strict] [--generic] [--launch-configuration]`:
/// the correspondence report between the template and its conversion, on standard output.
///
/// A run parses its request, converts the template once, and then runs its mode; today the only
/// mode is the report, and a comparison with a Terraform plan can be added as another.
enum DiffCommand {
  static let spec = CommandSpec(
    name: "diff", abstract: "Compare a template with its Terraform conversion.",
    discussion: [
      "For every CloudFormation element, the Terraform it becomes and how faithfully: exact, "
        + "transformed, approximated, dropped or unsupported, with both values. The summary "
        + "comes first: the counts, every entry a reviewer must decide on and the warnings. "
        + "'convert' writes the same report as REPORT.md.",
      "Colour is used only when standard output is a terminal and NO_COLOR is not set. Errors "
        + "in the template are reported as file:line:column diagnostics on standard error.",
      "Exit status: 0 when the report was written, 1 when the template has errors, 64 for a "
        + "bad command line. With '--strict', 2 when anything is approximated, dropped or "
        + "unsupported, as 'terraform plan -detailed-exitcode' exits 2 when there are changes.",
    ],
    arguments: [
      .init(name: "template", help: "The CloudFormation JSON template, or '-' for standard input.")
    ],
    options: [
      .init(
        long: "format", valueName: "format",
        help: "The report's format: 'text' for a terminal, 'markdown' for a pull request or "
          + "'json' for machines (docs/report.md).",
        defaultText: "text"),
      .init(
        long: "strict",
        help: "Exit with status 2 when anything is approximated, dropped or unsupported."),
      .init(
        long: "launch-configuration",
        help: "Report on the conversion that keeps launch configurations, as 'convert' does with "
          + "this option."),
      .init(
        long: "generic",
        help: "Report on the resource-by-resource conversion, as 'convert' does with this "
          + "option."),
    ])

  /// The formats of the report.
  enum Format: String, CaseIterable {
    case text
    case markdown
    case json
  }

  /// What a run compares the template with.
  enum Mode {
    /// Its own conversion: the correspondence report, in a format.
    case report(Format)
  }

  /// A parsed command line.
  struct Request {
    var template: String
    var options: ConversionOptions
    var strict: Bool
    var mode: Mode
  }

  /// Exit status with `--strict` when an element needs review, as `terraform plan
  /// -detailed-exitcode` exits when there are changes.
  static let differences: Int32 = 2

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    let request = try request(from: arguments)
    let (bytes, name) = try InputFile.read(request.template)
    let conversion = Converter.convert(bytes: bytes, fileName: name, options: request.options)
    Console.report(conversion.diagnostics)
    if conversion.diagnostics.containsErrors {
      let count = conversion.diagnostics.filter(\.isError).count
      Console.error("cfn2tf: \(count) error\(count == 1 ? "" : "s"); no report was written\n")
      return CLI.failure
    }
    switch request.mode {
    case .report(let format):
      return report(conversion, templateName: name, format: format, strict: request.strict)
    }
  }

  static func request(from arguments: ParsedArguments) throws(UsageError) -> Request {
    let template = arguments.positional[0]
    if template.isEmpty { throw spec.error("The value '' is invalid for '<template>'") }
    var options = ConversionOptions()
    if arguments.has("launch-configuration") {
      options.launchConfigurationTarget = .launchConfiguration
    }
    if arguments.has("generic") { options.useProfiles = false }
    let formatText = arguments.value("format") ?? Format.text.rawValue
    guard let format = Format(rawValue: formatText) else {
      throw spec.invalidValue(
        formatText, for: "format", in: arguments, "expected 'text', 'markdown' or 'json'")
    }
    return Request(
      template: template, options: options, strict: arguments.has("strict"),
      mode: .report(format))
  }

  /// Prints the report; the status says whether `--strict` found something to review.
  static func report(_ conversion: Conversion, templateName: String, format: Format, strict: Bool)
    -> Int32
  {
    let model = ReportModel(conversion, templateName: templateName)
    switch format {
    case .text: Console.out(TextReport.render(model, colour: usesColour()))
    // The conversion's own REPORT.md, so that the two never differ; it draws the graph.
    case .markdown:
      Console.out(
        conversion.file(MarkdownReport.fileName)?.contents ?? MarkdownReport.render(model))
    case .json: Console.out(JSONReport.render(model))
    }
    return strict && model.needsReview ? differences : CLI.success
  }

  /// Colour only when standard output is a terminal and `NO_COLOR` is not set (to anything but
  /// the empty string, as no-color.org defines it).
  static func usesColour(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    isTerminal: Bool = isatty(STDOUT_FILENO) != 0
  ) -> Bool {
    isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
  }
}
