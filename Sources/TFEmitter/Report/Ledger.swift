import CFNParser

/// What became of one CloudFormation element in the conversion.
package enum LedgerStatus: String, Hashable, Sendable, CaseIterable, Comparable {
  /// Carried over with the same meaning and value.
  case exact
  /// Same meaning, different form (a Join became a template, a string a number).
  case transformed
  /// Close, but not the same: the note says what differs.
  case approximated
  /// Stays in CloudFormation, in the stack the module deploys: the note says why.
  case kept
  /// Not carried over: the note says why.
  case dropped
  /// cfn2tf does not know how to carry it over.
  case unsupported

  var rank: Int {
    switch self {
    case .exact: 0
    case .transformed: 1
    case .approximated: 2
    case .kept: 3
    case .dropped: 4
    case .unsupported: 5
    }
  }

  /// Orders statuses from exact to unsupported.
  package static func < (lhs: LedgerStatus, rhs: LedgerStatus) -> Bool { lhs.rank < rhs.rank }

  /// True for statuses a reviewer must look at (`--strict` fails on them).
  package var needsReview: Bool { self >= .approximated }
}

/// The kind of CloudFormation element an entry is about.
package enum LedgerElementKind: String, Hashable, Sendable, CaseIterable {
  case parameter
  case mapping
  case condition
  case resource
  case property
  /// A resource attribute such as `DependsOn`, `DeletionPolicy`, `UpdatePolicy`, `Metadata`.
  case attribute
  case output
  /// Template-level sections such as `Description` or `Metadata`.
  case section
  /// Something cfn2tf added that has no CloudFormation source (a data source, a variable).
  case addition
  /// How a live resource is adopted (an import block), or why it cannot be.
  case migration
}

