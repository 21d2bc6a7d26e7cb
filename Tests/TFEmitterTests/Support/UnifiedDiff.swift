/// A small line diff for failure messages: the first differing region with a few lines of context.
enum UnifiedDiff {
  static func diff(expected: String, actual: String, context: Int = 3) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var start = 0
    while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
    var endA = a.count
    var endB = b.count
    while endA > start, endB > start, a[endA - 1] == b[endB - 1] {
      endA -= 1
      endB -= 1
    }
    var lines = ["@@ line \(start + 1) @@"]
    for i in max(0, start - context)..<start { lines.append(" " + a[i]) }
    for i in start..<endA { lines.append("-" + a[i]) }
    for i in start..<endB { lines.append("+" + b[i]) }
    for i in endA..<min(a.count, endA + context) { lines.append(" " + a[i]) }
    return lines.joined(separator: "\n")
  }
}
