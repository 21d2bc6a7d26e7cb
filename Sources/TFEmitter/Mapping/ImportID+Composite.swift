import CFNParser

/// Import ids put together from pieces of the live stack: the origin's physical id, values of
/// the template resolved against the stack, and fixed text. The further resources a mapping
/// writes (bucket configurations, policy attachments, rules) are found this way.
extension ImportID {
  /// One piece of a composite import id.
  enum Part: Sendable {
    /// The physical id of the CloudFormation resource the Terraform resource comes from.
    case physicalId
    /// A value of the template, resolved against the live stack.
    case value(Expr)
    /// A pseudo parameter (account, region, partition), from the stack's id.
    case pseudo(PseudoParameter)
    /// Fixed text.
    case literal(String)
  }

  /// `parts` resolved and joined with `separator`; unknown when one of them is (or is empty).
  static func joined(_ parts: [Part], separator: String) -> ImportID {
    .custom { context in
      var texts: [String] = []
      for part in parts {
        let text: String?
        switch part {
        case .physicalId: text = context.physicalId
        case .value(let expr): text = context.resolve(expr)
        case .pseudo(let parameter):
          text = context.resolve(Expr(.pseudo(parameter), range: context.resource.range))
        case .literal(let literal): text = literal
        }
        guard let text, !text.isEmpty || part.isLiteral else { return nil }
        texts.append(text)
      }
      return texts.joined(separator: separator)
    }
  }

  /// The origin's physical id, then the value of `expr`, joined with `separator`.
  static func physicalId(_ separator: String, _ expr: Expr) -> ImportID {
    joined([.physicalId, .value(expr)], separator: separator)
  }

  /// `id` for a resource that is always there; for one that exists only when an `Fn::If` of the
  /// template holds (`condition` is set), an import that names the id's `format`: cfn2tf does
  /// not evaluate conditions against the stack, and importing an object that does not exist
  /// stops the plan.
  static func unlessConditional(_ id: ImportID, _ condition: HCLExpression?, format: String)
    -> ImportID
  {
    guard condition != nil else { return id }
    return .notImportable(
      "not imported: it exists only when its Fn::If holds, which cfn2tf does not evaluate against the stack; if it holds, import it by hand with the id \(format)"
    )
  }
}

extension ImportID.Part {
  fileprivate var isLiteral: Bool {
    if case .literal = self { return true }
    return false
  }
}
