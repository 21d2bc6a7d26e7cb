import Foundation

/// Writes one file so that a failure leaves nothing behind: the text goes to a temporary file
/// beside the target, which is then renamed over it (`rename(2)` replaces atomically). An
/// existing file is replaced only with `--force`; so is the template itself, which `--output`
/// must then name.
enum OutputFile {
  /// Fails when `path` is a directory, or an existing file and `force` is not set, naming the case
  /// where that file is the template being read.
  static func checkWritable(_ path: String, template: String, force: Bool) throws(RunError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
    if isDirectory.boolValue {
      throw RunError(
        "output path '\(path)' is a directory", notes: ["name a file with '--output'"])
    }
    if force { return }
    if template != "-", isSameFile(path, template) {
      throw RunError(
        "output file '\(path)' is the template itself",
        notes: [
          "pass '--force' to replace the template with its retained version, or choose another "
            + "'--output'"
        ])
    }
    throw RunError(
      "output file '\(path)' exists",
      notes: ["pass '--force' to replace it, or choose another '--output'"])
  }

  /// Writes `text` to `path` through a temporary sibling file, keeping the permissions of the
  /// file it replaces. A symbolic link is followed: the file it points to is replaced.
  static func write(_ text: String, to path: String) throws(RunError) {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    let pid = ProcessInfo.processInfo.processIdentifier
    let staging = target.deletingLastPathComponent().appendingPathComponent(
      ".\(target.lastPathComponent).cfn2tf-new-\(pid)")
    do {
      try Data(text.utf8).write(to: staging)
      let manager = FileManager.default
      if let permissions = try? manager.attributesOfItem(atPath: target.path)[.posixPermissions] {
        try manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: staging.path)
      }
      guard rename(staging.path, target.path) == 0 else {
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
    } catch {
      try? FileManager.default.removeItem(at: staging)
      throw RunError(cannot: "write", path, because: error)
    }
  }

  /// True when both paths name the same file (device and inode), whatever their spelling and
  /// the symbolic links on the way.
  private static func isSameFile(_ a: String, _ b: String) -> Bool {
    let manager = FileManager.default
    let resolved = { (path: String) in URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
    guard let first = try? manager.attributesOfItem(atPath: resolved(a)),
      let second = try? manager.attributesOfItem(atPath: resolved(b)),
      let device = first[.systemNumber] as? NSNumber,
      let inode = first[.systemFileNumber] as? NSNumber
    else { return false }
    return device == second[.systemNumber] as? NSNumber
      && inode == second[.systemFileNumber] as? NSNumber
  }
}
