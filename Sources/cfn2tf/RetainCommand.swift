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
      "The template goes to standard output, or to the file named by '--output', written "
        + "beside it and renamed into place. One line per resource on standard error says what "
        + "changed. Errors in the template are reported as file:line:column diagnostics on "
        + "standard error and nothing is written.",
      "Exit status: 0 when the template was written, 1 when the template has errors or the file "
        + "cannot be written, 64 for a bad command line.",
    ],
    arguments: [
      .init(name: "template", help: "The CloudFormation JSON template, or '-' for standard input.")
    ],
    options: [
      .init(
        long: "output", short: "o", valueName: "file",
        help: "The file to write the retained template to, or '-' for standard output.",
        defaultText: "standard output"),
      .init(
        long: "force",
        help: "Replace the output file when it exists, even when it is the template itself."),
    ])

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    let path = arguments.positional[0]
    if path.isEmpty { throw spec.error("The value '' is invalid for '<template>'") }
    let given = arguments.value("output")
    if given == "" {
      throw spec.invalidValue("", for: "output", in: arguments, "the path is empty")
    }
    let output = given == "-" ? nil : given
    let (bytes, name) = try InputFile.read(path)
    let force = arguments.has("force")
    if let output { try OutputFile.checkWritable(output, template: path, force: force) }
    let result = RetainTemplate.retain(bytes: bytes, fileName: name)
    Console.report(result.diagnostics)
    guard let text = result.text else {
      let count = result.diagnostics.filter(\.isError).count
      Console.error("cfn2tf: \(count) error\(count == 1 ? "" : "s"); nothing was written\n")
      return 1
    }
    if let output {
      try OutputFile.write(text, to: output)
    } else {
      Console.out(text)
    }
    Console.error(result.changes.map { $0.description + "\n" }.joined())
    if let output { Console.out("Wrote \(output)\n") }
    return 0
  }
}
