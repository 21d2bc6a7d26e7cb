import Foundation

/// The repository and its neighbours, found from this file's path (no SwiftPM resources): the one
/// place every test target learns where the fixtures and `../shared` are.
package enum RepositoryPaths {
  /// The repository root (`Tests/TestSupport/RepositoryPaths.swift`, three folders up).
  package static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/Fixtures`.
  package static let fixtures = root.appendingPathComponent("Tests/Fixtures")

  /// `../shared` (the corpus, AWS's template library, the tools), when present.
  package static let shared: URL? = {
    let url = root.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }()
}
