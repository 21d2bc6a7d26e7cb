import Glibc
import Synchronization

/// SIGINT, SIGTERM and SIGHUP while an output is written: caught, so that the writer removes its
/// temporaries and then ends the process by the same signal.
///
/// How, and why this way: a handler runs at any instruction of any thread, where almost nothing
/// is safe to call (no allocation, no lock; `opendir`, which removing a staging directory needs,
/// allocates). So the handler only records the signal, an atomic store, and the writer looks at
/// the record between files and before the rename; on a signal it removes its temporaries with
/// ordinary code and dies by the signal with its default action restored, so the shell reports
/// 128 + its number and a script running cfn2tf in a loop stops on ^C (an `exit(130)` would let
/// it go on). The cost is latency: a signal waits for the file being written or flushed. The
/// handlers are installed only around the write (the rest of a run has nothing to clean up) and
/// the signals unblocked for it (a parent may have blocked them); a signal the caller ignores, as
/// `nohup` does SIGHUP, stays ignored. A signal caught after the last look (during the rename) is
/// raised again once everything is put back, and then does what it would have done.
struct WriteInterruption {
  /// The signals caught.
  static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// The signal caught, 0 for none: the only state the handler touches. An atomic, lock-free
  /// store is async-signal-safe; a `let`, initialised by `init` before any handler can run.
  private static let caught = Atomic<Int32>(0)

  /// The actions the handlers replaced, to put back.
  private var replaced: [(signal: Int32, action: sigaction)] = []
  /// The signal mask before the signals were unblocked.
  private var mask = sigset_t()

  /// Installs the handlers and unblocks their signals.
  init() {
    Self.caught.store(0, ordering: .relaxed)
    var action = sigaction()
    action.__sigaction_handler.sa_handler = {
      WriteInterruption.caught.store($0, ordering: .relaxed)
    }
    action.sa_flags = SA_RESTART
    sigemptyset(&action.sa_mask)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signal in Self.signals {
      var previous = sigaction()
      guard sigaction(signal, nil, &previous) == 0,
        previous.__sigaction_handler.sa_handler.map({ unsafeBitCast($0, to: Int.self) }) != 1
      else { continue }  // SIG_IGN: the caller wants it ignored.
      sigaction(signal, &action, nil)
      replaced.append((signal, previous))
      sigaddset(&unblocked, signal)
    }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, &mask)
  }

  /// Thrown where a write stops at a signal, to unwind to the code that removes the
  /// temporaries; it then sees `signal` and dies by it, so this error is never reported.
  static let stop = RunError("interrupted")

  /// The signal caught so far, if any.
  var signal: Int32? {
    let signal = Self.caught.load(ordering: .relaxed)
    return signal == 0 ? nil : signal
  }

  /// Puts the actions and the mask back; a signal caught meanwhile is raised again, to do what
  /// it would have done without the handlers.
  func end() {
    restore()
    if let signal { raise(signal) }
  }

  /// Ends the process by `signal`, as it would have ended without the handlers: its default
  /// action, unblocked.
  func die(by signal: Int32) -> Never {
    restore()
    Glibc.signal(signal, SIG_DFL)
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, signal)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    raise(signal)
    exit(128 + signal)  // Not reached: the default action of all three ends the process.
  }

  private func restore() {
    for (signal, action) in replaced {
      var action = action
      sigaction(signal, &action, nil)
    }
    var mask = mask
    pthread_sigmask(SIG_SETMASK, &mask, nil)
  }

  /// `SIGINT`, `SIGTERM` or `SIGHUP`.
  static func name(of signal: Int32) -> String {
    switch signal {
    case SIGINT: "SIGINT"
    case SIGTERM: "SIGTERM"
    case SIGHUP: "SIGHUP"
    default: "signal \(signal)"
    }
  }

  /// A test hook, for `InterruptedWriteTests` only: with `CFN2TF_TEST_HOLD_WRITE=FILE` set,
  /// writes this process's id to FILE, then waits until a signal is caught or FILE is removed
  /// (a minute at most), so that the test can signal a write in progress. Without the variable,
  /// which nothing but that test sets, it does nothing.
  func holdForTest() {
    guard let file = FileSystem.environment("CFN2TF_TEST_HOLD_WRITE") else { return }
    let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return }
    try? POSIXFile.write(Array("\(getpid())\n".utf8), to: descriptor)
    try? POSIXFile.close(descriptor)
    for _ in 0..<6000 where signal == nil && FileSystem.exists(file) {
      usleep(10_000)
    }
  }
}
