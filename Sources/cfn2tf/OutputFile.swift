import Glibc

/// Writes one file so that a failure leaves nothing behind: the text goes to a temporary file
/// beside the target, which is then renamed over it (`rename(2)` replaces atomically). An
/// existing file is replaced only with `--force`; so is the template itself, which `--output`
/// must then name.
enum OutputFile {
  /// Fails when `path` is a directory, or an existing file and `force` is not set, naming the case
  /// where that file is the template being read.
  static func checkWritable(_ path: String, template: String, force: Bool) throws(RunError) {
    let kind = FileSystem.kind(path)
    guard kind != .none else { return }
    if kind == .directory {
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
  ///
  /// The temporary is created exclusively, never through a link planted at its name (which is
  /// an error, and nothing is written), flushed, renamed over the target, and the directory
  /// flushed: after a crash, the old file or the complete new one. SIGINT, SIGTERM and SIGHUP
  /// meanwhile remove the temporary first (`WriteInterruption`).
  static func write(_ text: String, to path: String) throws(RunError) {
    let target = FileSystem.resolved(path)
    let siblings = TemporarySiblings(of: target, shownAs: path)
    Console.report(siblings.removeStale(directories: false))
    let staging = siblings.path(.new)
    let interruption = WriteInterruption()
    var made = false
    do throws(RunError) {
      let descriptor: Int32
      do {
        descriptor = try POSIXFile.create(staging)
      } catch {
        if error.code == EEXIST { throw siblings.inTheWay(.new, of: path, directory: false) }
        throw RunError(cannot: "write", path, because: error)
      }
      made = true
      try attempt(path) {
        do {
          try POSIXFile.write(Array(text.utf8), to: descriptor)
          interruption.holdForTest()
          if let permissions = POSIXFile.permissions(target) {
            guard fchmod(descriptor, permissions) == 0 else { throw SystemError.last() }
          }
          guard fdatasync(descriptor) == 0 else { throw SystemError.last() }
        } catch {
          try? POSIXFile.close(descriptor)
          throw error
        }
        try POSIXFile.close(descriptor)
      }
      if interruption.signal != nil { throw WriteInterruption.stop }
      try attempt(path) { try POSIXFile.rename(staging, to: target) }
      made = false
      // The file is in place; a directory that cannot be flushed is left to the kernel.
      try? POSIXFile.flushDirectory(siblings.directory)
    } catch {
      if made { unlink(staging) }
      if let signal = interruption.signal {
        Console.lastWords(
          "cfn2tf: interrupted by \(WriteInterruption.name(of: signal)); nothing was written\n")
        interruption.die(by: signal)
      }
      interruption.end()
      throw error
    }
    interruption.end()
  }

  /// Runs `body`, turning a failure into `cannot write '<path>': <reason>`.
  private static func attempt(_ path: String, _ body: () throws -> Void) throws(RunError) {
    do {
      try body()
    } catch {
      throw RunError(
        cannot: "write", path, because: error as? SystemError ?? SystemError(code: EIO))
    }
  }

  /// True when both paths name the same file (device and inode), whatever their spelling and
  /// the symbolic links on the way.
  private static func isSameFile(_ a: String, _ b: String) -> Bool {
    guard let first = FileSystem.identity(a), let second = FileSystem.identity(b) else {
      return false
    }
    return first == second
  }
}
