import Foundation
import TestSupport

/// Where the built `cfn2tf` and the fixtures are.
///
/// `swift test` builds every product of the package, the executable included, into the same
/// products directory as the test bundle (`.build/<triple>/debug/`), so the tests build nothing
/// themselves. `CFN2TF_EXECUTABLE` names another binary to test.
enum Binary {
  static let executable: URL? = {
    if let path = ProcessInfo.processInfo.environment["CFN2TF_EXECUTABLE"] {
      return URL(fileURLWithPath: path)
    }
    // Linux: the test bundle is the main executable. macOS: it is an `.xctest` bundle loaded by
    // a runner, so look beside that bundle.
    let directories =
      [Bundle.main.bundleURL]
      + Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map {
        $0.bundleURL.deletingLastPathComponent()
      }
    return directories.map { $0.appendingPathComponent("cfn2tf") }.first {
      FileManager.default.isExecutableFile(atPath: $0.path)
    }
  }()

  /// `Tests/Fixtures`.
  static let fixtures = RepositoryPaths.fixtures

  /// Every file below `directory` by its path relative to it, with its bytes as text.
  static func tree(at directory: URL) -> [String: String] {
    var files: [String: String] = [:]
    let base = directory.resolvingSymlinksInPath().path
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
    while let relative = enumerator.nextObject() as? String {
      let path = base + "/" + relative
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      files[relative] = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<unreadable>"
    }
    return files
  }
}
