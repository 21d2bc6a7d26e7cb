import Glibc

/// The system calls an output is written with, straight from Glibc (a file API that could
/// create a file exclusively without following a link and flush it without closing would be no
/// smaller). Each failure is a `SystemError` with the call's `errno`, which `RunError` turns
/// into the system's words.
enum POSIXFile {
  /// Creates the file `path` for writing and returns its descriptor; fails with `EEXIST` when
  /// anything is there, a symbolic link included (`O_EXCL` never follows one; `O_NOFOLLOW`
  /// says so again). `mode` is narrowed by the umask, as for any new file.
  static func create(_ path: String, mode: mode_t = 0o666) throws(SystemError) -> Int32 {
    try check(open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode))
  }

  /// Creates the directory `path`; fails with `EEXIST` when anything is there (`mkdir` never
  /// follows a link either).
  static func makeDirectory(_ path: String, mode: mode_t = 0o777) throws(SystemError) {
    _ = try check(mkdir(path, mode))
  }

  /// Writes all of `bytes` to `descriptor`, however many calls it takes.
  static func write(_ bytes: [UInt8], to descriptor: Int32) throws(SystemError) {
    try bytes.withUnsafeBytes { write($0, to: descriptor) }.get()
  }

  /// Writes all of `buffer` to `descriptor`.
  static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) throws(SystemError) {
    try write(buffer, to: descriptor).get()
  }

  /// Writes all of `buffer` to `descriptor`, however many calls it takes.
  private static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32)
    -> Result<Void, SystemError>
  {
    var written = 0
    while written < buffer.count {
      let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(.last())
      }
      written += count
    }
    return .success(())
  }

  /// Closes `descriptor`, reporting the error some file systems keep for it.
  static func close(_ descriptor: Int32) throws(SystemError) {
    if Glibc.close(descriptor) != 0, errno != EINTR { throw .last() }
  }

  /// Flushes the data of the file `path` (and the size needed to read it back) to the device:
  /// `fdatasync` on a descriptor opened again for reading, which Linux allows.
  static func flushFile(_ path: String) throws(SystemError) {
    let descriptor = try check(open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC))
    defer { _ = Glibc.close(descriptor) }
    _ = try check(fdatasync(descriptor))
  }

  /// Flushes the entries of the directory `path` (the names created or renamed in it). A file
  /// system that cannot flush a directory (`EINVAL`) is left as it is.
  static func flushDirectory(_ path: String) throws(SystemError) {
    let descriptor = try check(open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC))
    defer { _ = Glibc.close(descriptor) }
    if fsync(descriptor) != 0, errno != EINVAL { throw .last() }
  }

  /// Renames `source` to `destination` (`rename(2)`: atomic, replacing a file or an empty
  /// directory there, and a link itself, never what it points to).
  static func rename(_ source: String, to destination: String) throws(SystemError) {
    _ = try check(Glibc.rename(source, destination))
  }

  /// The permission bits of the file `path`, following links, or nil when there is none.
  static func permissions(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o777
  }

  /// `result`, unless it is -1: then the error `errno` names.
  private static func check(_ result: Int32) throws(SystemError) -> Int32 {
    if result == -1 { throw .last() }
    return result
  }
}
