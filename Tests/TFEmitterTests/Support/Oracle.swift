import Foundation
import TestSupport

/// External tools used as test oracles where they are installed: `terraform fmt`, `packer fmt`
/// and `terraform console`. Tests that need one are enabled with
/// `.enabled(if: Oracle.terraformAvailable)` (or `packerAvailable`), so a missing binary makes
/// them report themselves skipped by name.
enum Oracle {
  /// The `terraform` executable on `PATH`, if any.
  static let terraformPath = Terraform.path
  /// The `packer` executable on `PATH`, if any.
  static let packerPath = Packer.path
  /// True when `terraform` is on `PATH`.
  static let terraformAvailable = terraformPath != nil
  /// True when `packer` is on `PATH`.
  static let packerAvailable = packerPath != nil
  /// The `java` executable on `PATH`, if any.
  static let javaPath = Tool.path(named: "java")
  /// True when `java` is on `PATH`.
  static let javaAvailable = javaPath != nil

  /// What a tool run produced.
  typealias Outcome = ToolOutcome

  /// Runs `terraform fmt -check -diff` on `text` saved as `main.tf`.
  static func terraformFormatCheck(_ text: String) throws -> Outcome {
    try inTemporaryDirectory(files: ["main.tf": text]) { directory in
      try Terraform.run(["fmt", "-check", "-diff", "main.tf"], in: directory, seconds: 20)
    }
  }

  /// Runs `packer fmt -check -diff` on `text` saved as `main.pkr.hcl`.
  static func packerFormatCheck(_ text: String) throws -> Outcome {
    try inTemporaryDirectory(files: ["main.pkr.hcl": text]) { directory in
      try Packer.run(["fmt", "-check", "-diff", "main.pkr.hcl"], in: directory, seconds: 20)
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
      return try Terraform.run(
        ["console"], in: directory, input: "join(\",\", [\(joined)])\n", seconds: 20)
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
      try Tool.run(javaPath!, ["RegexOracle.java", "questions"], in: directory, seconds: 20)
    }
    let answers = outcome.output.split(separator: "\n").map(String.init)
    guard outcome.status == 0, answers.count == questions.count else { return nil }
    return answers
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
}
