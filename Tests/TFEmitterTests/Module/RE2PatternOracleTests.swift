import CFNParser
import Foundation
import Testing

@testable import TFEmitter

/// Terraform and Java as the oracles of the RE2 scanner: `terraform console` compiles the anchored
/// spelling of every accepted pattern and refuses every refused one it should; witnesses get
/// Java's answer from Terraform for accepted patterns and another answer for patterns refused for
/// their meaning; and `java` confirms the Java answers written in the table. Each test is skipped,
/// by name, where its tool is absent.
@Suite("AllowedPattern: terraform and java as the oracles")
struct RE2PatternOracleTests {
  /// `can(regexall(pattern, ""))` for each pattern, in one console run: true when RE2 compiles it.
  static func terraformCompiles(_ patterns: [String]) throws -> [Bool]? {
    let calls = patterns.map { "can(regexall(\(HCLEscaping.quoted($0)), \"\"))" }
    let values = try Oracle.terraformEvaluate(
      ["jsonencode([\(calls.joined(separator: ", "))])"], configuration: "")
    guard let json = values?.first,
      let answers = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Bool]
    else { return nil }
    return answers
  }

  /// `can(regex(pattern, value))`: true when the whole value matches.
  static func terraformMatches(_ questions: [(pattern: String, value: String)]) throws -> [Bool]? {
    let calls = questions.map {
      "can(regex(\(HCLEscaping.quoted($0.pattern)), \(HCLEscaping.quoted($0.value))))"
    }
    let values = try Oracle.terraformEvaluate(
      ["jsonencode([\(calls.joined(separator: ", "))])"], configuration: "")
    guard let json = values?.first,
      let answers = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Bool]
    else { return nil }
    return answers
  }

  /// What Terraform is given for a row: the validation's anchored pattern when accepted, the
  /// pattern anchored as a whole otherwise.
  static func anchored(_ row: RE2Case) -> String {
    if case .accepted(let anchored) = row.verdict { return anchored }
    return "^(?:\(row.pattern))$"
  }

  @Test(
    "terraform compiles every accepted pattern, and refuses the refused ones RE2 cannot compile",
    .enabled(if: Oracle.terraformAvailable, "terraform is absent"))
  func compiles() throws {
    let rows = RE2Case.all
    let answers = try #require(try Self.terraformCompiles(rows.map(Self.anchored)))
    for (row, compiles) in zip(rows, answers) {
      switch row.verdict {
      case .accepted: #expect(compiles, "terraform refuses \(Self.anchored(row))")
      case .refused(_, let re2Compiles):
        #expect(compiles == re2Compiles, "\(row.pattern): terraform compiles it: \(compiles)")
      }
    }
  }

  @Test(
    "terraform answers as Java for accepted patterns, otherwise for patterns refused for meaning",
    .enabled(if: Oracle.terraformAvailable, "terraform is absent"))
  func witnesses() throws {
    let questions = RE2Case.all.flatMap { row in
      row.witnesses.map { (row: row, value: $0.value, java: $0.java) }
    }
    let answers = try #require(
      try Self.terraformMatches(questions.map { (Self.anchored($0.row), $0.value) }))
    for (question, terraform) in zip(questions, answers) {
      let label = "\(question.row.pattern) on \(question.value.debugDescription)"
      if case .accepted = question.row.verdict {
        #expect(terraform == question.java, "\(label): terraform says \(terraform)")
      } else {
        #expect(terraform != question.java, "\(label): terraform agrees with Java")
      }
    }
  }

  @Test(
    "java compiles every accepted pattern and gives the witnesses the answers in the table",
    .enabled(if: Oracle.javaAvailable, "java is absent"))
  func javaAnswers() throws {
    let compiled = RE2Case.accepted.map { (pattern: $0.pattern, value: String?.none) }
    let matched = RE2Case.all.flatMap { row in
      row.witnesses.map { (pattern: row.pattern, value: String?.some($0.value)) }
    }
    let expected =
      compiled.map { _ in "compiles" }
      + RE2Case.all.flatMap { $0.witnesses.map { String($0.java) } }
    let answers = try #require(try Oracle.javaRegex(compiled + matched))
    for ((question, answer), wanted) in zip(zip(compiled + matched, answers), expected) {
      #expect(
        answer == wanted,
        "java on \(question.pattern) \(question.value?.debugDescription ?? ""): \(answer)")
    }
  }
}
