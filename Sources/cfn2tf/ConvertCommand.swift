import CFNParser
import TFEmitter

/// `cfn2tf convert TEMPLATE [-o DIR]`.
enum ConvertCommand {
  static let spec = CommandSpec(
    name: "convert", abstract: "Convert a CloudFormation template to Terraform.",
    arguments: [
      .init(name: "template", help: "The CloudFormation JSON template, or '-' for standard input.")
    ],
    options: [
      .init(
        long: "output", short: "o", valueName: "dir",
        help: "The directory to write the module to.",
        defaultText: "the template's name with '-tf' added"),
      .init(long: "force", help: "Replace the output directory when it is not empty."),
      .init(
        long: "launch-configuration",
        help:
          "Keep launch configurations as aws_launch_configuration instead of aws_launch_template."),
    ],
    discussion: [
      "Exit status: 0 when the module was written (warnings go to standard error), 1 when the template has errors or the output cannot be written (nothing is written then), 64 for a bad command line."
    ])

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    let path = arguments.positional[0]
    let output: String
    if let given = arguments.value("output") {
      output = given
    } else if path == "-" {
      throw UsageError(message: "Reading standard input needs '--output <dir>'", command: spec)
    } else {
      output = defaultOutput(for: path)
    }
    try OutputDirectory.checkWritable(output, force: arguments.has("force"))
    let (bytes, name) = try InputFile.read(path)
    var options = ConversionOptions()
    if arguments.has("launch-configuration") {
      options.launchConfigurationTarget = .launchConfiguration
    }
    let conversion = Converter.convert(bytes: bytes, fileName: name, options: options)
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

  /// `stack.json` → `stack-tf`, next to the current directory.
  static func defaultOutput(for path: String) -> String {
    var name = path.split(separator: "/").last.map(String.init) ?? "template"
    for suffix in [".json", ".template"] where name.hasSuffix(suffix) {
      name = String(name.dropLast(suffix.count))
    }
    return name + "-tf"
  }
}
