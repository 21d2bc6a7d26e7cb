import Foundation

/// External tools used as test oracles where they are installed: `terraform fmt`, `packer fmt`
/// and `terraform console`. Tests that need one are enabled with
/// `.enabled(if: Oracle.terraformAvailable)` (or `packerAvailable`), so a missing binary makes
/// them report themselves skipped by name.
enum Oracle {
  /// The `terraform` executable on `PATH`, if any.
  static let terraformPath = executable(named: "terraform")
  /// The `packer` executable on `PATH`, if any.
  static let packerPath = executable(named: "packer")
  /// True when `terraform` is on `PATH`.
  static let terraformAvailable = terraformPath != nil
  /// True when `packer` is on `PATH`.
  static let packerAvailable = packerPath != nil
  /// The `java` executable on `PATH`, if any.
  static let javaPath = executable(named: "java")
  /// True when `java` is on `PATH`.
  static let javaAvailable = javaPath != nil

  /// What a tool run produced.
  struct Outcome: Sendable {
    /// The exit status (124 when the run timed out).
    var status: Int32
    /// Standard output.
    var output: String
    /// Standard error.
    var errors: String
  }

  /// Runs `terraform fmt -check -diff` on `text` saved as `main.tf`.
  static func terraformFormatCheck(_ text: String) throws -> Outcome {
    try inTemporaryDirectory(files: ["main.tf": text]) { directory in
      try run(terraformPath!, ["fmt", "-check", "-diff", "main.tf"], in: directory)
    }
  }

  /// Runs `packer fmt -check -diff` on `text` saved as `main.pkr.hcl`.
  static func packerFormatCheck(_ text: String) throws -> Outcome {
    try inTemporaryDirectory(files: ["main.pkr.hcl": text]) { directory in
      try run(packerPath!, ["fmt", "-check", "-diff", "main.pkr.hcl"], in: directory)
    }
  }

  /// Evaluates string-valued expressions with `terraform console` in a directory whose `main.tf`
  /// is `configuration` (plus any `extraFiles`), returning each value, or `nil` when the run
  /// failed. Values travel as base64 so that no console quoting is involved.
  static func terraformEvaluate(
    _ expressions: [String], configuration: String, extraFiles: [String: String] = [:]
  ) throws -> [String]? {
    var files = extraFiles
    files["main.tf"] = configuration
    let outcome = try inTemporaryDirectory(files: files) { directory in
      // The console evaluates one expression from a non-interactive stdin: join them.
      let joined = expressions.map { "base64encode(\($0))" }.joined(separator: ", ")
      return try run(
        terraformPath!, ["console"], in: directory, input: "join(\",\", [\(joined)])\n")
    }
    let line = outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)
    guard outcome.status == 0, line.hasPrefix("\""), line.hasSuffix("\""), line.count >= 2 else {
      return nil
    }
    let values = line.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
      .compactMap { Data(base64Encoded: String($0)).map { String(decoding: $0, as: UTF8.self) } }
    return values.count == expressions.count ? values : nil
  }

  /// Asks `java.util.regex` about each pattern: with a value, whether `Pattern.matches` accepts
  /// it (`true` or `false`); without, whether the pattern compiles (`compiles`); `error` when it
  /// does not. Nil when the run failed. Texts travel as base64, so no quoting is involved.
  static func javaRegex(_ questions: [(pattern: String, value: String?)]) throws -> [String]? {
    let program = """
      import java.nio.charset.StandardCharsets;
      import java.nio.file.*;
      import java.util.Base64;
      import java.util.regex.*;

      public class RegexOracle {
        public static void main(String[] arguments) throws Exception {
          for (String line : Files.readAllLines(Path.of(arguments[0]))) {
            String[] fields = line.split(" ", -1);
            try {
              Pattern pattern = Pattern.compile(decode(fields[0]));
              System.out.println(
                fields.length > 1 ? String.valueOf(pattern.matcher(decode(fields[1])).matches())
                  : "compiles");
            } catch (PatternSyntaxException e) {
              System.out.println("error");
            }
          }
        }

        static String decode(String text) {
          return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        }
      }
      """
    let lines = questions.map { question in
      ([question.pattern] + (question.value.map { [$0] } ?? []))
        .map { Data($0.utf8).base64EncodedString() }.joined(separator: " ")
    }
    let outcome = try inTemporaryDirectory(
      files: ["RegexOracle.java": program, "questions": lines.joined(separator: "\n") + "\n"]
    ) { directory in
      try run(javaPath!, ["RegexOracle.java", "questions"], in: directory)
    }
    let answers = outcome.output.split(separator: "\n").map(String.init)
    guard outcome.status == 0, answers.count == questions.count else { return nil }
    return answers
  }

  private static func executable(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  private static func inTemporaryDirectory<T>(
    files: [String: String], _ body: (URL) throws -> T
  ) throws -> T {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("cfn2tf-oracle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in files.keys.sorted() {
      try Data(files[name]!.utf8).write(to: directory.appendingPathComponent(name))
    }
    return try body(directory)
  }

  /// Runs a tool under `timeout 20` with an empty Terraform CLI configuration and no checkpoint
  /// calls; output goes through files so a large diff cannot block the pipe.
  private static func run(
    _ tool: String, _ arguments: [String], in directory: URL, input: String = ""
  ) throws -> Outcome {
    let cliConfig = directory.appendingPathComponent(".terraformrc")
    let inputFile = directory.appendingPathComponent(".stdin")
    let outputFile = directory.appendingPathComponent(".stdout")
    let errorFile = directory.appendingPathComponent(".stderr")
    try Data().write(to: cliConfig)
    try Data(input.utf8).write(to: inputFile)
    try Data().write(to: outputFile)
    try Data().write(to: errorFile)

    let process = Process()
    if let timeout = executable(named: "timeout") {
      process.executableURL = URL(fileURLWithPath: timeout)
      process.arguments = ["20", tool] + arguments
    } else {
      process.executableURL = URL(fileURLWithPath: tool)
      process.arguments = arguments
    }
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["TF_CLI_CONFIG_FILE"] = cliConfig.path
    environment["CHECKPOINT_DISABLE"] = "1"
    environment["PACKER_CHECKPOINT_DISABLE"] = "1"
    environment["NO_COLOR"] = "1"
    process.environment = environment
    process.standardInput = try FileHandle(forReadingFrom: inputFile)
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
      errors: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
  }
}
