import CFNParser
import TFEmitter

/// `cfn2tf retain <template> [-o <file>] [--force]`: the template with every resource's
/// `DeletionPolicy` and `UpdateReplacePolicy` set to `Retain`, on standard output or in a file;
/// one summary line per resource on standard error.
enum RetainCommand {
  static let spec = CommandSpec(
    name: "retain",
    abstract: "Set every resource's DeletionPolicy and UpdateReplacePolicy to Retain.",
    discussion: [
      "The first step of moving a live stack to Terraform: update the stack with the retained "
        + "template, then delete the stack, and every resource is left in place for Terraform "
        + "to import. Only the two policies change; the rest of the text stays as it was.",
      "With '--kept', the template the stack keeps instead, when some of its resources stay in "
        + "CloudFormation: the stack is then updated to it rather than deleted (the migration's "
        + "MIGRATION.md says when).",
      "The template goes to standard output, or to the file named by '--output', written "
        + "beside it and renamed into place. One line per resource on standard error says what "
        + "changed. Errors in the template are reported as file:line:column diagnostics on "
        + "standard error and nothing is written.",
      "Exit status: 0 when the template was written, 1 when the template has errors or the file "
        + "cannot be written, 64 for a bad command line.",
    ],
    arguments: [
      .init(
        name: "template",
        help: "The CloudFormation template, JSON or YAML, or '-' for standard input.",
        replacedBy: .stackTemplate)
    ],
    options: [
      .init(
        name: .output, short: "o", valueName: "file",
        help: "The file to write the retained template to, or '-' for standard output.",
        defaultText: "standard output"),
      .init(
        name: .force,
        help: "Replace the output file when it exists, even when it is the template itself."),
      .init(
        name: .stackTemplate, valueName: "file",
        help:
          "Instead of <template>, the template a live stack has, whose text is retained: the output of 'aws "
          + "cloudformation get-template', whose TemplateBody is the template (JSON or YAML)."),
      .init(
        name: .kept,
        help:
          "Write instead the template the stack keeps once Terraform has adopted the rest: what "
          + "stays in CloudFormation, as the converted module's cloudformation/kept.json."),
      .init(
        name: .keep, valueName: "logical-id",
        help: "With '--kept': a resource 'convert --keep' kept in CloudFormation. Repeatable.",
        repeats: true),
    ])

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    let path = try InputFile.templatePath(arguments, spec)
    if path.isEmpty { throw spec.error("The value '' is invalid for '<template>'") }
    let given = arguments.value(.output)
    if given == "" {
      throw spec.invalidValue("", for: .output, in: arguments, "the path is empty")
    }
    let output = given == "-" ? nil : given
    var (bytes, name) = try InputFile.read(path)
    let force = arguments.has(.force)
    if let output { try OutputFile.checkWritable(output, template: path, force: force) }
    if arguments.value(.stackTemplate) != nil {
      let (body, diagnostics) = StackTemplateReader.read(bytes: bytes, fileName: name)
      guard let body else { return try finish(nil, diagnostics, output: output, summary: "") }
      (bytes, name) = (body.text, body.name)
    }
    if arguments.has(.kept) {
      var options = ConversionOptions()
      options.keptResources = arguments.all(.keep)
      let kept = RetainTemplate.kept(bytes: bytes, fileName: name, options: options)
      return try finish(kept.text, kept.diagnostics, output: output, summary: "")
    } else if !arguments.all(.keep).isEmpty {
      throw spec.error("'--keep' needs '--kept'")
    }
    let result = RetainTemplate.retain(bytes: bytes, fileName: name)
    return try finish(
      result.text, result.diagnostics, output: output,
      summary: result.changes.map { $0.description.escapingControlCharacters() + "\n" }.joined())
  }

  /// Reports `diagnostics`, and writes `text` with `summary` on standard error when there is one.
  private static func finish(
    _ text: String?, _ diagnostics: [Diagnostic], output: String?, summary: String
  ) throws -> Int32 {
    Console.report(diagnostics)
    guard let text else {
      let count = diagnostics.filter(\.isError).count
      Console.error("cfn2tf: \(count) error\(count == 1 ? "" : "s"); nothing was written\n")
      return 1
    }
    if let output {
      try OutputFile.write(text, to: output)
    } else {
      Console.out(text)
    }
    Console.error(summary)
    if let output { Console.out("Wrote \(output)\n") }
    return 0
  }
}