/// One ledger entry: a CloudFormation element, the Terraform it became, and how faithfully.
///
/// A value, stored in one shared box that is copied on write: a large conversion's ledger is
/// copied into the report's sections and groups, and each copy is then a reference, not the
/// whole entry.
package struct LedgerEntry: Hashable, Sendable {
  private struct Fields: Hashable, Sendable {
    var kind: LedgerElementKind
    var path: TemplatePath?
    var caption: String?
    var resourceType: String?
    var location: SourceLocation?
    var target: TerraformPath?
    var furtherTargets: [TerraformPath]
    var status: LedgerStatus
    var note: String
    var sourceValue: String?
    var targetValue: String?
  }

  /// The box; only a uniquely referenced box is ever written to.
  private final class Box: @unchecked Sendable {
    var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private var box: Box

  /// The fields, to be written: the box is copied first when it is shared.
  private var writable: Box {
    mutating get {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
      return box
    }
  }

  // One accessor pair per field, on purpose: a `@dynamicMemberLookup` subscript over key paths
  // into `Fields` reads the same, but made a 500-resource conversion 15 to 30% slower.

  /// What kind of element.
  package var kind: LedgerElementKind {
    get { box.fields.kind }
    set { writable.fields.kind = newValue }
  }
  /// Its path in the template: `LaunchGroup`, `LaunchGroup.Properties.MinSize`, `Parameters.Xmx`;
  /// nil for what the template does not have (an addition, an adoption).
  package var path: TemplatePath? {
    get { box.fields.path }
    set { writable.fields.path = newValue }
  }
  /// What an adoption adopts, in words, for an entry without a template path.
  package var caption: String? {
    get { box.fields.caption }
    set { writable.fields.caption = newValue }
  }
  /// The CloudFormation resource type, for resources and their properties.
  package var resourceType: String? {
    get { box.fields.resourceType }
    set { writable.fields.resourceType = newValue }
  }
  /// Where the element is written.
  package var location: SourceLocation? {
    get { box.fields.location }
    set { writable.fields.location = newValue }
  }
  /// The Terraform address or argument it became: `aws_autoscaling_group.launch_group.min_size`.
  package var target: TerraformPath? {
    get { box.fields.target }
    set { writable.fields.target = newValue }
  }
  /// What else it became, when it became several things at once (a resource and its
  /// attachments).
  package var furtherTargets: [TerraformPath] {
    get { box.fields.furtherTargets }
    set { writable.fields.furtherTargets = newValue }
  }
  /// How faithfully.
  package var status: LedgerStatus {
    get { box.fields.status }
    set { writable.fields.status = newValue }
  }
  /// How it was transformed, what differs, or why it was dropped.
  package var note: String {
    get { box.fields.note }
    set { writable.fields.note = newValue }
  }
  /// The CloudFormation value, rendered as compact JSON with secrets redacted.
  package var sourceValue: String? {
    get { box.fields.sourceValue }
    set { writable.fields.sourceValue = newValue }
  }
  /// The Terraform value, rendered as HCL with secrets redacted.
  package var targetValue: String? {
    get { box.fields.targetValue }
    set { writable.fields.targetValue = newValue }
  }

  /// Creates an entry about the element at `path` that became `target`, and also
  /// `furtherTargets` when it became several things at once. An addition has no template path:
  /// it is named by its target. An adoption has none either: `caption` says in words what it
  /// adopts.
  package init(
    kind: LedgerElementKind, path: TemplatePath?, caption: String? = nil,
    resourceType: String? = nil, location: SourceLocation? = nil, target: TerraformPath? = nil,
    furtherTargets: [TerraformPath] = [], status: LedgerStatus, note: String = "",
    sourceValue: String? = nil, targetValue: String? = nil
  ) {
    box = Box(
      Fields(
        kind: kind, path: path, caption: caption, resourceType: resourceType, location: location,
        target: target, furtherTargets: furtherTargets, status: status, note: note,
        sourceValue: sourceValue, targetValue: targetValue))
  }

  package static func == (lhs: LedgerEntry, rhs: LedgerEntry) -> Bool {
    lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
  }

  package func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

  /// The targets, as the reports print them: `aws_x.y, aws_x_attachment.y`; nil for none.
  package var targetText: String? {
    guard target != nil else { return nil }
    return PathText.string { writeTargetText(into: &$0) }
  }

  /// Appends `targetText` to `bytes`, as UTF-8; nothing when there is no target.
  package func writeTargetText(into bytes: inout [UInt8]) {
    guard let target else { return }
    target.write(into: &bytes)
    for further in furtherTargets {
      bytes.append(literal: ", ")
      further.write(into: &bytes)
    }
  }

  /// How the reports name the entry: its template path, or for what the template does not have,
  /// its caption or its target.
  package var subject: String { path?.description ?? caption ?? targetText ?? "" }

  /// Appends `subject` to `bytes`, as UTF-8.
  package func writeSubject(into bytes: inout [UInt8]) {
    if let path {
      path.write(into: &bytes)
    } else if let caption {
      bytes.appendUTF8(caption)
    } else {
      writeTargetText(into: &bytes)
    }
  }
}

extension LedgerEntry {
  /// True for an entry a reviewer must decide on (`--strict` fails on it): approximated, kept,
  /// dropped or unsupported. The properties and attributes of a kept resource go with it: its own
  /// entry is the one to review.
  package var needsReview: Bool {
    guard status.needsReview else { return false }
    return !(status == .kept && (kind == .property || kind == .attribute))
  }

  /// True for what stays in CloudFormation as a whole: a kept resource or transform.
  package var isKeptElement: Bool {
    status == .kept && (kind == .resource || kind == .section)
  }
}

/// Every entry written while mapping, in the order the mapping wrote them. Reports read it; they
/// never re-derive anything.
package struct Ledger: Hashable, Sendable {
  /// The entries.
  package var entries: [LedgerEntry] = []

  /// Creates an empty ledger.
  package init() {}

  /// Appends an entry.
  package mutating func record(_ entry: LedgerEntry) {
    entries.append(entry)
  }

  /// The number of entries with each status, in status order.
  package var counts: [(status: LedgerStatus, count: Int)] {
    LedgerStatus.allCases.map { status in (status, entries.filter { $0.status == status }.count) }
  }

  /// The entries a reviewer must decide on.
  package var needingReview: [LedgerEntry] { entries.filter(\.needsReview) }
}
