import TFEmitter
import Testing

/// The printer's bytes for many seeded random trees, as recorded from the printer before it wrote
/// into one byte buffer (a token per piece of text, a `String` per line): a change of layout,
/// spacing, alignment, escaping or tuple breaking shows as a changed digest. Files mix nested
/// blocks, attributes whose `=` align, comments, heredocs, and tuples long enough to be broken
/// one element per line; single expressions and template files are printed too.
@Suite("HCL printer digests")
struct HCLPrinterDigestTests {
  /// The digests recorded per group of seeds (`0..<25`, `25..<50`, …).
  static let recorded: [String] = [
    "29b0b17e15582d44", "ada0b529716c2cfe", "f2f2223474c6c266", "57cb40cf70ab927e",
  ]

  /// A file of nested blocks: random attributes, a comment, a nested block, a tuple of scalars
  /// wide enough to be broken on some seeds, and blank lines.
  static func file(seed: UInt64) -> HCLBody {
    var random = RandomTree(seed: seed)
    var file = HCLBody()
    for blockIndex in 0..<4 {
      var body = HCLBody()
      for index in 0..<6 {
        let name = index % 2 == 0 ? "a\(index)" : "attribute_with_a_longer_name_\(index)"
        body.attribute(name, random.expression(Int(seed % 4) + 1))
        if index == 2 { body.comment(["comment \(blockIndex)", "", "trailing space "]) }
        if index == 3 { body.blankLine() }
      }
      let scalars = (0..<(Int(seed) % 14 + 1)).map { _ in random.expression(0) }
      body.attribute("list", .tuple(scalars))
      body.block(HCLBlock("nested", ["label \(blockIndex)", "日本"], body: body))
      file.block(HCLBlock("locals", [], body: body))
      file.blankLine()
    }
    return file
  }

  /// A file of top-level attributes (as `terraform.tfvars` is), with comments, blank lines and a
  /// block among them: their `=` align across items as inside a block.
  static func topLevelFile(seed: UInt64) -> HCLBody {
    var random = RandomTree(seed: seed)
    var file = HCLBody()
    for index in 0..<12 {
      let name = index % 3 == 0 ? "top_level_name_\(index)" : "t\(index)"
      file.attribute(name, random.expression(Int(seed % 3)))
      if index == 4 { file.comment(["between"]) }
      if index == 7 { file.blankLine() }
      if index == 9 { file.block(HCLBlock("inner", [], body: HCLBody([.comment(["x"])]))) }
    }
    return file
  }

  /// The digest of everything printed for the seeds of `group`.
  static func digest(group: Int) -> String {
    var hash = Digest()
    for seed in UInt64(group * 25)..<UInt64(group * 25 + 25) {
      hash.add(HCLPrinter.print(file(seed: seed)))
      hash.add(HCLPrinter.print(topLevelFile(seed: seed)))
      var random = RandomTree(seed: seed &+ 1000)
      for _ in 0..<10 {
        let expression = random.expression(4)
        hash.add(HCLPrinter.printExpression(expression))
        if case .heredoc(_, let parts) = expression {
          hash.add(HCLPrinter.printTemplateFile(parts))
        }
      }
    }
    return hash.hex
  }

  @Test("random files, expressions and template files print the recorded bytes", arguments: 0..<4)
  func printsRecordedBytes(group: Int) {
    #expect(Self.digest(group: group) == Self.recorded[group])
  }
}
