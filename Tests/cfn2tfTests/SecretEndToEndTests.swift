import Foundation
import Testing

/// The promise that no secret from the template reaches a file, a report, a diff, a graph or a
/// diagnostic, checked on the built binary. `Tests/Fixtures/secrets/` plants one distinct value
/// per shape (user data lines in every form, the `Fn::Sub` variable map, passwords built with
/// each function, a mapping holding passwords, a condition comparing a NoEcho parameter with its
/// default, NoEcho defaults; a Datomic transactor template with keys and a licence key); every
/// planted value holds `plant` in some case, and every byte written or printed is searched for it.
@Suite("Secrets end to end")
struct SecretEndToEndTests {
  /// The base64 user data of the fixture, whose text holds a planted value.
  static let encoded = "IyEvYmluL2Jhc2gKZXhwb3J0IEFQSV9LRVk9cGxhbnQtYmFzZTY0LTIyCg=="

  /// Records an issue when `text` holds a planted value.
  static func expectClean(
    _ text: String, _ label: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for planted in ["plant", encoded] {
      if let range = text.range(of: planted, options: .caseInsensitive) {
        let line = text[..<range.lowerBound].split(separator: "\n").count + 1
        Issue.record(
          "\(label) shows a planted secret (line \(line))", sourceLocation: sourceLocation)
      }
    }
  }

  /// Runs `arguments`, checks its status and that neither stream shows a planted value.
  @discardableResult
  static func run(
    _ sandbox: Sandbox, _ arguments: [String], status: Int32 = 0,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> RunResult {
    let result = try sandbox.run(arguments)
    let label = arguments.joined(separator: " ")
    #expect(result.status == status, "\(label)\n\(result)", sourceLocation: sourceLocation)
    expectClean(result.stdout, "stdout of \(label)", sourceLocation: sourceLocation)
    expectClean(result.stderr, "stderr of \(label)", sourceLocation: sourceLocation)
    return result
  }

  /// A saved plan (`terraform show -json`) of `module` as the user's own values would make it:
  /// every secret argument and every sensitive variable holding a planted value.
  static func plan(of module: [String: String]) -> String {
    let planted = "plant-in-plan"
    var changes: [String] = []
    for (path, text) in module.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".tf") {
      for line in text.split(separator: "\n") where line.hasPrefix("resource \"") {
        let names = line.split(separator: "\"")
        guard names.count >= 4 else { continue }
        let after = ["user_data", "password", "auth_token", "secret_string"].map {
          "\"\($0)\": \"\(planted)\""
        }
        changes.append(
          #"{"address": "\#(names[1]).\#(names[3])", "mode": "managed", "#
            + #""change": {"after": {\#(after.joined(separator: ", "))}}}"#)
      }
    }
    var variables: [String] = []
    let declarations = (module["variables.tf"] ?? "").components(separatedBy: "variable \"")
    for block in declarations.dropFirst() where block.contains("sensitive   = true") {
      let name = block.prefix { $0 != "\"" }
      variables.append(#""\#(name)": {"value": "\#(planted)"}"#)
    }
    return #"{"format_version": "1.2", "resource_changes": [\#(changes.joined(separator: ", "))], "#
      + #""variables": {\#(variables.joined(separator: ", "))}}"#
  }

  @Test(
    "convert (every file), diff in every format and against a plan, graph: no planted value",
    arguments: ["template.yaml", "datomic.json"])
  func everyOutput(_ fixture: String) throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("secrets/\(fixture)", to: fixture)
    for (mode, flags) in [("profile", [String]()), ("generic", ["--generic"])] {
      try Self.run(sandbox, ["convert", fixture, "-o", mode] + flags)
      let module = sandbox.tree(mode)
      #expect(module["main.tf"] != nil || module["transactor.tf"] != nil, "\(module.keys)")
      for (path, text) in module.sorted(by: { $0.key < $1.key }) {
        Self.expectClean(text, "\(mode)/\(path)")
      }
      for format in ["text", "markdown", "json"] {
        try Self.run(sandbox, ["diff", fixture, "--format", format] + flags)
      }
      let strict = try sandbox.run(["diff", fixture, "--strict"] + flags)
      #expect(strict.status == 0 || strict.status == 2, "\(strict)")
      Self.expectClean(strict.stdout + strict.stderr, "diff --strict (\(mode))")
      try sandbox.write("\(mode).plan.json", Self.plan(of: module))
      let planned = try sandbox.run(
        ["diff", fixture, "--plan", "\(mode).plan.json", "--parameter", "AWS::Region=us-east-1"]
          + flags)
      #expect(planned.status == 0 || planned.status == 2, "\(planned)")
      Self.expectClean(planned.stdout, "stdout of diff --plan (\(mode))")
      Self.expectClean(planned.stderr, "stderr of diff --plan (\(mode))")
    }
    for format in ["dot", "mermaid"] {
      try Self.run(sandbox, ["graph", fixture, "--format", format])
    }
  }

  @Test("a malformed Fn::Sub in user data: located, status 1, nothing written, no secret")
  func malformedSub() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("secrets/malformed-sub.yaml", to: "bad.yaml")
    let error =
      "bad.yaml:8:26: error: unclosed substitution in 'Fn::Sub': the '${' at line 2, column 20 of its text has no '}'\n"
      + "  note: close it with '}', or write '${!' for a literal '${'\n"
    let converted = try Self.run(sandbox, ["convert", "bad.yaml", "-o", "out"], status: 1)
    #expect(converted.stderr == error + "cfn2tf: 1 error; nothing was written\n", "\(converted)")
    #expect(sandbox.listing() == ["bad.yaml"])
    let diffed = try Self.run(sandbox, ["diff", "bad.yaml"], status: 1)
    #expect(diffed.stderr.hasPrefix(error), "\(diffed)")
    let graphed = try Self.run(sandbox, ["graph", "bad.yaml"], status: 1)
    #expect(graphed.stderr.hasPrefix(error), "\(graphed)")
    #expect(sandbox.listing() == ["bad.yaml"])
  }
}
