/// Reading the template: a path, or `-` for standard input, named `<stdin>` in diagnostics.
enum InputFile {
  /// The template's bytes and the name diagnostics use: the path exactly as the user typed it.
  static func read(_ path: String) throws(RunError) -> (bytes: [UInt8], name: String) {
    let name = path == "-" ? "<stdin>" : path
    do {
      return (try FileSystem.read(path), name)
    } catch {
      throw RunError(cannot: "read", name, because: error)
    }
  }

  /// The path of the command's template: `<template>`, or the file of `--stack-template`; a
  /// usage error when both are given.
  static func templatePath(_ arguments: ParsedArguments, _ spec: CommandSpec) throws(UsageError)
    -> String
  {
    guard let stackTemplate = arguments.value(.stackTemplate) else {
      return arguments.positional[0]
    }
    guard arguments.positional.isEmpty else {
      throw spec.error(
        "'<template>' and '--stack-template <file>' both name the template; give one of them")
    }
    if stackTemplate.isEmpty { throw spec.error("The value '' is invalid for '--stack-template'") }
    return stackTemplate
  }
}
