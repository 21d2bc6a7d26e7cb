import CFNParser

/// A property member as a rule reads it: the member written in the template and its path below
/// the resource's `Properties` (`Listeners[0].Port`), which the rule engine builds step by step as
/// it walks the template.
package struct RuleMember {
  /// The member as written: its own key, its range and its value.
  package var member: ExprMember
  /// Its path below the resource's `Properties`.
  package var path: RelativeTemplatePath

  /// Member `member` at `path`.
  package init(_ member: ExprMember, at path: RelativeTemplatePath) {
    self.member = member
    self.path = path
  }

  /// Member `member` of the object at `parent`: its path is `parent` with its key appended.
  package init(_ member: ExprMember, in parent: RelativeTemplatePath) {
    self.init(member, at: parent / member.key)
  }

  /// Property `member` of the resource itself, at the top of its `Properties`.
  package static func property(_ member: ExprMember) -> RuleMember { RuleMember(member, in: .here) }

  /// The path as ledger entries and messages print it (`Listeners[0].Port`).
  package var key: String { path.description }
  /// Where the member's key is written.
  package var keyRange: SourceRange { member.keyRange }
  /// The value.
  package var value: Expr { member.value }

  /// Element `index` of this member's list, `value` its value: `Key[index]`.
  package func element(_ index: Int, _ value: Expr) -> RuleMember {
    RuleMember(ExprMember(key: member.key, keyRange: keyRange, value: value), at: path / index)
  }

  /// This member with `value` in place of its own (a value reshaped before it is translated).
  package func with(value: Expr) -> RuleMember {
    RuleMember(ExprMember(key: member.key, keyRange: keyRange, value: value), at: path)
  }

  /// Field `field` of this member's object: `Key.Field`.
  package func field(_ field: ExprMember) -> RuleMember { RuleMember(field, in: path) }
}
