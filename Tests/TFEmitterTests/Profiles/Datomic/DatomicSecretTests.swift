import CFNParser
import Foundation
import Testing

@testable import TFEmitter

/// Secrets in Datomic transactor templates, with the profile and without (`--generic`): a
/// licence key on a line of its own in the `Fn::Join`, keys under names that do not say so, a
/// password inside a JDBC URL. The profile reads the script with the same scanner as the generic
/// conversion.
@Suite("Datomic secrets")
struct DatomicSecretTests {
  static let secretKey = "PLANTdatomicSecretAccessKey0000000000x01"

  /// The bundled fixture with planted secrets: the licence key as an element of its own, a
  /// secret access key beside it, a key id under a name that does not say it is one, and a
  /// password in the JDBC URL.
  static func planted() throws -> String {
    let url = Repository.fixtures.appendingPathComponent("datomic/template.json")
    var text = try String(contentsOf: url, encoding: .utf8)
    let licence = #"license-key=FIXTURE-LICENSE-0000-NOT-A-REAL-KEY\n"#
    let extra =
      #"sql-url=jdbc:postgresql://db:5432/datomic?user=datomic&password=plant-sql\n"#
      + #"peer-credentials=AKIAPLANTEXTRAPROP01\n"#
    let lines =
      #""license-key=plant-licence", "aws-dynamodb-secret-key=\#(secretKey)", "#
      + #""aws-dynamodb-access-key-id=AKIAPLANTDATOMIC0002", "EOF", "chmod 744"#
    #expect(secretKey.count == 40)
    for (old, new) in [(licence, extra), (#""EOF", "chmod 744"#, lines)] {
      #expect(text.contains(old), "the fixture no longer holds \(old)")
      text = text.replacingOccurrences(of: old, with: new)
    }
    return text
  }

  @Test("planted secrets of a transactor template appear nowhere, with or without the profile")
  func planted() throws {
    let text = try Self.planted()
    for profiles in [true, false] {
      let probe = SecretProbe(text, profiles: profiles)
      #expect(!probe.diagnostics.contains { $0.isError }, "\(probe.diagnostics)")
      probe.expectAbsent("plant")
      probe.expectAbsent("PLANT")
    }
  }

  @Test("the profile keeps a secret found inside a value out of the variable's default")
  func profileValues() throws {
    let probe = SecretProbe(try Self.planted(), profiles: true)
    let sqlURL = probe.variable("sql_url")
    #expect(sqlURL.contains("default     = null"), "\(sqlURL)")
    #expect(!probe.variable("extra_transactor_properties").contains("peer-credentials"))
    #expect(
      probe.messages.contains(
        "the user data of 'LaunchConfig' holds a secret in plain text (in 'sql-url' on line 18 of the script); it is not copied: set var.sql_url"
      ), "\(probe.messages)")
    #expect(
      probe.messages.contains(
        "the user data of 'LaunchConfig' holds a secret in plain text (in 'peer-credentials' on line 19 of the script); it is not copied: add it to var.extra_transactor_properties"
      ), "\(probe.messages)")
  }

  @Test("the corpus's transactor templates, their redacted values planted back, leak nothing")
  func corpus() throws {
    let templates = Repository.corpus("datomic")
    guard !templates.isEmpty else { return }
    for url in templates {
      var text = try String(contentsOf: url, encoding: .utf8)
      var n = 0
      while let range = text.range(of: "REDACTED") {
        n += 1
        text.replaceSubrange(range, with: "plant\(n)" + String(repeating: "x", count: 12))
      }
      for profiles in [true, false] {
        let probe = SecretProbe(text, profiles: profiles)
        probe.expectAbsent("plant")
      }
    }
  }
}
