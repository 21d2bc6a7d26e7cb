import Foundation
import TFEmitter

/// Writes a module so that a failure leaves nothing half-written: the files go to a temporary
/// sibling directory, which is then renamed into place. A non-empty directory is replaced only
/// with `--force`.
enum OutputDirectory {
  /// Fails unless `path` is absent, empty, or `force` is set.
  static func checkWritable(_ path: String, force: Bool) throws(RunError) {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else {
      throw RunError(message: "\(path) exists and is not a directory")
    }
    let contents = (try? manager.contentsOfDirectory(atPath: path)) ?? []
    if !contents.isEmpty, !force {
      throw RunError(
        message: "\(path) is not empty; pass --force to replace it, or choose another --output")
    }
  }

  /// Writes `files` into `path`, replacing what is there.
  static func write(_ files: [GeneratedFile], to path: String) throws(RunError) {
    let manager = FileManager.default
    let target = URL(fileURLWithPath: path)
    let parent = target.deletingLastPathComponent()
    let pid = ProcessInfo.processInfo.processIdentifier
    let staging = parent.appendingPathComponent(".\(target.lastPathComponent).cfn2tf-new-\(pid)")
    let previous = parent.appendingPathComponent(".\(target.lastPathComponent).cfn2tf-old-\(pid)")
    do {
      try manager.createDirectory(at: parent, withIntermediateDirectories: true)
      try? manager.removeItem(at: staging)
      try manager.createDirectory(at: staging, withIntermediateDirectories: true)
      for file in files {
        let url = staging.appendingPathComponent(file.path)
        try manager.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.contents.utf8).write(to: url)
      }
      if manager.fileExists(atPath: target.path) {
        try manager.moveItem(at: target, to: previous)
      }
      try manager.moveItem(at: staging, to: target)
      try? manager.removeItem(at: previous)
    } catch {
      try? manager.removeItem(at: staging)
      if !manager.fileExists(atPath: target.path), manager.fileExists(atPath: previous.path) {
        try? manager.moveItem(at: previous, to: target)
      }
      throw RunError(message: "cannot write \(path): \(error.localizedDescription)")
    }
  }
}
