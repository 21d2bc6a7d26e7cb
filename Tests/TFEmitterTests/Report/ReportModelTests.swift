import CFNParser
import TFEmitter
import Testing

/// The report model: sections in a fixed order, resources grouped by logical id in template
/// order, the summary's counts and review list; and the text layout on a small ledger.
@Suite("Report model")
struct ReportModelTests {
  static func at(_ line: Int, _ column: Int) -> CFNParser.SourceLocation {
    SourceLocation(file: "t.json", line: line, column: column)
  }

  static func entry(
    _ kind: LedgerElementKind, _ path: TemplatePath?, _ location: CFNParser.SourceLocation?,
    _ status: LedgerStatus,
    target: TerraformPath? = nil, note: String = "", source: String? = nil, value: String? = nil
  ) -> LedgerEntry {
    LedgerEntry(
      kind: kind, path: path,
      resourceType: [.resource, .property, .attribute].contains(kind) ? "AWS::S3::Bucket" : nil,
      location: location, target: target, status: status, note: note, sourceValue: source,
      targetValue: value)
  }

  /// A ledger in the order a mapping might write it: additions first, resources in dependency
  /// order, properties not in template order.
  static let conversion: Conversion = {
    var ledger = Ledger()
    let entries = [
      entry(.addition, nil, nil, .transformed, target: .variable("stack_name")),
      entry(.output, .section("Outputs") / "Name", at(30, 5), .exact, target: .output("name")),
      entry(.parameter, .section("Parameters") / "B", at(5, 3), .exact, target: .variable("b")),
      entry(.parameter, .section("Parameters") / "A", at(3, 3), .dropped, note: "unused"),
      entry(
        .resource, .resource("Second"), at(20, 3), .transformed,
        target: .resource("aws_s3_bucket", "second")),
      entry(
        .property, .property("X", of: "Second"), at(22, 5), .unsupported, note: "no counterpart"),
      entry(
        .resource, .resource("First"), at(10, 3), .transformed,
        target: .resource("aws_s3_bucket", "first")),
      entry(
        .property, .property("Late", of: "First"), at(14, 5), .exact,
        target: .resource("aws_s3_bucket", "first") / "late", source: "\"a\"", value: "\"a\""),
      entry(.property, .property("Early", of: "First"), at(12, 5), .approximated, note: "close"),
      entry(
        .attribute, .resource("First") / "DependsOn", at(11, 5), .exact,
        target: .resource("aws_s3_bucket", "first") / "depends_on"),
      entry(.section, .section("Description"), at(2, 3), .transformed, target: .file("README.md")),
    ]
    for entry in entries { ledger.record(entry) }
    return Conversion(
      files: [], ledger: ledger,
      diagnostics: [
        .warning("second", at: at(22, 5)), .init(.note, "a note", at: at(1, 1)),
        .warning("first", at: at(12, 5), notes: [.init("do this")]),
      ])
  }()

  static let model = ReportModel(conversion, templateName: "t.json", toolVersion: "9.9.9")

