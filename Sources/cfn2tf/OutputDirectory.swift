import Glibc
import TFEmitter

/// Writes a module so that a failure leaves nothing behind: the files go to a temporary sibling
/// directory, which is then renamed into place. A non-empty directory is replaced only with
/// `--force`.
enum OutputDirectory {
  /// Fails unless `path` is absent (below a directory), an empty directory, or a directory and
  /// `force` is set.
  static func checkWritable(_ path: String, force: Bool) throws(RunError) {
    let kind = FileSystem.kind(path)
    guard kind != .none else {
      var ancestor = FileSystem.parent(FileSystem.resolved(path))
      while FileSystem.kind(ancestor) == .none { ancestor = FileSystem.parent(ancestor) }
      if FileSystem.kind(ancestor) != .directory {
        throw RunError(cannot: "write", path, because: SystemError(code: ENOTDIR))
      }
      return
    }
    guard kind == .directory else {
      throw RunError(
        "output path '\(path)' exists and is not a directory", notes: ["choose another '--output'"])
    }
    let contents: [String]
    do {
      contents = try FileSystem.entries(path)
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
    let directory = FileSystem.resolved(path)
    let file = FileSystem.resolved(template)
    if file.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/") {
      throw RunError(
        "output directory '\(path)' holds the template '\(template)'",
        notes: ["choose another '--output'"])
    }
  }

  /// Writes `files` into the directory `path`, replacing what is there. Directories missing above
  /// it are created; on failure they are removed again, with the staging directory.
  ///
  /// Every file goes into a staging directory made afresh beside the output (`mkdir` fails on
  /// anything already there, a planted link included, and nothing is then written), each created
  /// exclusively; all are written, then all flushed together, with the directories holding them
  /// (one `fdatasync` per file, then one `fsync` per directory: measured against one `syncfs`,
  /// which was faster on a quiet disk but flushes every other process's writes too: 76 ms with
  /// 200 MB of them pending, against 15 ms; see the README's Performance). Then the output is moved aside, the staging directory renamed
  /// into its place and the parent flushed: after a crash, the old directory or the complete new
  /// one. SIGINT, SIGTERM and SIGHUP meanwhile remove the staging directory first
  /// (`WriteInterruption`).
  static func write(_ files: [GeneratedFile], to path: String) throws(RunError) {
    let target = FileSystem.resolved(path)
    guard target != "/" else {
      throw RunError("cannot replace the root directory", notes: ["choose another '--output'"])
    }
    let created = highestMissingDirectory(above: target)
    let siblings = TemporarySiblings(of: target, shownAs: path)
    let staging = siblings.path(.new)
    let interruption = WriteInterruption()
    do throws(RunError) {
      try attempt(path) { try FileSystem.makeDirectories(FileSystem.parent(target)) }
      Console.report(siblings.removeStale(directories: true))
      do {
        try POSIXFile.makeDirectory(staging)
      } catch {
        if error.code == EEXIST { throw siblings.inTheWay(.new, of: path, directory: true) }
        throw RunError(cannot: "write", path, because: error)
      }
      do {
        try write(files, into: staging, shownAs: path, interruption)
        try rename(staging, to: target, siblings, shownAs: path, interruption)
      } catch {
        try? FileSystem.removeTree(staging)
        throw error
      }
    } catch {
      if let created { try? FileSystem.removeTree(created) }
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

  /// Writes each file below `staging`, then flushes them and the directories holding them;
  /// errors name the file below the path the user gave. Stops at a signal.
  private static func write(
    _ files: [GeneratedFile], into staging: String, shownAs path: String,
    _ interruption: WriteInterruption
  ) throws(RunError) {
    let shownRoot = path.hasSuffix("/") ? String(path.dropLast()) : path
    var directories = [""]
    var made: Set<String> = [""]
    for (index, file) in files.enumerated() {
      if interruption.signal != nil { throw WriteInterruption.stop }
      try attempt("\(shownRoot)/\(file.path)") {
        var directory = ""
        for component in file.path.split(separator: "/").dropLast() {
          directory += "/" + component
          if made.insert(directory).inserted {
            try POSIXFile.makeDirectory(staging + directory)
            directories.append(directory)
          }
        }
        let descriptor = try POSIXFile.create(staging + "/" + file.path)
        do {
          // Written from the file's own storage: a copy of the report would be megabytes.
          try file.withBytes { try POSIXFile.write($0, to: descriptor) }
        } catch {
          try? POSIXFile.close(descriptor)
          throw error
        }
        try POSIXFile.close(descriptor)
      }
      if index == 0 { interruption.holdForTest() }
    }
    for file in files {
      try attempt("\(shownRoot)/\(file.path)") {
        try POSIXFile.flushFile(staging + "/" + file.path)
      }
    }
    for directory in directories {
      try attempt(shownRoot + directory) { try POSIXFile.flushDirectory(staging + directory) }
    }
  }

  /// Renames `staging` to `target`, moving a directory already there aside first and removing it
  /// afterwards; puts it back when the rename fails. Flushes the parent once both are renamed.
  private static func rename(
    _ staging: String, to target: String, _ siblings: TemporarySiblings, shownAs path: String,
    _ interruption: WriteInterruption
  ) throws(RunError) {
    if interruption.signal != nil { throw WriteInterruption.stop }
    let previous = siblings.path(.old)
    var info = stat()
    let replacing = lstat(target, &info) == 0
    if replacing {
      if lstat(previous, &info) == 0 { throw siblings.inTheWay(.old, of: path, directory: true) }
      try attempt(path) { try POSIXFile.rename(target, to: previous) }
    }
    do {
      try attempt(path) { try POSIXFile.rename(staging, to: target) }
    } catch {
      if replacing { try? POSIXFile.rename(previous, to: target) }
      throw error
    }
    // The output is in place; a parent that cannot be flushed is left to the kernel.
    try? POSIXFile.flushDirectory(siblings.directory)
    if replacing { try? FileSystem.removeTree(previous) }
  }

  /// The outermost directory that does not exist yet among those that must hold `target`.
  private static func highestMissingDirectory(above target: String) -> String? {
    var missing: String?
    var directory = FileSystem.parent(target)
    while directory != "/", !FileSystem.exists(directory) {
      missing = directory
      directory = FileSystem.parent(directory)
    }
    return missing
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
}
