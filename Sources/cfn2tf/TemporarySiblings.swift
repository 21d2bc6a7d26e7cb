import CFNParser
import Glibc

/// The temporaries written beside an output, in the directory that holds it: `.NAME.cfn2tf-new-PID`
/// (the new output being written) and `.NAME.cfn2tf-old-PID` (the output being replaced, while
/// the new one is renamed into place), PID being the writing process's id. Neither is ever
/// written through: both are created afresh (see `POSIXFile`), and a run first removes those a
/// dead process left.
struct TemporarySiblings {
  /// What a temporary holds.
  enum Kind: String {
    /// The output being written.
    case new
    /// The output being replaced.
    case old
  }

  /// The directory holding the output, symbolic links resolved.
  let directory: String
  /// What every temporary's name of this output starts with (`.NAME.cfn2tf-`).
  let prefix: String
  /// `directory` as the user sees it, for messages: the directory of the path they gave
  /// (`out/` for `-o out/stack.json`, empty for `-o out`), or the resolved one.
  private let shownDirectory: String

  /// The longest file name Linux file systems take (`NAME_MAX`).
  static let longestName = 255
  /// The longest process id, in digits.
  static let longestProcessID = 10

  /// The temporaries of the output `target` (resolved), given by the user as `path`.
  init(of target: String, shownAs path: String) {
    directory = FileSystem.parent(target)
    prefix = Self.prefix(for: FileSystem.lastComponent(target))
    var given = path
    while given.count > 1, given.hasSuffix("/") { given.removeLast() }
    let isLink = FileSystem.kind(given, followingLinks: false) == .link
    if isLink || FileSystem.lastComponent(given) != FileSystem.lastComponent(target) {
      // A link, `.` or `..`: the temporaries are beside what it resolves to.
      shownDirectory = directory.hasSuffix("/") ? directory : directory + "/"
    } else {
      shownDirectory = given.lastIndex(of: "/").map { String(given[...$0]) } ?? ""
    }
  }

  /// `.NAME.cfn2tf-`; when NAME is so long that a temporary's name would pass `NAME_MAX`, NAME's
  /// first bytes (whole characters) and a hash of all of it instead, so that an output whose own
  /// name is legal always gets a temporary, still one per output and process.
  static func prefix(for name: String) -> String {
    let plain = "." + name + ".cfn2tf-"
    let suffix = "old-".utf8.count + longestProcessID
    if plain.utf8.count + suffix <= longestName { return plain }
    let hash = String(fnv1a(name.utf8), radix: 16)
    let tail = "~" + String(repeating: "0", count: 16 - hash.count) + hash + ".cfn2tf-"
    let budget = longestName - suffix - tail.utf8.count - 1
    var kept = String.UnicodeScalarView()
    var size = 0
    for scalar in name.unicodeScalars {
      size += String(scalar).utf8.count
      if size > budget { break }
      kept.append(scalar)
    }
    return "." + String(kept) + tail
  }

  /// The 64-bit FNV-1a hash of `bytes`: stable across runs and machines, unlike `Hasher`.
  private static func fnv1a(_ bytes: String.UTF8View) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// The name of this process's temporary of `kind`.
  func name(_ kind: Kind, process: pid_t = getpid()) -> String {
    "\(prefix)\(kind.rawValue)-\(process)"
  }

  /// The path of this process's temporary of `kind`.
  func path(_ kind: Kind) -> String { directory + "/" + name(kind) }

  /// How messages name the temporary `name`.
  func shown(_ name: String) -> String { shownDirectory + name }

  /// The error for a temporary of this process already there, which cfn2tf did not make: a link
  /// planted there, or another user's file.
  func inTheWay(_ kind: Kind, of output: String, directory: Bool) -> RunError {
    RunError(
      "cannot write '\(output)': its temporary \(directory ? "directory" : "file") "
        + "'\(shown(name(kind)))' already exists",
      notes: [
        "cfn2tf creates its temporaries afresh and never writes through one it did not make; "
          + "remove it, or choose another '--output'"
      ])
  }

  /// Removes the temporaries of this output that a process no longer running left behind
  /// (killed before it could clean up), and returns one note for each. A temporary is removed
  /// only when it is what cfn2tf makes (a directory when `directories`, else a regular file, never
  /// a link), is this user's, and its process is gone (`kill(pid, 0)` fails with `ESRCH`) or is
  /// this one, which has made none yet (a process before it had the same id, as in containers
  /// where every run is process 1). Anything else is left alone: creating the temporary then
  /// fails rather than write through it.
  func removeStale(directories: Bool) -> [Diagnostic] {
    guard let names = try? FileSystem.entries(directory) else {
      return []
    }
    var notes: [Diagnostic] = []
    for name in names.sorted() where name.hasPrefix(prefix) {
      guard let process = Self.process(in: name.dropFirst(prefix.count)),
        process == getpid() || (kill(process, 0) == -1 && errno == ESRCH)
      else { continue }
      let path = directory + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0, info.st_uid == geteuid(),
        info.st_mode & S_IFMT == (directories ? S_IFDIR : S_IFREG)
      else { continue }
      guard (try? FileSystem.removeTree(path)) != nil else { continue }
      notes.append(
        Diagnostic(
          .note, "removed stale temporary '\(shown(name))' left by process \(process)", at: nil))
    }
    return notes
  }

  /// The process id of `new-PID` or `old-PID`; nil for anything else.
  private static func process(in rest: Substring) -> pid_t? {
    guard let dash = rest.firstIndex(of: "-"), Kind(rawValue: String(rest[..<dash])) != nil
    else { return nil }
    let digits = rest[rest.index(after: dash)...]
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let process = pid_t(digits), process > 0
    else { return nil }
    return process
  }
}
