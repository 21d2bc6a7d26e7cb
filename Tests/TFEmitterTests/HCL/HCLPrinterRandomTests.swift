import TFEmitter
import Testing

/// Seeded random trees through the real tools: the printed files must be fixed points of
/// `terraform fmt` and `packer fmt`, and every printed value must evaluate like its plainest
/// spelling (explicit parentheses, quoted strings instead of heredocs). Skipped by name where a
/// tool is missing.
@Suite("HCL printer random trees")
struct HCLPrinterRandomTests {
  static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]

  /// A file of nested blocks whose attributes hold random expressions.
  static func randomFile(seed: UInt64) -> String {
    var random = RandomTree(seed: seed)
    var file = HCLBody()
    for blockIndex in 0..<6 {
      var body = HCLBody()
      for index in 0..<8 {
        body.attribute(
          "attribute_\(index % 3 == 0 ? "long_name_" : "")\(index)", random.expression(3))
        if index == 4 { body.comment(["comment \(blockIndex)"]) }
      }
      file.block(HCLBlock("locals", [], body: body))
      file.blankLine()
    }
    return HCLPrinter.print(file)
  }

  @Test(.enabled(if: Oracle.terraformAvailable), arguments: seeds)
  func terraformFmtKeepsRandomFile(_ seed: UInt64) throws {
    let text = Self.randomFile(seed: seed)
    let outcome = try Oracle.terraformFormatCheck(text)
    #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
  }

  @Test(.enabled(if: Oracle.packerAvailable), arguments: seeds)
  func packerFmtKeepsRandomFile(_ seed: UInt64) throws {
    let text = Self.randomFile(seed: seed)
    let outcome = try Oracle.packerFormatCheck(text)
    #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
  }

  @Test(.enabled(if: Oracle.terraformAvailable), arguments: seeds)
  func randomValuesEvaluateLikeTheirPlainSpelling(_ seed: UInt64) throws {
    var random = RandomTree(seed: seed)
    var body = HCLBody()
    var comparisons: [String] = []
    for index in 0..<12 {
      let value = random.value(3)
      body.attribute("a\(index)", value)
      body.attribute("b\(index)", RandomTree.plain(value))
      comparisons.append("tostring(jsonencode(local.a\(index)) == jsonencode(local.b\(index)))")
    }
    let file = HCLPrinter.print(HCLBody([.block(HCLBlock("locals", [], body: body))]))
    let results = try Oracle.terraformEvaluate(comparisons, configuration: file)
    #expect(results == Array(repeating: "true", count: comparisons.count), "\(file)")
  }
}
