import CFNParser

extension ResourceBuilder {
  /// How a user data script reaches the instance.
  package enum UserDataEncoding {
    /// The argument takes base64 (`aws_launch_template.user_data`).
    case base64
    /// The argument takes plain text (`aws_launch_configuration.user_data`, `aws_instance`).
    case plain
  }

  /// Turns `UserData` into a readable script next to the module (`templates/NAME-user-data.sh` or
  /// `.sh.tftpl`) and returns the expression that renders it: `file()` when the script is
  /// constant, `templatefile()` with one variable per interpolated value otherwise. The script
  /// reaches the instance byte for byte: shell `${VAR}` is escaped in templates, and a script
  /// without a final newline is rendered with `trimsuffix(…, "\n")`. The secrets the scanner
  /// finds in it become sensitive variables; base64 text that holds one is decoded first.
  package mutating func userData(_ member: RuleMember, encoding: UserDataEncoding) -> HCLExpression
  {
    translator.begin()
    let script: Expr
    if case .base64(let inner) = member.value.kind {
      script = inner
    } else if let decoded = Self.scriptHoldingSecret(member.value) {
      script = decoded
      translator.transformed("the base64 user data, which holds a secret, was decoded")
    } else {
      // Already base64 text (or a computed value): pass it through.
      var value = translator.translate(member.value, as: .string)
      if encoding == .plain {
        translator.transformed("base64 user data decoded for an argument that takes plain text")
        value = .call("base64decode", [value])
      }
      record(
        member, target: primary.path / "user_data",
        status: translator.status, note: translator.note, source: member.value, value: value,
        secret: translator.touchesSecret)
      return value
    }
    var segments: [TextSegment] = []
    translator.appendTemplateSegments(script, to: &segments)
    let parts = SecretScanner.extract(segments) { secretVariable($0) }
    let stem = Self.hyphenated(primary.name) + "-user-data.sh"
    var variables: [(name: String, value: HCLExpression)] = []
    var fileParts: [HCLTemplatePart] = []
    for part in parts {
      guard case .interpolation(let expression) = part else {
        fileParts.append(part)
        continue
      }
      let name: String
      if let existing = variables.first(where: { $0.value == expression }) {
        name = existing.name
      } else {
        name = Self.templateVariableName(expression, taken: variables.map(\.name))
        variables.append((name, expression))
      }
      fileParts.append(.interpolation(.reference(name)))
    }
    let text = fileParts.map { if case .literal(let t) = $0 { t } else { "" } }.joined()
    // A script whose end is not a known newline gets one in the file, taken off again by
    // trimsuffix(), which removes exactly one.
    var endsWithNewline = false
    if case .literal(let last)? = fileParts.last { endsWithNewline = last.hasSuffix("\n") }
    if !endsWithNewline { fileParts.append(.literal("\n")) }
    let path: String
    var expression: HCLExpression
    let location = HCLExpression.template([
      .interpolation(.reference("path.module")), .literal("/templates/"),
    ])
    if variables.isEmpty {
      path = "templates/\(stem)"
      files.append(GeneratedFile(path: path, contents: text + (endsWithNewline ? "" : "\n")))
      expression = .call("file", [Self.appending(location, stem)])
      translator.transformed("the user data script became templates/\(stem), read with file()")
    } else {
      path = "templates/\(stem).tftpl"
      files.append(
        GeneratedFile(path: path, contents: HCLPrinter.printTemplateFile(fileParts)))
      let vars = HCLExpression.object(
        variables.sorted { $0.name < $1.name }.map { HCLObjectItem($0.name, $0.value) })
      expression = .call("templatefile", [Self.appending(location, stem + ".tftpl"), vars])
      translator.transformed(
        "the user data script became \(path), rendered with templatefile()")
    }
    if !endsWithNewline {
      expression = .call("trimsuffix", [expression, .string("\n")])
    }
    if encoding == .base64 {
      expression = .call("base64encode", [expression])
    } else if Self.mayReadAsBase64(text) {
      // The provider takes user data that is valid base64 for encoded text: it would decode
      // "8888" itself. Encoded, the text reaches the instance as written.
      expression = .call("base64encode", [expression])
      translator.transformed(
        "user data that may read as base64 is encoded with base64encode(), which the provider passes on unchanged"
      )
    } else {
      translator.transformed("Fn::Base64 dropped: the argument takes plain text")
    }
    record(
      member, target: primary.path / "user_data",
      status: translator.status, note: translator.note, source: member.value,
      value: expression, secret: translator.touchesSecret)
    return expression
  }

