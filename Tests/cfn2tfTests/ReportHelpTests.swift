import Testing

/// Help of `diff` and `graph`: exact text on standard output, nothing on standard error, status
/// 0, within 80 columns with abstracts at column 26.
@Suite("Report command help")
struct ReportHelpTests {
  static let diffHelp = """
    OVERVIEW: Compare a template with its Terraform conversion.

    For every CloudFormation element, the Terraform it becomes and how faithfully:
    exact, transformed, approximated, kept in CloudFormation, dropped or
    unsupported, with both values. What stays in CloudFormation comes first, then
    the summary: the counts, every entry a reviewer must decide on and the
    warnings. 'convert' writes the same report as REPORT.md.

    Colour is used only when standard output is a terminal and NO_COLOR is not set.
    Errors in the template are reported as file:line:column diagnostics on standard
    error.

    With '--plan', the equivalence check instead: the template is evaluated with
    the '--parameter' values (defaults otherwise) and every mapped property is
    compared with the planned value, each difference printed with its path on both
    sides.

    Exit status: 0 when the report was written, 1 when the template has errors, 64
    for a bad command line. With '--strict', 2 when anything is approximated, kept
    in CloudFormation, dropped or unsupported, as 'terraform plan
    -detailed-exitcode' exits 2 when there are changes. With '--plan', 0 when the
    values agree and 2 when one differs.

    USAGE: cfn2tf diff <template> [<options>]

    ARGUMENTS:
      <template>              The CloudFormation template, JSON or YAML, or '-' for
                              standard input.

    OPTIONS:
      --format <format>       The report's format: 'text' for a terminal,
                              'markdown' for a pull request or 'json' for machines
                              (docs/report.md). (default: text)
      --strict                Exit with status 2 when anything is approximated,
                              kept in CloudFormation, dropped or unsupported.
      --launch-configuration  Report on the conversion that keeps launch
                              configurations, as 'convert' does with this option.
      --generic               Report on the resource-by-resource conversion, as
                              'convert' does with this option.
      --no-fallback           Report on the conversion that fails on what cannot
                              become Terraform, as 'convert' does with this option.
      --keep <logical-id>     Report on the conversion that keeps this resource in
                              CloudFormation, as 'convert' does with this option.
                              Repeatable.
      --harden                Report on the conversion that hardens the defaults
                              the template left, as 'convert' does with this option.
      --plan <plan.json>      Check equivalence instead: evaluate the template and
                              compare every mapped property with the planned values
                              in this file ('terraform show -json PLANFILE' of the
                              generated module). Exits 2 when a value differs.
      --parameter <name=value>
                              With '--plan': a parameter's value (defaults
                              otherwise), or a pseudo parameter's such as
                              AWS::Region=us-east-1 or AWS::StackName=web.
                              Repeatable.
      --version               Show the version.
      -h, --help              Show help information.

    """

  static let graphHelp = """
    OVERVIEW: Draw a template's resource graph in DOT or Mermaid.

    Parameters, mappings, conditions, resources and outputs become nodes, each kind
    in its own shape; every Ref, Fn::GetAtt, Fn::Sub, Fn::FindInMap, DependsOn and
    Condition becomes an edge from the element that refers to the one it names. DOT
    is for Graphviz ('cfn2tf graph stack.json | dot -Tsvg > stack.svg'), Mermaid
    for a mermaid block in Markdown, as in the REPORT.md 'convert' writes.

    Exit status: 0 when the graph was written, 1 when the template has errors, 64
    for a bad command line.

    USAGE: cfn2tf graph <template> [--format <format>]

    ARGUMENTS:
      <template>              The CloudFormation template, JSON or YAML, or '-' for
                              standard input.

    OPTIONS:
      --format <format>       'dot' for Graphviz or 'mermaid' for Markdown.
                              (default: dot)
      --version               Show the version.
      -h, --help              Show help information.

    """

  @Test(
    "diff help",
    arguments: [
      ["help", "diff"], ["diff", "--help"], ["diff", "-h"], ["diff", "x.json", "--bogus", "-h"],
    ])
  func diffHelp(_ arguments: [String]) throws {
    let result = try Sandbox().run(arguments)
    #expect(result == RunResult(status: 0, stdout: Self.diffHelp, stderr: ""))
  }

  @Test("graph help", arguments: [["help", "graph"], ["graph", "--help"], ["graph", "-h"]])
  func graphHelp(_ arguments: [String]) throws {
    let result = try Sandbox().run(arguments)
    #expect(result == RunResult(status: 0, stdout: Self.graphHelp, stderr: ""))
  }

  @Test("help is wrapped at 80 columns with abstracts at column 26")
  func layout() {
    for help in [Self.diffHelp, Self.graphHelp] {
      for line in help.split(separator: "\n") {
        #expect(line.count <= 80, "\(line)")
        let characters = Array(line)
        if line.hasPrefix("  "), characters.count > 26, !line.hasPrefix("  See") {
          #expect(characters[25] == " " && characters[26] != " ", "\(line)")
        }
      }
    }
  }
}
