/// Where a CloudFormation element is in its template: a section (`Parameters`, `Description`) or
/// a resource's logical id, then steps into it. Its description is the path the reports print:
/// `Parameters.Xmx`, `LaunchGroup.Properties.MinSize`, `Id.Properties.A[1].B`,
/// `Lc.Properties.UserData[protocol]`.
package struct TemplatePath: Hashable, Sendable {
  /// What the path starts at.
  package enum Root: Hashable, Sendable {
    /// A top-level section of the template: `Parameters`, `Conditions`, `Description`, ….
    case section(String)
    /// A resource, by logical id.
    case resource(String)
  }

  /// One step into an element.
  package enum Step: Hashable, Sendable {
    /// A member of an object (`.Name`).
    case key(String)
    /// An element of a list (`[1]`).
    case index(Int)
    /// The `key=value` line named `key` of the script a property holds (`[protocol]`).
    case line(String)
  }

  /// What the path starts at.
  package var root: Root
  /// The steps from the root, outermost first.
  package var steps: [Step]

  /// A path from `root` through `steps`.
  package init(_ root: Root, _ steps: [Step] = []) {
    self.root = root
    self.steps = steps
  }

  /// The path of resource `logicalId` itself.
  package static func resource(_ logicalId: String) -> TemplatePath { .init(.resource(logicalId)) }

  /// The path of top-level section `name`.
  package static func section(_ name: String) -> TemplatePath { .init(.section(name)) }

  /// Property `name` of resource `logicalId`: `Id.Properties.Name`.
  package static func property(_ name: String, of logicalId: String) -> TemplatePath {
    .resource(logicalId) / "Properties" / name
  }

  /// The logical id of the resource the path is in; nil for a section's path.
  package var logicalId: String? {
    if case .resource(let id) = root { id } else { nil }
  }

  /// The section the path is in; nil for a resource's path.
  package var section: String? {
    if case .section(let name) = root { name } else { nil }
  }

  /// For a property path (`Id.Properties.…`), the steps after `Properties`; nil otherwise.
  package var propertySteps: ArraySlice<Step>? {
    guard logicalId != nil, steps.first == .key("Properties"), steps.count > 1 else { return nil }
    return steps.dropFirst()
  }

  /// This path with `steps` appended.
  package func appending(_ steps: [Step]) -> TemplatePath {
    TemplatePath(root, self.steps + steps)
  }

  /// This path with the steps of `relative` (a path below some element) appended.
  package func appending(_ relative: RelativeTemplatePath) -> TemplatePath {
    appending(relative.steps)
  }

  /// `path / "Key"`: member `Key`.
  package static func / (path: TemplatePath, key: String) -> TemplatePath {
    path.appending([.key(key)])
  }

  /// `path / 1`: list element 1.
  package static func / (path: TemplatePath, index: Int) -> TemplatePath {
    path.appending([.index(index)])
  }

  /// True when `other` is this path or lies below it.
  package func contains(_ other: TemplatePath) -> Bool {
    root == other.root && other.steps.starts(with: steps)
  }
}

/// Steps below some element, not yet attached to a root: a property's path relative to its
/// resource's `Properties` (`Listeners[0].Port`), as rule scopes carry it.
package struct RelativeTemplatePath: Hashable, Sendable {
  /// The steps, outermost first.
  package var steps: [TemplatePath.Step]

  /// Steps `steps`.
  package init(_ steps: [TemplatePath.Step] = []) { self.steps = steps }

  /// No steps.
  package static let here = RelativeTemplatePath()

  /// `relative / "Key"`: member `Key`.
  package static func / (path: RelativeTemplatePath, key: String) -> RelativeTemplatePath {
    RelativeTemplatePath(path.steps + [.key(key)])
  }

  /// `relative / 1`: list element 1.
  package static func / (path: RelativeTemplatePath, index: Int) -> RelativeTemplatePath {
    RelativeTemplatePath(path.steps + [.index(index)])
  }

  /// `relative + other`: the steps of both.
  package static func + (path: RelativeTemplatePath, other: RelativeTemplatePath)
    -> RelativeTemplatePath
  {
    RelativeTemplatePath(path.steps + other.steps)
  }
}

extension TemplatePath.Step {
  /// Appends the step as the path prints it, as UTF-8: `.Key`, `[1]`, `[line]`; a key first in
  /// a relative path has no dot.
  func write(into bytes: inout [UInt8], first: Bool) {
    switch self {
    case .key(let key):
      if !first { bytes.append(UInt8(ascii: ".")) }
      bytes.appendUTF8(key)
    case .index(let index):
      bytes.append(UInt8(ascii: "["))
      PathText.appendDecimal(index, to: &bytes)
      bytes.append(UInt8(ascii: "]"))
    case .line(let key):
      bytes.append(UInt8(ascii: "["))
      bytes.appendUTF8(key)
      bytes.append(UInt8(ascii: "]"))
    }
  }
}

extension TemplatePath: CustomStringConvertible {
  /// The path as reports print it: `LaunchGroup.Properties.MinSize`.
  package var description: String { PathText.string { write(into: &$0) } }

  /// Appends `description` to `bytes`, as UTF-8.
  package func write(into bytes: inout [UInt8]) {
    switch root {
    case .section(let name): bytes.appendUTF8(name)
    case .resource(let id): bytes.appendUTF8(id)
    }
    for step in steps { step.write(into: &bytes, first: false) }
  }
}

extension RelativeTemplatePath: CustomStringConvertible {
  /// The steps as a path prints them, without a leading dot: `Listeners[0].Port`.
  package var description: String { PathText.string { write(into: &$0) } }

  /// Appends `description` to `bytes`, as UTF-8.
  package func write(into bytes: inout [UInt8]) {
    for (n, step) in steps.enumerated() { step.write(into: &bytes, first: n == 0) }
  }
}
