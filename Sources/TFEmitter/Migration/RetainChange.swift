import CFNParser

/// What `RetainTemplate` did to one resource's `DeletionPolicy` and `UpdateReplacePolicy`.
///
/// The description is the line `cfn2tf retain` prints for it:
/// `LaunchGroup: DeletionPolicy Retain (added), UpdateReplacePolicy Retain (added)`.
package struct RetainChange: Hashable, Sendable, CustomStringConvertible {
  /// What happened to one policy attribute; after the edit it is `"Retain"` in every case.
  package enum Policy: Hashable, Sendable {
    /// The attribute was absent and was inserted. `defaultPolicy` is what CloudFormation did
    /// without it: `Delete`, or `Snapshot` where its documentation names that default.
    case added(defaultPolicy: String)
    /// The attribute held another policy (`Delete`, `Snapshot`, `RetainExceptOnCreate`), which
    /// was replaced.
    case replaced(String)
    /// The attribute was `Retain` already and was left alone.
    case unchanged
  }

  /// The resource's logical id.
  package var logicalId: String
  /// The resource's type, such as `AWS::S3::Bucket`.
  package var type: String
  /// Where the logical id is written.
  package var location: SourceLocation
  /// What happened to `DeletionPolicy`.
  package var deletionPolicy: Policy
  /// What happened to `UpdateReplacePolicy`.
  package var updateReplacePolicy: Policy

  /// Creates a change.
  package init(
    logicalId: String, type: String, location: SourceLocation, deletionPolicy: Policy,
    updateReplacePolicy: Policy
  ) {
    self.logicalId = logicalId
    self.type = type
    self.location = location
    self.deletionPolicy = deletionPolicy
    self.updateReplacePolicy = updateReplacePolicy
  }

  /// True when the resource's text was left exactly as it was.
  package var isUnchanged: Bool {
    deletionPolicy == .unchanged && updateReplacePolicy == .unchanged
  }

  /// `LaunchGroup: DeletionPolicy Retain (added), UpdateReplacePolicy Retain (was Delete)`.
  package var description: String {
    "\(logicalId): DeletionPolicy Retain (\(Self.explain(deletionPolicy))), "
      + "UpdateReplacePolicy Retain (\(Self.explain(updateReplacePolicy)))"
  }

  /// The parenthesised part of a policy's summary.
  static func explain(_ policy: Policy) -> String {
    switch policy {
    case .added(let defaultPolicy) where defaultPolicy != "Delete":
      "added; the default for this type was \(defaultPolicy)"
    case .added: "added"
    case .replaced("Snapshot"):
      "was Snapshot; Retain keeps the resource itself, not only a snapshot, which is safer"
    case .replaced(let old): "was \(old)"
    case .unchanged: "unchanged"
    }
  }
}
