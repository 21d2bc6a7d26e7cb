import CFNParser

/// The correspondence report of one conversion: every ledger entry, grouped and put in template
/// order for reading, with the summary a reviewer starts from. Built from a `Conversion`'s ledger
/// and diagnostics; it re-derives nothing. `TextReport`, `MarkdownReport` and `JSONReport` print
/// it.
package struct ReportModel: Hashable, Sendable {
  /// A part of the details, in the order the report prints them.
  package enum SectionKind: String, Hashable, Sendable, CaseIterable {
    /// Template-level sections (`Description`, `Metadata`).
    case template
    /// Parameters and the variables they became.
    case parameters
    /// Mappings.
    case mappings
    /// Conditions.
    case conditions
    /// Resources, each with its properties and attributes.
    case resources
    /// Outputs.
    case outputs
    /// What cfn2tf added without a CloudFormation source.
    case additions
    /// How live resources are adopted (only with a live stack).
    case migration

    /// The heading: `Parameters`, `Added by cfn2tf`, …
    package var title: String {
      switch self {
      case .template: "Template"
      case .parameters: "Parameters"
      case .mappings: "Mappings"
      case .conditions: "Conditions"
      case .resources: "Resources"
      case .outputs: "Outputs"
      case .additions: "Added by cfn2tf"
      case .migration: "Migration"
      }
    }

    /// The section an entry of `kind` belongs to.
    package init(_ kind: LedgerElementKind) {
      switch kind {
      case .section: self = .template
      case .parameter: self = .parameters
      case .mapping: self = .mappings
      case .condition: self = .conditions
      case .resource, .property, .attribute: self = .resources
      case .output: self = .outputs
      case .addition: self = .additions
      case .migration: self = .migration
      }
    }
  }

  /// Entries printed together: one resource with its properties and attributes (the resource's
  /// own entry first, the rest in template order), or all the entries of another section.
  package struct Group: Hashable, Sendable {
    /// The logical id, for a resource; nil elsewhere.
    package var logicalId: String?
    /// The CloudFormation type, for a resource.
    package var resourceType: String?
    /// The entries.
    package var entries: [LedgerEntry]
  }

  /// One part of the details.
  package struct Section: Hashable, Sendable {
    /// Which part.
    package var kind: SectionKind
    /// Its groups: one per resource in `resources`, a single one elsewhere.
    package var groups: [Group]

    /// Every entry of the section, in order.
    package var entries: [LedgerEntry] { groups.flatMap(\.entries) }
  }

  /// How many entries have one status.
  package struct StatusCount: Hashable, Sendable {
    /// The status.
    package var status: LedgerStatus
    /// The number of entries with it.
    package var count: Int
  }

  /// The template's file name, as given.
  package var templateName: String
  /// The version of cfn2tf that made the conversion.
  package var toolVersion: String
  /// The details: the sections that have entries, in `SectionKind` order.
  package var sections: [Section]
  /// The number of entries with each status, in status order (zeros included).
  package var counts: [StatusCount]
  /// Every approximated, kept, dropped and unsupported entry, in the order of the details.
  package var review: [LedgerEntry]
  /// What stays in CloudFormation (resources and transforms), in the order of the details: the
  /// report lists it first.
  package var kept: [LedgerEntry]
  /// Every diagnostic of the conversion, in location order.
  package var diagnostics: [Diagnostic]

  /// The report of `conversion`, whose template was read as `templateName`.
  package init(
    _ conversion: Conversion, templateName: String, toolVersion: String = CFN2TF.version
  ) {
    self.templateName = templateName
    self.toolVersion = toolVersion
    sections = Self.sections(of: conversion.ledger.entries)
    counts = conversion.ledger.counts.map { StatusCount(status: $0.status, count: $0.count) }
    var review: [LedgerEntry] = []
    var kept: [LedgerEntry] = []
    for section in sections {
      for group in section.groups {
        for entry in group.entries where entry.status.needsReview {
          if entry.needsReview { review.append(entry) }
          if entry.isKeptElement { kept.append(entry) }
        }
      }
    }
    self.review = review
    self.kept = kept
    diagnostics = conversion.diagnostics.sortedByLocation()
  }

  /// Every entry, in the order of the details.
  package var entries: [LedgerEntry] { sections.flatMap(\.entries) }

  /// The number of entries.
  package var total: Int { counts.reduce(0) { $0 + $1.count } }

  /// True when an entry was approximated, dropped or is unsupported (`diff --strict` exits 2).
  package var needsReview: Bool { !review.isEmpty }

  /// The warnings among the diagnostics.
  package var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

  /// How an entry is named inside its section: the path without the section's prefix
  /// (`Parameters.Xmx` → `Xmx`, `LaunchGroup.Properties.MinSize` → `Properties.MinSize`); a
  /// resource's own entry keeps its logical id.
  package static func label(of entry: LedgerEntry) -> String {
    PathText.string { writeLabel(of: entry, into: &$0) }
  }

  /// Appends `label(of: entry)` to `bytes`, as UTF-8.
  static func writeLabel(of entry: LedgerEntry, into bytes: inout [UInt8]) {
    guard let path = entry.path, !path.steps.isEmpty else {
      return entry.writeSubject(into: &bytes)
    }
    let inOwnSection: Bool
    switch entry.kind {
    case .parameter: inOwnSection = path.section == "Parameters"
    case .mapping: inOwnSection = path.section == "Mappings"
    case .condition: inOwnSection = path.section == "Conditions"
    case .output: inOwnSection = path.section == "Outputs"
    default: inOwnSection = false
    }
    let inResource = (entry.kind == .property || entry.kind == .attribute) && path.logicalId != nil
    guard inOwnSection || inResource else { return entry.writeSubject(into: &bytes) }
    RelativeTemplatePath(path.steps).write(into: &bytes)
  }

  /// The Terraform side of an entry as printed after its label: nothing when there is no target
  /// or it merely repeats the path (additions).
  package static func shownTarget(of entry: LedgerEntry) -> String? {
    guard let target = entry.targetText, target != entry.subject else { return nil }
    return target
  }

  /// Groups entries into sections: resources by logical id, each section in template order.
  static func sections(of entries: [LedgerEntry]) -> [Section] {
    SectionKind.allCases.compactMap { kind in
      let members = entries.filter { SectionKind($0.kind) == kind }
      guard !members.isEmpty else { return nil }
      if kind != .resources {
        let ordered = kind == .migration ? members : inTemplateOrder(members)
        return Section(kind: kind, groups: [Group(entries: ordered)])
      }
      return Section(kind: kind, groups: resourceGroups(members))
    }
  }

  /// One group per logical id (the path's first component), ordered by where the resource is
  /// written; the resource's own entry first, its properties and attributes in template order.
  private static func resourceGroups(_ entries: [LedgerEntry]) -> [Group] {
    // One pass: the ids in the order first met, each with its entries in ledger order. A
    // resource's entries mostly follow one another, so the last id is tried before the table.
    var ids: [String] = []
    var membersOf: [[LedgerEntry]] = []
    var indexById: [String: Int] = [:]
    for entry in entries {
      let id = logicalId(of: entry)
      if let last = ids.last, last == id {
        membersOf[membersOf.count - 1].append(entry)
      } else if let index = indexById[id] {
        membersOf[index].append(entry)
      } else {
        indexById[id] = ids.count
        ids.append(id)
        membersOf.append([entry])
      }
    }
    let groups = ids.indices.map { index in
      let id = ids[index]
      let members = membersOf[index]
      let own = members.filter { $0.kind == .resource }
      let rest = inTemplateOrder(members.filter { $0.kind != .resource })
      let type = members.lazy.compactMap(\.resourceType).first
      return Group(logicalId: id, resourceType: type, entries: own + rest)
    }
    return stableSorted(groups) { group in
      group.entries.lazy.compactMap(\.location).first
    }
  }

  private static func logicalId(of entry: LedgerEntry) -> String {
    switch entry.path?.root {
    case .resource(let id): id
    case .section(let name): name
    case nil: entry.subject
    }
  }

  /// Entries by location; those without one last, each run keeping the ledger's order.
  private static func inTemplateOrder(_ entries: [LedgerEntry]) -> [LedgerEntry] {
    stableSorted(entries) { $0.location }
  }

  private static func stableSorted<T>(_ items: [T], by location: (T) -> SourceLocation?) -> [T] {
    // Items in order already (most groups: the ledger follows the template) are not sorted
    // again: no item placed before one it should follow.
    func precedes(_ a: SourceLocation?, _ b: SourceLocation?) -> Bool {
      switch (a, b) {
      case (let l?, let r?): l < r
      case (_?, nil): true
      default: false
      }
    }
    var previous = items.first.flatMap(location)
    var ordered = true
    for item in items.dropFirst() {
      let current = location(item)
      if precedes(current, previous) {
        ordered = false
        break
      }
      previous = current
    }
    if ordered { return items }
    return items.enumerated().sorted { a, b in
      switch (location(a.element), location(b.element)) {
      case (let l?, let r?) where l != r: return l < r
      case (nil, _?): return false
      case (_?, nil): return true
      default: return a.offset < b.offset
      }
    }.map(\.element)
  }
}
