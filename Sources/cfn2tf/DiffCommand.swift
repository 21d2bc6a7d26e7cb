import CFNParser
import Glibc
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
        + "transformed, approximated, kept in CloudFormation, dropped or unsupported, with both "
        + "values. What stays in CloudFormation comes first, then the summary: the counts, every "
        + "entry a reviewer must decide on and the warnings. "
        + "'convert' writes the same report as REPORT.md.",
      "Colour is used only when standard output is a terminal and NO_COLOR is not set. Errors "
        + "in the template are reported as file:line:column diagnostics on standard error.",
      "With '--plan', the equivalence check instead: the template is evaluated with the "
        + "'--parameter' values (defaults otherwise) and every mapped property is compared with "
        + "the planned value, each difference printed with its path on both sides.",
      "Exit status: 0 when the report was written, 1 when the template has errors, 64 for a "
        + "bad command line. With '--strict', 2 when anything is approximated, kept in "
        + "CloudFormation, dropped or unsupported, as 'terraform plan -detailed-exitcode' exits 2 "
        + "when there are changes. "
        + "With '--plan', 0 when the values agree and 2 when one differs.",
    ],
    arguments: [
      .init(
        name: "template",
        help: "The CloudFormation template, JSON or YAML, or '-' for standard input.")
    ],
    options: [
      .init(
        name: .format, valueName: "format",
        help: "The report's format: 'text' for a terminal, 'markdown' for a pull request or "
          + "'json' for machines (docs/report.md).",
        defaultText: "text"),
      .init(
        name: .strict,
        help: "Exit with status 2 when anything is approximated, kept in CloudFormation, "
          + "dropped or unsupported."),
      .init(
        name: .launchConfiguration,
        help: "Report on the conversion that keeps launch configurations, as 'convert' does with "
          + "this option."),
      .init(
        name: .generic,
        help: "Report on the resource-by-resource conversion, as 'convert' does with this "
          + "option."),
      .init(
        name: .noFallback,
        help: "Report on the conversion that fails on what cannot become Terraform, as "
          + "'convert' does with this option."),
      .init(
        name: .keep, valueName: "logical-id",
        help: "Report on the conversion that keeps this resource in CloudFormation, as "
          + "'convert' does with this option. Repeatable.",
        repeats: true),
      .init(
        name: .harden,
        help: "Report on the conversion that hardens the defaults the template left, as "
          + "'convert' does with this option."),
      .init(
        name: .plan, valueName: "plan.json",
        help: "Check equivalence instead: evaluate the template and compare every mapped "
          + "property with the planned values in this file ('terraform show -json PLANFILE' of "
          + "the generated module). Exits 2 when a value differs."),
      .init(
        name: .parameter, valueName: "name=value",
        help: "With '--plan': a parameter's value (defaults otherwise), or a pseudo parameter's "
          + "such as AWS::Region=us-east-1 or AWS::StackName=web. Repeatable."),
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
    /// The planned values of the generated module: the equivalence check.
    case plan(path: String, values: [String: String])
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
    case .plan(let path, let values):
      return try equivalence(
        template: bytes, templateName: name, options: request.options, planPath: path,
        values: values)
    }
  }

  /// The equivalence check: 0 when every compared value agrees, 2 when one differs.
  static func equivalence(
    template: [UInt8], templateName: String, options: ConversionOptions, planPath: String,
    values: [String: String]
  ) throws -> Int32 {
    let (plan, planName) = try InputFile.read(planPath)
    let (report, diagnostics) = EquivalenceCheck.check(
      template: template, fileName: templateName, options: options, plan: plan,
      planFileName: planName, values: values)
    Console.report(diagnostics)
    guard let report else {
      let count = diagnostics.filter(\.isError).count
      Console.error("cfn2tf: \(count) error\(count == 1 ? "" : "s"); nothing was compared\n")
      return CLI.failure
    }
    Console.out(report.text)
    return report.isEquivalent ? CLI.success : differences
  }

  static func request(from arguments: ParsedArguments) throws(UsageError) -> Request {
    let template = arguments.positional[0]
    if template.isEmpty { throw spec.error("The value '' is invalid for '<template>'") }
    var options = ConversionOptions()
    if arguments.has(.launchConfiguration) {
      options.launchConfigurationTarget = .launchConfiguration
    }
    if arguments.has(.generic) { options.useProfiles = false }
    if arguments.has(.noFallback) { options.fallback = false }
    options.keptResources = arguments.all(.keep)
    options.harden = arguments.has(.harden)
    let formatText = arguments.value(.format) ?? Format.text.rawValue
    guard let format = Format(rawValue: formatText) else {
      throw spec.invalidValue(
        formatText, for: .format, in: arguments, "expected 'text', 'markdown' or 'json'")
    }
    var mode = Mode.report(format)
    if let plan = arguments.value(.plan) {
      if arguments.value(.format) != nil {
        throw spec.error("'--format' and '--plan' cannot be combined: the check prints text")
      }
      var values: [String: String] = [:]
      for pair in arguments.all(.parameter) {
        guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
          throw spec.invalidValue(pair, for: .parameter, in: arguments, "expected name=value")
        }
        values[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
      }
      mode = .plan(path: plan, values: values)
    } else if !arguments.all(.parameter).isEmpty {
      throw spec.error("'--parameter' needs '--plan <plan.json>'")
    }
    return Request(
      template: template, options: options, strict: arguments.has(.strict), mode: mode)
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
    noColor: String? = FileSystem.environment("NO_COLOR"),
    isTerminal: Bool = isatty(STDOUT_FILENO) != 0
  ) -> Bool {
    isTerminal && (noColor ?? "").isEmpty
  }
}
