import Glibc

/// Paths and files through Glibc alone. The command line needs little of a file API, and
/// Foundation's costs a run more than the conversion itself: loading it (and ICU beneath it)
/// is most of the start-up of a process (see the README's Performance).
enum FileSystem {
  /// What is at a path.
  enum Kind {
    case none, file, directory, link, other
  }

  /// What is at `path`; a symbolic link is followed unless `followingLinks` is false.
  static func kind(_ path: String, followingLinks: Bool = true) -> Kind {
    var info = stat()
    let result = followingLinks ? stat(path, &info) : lstat(path, &info)
    guard result == 0 else { return .none }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    case S_IFLNK: return .link
    default: return .other
    }
  }

  /// True when anything is at `path`, links followed.
  static func exists(_ path: String) -> Bool { kind(path) != .none }

  /// The names in the directory `path`, without `.` and `..`, in the order the system gives.
  static func entries(_ path: String) throws(SystemError) -> [String] {
    guard let directory = opendir(path) else { throw .last() }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != ".", name != ".." { names.append(name) }
    }
    return names
  }

  /// Removes `path` and, for a directory (never followed through a link), all below it.
  static func removeTree(_ path: String) throws(SystemError) {
    if kind(path, followingLinks: false) == .directory {
      for name in try entries(path) { try removeTree(path + "/" + name) }
      guard rmdir(path) == 0 else { throw .last() }
    } else {
      guard unlink(path) == 0 else { throw .last() }
    }
  }

  /// Creates the directory `path` and those missing above it.
  static func makeDirectories(_ path: String) throws(SystemError) {
    if kind(path) == .directory { return }
    let parent = self.parent(path)
    if parent != path { try makeDirectories(parent) }
    guard mkdir(path, 0o777) == 0 || errno == EEXIST else { throw .last() }
  }

  /// The whole content of the file `path`; `-` reads standard input.
  static func read(_ path: String) throws(SystemError) -> [UInt8] {
    guard path != "-" else { return try readAll(STDIN_FILENO) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .last() }
    defer { close(descriptor) }
    return try readAll(descriptor)
  }

  private static func readAll(_ descriptor: Int32) throws(SystemError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .last()
      }
      if count == 0 { return bytes }
      bytes += chunk[0..<count]
    }
  }

  /// `path` made absolute (against the working directory), `.` and `..` taken away and every
  /// symbolic link of the part that exists resolved, as `realpath` does; a part that does not
  /// exist yet is kept as written below the resolved part.
  static func resolved(_ path: String) -> String {
    var absolute = path
    if !absolute.hasPrefix("/") {
      let directory = getcwd(nil, 0).map { pointer in
        defer { free(pointer) }
        return String(cString: pointer)
      }
      absolute = (directory ?? "") + "/" + path
    }
    if let real = realpath(absolute, nil) {
      defer { free(real) }
      return String(cString: real)
    }
    let parent = self.parent(absolute)
    let leaf = lastComponent(absolute)
    let base = parent == absolute ? "/" : resolved(parent)
    switch leaf {
    case "", ".": return base
    case "..": return self.parent(base)
    default: return base == "/" ? "/" + leaf : base + "/" + leaf
    }
  }

  /// The last component of `path` (`c` of `/a/b/c/`); `/` for the root.
  static func lastComponent(_ path: String) -> String {
    let trimmed = trimmingSlashes(path)
    if trimmed == "/" { return "/" }
    return trimmed.lastIndex(of: "/").map { String(trimmed[trimmed.index(after: $0)...]) }
      ?? trimmed
  }

  /// The directory holding `path` (`/a/b` of `/a/b/c`, `/` of `/a`, `.` of `a`); the root's is
  /// the root.
  static func parent(_ path: String) -> String {
    let trimmed = trimmingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    let parent = trimmingSlashes(String(trimmed[..<slash]))
    return parent.isEmpty ? "/" : parent
  }

  private static func trimmingSlashes(_ path: String) -> String {
    var path = path
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    return path
  }

  /// The device and inode of the file `path`, links followed; nil when there is none.
  static func identity(_ path: String) -> (device: UInt64, inode: UInt64)? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (UInt64(info.st_dev), UInt64(info.st_ino))
  }

  /// The value of the environment variable `name`, if set.
  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