  /// The script that literal base64 user data encodes, when the secret scanner finds a secret
  /// in it: a script like any other then, its secrets sensitive variables. Nil for any other
  /// value, which passes through as it is.
  static func scriptHoldingSecret(_ value: Expr) -> Expr? {
    guard case .string(let text) = value.kind, let bytes = Base64.decode(text),
      let script = String(validating: bytes, as: UTF8.self)
    else { return nil }
    let lines = UserDataLines.lines([script]) { $0 }.map(UserDataLines.bytes)
    guard SecretScanner.findings(inLines: lines).contains(where: { !$0.isEmpty }) else {
      return nil
    }
    return Expr(.string(script), range: value.range)
  }

  /// True when a script whose literal text is `text` may render as valid base64: every
  /// character of its text is of the base64 alphabet (a script of interpolations alone, such as
  /// a port number). A script with a space or a line break never does.
  static func mayReadAsBase64(_ text: String) -> Bool {
    text.utf8.allSatisfy { byte in
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
    }
  }

  /// A sensitive variable for a secret found in the user data, its value never copied: one per
  /// name and value (the same value read twice is one variable, two values under one name two).
  private mutating func secretVariable(_ secret: SecretScanner.ScriptSecret) -> HCLExpression {
    let base = secret.finding.name.split(separator: ".").last.map(String.init) ?? "secret"
    let key = base + "\u{0}" + secret.value
    let place = "line \(secret.line) of the script"
    let name: String
    if let existing = translator.scriptSecretVariables[key] {
      name = existing
    } else {
      name = translator.namer.reserveVariable(base)
      translator.scriptSecretVariables[key] = name
      diagnostics.append(
        .warning(
          "the user data of '\(logicalId)' holds a secret in plain text (\(secret.finding.what) on \(place)); it becomes the sensitive variable '\(name)'",
          at: secret.origin,
          notes: [.init("set it from a secret store; the template's value is not copied")]))
    }
    translator.sensitiveVariables.insert(name)
    translator.touchesSecret = true
    translator.transformed("the secret \(secret.finding.what) became a sensitive variable")
    return translator.addVariable(
      AddedVariable(
        name: name, type: "string",
        description:
          "Secret \(secret.finding.what) that the template wrote in plain text into the user data of \(logicalId) (\(place)); the value is not copied.",
        sensitive: true))
  }

  /// `name` with its underscores as hyphens. A name is ASCII (`Namer`), and replaced byte by
  /// byte; other text is replaced as characters, where an underscore may carry a combining mark.
  static func hyphenated(_ name: String) -> String {
    var name = name
    let ascii = name.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var hyphenated = Array(bytes)
      for index in hyphenated.indices where hyphenated[index] == UInt8(ascii: "_") {
        hyphenated[index] = UInt8(ascii: "-")
      }
      return String(decoding: hyphenated, as: UTF8.self)
    }
    return ascii ?? name.replacing("_", with: "-")
  }

  private static func appending(_ template: HCLExpression, _ text: String) -> HCLExpression {
    guard case .template(let parts) = template else { return template }
    return .template(parts.dropLast() + [.literal("/templates/" + text)])
  }

  /// A template variable name for an interpolated expression: `var.java_xmx` → `java_xmx`,
  /// `data.aws_region.current.name` → `region`, `aws_iam_role.x.arn` → `x_arn`,
  /// `lookup(var.physical_names, "WaitHandle", "")` → `wait_handle`.
  static func templateVariableName(_ expression: HCLExpression, taken: [String]) -> String {
    var base = "value"
    switch expression {
    case .traversal(let path), .attributeAccess(.traversal(let path), _):
      var components = path.names
      if case .attributeAccess(_, let last) = expression { components.append(last) }
      base = templateVariableBase(components) ?? base
    case .reference(let text), .attributeAccess(.reference(let text), _):
      var components = text.split(separator: ".").map(String.init)
      if case .attributeAccess(_, let last) = expression { components.append(last) }
      base = templateVariableBase(components) ?? base
    case .call("lookup", let arguments) where arguments.count == 3:
      // `lookup(var.physical_names, "Id", …)`: the logical id it reads.
      if case .string(let key) = arguments[1] { base = key }
    default: break
    }
    base = Namer.snakeCase(base)
    return Namer.numbered(base, avoiding: taken)
  }

  /// The variable name for the names of a reference (`var`, `java_xmx` → `java_xmx`; `data`,
  /// `aws_region`, `current`, `name` → `region`; `aws_iam_role`, `x`, `arn` → `x_arn`).
  private static func templateVariableBase(_ components: [String]) -> String? {
    switch components.first {
    case "var", "local": components.dropFirst().joined(separator: "_")
    case "data": components.count > 1 ? String(components[1].dropFirst(4)) : nil
    default: components.dropFirst().joined(separator: "_")
    }
  }
}
