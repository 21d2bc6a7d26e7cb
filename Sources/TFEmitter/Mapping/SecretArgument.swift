import CFNParser

/// A property holding a secret (a password, a token, a key): a `Ref` to a NoEcho parameter stays,
/// its variable being sensitive; a value written in the template becomes a new sensitive
/// variable, its value not copied; any other value is kept, with a warning that it is not
/// sensitive. The ledger entry never shows the value.
enum SecretArgument {
  /// What a secret is, in messages and in its variable.
  struct Secret: Sendable {
    /// The secret in words: `master password`, `AUTH token`.
    var what: String
    /// The suffix of the variable's name, after the resource's name: `master_password`.
    var variable: String

    /// Creates a description of a secret.
    init(_ what: String, variable: String) {
      self.what = what
      self.variable = variable
    }
  }

  /// The value of secret `member` for the argument at `target` (an address, for the ledger),
  /// typed `type` when it is computed.
  static func translate(
    _ member: RuleMember, _ secret: Secret, _ builder: inout ResourceBuilder,
    target: TerraformPath,
    as type: ValueType = .string
  ) -> HCLExpression {
    builder.translator.begin()
    let written = builder.translator.writesSecretText(member.value)
    var value = written ? .null : builder.translator.translate(member.value, as: type)
    if written {
      let name = builder.translator.namer.reserveVariable(
        builder.primary.name + "_" + secret.variable)
      value = builder.translator.addVariable(
        AddedVariable(
          name: name, type: "string",
          description:
            "The \(secret.what) of \(builder.logicalId); the template wrote it in plain text, and its value is not copied.",
          sensitive: true))
      builder.translator.sensitiveVariables.insert(name)
      builder.translator.touchesSecret = true
      builder.translator.transformed(
        "the \(secret.what) written in the template became var.\(name)")
      builder.diagnostics.append(
        .warning(
          "the \(secret.what) of '\(builder.logicalId)' is written in the template; it becomes the sensitive variable '\(name)'",
          at: member.keyRange.start,
          notes: [.init("set it from a secret store; the template's value is not copied")]))
    } else if !builder.translator.touchesSecret {
      builder.diagnostics.append(
        .warning(
          "the \(secret.what) of '\(builder.logicalId)' does not come from a NoEcho parameter",
          at: member.keyRange.start,
          notes: [.init("mark the parameter NoEcho so that its variable is sensitive")]))
    }
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value, secret: true)
    return value
  }

  /// A rule writing the secret as argument `argument` of the body being built; `blocks` name the
  /// nested block that body is, outermost first, for the ledger (`redshift_configuration`).
  static func rule(_ argument: String, _ secret: Secret, in blocks: String...) -> PropertyCode {
    { member, builder, parts in
      let body = builder.primary.path / blocks
      parts.argument(argument, translate(member, secret, &builder, target: body / argument))
    }
  }

  /// A rule writing a list of secrets as argument `argument` of the body `blocks` name (as for
  /// `rule`): each element written in the template by the rules of one secret (the first variable
  /// named after `secret`, the next numbered); a computed list (a NoEcho `CommaDelimitedList`) as
  /// it is.
  static func list(_ argument: String, _ secret: Secret, in blocks: String...) -> PropertyCode {
    { member, builder, parts in
      let body = builder.primary.path / blocks
      guard case .list(let items) = member.value.kind else {
        parts.argument(
          argument,
          translate(
            member, secret, &builder, target: body / argument, as: .list(.string)))
        return
      }
      var values: [HCLExpression] = []
      for (index, item) in items.enumerated() {
        let element = member.element(index, item)
        values.append(translate(element, secret, &builder, target: body / argument))
      }
      parts.argument(argument, .tuple(values))
    }
  }
}
