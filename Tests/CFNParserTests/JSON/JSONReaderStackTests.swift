import CFNParser
import Foundation
import Testing

/// Nesting must not grow the call stack: the reader is run on a thread with a deliberately small
/// stack (64 KiB, a tenth of the smallest default in use), at and beyond the nesting limit.
@Suite("JSONReader stack use")
struct JSONReaderStackTests {
  /// Runs `body` on a new thread with `stackSize` bytes of stack and returns its result.
  private func onSmallStack<T: Sendable>(
    _ stackSize: Int = 64 * 1024, _ body: @escaping @Sendable () -> T
  ) -> T {
    let box = ResultBox<T>()
    let thread = Thread {
      box.result = body()
      box.done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    box.done.wait()
    return box.result!
  }

  @Test("the deepest accepted document reads on a small stack")
  func atLimit() {
    let half = JSONReader.maximumDepth / 2
    let text =
      String(repeating: #"[{"a":"#, count: half) + "1" + String(repeating: "}]", count: half)
    let (read, diagnostics) = onSmallStack {
      let (value, diagnostics) = JSONReader.read(text, fileName: "deep.json")
      return (value != nil, diagnostics)
    }
    #expect(read)
    #expect(diagnostics.isEmpty)
  }

  @Test("far deeper input is an error on a small stack, not a crash")
  func beyondLimit() {
    let text = String(repeating: #"[{"a":"#, count: 100_000)
    let messages = onSmallStack {
      JSONReader.read(text, fileName: "deep.json").diagnostics.map(\.description)
    }
    #expect(
      messages == [
        "deep.json:1:\(JSONReader.maximumDepth / 2 * 6 + 1): error: "
          + JSONSyntaxError.nestingTooDeep(limit: JSONReader.maximumDepth).description
      ])
  }
}

/// A result handed from a thread to its waiter; the semaphore orders the write before the read.
private final class ResultBox<T>: @unchecked Sendable {
  var result: T?
  let done = DispatchSemaphore(value: 0)
}
