/// One Terraform resource being built, its parts kept apart so that the block comes out in the
/// style guide's order: meta-arguments, arguments, nested blocks, lifecycle.
package struct TerraformResource: Sendable {
  /// `resource` or `data`.
  package var kind = "resource"
  /// The Terraform type.
  package var type: String
  /// The Terraform name.
  package var name: String
  /// Comment lines printed above the block.
  package var comments: [String] = []
  /// `count`, `depends_on`.
  package var meta = HCLBody()
  /// Arguments and nested blocks.
  package var content = BodyParts()
  /// The `lifecycle` block's content.
  package var lifecycle = HCLBody()
  /// The logical id this resource comes from (nil for resources cfn2tf adds).
  package var origin: String?
  /// How `terraform import` finds this resource in the live stack, given the origin's physical
  /// id. The primary resource gets its mapping's rule; extras say their own (nil: not importable).
  package var importID: ImportID?

  /// Creates an empty resource.
  package init(type: String, name: String, origin: String?) {
    self.type = type
    self.name = name
    self.origin = origin
  }

  /// `type.name`.
  package var address: String { "\(type).\(name)" }

  /// `type.name` as a path, even for a data source: the resource's ledger entry names its
  /// blocks so (a Lambda version that became a data source after its rules ran included).
  package var managedAddress: TerraformPath { TerraformPath(.resource(type: type, name: name)) }

  /// The resource's address as a path: `data.type.name` for a data source.
  package var path: TerraformPath {
    kind == "data"
      ? TerraformPath(.data(type: type, name: name))
      : TerraformPath(.resource(type: type, name: name))
  }

  /// True when the block has a `count` (the resource had a `Condition`).
  package var hasCount: Bool {
    meta.items.contains {
      if case .attribute(let attribute) = $0 { return attribute.name == "count" }
      return false
    }
  }

  /// The whole block, laid out as the Terraform style guide asks.
  package var block: HCLBlock {
    var body = HCLBody()
    body.items += meta.items
    if !meta.isEmpty { body.blankLine() }
    body.items += content.body.items
    if !lifecycle.isEmpty {
      body.blankLine()
      body.block(HCLBlock("lifecycle", body: lifecycle))
    }
    return HCLBlock(kind, [type, name], body: body)
  }

  /// The block with its comments, as body items.
  package var items: [HCLItem] {
    (comments.isEmpty ? [] : [.comment(comments)]) + [.block(block)]
  }
}

/// The inside of a block being built: arguments first, then nested blocks, each nested block with
/// the comment lines above it.
package struct BodyParts: Sendable {
  /// Plain arguments, with comments above those that need one.
  package var arguments = HCLBody()
  /// Nested blocks, each with the comment lines above it.
  package var blocks: [(comments: [String], block: HCLBlock)] = []

  /// Creates empty parts.
  package init() {}

  /// Appends an argument, with comment lines above it when given.
  package mutating func argument(_ name: String, _ value: HCLExpression, comments: [String] = []) {
    if !comments.isEmpty { arguments.comment(comments) }
    arguments.attribute(name, value)
  }

  /// Appends a nested block, with comment lines above it when given.
  package mutating func block(_ block: HCLBlock, comments: [String] = []) {
    blocks.append((comments, block))
  }

  /// True when nothing was added.
  package var isEmpty: Bool { arguments.isEmpty && blocks.isEmpty }

  /// Arguments, a blank line, then the blocks; a blank line between blocks of different types.
  package var body: HCLBody {
    var body = arguments
    if !arguments.isEmpty, !blocks.isEmpty { body.blankLine() }
    var previousType: String?
    for (comments, block) in blocks {
      if let previousType, previousType != block.type || !comments.isEmpty { body.blankLine() }
      if !comments.isEmpty { body.comment(comments) }
      body.block(block)
      previousType = block.type
    }
    return body
  }
}
