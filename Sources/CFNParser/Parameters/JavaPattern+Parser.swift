/// A pattern read into a tree: what `JavaPattern.Compiler` turns into instructions.
indirect enum PatternNode: Sendable {
  case read(ScalarSet)
  case check(JavaPattern.Assertion)
  case sequence([PatternNode])
  case alternation([PatternNode])
  /// The body at least `minimum` times, at most `maximum` (no limit when nil).
  case repetition(PatternNode, minimum: Int, maximum: Int?)
}

extension JavaPattern {
  /// Reads a pattern `RE2Pattern` has accepted, in its RE2 spelling, into a `PatternNode`: the
  /// syntax is known to be valid and in the shared subset, so anything else gives nil. Groups
  /// nest at most 64 deep, so the reading and the compiling never go deep.
  struct Parser {
    let scalars: [Unicode.Scalar]
    var index = 0
    /// `(?i)`: ASCII letters match either case (Java's default, without `(?u)`).
    var ignoresCase = false
    /// `(?s)`: `.` matches line breaks too.
    var dotMatchesAll = false

    init(_ pattern: String) {
      scalars = Array(pattern.unicodeScalars)
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
      index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// The tree of the whole pattern; nil when a construct is not one this reader knows.
    mutating func parse() -> PatternNode? {
      guard let node = alternation(depth: 0), index == scalars.count else { return nil }
      return node
    }

    private mutating func alternation(depth: Int) -> PatternNode? {
      guard depth < 64, var branch = sequence(depth: depth) else { return nil }
      var branches: [PatternNode] = []
      while peek() == "|" {
        index += 1
        branches.append(branch)
        guard let next = sequence(depth: depth) else { return nil }
        branch = next
      }
      return branches.isEmpty ? branch : .alternation(branches + [branch])
    }

    /// Atoms and their quantifiers, a quantifier repeating the last atom (the last character of
    /// a `\Q…\E` quote; the atom before an empty quote).
    private mutating func sequence(depth: Int) -> PatternNode? {
      var items: [PatternNode] = []
      while let scalar = peek(), scalar != "|", scalar != ")" {
        if let quantifier = quantifier() {
          guard let last = items.popLast() else { return nil }
          items.append(
            .repetition(last, minimum: quantifier.minimum, maximum: quantifier.maximum))
          continue
        }
        switch atom(depth: depth) {
        case .node(let node): items.append(node)
        case .nodes(let nodes): items += nodes
        case .flags: break
        case nil: return nil
        }
      }
      return .sequence(items)
    }

    /// What an atom is: a node, the characters of a quote, or a flag group such as `(?i)`,
    /// which only sets flags.
    enum Atom {
      case node(PatternNode)
      case nodes([PatternNode])
      case flags
    }

    /// One atom; nil when it is not one this reader knows.
    private mutating func atom(depth: Int) -> Atom? {
      guard let scalar = peek() else { return nil }
      switch scalar {
      case "(": return group(depth: depth)
      case "[": return characterClass().map { .node(.read($0)) }
      case ".":
        index += 1
        return .node(.read(ScalarSet(members: [.any(dotMatchesAll)])))
      case "^":
        index += 1
        return .node(.check(.start))
      case "$":
        index += 1
        return .node(.check(.end))
      case "\\": return escape()
      case "*", "+", "?", "{": return nil
      default:
        index += 1
        return .node(.read(literal(scalar)))
      }
    }

    /// `(`, `(?:`, `(?P<name>`, `(?flags)`, `(?flags:`; the flags a group sets end with it.
    private mutating func group(depth: Int) -> Atom? {
      let saved = (ignoresCase, dotMatchesAll)
      index += 1
      if peek() == "?" {
        index += 1
        if peek() == ":" {
          index += 1
        } else if peek() == "P", peek(1) == "<" {
          while let scalar = peek(), scalar != ">" { index += 1 }
          index += 1
        } else {
          guard let opens = flags() else { return nil }
          if !opens { return .flags }
        }
      }
      guard let inner = alternation(depth: depth + 1), peek() == ")" else { return nil }
      index += 1
      (ignoresCase, dotMatchesAll) = saved
      return .node(inner)
    }

    /// Reads `flags)` or `flags:` after `(?`; true when a group opens.
    private mutating func flags() -> Bool? {
      var on = true
      while let scalar = peek() {
        index += 1
        switch scalar {
        case "-": on = false
        case "i": ignoresCase = on
        case "s": dotMatchesAll = on
        case "m": break  // line anchors: a value evaluated has no line breaks
        case ")": return false
        case ":": return true
        default: return nil
        }
      }
      return nil
    }

    /// `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each perhaps lazy (which does not change whether
    /// the whole value matches).
    private mutating func quantifier() -> (minimum: Int, maximum: Int?)? {
      let bounds: (Int, Int?)
      switch peek() {
      case "*": bounds = (0, nil)
      case "+": bounds = (1, nil)
      case "?": bounds = (0, 1)
      case "{":
        var end = index + 1
        func number() -> Int? {
          var value = 0
          let start = end
          while end < scalars.count, ("0"..."9").contains(scalars[end]) {
            value = min(value * 10 + Int(scalars[end].value - 48), 100_000)
            end += 1
          }
          return end > start ? value : nil
        }
        guard let minimum = number() else { return nil }
        var maximum: Int? = minimum
        if end < scalars.count, scalars[end] == "," {
          end += 1
          maximum = number()
        }
        guard end < scalars.count, scalars[end] == "}" else { return nil }
        index = end
        bounds = (minimum, maximum)
      default:
        return nil
      }
      index += 1
      if peek() == "?" { index += 1 }
      return bounds
    }

    /// The set one written character stands for, both cases under `(?i)`.
    func literal(_ scalar: Unicode.Scalar) -> ScalarSet {
      ScalarSet(members: [.range(scalar.value...scalar.value)], ignoresCase: ignoresCase)
    }

    /// `[…]` or `[^…]`: a `]` first is a character; a `-` between two characters a range.
    private mutating func characterClass() -> ScalarSet? {
      index += 1
      var negated = false
      if peek() == "^" {
        negated = true
        index += 1
      }
      var members: [ScalarSet.Member] = []
      var first = true
      while true {
        guard let scalar = peek() else { return nil }
        if scalar == "]" && !first {
          index += 1
          return ScalarSet(members: members, negated: negated, ignoresCase: ignoresCase)
        }
        first = false
        guard let member = classMember() else { return nil }
        guard case .range(let low) = member, peek() == "-", let next = peek(1), next != "]"
        else {
          members.append(member)
          continue
        }
        index += 1
        guard case .range(let high)? = classMember() else { return nil }
        members.append(.range(low.lowerBound...high.upperBound))
      }
    }

    private mutating func classMember() -> ScalarSet.Member? {
      guard let scalar = peek() else { return nil }
      if scalar == "\\" { return escapedMember() }
      index += 1
      return .range(scalar.value...scalar.value)
    }
  }
}
