import CFNParser

extension Hardening {
  /// Text that reaches the instance metadata service: its IPv4 and IPv6 addresses and the name
  /// `instance-data` resolves to it by.
  static let metadataEndpoints = ["169.254.169.254", "fd00:ec2::254", "instance-data/"]
  /// The header an IMDSv2 request carries (compared lowercased).
  static let tokenHeader = "x-aws-ec2-metadata-token"

  /// An instance, launch template or launch configuration whose metadata options the template
  /// left unset (or set without `HttpTokens`): with `--harden`, `http_tokens = "required"` (and
  /// `http_endpoint = "enabled"` in a block of its own) unless the instance's own scripts read
  /// the metadata without a token, which IMDSv2 would refuse; without, a ledger entry saying that
  /// IMDSv1 stays allowed, as CloudFormation leaves it. An instance launched from a launch
  /// template gets neither: the launch template decides.
  static func metadataOptions(_ builder: inout ResourceBuilder) {
    let resource = builder.resource
    var fields = resource.properties
    var property = RelativeTemplatePath.here / "MetadataOptions"
    if resource.type.value == "AWS::EC2::LaunchTemplate" {
      guard case .object(let data)? = resource.property("LaunchTemplateData")?.value.kind else {
        return
      }
      fields = data
      property = .here / "LaunchTemplateData" / "MetadataOptions"
    }
    if resource.type.value == "AWS::EC2::Instance", resource.property("LaunchTemplate") != nil {
      return
    }
    var existing: Int?
    if let options = fields.first(where: { $0.key == "MetadataOptions" }) {
      guard case .object(let settings) = options.value.kind,
        !settings.contains(where: { $0.key == "HttpTokens" }),
        settings.first(where: { $0.key == "HttpEndpoint" })?.value.stringValue != "disabled",
        let index = builder.primary.content.blocks.firstIndex(where: {
          $0.block.type == "metadata_options"
        })
      else { return }
      existing = index
      property = property / "HttpTokens"
    }
    let reader = metadataReadWithoutToken(resource, fields)
    guard builder.options.harden else {
      metadataEntry(
        &builder, property: property,
        note: reader == nil
          ? "not set: IMDSv1 stays allowed, as in the template (CloudFormation's default); --harden requires IMDSv2 (http_tokens = \"required\")"
          : "not set: IMDSv1 stays allowed, as in the template (CloudFormation's default), whose scripts read instance metadata without a session token"
      )
      return
    }
    if let reader {
      builder.diagnostics.append(
        .warning(
          "the scripts of '\(resource.logicalId)' read instance metadata without a session token (IMDSv1), so '--harden' leaves IMDSv1 allowed there",
          at: reader,
          notes: [
            .init(
              "request a token first ('curl -X PUT http://169.254.169.254/latest/api/token -H \"X-aws-ec2-metadata-token-ttl-seconds: 300\"'), send it as the 'X-aws-ec2-metadata-token' header, then set http_tokens = \"required\""
            )
          ]))
      metadataEntry(
        &builder, property: property,
        note:
          "--harden: not applied: the instance's scripts read instance metadata without a session token, which IMDSv2 refuses; IMDSv1 stays allowed, as in the template"
      )
      return
    }
    let comment = [
      "cfn2tf: --harden: IMDSv2 only; the template left the metadata options unset (IMDSv1 allowed)"
    ]
    var value = HCLExpression.object([HCLObjectItem("http_tokens", .string("required"))])
    if let existing {
      builder.primary.content.blocks[existing].block.body.attribute(
        "http_tokens", .string("required"))
      builder.primary.content.blocks[existing].comments += comment
    } else {
      var body = HCLBody()
      body.attribute("http_endpoint", .string("enabled"))
      body.attribute("http_tokens", .string("required"))
      builder.primary.content.block(HCLBlock("metadata_options", body: body), comments: comment)
      value = .object([
        HCLObjectItem("http_endpoint", .string("enabled")),
        HCLObjectItem("http_tokens", .string("required")),
      ])
    }
    record(
      &builder, property: property, target: builder.primary.path / "metadata_options",
      value: value,
      note:
        "not set: IMDSv1 was allowed; IMDSv2 is required (neither the user data nor the cfn-init metadata reads instance metadata without a token)"
    )
  }

  /// The entry of metadata options left as the template left them: IMDSv1 allowed.
  private static func metadataEntry(
    _ builder: inout ResourceBuilder, property: RelativeTemplatePath, note: String
  ) {
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(property),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        status: .exact, note: note))
  }

  /// Where the resource's user data or its `Metadata` (cfn-init's configuration) reaches the
  /// instance metadata service, when neither sends the IMDSv2 token header anywhere.
  static func metadataReadWithoutToken(_ resource: Resource, _ fields: [ExprMember])
    -> SourceLocation?
  {
    var texts: [(String, SourceLocation)] = []
    if let userData = fields.first(where: { $0.key == "UserData" }) {
      collectTexts(userData.value, into: &texts)
    }
    if let metadata = resource.metadata { collectTexts(metadata, into: &texts) }
    guard !texts.contains(where: { contains($0.0, tokenHeader, ignoringCase: true) }) else {
      return nil
    }
    return texts.first { text, _ in metadataEndpoints.contains { contains(text, $0) } }?.1
  }

  /// Whether `text` contains `needle` (lowercase ASCII), as `text.contains(needle)` says (or
  /// `text.lowercased().contains(needle)` when `ignoringCase`): byte by byte for ASCII text, which
  /// nearly all is; through `String` beyond it, where lowercasing or grapheme clusters may decide.
  static func contains(_ text: String, _ needle: String, ignoringCase: Bool = false) -> Bool {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return ignoringCase ? text.lowercased().contains(needle) : text.contains(needle)
    }
    let haystack = text.utf8
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, haystack.count >= pattern.count else { return pattern.isEmpty }
    func folded(_ byte: UInt8) -> UInt8 {
      ignoringCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
    var start = haystack.startIndex
    var remaining = haystack.count
    while remaining >= pattern.count {
      if folded(haystack[start]) == first,
        zip(haystack[start...].dropFirst(), pattern.dropFirst()).allSatisfy({ folded($0) == $1 })
      {
        return true
      }
      start = haystack.index(after: start)
      remaining -= 1
    }
    return false
  }

  /// The literal strings of `expr` (and the literal parts of its `Fn::Sub` strings), each with
  /// where it is written.
  static func collectTexts(_ expr: Expr, into texts: inout [(String, SourceLocation)]) {
    switch expr.kind {
    case .string(let text):
      texts.append((text, expr.location))
    case .sub(let parts, _):
      for case .literal(let text) in parts { texts.append((text, expr.location)) }
    default:
      break
    }
    for child in expr.children { collectTexts(child, into: &texts) }
  }
}
