import CFNParser
import TFEmitter

/// `cfn2tf convert <template> [-o <dir>] [--force] [--launch-configuration] [--harden] …`.
enum ConvertCommand {
  static let spec = CommandSpec(
    name: "convert", abstract: "Convert a CloudFormation template to Terraform.",
    discussion: [
      "Errors in the template are reported as file:line:column diagnostics on standard error and "
        + "nothing is written; warnings do not stop the conversion. The module is written to a "
        + "temporary directory beside the output directory and renamed into place, so a failed "
        + "run leaves nothing behind.",
      "Exit status: 0 when the module was written, 1 when the template has errors or the module "
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
        name: .output, short: "o", valueName: "dir",
        help: "The directory to write the module to.",
        defaultText: "the template's name with '-tf' added"),
      .init(name: .force, help: "Replace the output directory when it is not empty."),
      .init(
        name: .launchConfiguration,
        help:
          "Keep launch configurations (aws_launch_configuration) instead of converting them to "
          + "launch templates."),
      .init(
        name: .generic,
        help:
          "Convert resource by resource even when the template is one cfn2tf recognises "
          + "(Datomic's transactor)."),
      .init(
        name: .noFallback,
        help:
          "Fail on what cannot become Terraform (a type with no mapping, a custom resource, a "
          + "macro) instead of keeping it in CloudFormation as a stack the module deploys."),
      .init(
        name: .keep, valueName: "logical-id",
        help:
          "Keep this resource in CloudFormation, in the stack the module deploys, though it could "
          + "become Terraform. Repeatable.",
        repeats: true),
      .init(
        name: .harden,
        help:
          "Write the safer form of settings the template left to their defaults where that keeps "
          + "what it meant: IMDSv2 required, queues encrypted, tables backed up, keys rotated "
          + "(the README lists them). Not with '--stack-resources'."),
      .init(
        name: .stackTemplate, valueName: "file",
        help:
          "Instead of <template>, the template a live stack has: the output of 'aws "
          + "cloudformation get-template', whose TemplateBody is the template (JSON or YAML)."),
      .init(
        name: .stackResources, valueName: "file",
        help:
          "Adopt a live stack: the output of 'aws cloudformation describe-stack-resources' (or "
          + "list-stack-resources); writes migration/ with import blocks and MIGRATION.md."),
      .init(
        name: .stackDescription, valueName: "file",
        help:
          "The output of 'aws cloudformation describe-stacks' for the same stack: its parameter "
          + "values become migration/terraform.tfvars."),
    ])

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    if arguments.has(.harden), arguments.value(.stackResources) != nil {
      throw spec.error(
        "'--harden' and '--stack-resources' cannot be combined: an adopted stack's first plan "
          + "must change nothing; convert again with '--harden' once it is adopted")
    }
    let path = try InputFile.templatePath(arguments, spec)
    let output = try outputDirectory(for: path, arguments)
    var (bytes, name) = try InputFile.read(path)
    if path != "-" { try OutputDirectory.checkSpares(path, replacing: output) }
    if arguments.value(.stackTemplate) != nil {
      let (body, diagnostics) = StackTemplateReader.read(bytes: bytes, fileName: name)
      guard let body else { return fail(diagnostics) }
      // Diagnostics point into the file itself when the body is an object.
      (bytes, name) = (body.inPlace, body.inPlaceName)
    }
    try OutputDirectory.checkWritable(output, force: arguments.has(.force))
    var options = ConversionOptions()
    if arguments.has(.launchConfiguration) {
      options.launchConfigurationTarget = .launchConfiguration
    }
    if arguments.has(.generic) { options.useProfiles = false }
    if arguments.has(.noFallback) { options.fallback = false }
    options.keptResources = arguments.all(.keep)
    options.harden = arguments.has(.harden)
    var (liveStack, stackDiagnostics) = try readLiveStack(arguments)
    liveStack?.templateFile = arguments.value(.stackTemplate)
    if stackDiagnostics.containsErrors { return fail(stackDiagnostics) }
    var conversion = Converter.convert(
      bytes: bytes, fileName: name, options: options, liveStack: liveStack)
    conversion.diagnostics = stackDiagnostics + conversion.diagnostics
    Console.report(conversion.diagnostics)
    if conversion.diagnostics.containsErrors {
      let count = conversion.diagnostics.filter(\.isError).count
      Console.error("cfn2tf: \(count) error\(count == 1 ? "" : "s"); nothing was written\n")
      return 1
    }
    try OutputDirectory.write(conversion.files, to: output)
    Console.out("Wrote \(conversion.files.count) files to \(output)\n")
    return 0
  }

  /// Reports `diagnostics`, which hold errors, and says that nothing was written: status 1.
  static func fail(_ diagnostics: [Diagnostic]) -> Int32 {
    Console.report(diagnostics)
    let count = diagnostics.filter(\.isError).count
    Console.error("cfn2tf: \(count) error\(count == 1 ? "" : "s"); nothing was written\n")
    return 1
  }

  /// The live stack of `--stack-resources` and `--stack-description`, if given.
  static func readLiveStack(_ arguments: ParsedArguments) throws -> (LiveStack?, [Diagnostic]) {
    let resourcesPath = arguments.value(.stackResources)
    let descriptionPath = arguments.value(.stackDescription)
    guard resourcesPath != nil || descriptionPath != nil else { return (nil, []) }
    guard let resourcesPath else {
      throw spec.error("'--stack-description <file>' needs '--stack-resources <file>'")
    }
    var stack = LiveStack()
    let (resources, resourcesName) = try InputFile.read(resourcesPath)
    var diagnostics = LiveStackReader.readResources(
      bytes: resources, fileName: resourcesName, into: &stack)
    if let descriptionPath {
      let (description, descriptionName) = try InputFile.read(descriptionPath)
      diagnostics += LiveStackReader.readDescription(
        bytes: description, fileName: descriptionName, into: &stack)
    }
    return (stack, diagnostics)
  }

  /// The output directory: `--output`, or the default in the current directory.
  static func outputDirectory(for path: String, _ arguments: ParsedArguments) throws(UsageError)
    -> String
  {
    if path.isEmpty { throw spec.error("The value '' is invalid for '<template>'") }
    guard let given = arguments.value(.output) else {
      guard path != "-" else {
        throw spec.error("Missing expected argument '--output <dir>', needed for standard input")
      }
      return defaultOutput(for: path)
    }
    if given.isEmpty {
      throw spec.invalidValue(given, for: .output, in: arguments, "the path is empty")
    }
    if given == "-" {
      throw spec.invalidValue(given, for: .output, in: arguments, "a module is a directory")
    }
    return given
  }

  /// `stacks/web.json` or `stacks/web.yaml` → `web-tf`, in the current directory.
  static func defaultOutput(for path: String) -> String {
    var name = path.split(separator: "/").last.map(String.init) ?? "template"
    for suffix in [".json", ".yaml", ".yml", ".template"]
    where name.hasSuffix(suffix) && name != suffix {
      name = String(name.dropLast(suffix.count))
    }
    return name + "-tf"
  }
}
