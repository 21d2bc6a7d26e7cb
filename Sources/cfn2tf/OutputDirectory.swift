import Foundation
import TFEmitter

/// Writes a module so that a failure leaves nothing behind: the files go to a temporary sibling
/// directory, which is then renamed into place. A non-empty directory is replaced only with
/// `--force`.
enum OutputDirectory {
  /// Fails unless `path` is absent (below a directory), an empty directory, or a directory and
  /// `force` is set.
  static func checkWritable(_ path: String, force: Bool) throws(RunError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      var ancestor = URL(fileURLWithPath: path).deletingLastPathComponent()
      while !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
        ancestor.deleteLastPathComponent()
      }
      if !isDirectory.boolValue {
        throw RunError(cannot: "write", path, because: POSIXError(.ENOTDIR))
      }
      return
    }
    guard isDirectory.boolValue else {
      throw RunError(
        "output path '\(path)' exists and is not a directory", notes: ["choose another '--output'"])
    }
    let contents: [String]
    do {
      contents = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw RunError(cannot: "read", path, because: error)
    }
    if !contents.isEmpty, !force {
      throw RunError(
        "output directory '\(path)' is not empty",
        notes: ["pass '--force' to replace it, or choose another '--output'"])
    }
  }

  /// Fails when replacing the directory `path` would delete the template being converted.
  static func checkSpares(_ template: String, replacing path: String) throws(RunError) {
    let directory = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let file = URL(fileURLWithPath: template).resolvingSymlinksInPath().path
    if file.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/") {
      throw RunError(
        "output directory '\(path)' holds the template '\(template)'",
        notes: ["choose another '--output'"])
    }
  }

  /// Writes `files` into the directory `path`, replacing what is there. Directories missing above
  /// it are created; on failure they are removed again, with the staging directory.
  static func write(_ files: [GeneratedFile], to path: String) throws(RunError) {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    guard target.pathComponents.count > 1 else {
      throw RunError("cannot replace the root directory", notes: ["choose another '--output'"])
    }
    let staging = sibling(of: target, suffix: "new")
    let created = highestMissingDirectory(above: target)
    do {
      try attempt(path) {
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
      }
      try write(files, into: staging, shownAs: path)
      try rename(staging, to: target, shownAs: path)
    } catch {
      try? FileManager.default.removeItem(at: staging)
      if let created { try? FileManager.default.removeItem(at: created) }
      throw error
    }
  }

  /// Writes each file below `directory`, naming it in errors below the path the user gave.
  private static func write(
    _ files: [GeneratedFile], into directory: URL, shownAs path: String
  ) throws(RunError) {
    let shownRoot = path.hasSuffix("/") ? String(path.dropLast()) : path
    for file in files {
      let url = directory.appendingPathComponent(file.path)
      try attempt("\(shownRoot)/\(file.path)") {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.bytes).write(to: url)
      }
    }
  }

  /// Renames `staging` to `target`, moving a directory already there aside first and removing it
  /// afterwards; puts it back when the rename fails.
  private static func rename(_ staging: URL, to target: URL, shownAs path: String)
    throws(RunError)
  {
    let manager = FileManager.default
    let previous = sibling(of: target, suffix: "old")
    let replacing = manager.fileExists(atPath: target.path)
    if replacing { try attempt(path) { try manager.moveItem(at: target, to: previous) } }
    do {
      try attempt(path) { try manager.moveItem(at: staging, to: target) }
    } catch {
      if replacing { try? manager.moveItem(at: previous, to: target) }
      throw error
    }
    if replacing { try? manager.removeItem(at: previous) }
  }

  /// `.<name>.cfn2tf-<suffix>-<pid>`, next to `target`.
  private static func sibling(of target: URL, suffix: String) -> URL {
    let pid = ProcessInfo.processInfo.processIdentifier
    return target.deletingLastPathComponent().appendingPathComponent(
      ".\(target.lastPathComponent).cfn2tf-\(suffix)-\(pid)")
  }

  /// The outermost directory that does not exist yet among those that must hold `target`.
  private static func highestMissingDirectory(above target: URL) -> URL? {
    var missing: URL?
    var directory = target.deletingLastPathComponent()
    while directory.pathComponents.count > 1,
      !FileManager.default.fileExists(atPath: directory.path)
    {
      missing = directory
      directory = directory.deletingLastPathComponent()
    }
    return missing
  }

  /// Runs `body`, turning a failure into `cannot write '<path>': <reason>`.
  private static func attempt(_ path: String, _ body: () throws -> Void) throws(RunError) {
    do {
      try body()
    } catch {
      throw RunError(cannot: "write", path, because: error)
    }
  }
}
