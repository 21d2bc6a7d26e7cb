import CFNParser

/// The first step of moving a live stack to Terraform: the same template with every resource's
/// `DeletionPolicy` and `UpdateReplacePolicy` set to `"Retain"`. Updating the stack with it and
/// then deleting the stack leaves every resource in place, ready for `terraform import`.
///
/// The edit is made in the original text, JSON or YAML: a policy that holds another value has
/// that value replaced, a missing one is inserted after the resource's `Type` (or after the
/// policy it has), written like the members around it: in JSON, one per line with their
/// indentation and line breaks (LF, CRLF or CR; spaces or tabs), or compact on one line, with
/// the same spacing around `:` and `,`; in YAML, on a line of its own indented as its
/// neighbours (`YAMLMemberLayout`), or after `, ` in a flow mapping, quoted as they are. Every
/// other byte stays as it was: key order, whitespace, comments, quoting, escapes such as `\/`,
/// number lexemes, a byte-order mark.
///
/// A template with errors (of its syntax, of the template's structure, or a repeated key that
/// the edit would leave unretained) gives its diagnostics and no text.
package enum RetainTemplate {
  /// The two policy attributes the edit sets, in the order they are inserted.
  package static let policyAttributes = ["DeletionPolicy", "UpdateReplacePolicy"]
  /// The value both attributes get.
  package static let retain = "Retain"

  /// Sets both policies of every resource of `text` to `Retain`.
  ///
  /// Returns the edited text (nil when the template has errors), the diagnostics of reading it
  /// (warnings included), and one change per resource in source order, unchanged ones included.
  package static func retain(_ text: String, fileName: String) -> (
    text: String?, diagnostics: [Diagnostic], changes: [RetainChange]
  ) {
    retain(bytes: Array(text.utf8), fileName: fileName)
  }

  /// Like `retain(_:fileName:)`, for the raw bytes of a file (UTF-8, an optional byte-order
  /// mark, which is kept).
  package static func retain(bytes: [UInt8], fileName: String) -> (
    text: String?, diagnostics: [Diagnostic], changes: [RetainChange]
  ) {
    let (json, readDiagnostics, format) = SourceFormat.read(bytes: bytes, fileName: fileName)
    guard let json, !readDiagnostics.containsErrors else { return (nil, readDiagnostics, []) }
    let (template, decodeDiagnostics) = DeploymentSections.decode(json, fileName: fileName)
    var diagnostics = readDiagnostics + decodeDiagnostics
    guard let template else { return (nil, diagnostics, []) }
    let repeated = repeatedKeys(in: json, bytes: bytes, among: readDiagnostics)
    if !repeated.isEmpty {
      diagnostics.removeAll { diagnostic in repeated.contains { $0.warning == diagnostic } }
      diagnostics += repeated.map(\.error)
      return (nil, diagnostics.sortedByLocation(), [])
    }
    var edits: [Edit] = []
    var changes: [RetainChange] = []
    var edited: Set<Range<Int>> = []
    for resource in template.resources {
      let (resourceEdits, change) = retain(resource, in: bytes, format: format)
      // The resources a loop writes share its body: one edit there retains them all.
      edits += resourceEdits.filter { edited.insert($0.range).inserted }
      changes.append(change)
    }
    let result = apply(edits, to: bytes)
    guard keepsContent(of: template, in: result, fileName: fileName) else {
      diagnostics.append(.error(RetainError.editNotVerified.description, at: nil))
      return (nil, diagnostics, changes)
    }
    return (String(decoding: result, as: UTF8.self), diagnostics, changes)
  }

  /// A replacement of the bytes in `range`; an insertion when the range is empty.
  struct Edit {
    var range: Range<Int>
    var replacement: [UInt8]
  }

  /// The edits that retain one resource, and the change they make.
  static func retain(_ resource: Resource, in bytes: [UInt8], format: SourceFormat) -> (
    [Edit], RetainChange
  ) {
    var edits: [Edit] = []
    var outcomes: [RetainChange.Policy] = []
    var missing: [String] = []
    let existing = [resource.deletionPolicy, resource.updateReplacePolicy]
    for (attribute, policy) in zip(policyAttributes, existing) {
      guard let policy else {
        missing.append(attribute)
        outcomes.append(.added(defaultPolicy: defaultPolicy(of: attribute, for: resource)))
        continue
      }
      if policy.value == retain, resource.policyExpressions[attribute] == nil {
        outcomes.append(.unchanged)
      } else {
        let range = policy.range.startOffset..<policy.range.endOffset
        let replacement =
          format == .json
          ? Array(JSONValue.quoted(retain).utf8)
          : YAMLMemberLayout.scalar(
            retain, quote: YAMLMemberLayout.quote(at: policy.range.startOffset, in: bytes))
        edits.append(Edit(range: range, replacement: replacement))
        outcomes.append(
          .replaced(resource.policyExpressions[attribute]?.compactText ?? policy.value))
      }
    }
    if let members = resource.value.members, !missing.isEmpty {
      let anchor =
        members.firstIndex { policyAttributes.contains($0.key) }
        ?? members.firstIndex { $0.key == "Type" } ?? members.count - 1
      if format == .yaml {
        let layout = YAMLMemberLayout(of: resource.value, around: anchor, in: bytes)
        let text = missing.flatMap { layout.member($0, retain) }
        edits.append(Edit(range: layout.insertion..<layout.insertion, replacement: text))
      } else {
        let layout = MemberLayout(of: members, around: anchor, in: bytes)
        let end = members[anchor].value.range.endOffset
        let text = missing.flatMap { layout.member($0, retain) }
        edits.append(Edit(range: end..<end, replacement: text))
      }
    }
    let change = RetainChange(
      logicalId: resource.logicalId, type: resource.type.value, location: resource.range.start,
      deletionPolicy: outcomes[0], updateReplacePolicy: outcomes[1])
    return (edits, change)
  }

  /// What CloudFormation does without the attribute. The DeletionPolicy documentation names one
  /// exception to `Delete`: `Snapshot` for `AWS::RDS::DBCluster`, and for `AWS::RDS::DBInstance`
  /// without a `DBClusterIdentifier`.
  static func defaultPolicy(of attribute: String, for resource: Resource) -> String {
    guard attribute == "DeletionPolicy" else { return "Delete" }
    switch resource.type.value {
    case "AWS::RDS::DBCluster": return "Snapshot"
    case "AWS::RDS::DBInstance" where resource.property("DBClusterIdentifier") == nil:
      return "Snapshot"
    default: return "Delete"
    }
  }

  /// `bytes` with `edits`, which do not overlap, applied.
  static func apply(_ edits: [Edit], to bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + edits.count * 64)
    var copied = 0
    for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      result += bytes[copied..<edit.range.lowerBound]
      result += edit.replacement
      copied = edit.range.upperBound
    }
    result += bytes[copied...]
    return result
  }
}
