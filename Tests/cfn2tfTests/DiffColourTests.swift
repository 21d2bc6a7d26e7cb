import Foundation
import Testing

/// Colour in `cfn2tf diff`: SGR sequences only when standard output is a terminal and `NO_COLOR`
/// is unset or empty (no-color.org); never through a pipe, whatever the environment.
@Suite("Diff colour")
struct DiffColourTests {
  static func golden() throws -> String {
    try String(
      contentsOf: Binary.fixtures.appendingPathComponent("datomic/report/report.txt"),
      encoding: .utf8)
  }

  @Test(
    "on a terminal without NO_COLOR: bold headings, coloured statuses, the golden text beneath",
    .enabled(if: Terminal.available, "util-linux 'script' (a pseudo-terminal) is not installed"))
  func colourOnTerminal() throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "template.json")
    for environment in [[:], ["NO_COLOR": ""]] {
      let result = try Terminal.run(
        ["diff", "template.json"], in: sandbox.work, environment: environment,
        removing: environment.isEmpty ? ["NO_COLOR"] : [])
      #expect(result.status == 0)
      #expect(result.output.contains("\u{1B}[1mSUMMARY\u{1B}[0m\n"), "\(environment)")
      #expect(
        result.output.contains(
          "  \u{1B}[33mapproximated\u{1B}[0m  LaunchConfig.Properties.ImageId -> local.ami_id\n"))
      #expect(Self.strippingSGR(result.output) == (try Self.golden()))
    }
  }

  @Test(
    "on a terminal with NO_COLOR set: no escape codes at all",
    .enabled(if: Terminal.available, "util-linux 'script' (a pseudo-terminal) is not installed"),
    arguments: ["1", "true", "0"])
  func noColour(_ value: String) throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "template.json")
    let result = try Terminal.run(
      ["diff", "template.json"], in: sandbox.work, environment: ["NO_COLOR": value])
    #expect(result.status == 0)
    #expect(!result.output.contains("\u{1B}"))
    #expect(result.output == (try Self.golden()))
  }

  @Test(
    "not a terminal: no escape codes, with or without NO_COLOR; other formats never coloured",
    arguments: [["diff", "template.json"], ["diff", "template.json", "--format", "markdown"]])
  func pipe(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "template.json")
    let result = try sandbox.run(arguments)
    #expect(result.status == 0)
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{1B}"))
  }

  @Test(
    "Markdown and JSON on a terminal carry no escape codes either",
    .enabled(if: Terminal.available, "util-linux 'script' (a pseudo-terminal) is not installed"),
    arguments: ["markdown", "json"])
  func otherFormatsOnTerminal(_ format: String) throws {
    let sandbox = try Sandbox()
    try sandbox.copyFixture("datomic/template.json", to: "template.json")
    let result = try Terminal.run(
      ["diff", "template.json", "--format", format], in: sandbox.work, removing: ["NO_COLOR"])
    #expect(result.status == 0)
    #expect(!result.output.contains("\u{1B}"))
    let golden = format == "json" ? "report.json" : "report.md"
    let expected = try String(
      contentsOf: Binary.fixtures.appendingPathComponent("datomic/report/\(golden)"),
      encoding: .utf8)
    #expect(result.output == expected)
  }

  static func strippingSGR(_ text: String) -> String {
    var out = ""
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      if scalar == "\u{1B}", scalars.first == "[" {
        while let next = scalars.popFirst(), next != "m" {}
        continue
      }
      out.unicodeScalars.append(scalar)
    }
    return out
  }
}
