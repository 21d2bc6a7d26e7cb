/// A parameter's `AllowedPattern` (a Java regular expression, matched against the whole value as
/// CloudFormation matches it) compiled to a program of a few instructions, run as a Thompson
/// automaton: every thread in step, so a match takes time in proportion to the value's length
/// times the program's, whatever the pattern (no backtracking, so no pattern can make it hang).
///
/// Only what `RE2Pattern` accepts is compiled: the syntax Java and RE2 read alike, so lookaround,
/// backreferences, possessive quantifiers and the like are not. The answer is Java's for values
/// of printable ASCII characters; for any other value, a pattern outside that subset, or one too
/// large, `wholeMatch` says it cannot tell.
package struct JavaPattern: Sendable {
  /// What the program does at one step.
  enum Instruction: Sendable {
    /// Reads one character of the set.
    case read(ScalarSet)
    /// Goes on at both places.
    case split(Int, Int)
    /// Goes on at the place.
    case jump(Int)
    /// Goes on only where the assertion holds.
    case check(Assertion)
    /// The pattern has matched, if the value ends here.
    case match
  }

  /// A condition on the place between two characters.
  enum Assertion: Sendable {
    /// `^`, `\A`: the start (a value evaluated has no line breaks).
    case start
    /// `$`, `\z`: the end.
    case end
    /// `\b`.
    case wordBoundary
    /// `\B`.
    case notWordBoundary
  }

  /// The most instructions a program may have.
  static let maximumProgram = 100_000
  /// The most steps (value length times program length) a match may take.
  static let maximumWork = 20_000_000

  let program: [Instruction]

  /// The pattern compiled; nil when it is not in the subset Java and RE2 read alike, or too large.
  package init?(_ pattern: String) {
    guard case .success(let re2) = RE2Pattern.check(pattern) else { return nil }
    var parser = Parser(re2.spelling)
    guard let node = parser.parse() else { return nil }
    var compiler = Compiler()
    guard compiler.emit(node, depth: 0) else { return nil }
    compiler.program.append(.match)
    program = compiler.program
  }

  /// Whether `pattern` matches the whole of `value`, as Java's `Pattern.matches` says; nil when
  /// that cannot be told here.
  package static func wholeMatch(_ pattern: String, _ value: String) -> Bool? {
    guard value.utf8.allSatisfy({ (0x20...0x7E).contains($0) }),
      let compiled = JavaPattern(pattern)
    else { return nil }
    return compiled.matchesWhole(Array(value.unicodeScalars))
  }

  /// Whether the program matches all of `scalars`; nil when that is too much work.
  func matchesWhole(_ scalars: [Unicode.Scalar]) -> Bool? {
    guard (scalars.count + 1) * program.count <= Self.maximumWork else { return nil }
    var marks = [Int](repeating: -1, count: program.count)
    var current: [Int] = []
    var next: [Int] = []
    var stack: [Int] = []
    addClosure(of: 0, at: 0, in: scalars, to: &current, marks: &marks, stack: &stack)
    for position in scalars.indices {
      next.removeAll(keepingCapacity: true)
      for pc in current {
        if case .read(let set) = program[pc], set.contains(scalars[position]) {
          addClosure(
            of: pc + 1, at: position + 1, in: scalars, to: &next, marks: &marks, stack: &stack)
        }
      }
      swap(&current, &next)
      if current.isEmpty { return false }
    }
    return current.contains {
      if case .match = program[$0] { true } else { false }
    }
  }

  /// Adds to `list` the reading and matching instructions reachable from `start` at `position`
  /// without reading, each once (`marks` holds the position each was last added at).
  private func addClosure(
    of start: Int, at position: Int, in scalars: [Unicode.Scalar], to list: inout [Int],
    marks: inout [Int], stack: inout [Int]
  ) {
    stack.append(start)
    while let pc = stack.popLast() {
      guard marks[pc] != position else { continue }
      marks[pc] = position
      switch program[pc] {
      case .jump(let target): stack.append(target)
      case .split(let first, let second):
        stack.append(second)
        stack.append(first)
      case .check(let assertion):
        if holds(assertion, at: position, in: scalars) { stack.append(pc + 1) }
      case .read, .match: list.append(pc)
      }
    }
  }

  private func holds(_ assertion: Assertion, at position: Int, in scalars: [Unicode.Scalar])
    -> Bool
  {
    switch assertion {
    case .start: return position == 0
    case .end: return position == scalars.count
    case .wordBoundary, .notWordBoundary:
      let before = position > 0 && ScalarSet.isWord(scalars[position - 1])
      let after = position < scalars.count && ScalarSet.isWord(scalars[position])
      return (before != after) == (assertion == .wordBoundary)
    }
  }
}

/// Turns a pattern's tree into instructions.
private struct Compiler {
  var program: [JavaPattern.Instruction] = []

  /// Appends `node`'s instructions; false when the program grows too large.
  mutating func emit(_ node: PatternNode, depth: Int) -> Bool {
    guard program.count < JavaPattern.maximumProgram, depth < 200 else { return false }
    switch node {
    case .read(let set):
      program.append(.read(set))
    case .check(let assertion):
      program.append(.check(assertion))
    case .sequence(let items):
      for item in items {
        guard emit(item, depth: depth + 1) else { return false }
      }
    case .alternation(let branches):
      var exits: [Int] = []
      for (index, branch) in branches.enumerated() {
        let isLast = index == branches.count - 1
        let split = program.count
        if !isLast { program.append(.split(split + 1, -1)) }
        guard emit(branch, depth: depth + 1) else { return false }
        if !isLast {
          exits.append(program.count)
          program.append(.jump(-1))
          program[split] = .split(split + 1, program.count)
        }
      }
      for exit in exits { program[exit] = .jump(program.count) }
    case .repetition(let body, let minimum, let maximum):
      for _ in 0..<minimum {
        guard emit(body, depth: depth + 1) else { return false }
      }
      if let maximum {
        var skips: [Int] = []
        for _ in minimum..<max(minimum, maximum) {
          skips.append(program.count)
          program.append(.split(program.count + 1, -1))
          guard emit(body, depth: depth + 1) else { return false }
        }
        for skip in skips { program[skip] = .split(skip + 1, program.count) }
      } else {
        let loop = program.count
        program.append(.split(loop + 1, -1))
        guard emit(body, depth: depth + 1) else { return false }
        program.append(.jump(loop))
        program[loop] = .split(loop + 1, program.count)
      }
    }
    return program.count <= JavaPattern.maximumProgram
  }
}