  @Test("sections in their fixed order; each in template order, additions last")
  func sections() {
    #expect(
      Self.model.sections.map(\.kind) == [.template, .parameters, .resources, .outputs, .additions])
    #expect(Self.model.sections[1].entries.map(\.subject) == ["Parameters.A", "Parameters.B"])
  }

  @Test("resources grouped by logical id in template order, own entry first")
  func resourceGroups() {
    let groups = Self.model.sections[2].groups
    #expect(groups.map(\.logicalId) == ["First", "Second"])
    #expect(groups.map(\.resourceType) == ["AWS::S3::Bucket", "AWS::S3::Bucket"])
    #expect(
      groups[0].entries.map(\.subject) == [
        "First", "First.DependsOn", "First.Properties.Early", "First.Properties.Late",
      ])
    #expect(groups[1].entries.map(\.subject) == ["Second", "Second.Properties.X"])
  }

  @Test("a resource's entries apart in the ledger join one group; those without a place go last")
  func interleavedGroups() {
    var ledger = Ledger()
    for entry in [
      Self.entry(.resource, .resource("R1"), Self.at(10, 3), .exact),
      Self.entry(.resource, .resource("R2"), Self.at(20, 3), .exact),
      Self.entry(.property, .property("C", of: "R1"), Self.at(12, 5), .exact),
      Self.entry(.property, .property("N", of: "R1"), nil, .exact),
      Self.entry(.property, .property("B", of: "R1"), Self.at(11, 5), .exact),
      Self.entry(.property, .property("A", of: "R2"), Self.at(21, 5), .exact),
    ] {
      ledger.record(entry)
    }
    let model = ReportModel(
      Conversion(files: [], ledger: ledger, diagnostics: []), templateName: "t.json")
    let groups = model.sections[0].groups
    #expect(groups.map(\.logicalId) == ["R1", "R2"])
    #expect(
      groups[0].entries.map(\.subject) == [
        "R1", "R1.Properties.B", "R1.Properties.C", "R1.Properties.N",
      ])
    #expect(groups[1].entries.map(\.subject) == ["R2", "R2.Properties.A"])
  }

  @Test("counts per status, total, review in the order of the details, warnings by location")
  func summary() {
    #expect(Self.model.counts.map(\.count) == [4, 4, 1, 0, 1, 1])
    #expect(Self.model.counts.map(\.status) == LedgerStatus.allCases)
    #expect(Self.model.total == 11)
    #expect(
      Self.model.review.map(\.subject) == [
        "Parameters.A", "First.Properties.Early", "Second.Properties.X",
      ])
    #expect(Self.model.needsReview)
    #expect(Self.model.warnings.map(\.message) == ["first", "second"])
    #expect(Self.model.diagnostics.map(\.message) == ["a note", "first", "second"])
  }

  @Test("an all-exact ledger needs no review")
  func nothingToReview() {
    var ledger = Ledger()
    ledger.record(Self.entry(.resource, .resource("R"), Self.at(1, 1), .transformed))
    let model = ReportModel(
      Conversion(files: [], ledger: ledger, diagnostics: []), templateName: "x")
    #expect(!model.needsReview)
    #expect(model.review.isEmpty)
  }

  static let labels: [(LedgerEntry, String)] = [
    (entry(.parameter, .section("Parameters") / "Xmx", nil, .exact), "Xmx"),
    (entry(.mapping, .section("Mappings") / "Regions", nil, .exact), "Regions"),
    (entry(.condition, .section("Conditions") / "IsProd", nil, .exact), "IsProd"),
    (entry(.output, .section("Outputs") / "Url", nil, .exact), "Url"),
    (entry(.resource, .resource("Group"), nil, .exact), "Group"),
    (
      entry(.property, .property("Tags", of: "Group") / 0 / "Key", nil, .exact),
      "Properties.Tags[0].Key"
    ),
    (
      entry(
        .attribute, .resource("Group") / "UpdatePolicy" / "AutoScalingRollingUpdate", nil, .exact),
      "UpdatePolicy.AutoScalingRollingUpdate"
    ),
    (entry(.section, .section("Description"), nil, .exact), "Description"),
    (entry(.addition, nil, nil, .exact, target: .resource("aws_iam_role", "x")), "aws_iam_role.x"),
  ]

  @Test("labels drop the section's prefix; a resource keeps its logical id", arguments: labels)
  func label(_ entry: LedgerEntry, _ expected: String) {
    #expect(ReportModel.label(of: entry) == expected)
  }

  @Test("the text layout of a small ledger, exactly")
  func text() {
    let text = TextReport.render(Self.model, colour: false)
    let expected = """
      cfn2tf 9.9.9 report for t.json

      SUMMARY
        exact          4
        transformed    4
        approximated   1
        kept           0
        dropped        1
        unsupported    1
        total         11

      TO REVIEW (3)
        dropped       Parameters.A
                      t.json:3:3: unused
        approximated  First.Properties.Early
                      t.json:12:5: close
        unsupported   Second.Properties.X
                      t.json:22:5: no counterpart

      WARNINGS (2)
        t.json:12:5: warning: first
          note: do this
        t.json:22:5: warning: second

      TEMPLATE
        transformed   Description -> README.md
                      t.json:2:3

      PARAMETERS
        dropped       A
                      t.json:3:3: unused
        exact         B -> var.b
                      t.json:5:3

      RESOURCES

        First (AWS::S3::Bucket)
          transformed   First -> aws_s3_bucket.first
                        t.json:10:3
          exact         DependsOn -> aws_s3_bucket.first.depends_on
                        t.json:11:5
          approximated  Properties.Early
                        t.json:12:5: close
          exact         Properties.Late -> aws_s3_bucket.first.late
                        t.json:14:5
                        CloudFormation: "a"
                        Terraform:      "a"

        Second (AWS::S3::Bucket)
          transformed   Second -> aws_s3_bucket.second
                        t.json:20:3
          unsupported   Properties.X
                        t.json:22:5: no counterpart

      OUTPUTS
        exact         Name -> output.name
                      t.json:30:5

      ADDED BY CFN2TF
        transformed   var.stack_name

      """
    #expect(text == expected, "\(UnifiedDiff.diff(expected: expected, actual: text))")
  }
}
