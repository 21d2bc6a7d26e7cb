import Foundation
import TestSupport

/// The shared corpus of real templates, found next to the repository (`../shared/corpus`).
enum Corpus {
  /// The repository root.
  static let repositoryRoot = RepositoryPaths.root

  /// The corpus folder, when it exists.
  static let directory: URL? = {
    let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }()

  /// True when the corpus is present; tests that need it are skipped, by name, otherwise.
  static var isAvailable: Bool { directory != nil }

  /// Every corpus template, sorted by path.
  static func templates(in folder: String? = nil) -> [URL] {
    guard let directory else { return [] }
    let base = folder.map { directory.appendingPathComponent($0) } ?? directory
    let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
    var files: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      if url.pathExtension == "json" { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
  }
}
