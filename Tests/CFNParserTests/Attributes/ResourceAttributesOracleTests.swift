import Foundation
import Testing

@testable import CFNParser

/// The attribute tables against their oracle, cfn-lint's resource schemas: every type cfn-lint
/// knows is in the tables, and every attribute it lets `Fn::GetAtt` read is accepted (its regular
/// expressions by a sample name), so that no template cfn-lint passes is refused. Where cfn-lint
/// is not installed, the test says so and is skipped.
@Suite("Resource attributes: cfn-lint as the oracle")
struct ResourceAttributesOracleTests {
  /// Prints `TYPE<TAB>ATTRIBUTE<TAB>SAMPLE` for every attribute of every type cfn-lint knows in
  /// us-east-1, the sample a name its pattern matches; a type with no attribute gets one line
  /// with both empty.
  static let script = #"""
    import re
    from cfnlint.schema import PROVIDER_SCHEMA_MANAGER as m
    for t in sorted(m.get_resource_types("us-east-1")):
        atts = list(m.get_resource_schema("us-east-1", t).get_atts)
        if not atts:
            print(f"{t}\t\t")
        for a in atts:
            sample = a.replace("\\.", ".").replace(".*.", ".0.")
            sample = re.sub(r"\.\*$", ".Name", sample)
            sample = "Anything" if sample == ".*" else sample
            assert re.fullmatch(a, sample), (t, a, sample)
            print(f"{t}\t{a}\t{sample}")
    """#

  @Test(
    "every type cfn-lint knows, and every attribute it accepts",
    .enabled(if: TemplateLibrary.python != nil, "python3 with cfn-lint is not installed"))
  func everyAttribute() throws {
    let output = try TemplateLibrary.runPython(Self.script, [])
    var types = Set<String>()
    var refused: [String] = []
    for line in output.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      try #require(fields.count == 3, "\(line)")
      types.insert(fields[0])
      #expect(
        ResourceAttributes.attributes(of: fields[0]) != nil, "\(fields[0]) is not in the tables")
      if !fields[2].isEmpty, ResourceAttributes.accepts(fields[2], on: fields[0]) != true {
        refused.append("\(fields[0]) \(fields[1])")
      }
    }
    #expect(types.count > 1500)
    #expect(refused.isEmpty, "cfn-lint accepts these, the tables do not: \(refused)")
    #expect(ResourceAttributes.source.hasPrefix("cfn-lint "))
  }
}
