import CFNParser

/// Compares ledger entries one by one: the CloudFormation value at the entry's path against the
/// planned value at its target.
struct Comparer {
  let template: Template
  let evaluator: TemplateEvaluator
  let planned: PlannedValues
  var report = EquivalenceReport()

  mutating func compare(_ entry: LedgerEntry) {
    guard entry.kind == .property, let target = entry.target,
      entry.status == .exact || entry.status == .transformed || entry.status == .approximated
    else { return }
    let secret = entry.sourceValue == Redaction.placeholder
    var item = EquivalenceReport.Item(
      path: entry.path, target: target, cloudFormation: "", terraform: "", location: entry.location)
    guard let (resource, expression, indices) = locate(entry.path) else {
      skip(&item, "the template path cannot be evaluated")
      return
    }
    if evaluator.isCreated(resource) == false {
      item.cloudFormation = "(not created: its condition is false)"
      return skipOrCheckAbsent(&item, target)
    }
    let value = evaluator.evaluate(expression)
    item.cloudFormation = secret ? Redaction.placeholder : value.description
    if case .unknown(let reason) = value {
      skip(&item, "known only once created (\(reason))")
      return
    }
    if value.containsUnknown {
      skip(&item, "partly known only once created")
      return
    }
    if target.hasPrefix("var.") {
      let name = String(target.dropFirst(4))
      guard let planned = planned.variables[name] else {
        skip(&item, "the plan has no variable '\(name)'")
        return
      }
      finish(&item, value, planned, unknown: nil, secret: secret)
      return
    }
    let parts = target.split(separator: ".").map(String.init)
    guard parts.count >= 3, parts[0].hasPrefix("aws_") else {
      skip(&item, "\(target) is not a resource argument")
      return
    }
    let address = parts[0] + "." + parts[1]
    guard let instance = planned.instance(address) else {
      skip(&item, "the plan has no \(address)")
      return
    }
    if Self.isUnknown(instance, Array(parts[2...])) {
      skip(&item, "known only after apply")
      return
    }
    guard let (plannedValue, unknown) = Self.traverse(instance, Array(parts[2...]), indices) else {
      item.terraform = "(absent)"
      if value == .noValue || value == .null {
        report.equal.append(item)
      } else {
        report.differences.append(item)
      }
      return
    }
    finish(&item, value, plannedValue, unknown: unknown, secret: secret)
  }

  private mutating func skip(_ item: inout EquivalenceReport.Item, _ reason: String) {
    item.terraform = reason
    report.notCompared.append(item)
  }

  private mutating func skipOrCheckAbsent(_ item: inout EquivalenceReport.Item, _ target: String) {
    let parts = target.split(separator: ".")
    guard parts.count >= 2 else { return }
    if planned.isAbsent(parts[0] + "." + parts[1]) {
      item.terraform = "(not created)"
      report.equal.append(item)
    } else {
      item.terraform = "(planned)"
      report.differences.append(item)
    }
  }

  private mutating func finish(
    _ item: inout EquivalenceReport.Item, _ value: Value, _ planned: JSONValue, unknown: JSONValue?,
    secret: Bool
  ) {
    if let unknown, case .bool(true) = unknown.kind {
      skip(&item, "known only after apply")
      return
    }
    item.terraform = secret ? Redaction.placeholder : planned.compactText
    if ValueMatcher.matches(value, planned) {
      report.equal.append(item)
    } else {
      report.differences.append(item)
    }
  }

  /// True when the first step of `path` that is planned as unknown is met before the value.
  static func isUnknown(_ instance: PlannedValues.Instance, _ path: [String]) -> Bool {
    var unknown = instance.unknown
    for key in path {
      guard let next = unknown?[key] else { return false }
      if case .bool(true) = next.kind { return true }
      unknown = next.elements?.first ?? next
    }
    return false
  }

  /// The resource and the expression at a ledger path (`Id.Properties.A[1].B`), and the list
  /// indices along the way. A name in brackets (`UserData[protocol]`) is a `key=value` line of
  /// the script the property holds.
  func locate(_ path: String) -> (Resource, Expr, [Int])? {
    let components = path.split(separator: ".", maxSplits: 2).map(String.init)
    guard components.count == 3, components[1] == "Properties",
      let resource = template.resource(components[0])
    else { return nil }
    var indices: [Int] = []
    var current: Expr?
    for (n, step) in Self.steps(components[2]).enumerated() {
      switch step {
      case .key(let key):
        if n == 0 {
          current = resource.property(key)?.value
        } else if case .object(let members)? = current?.kind {
          current = members.first { $0.key == key }?.value
        } else {
          return nil
        }
      case .index(let i):
        guard case .list(let items)? = current?.kind, items.indices.contains(i) else { return nil }
        indices.append(i)
        current = items[i]
      case .line(let key):
        guard let script = current else { return nil }
        return lineValue(key, in: script).map { (resource, $0, indices) }
      }
    }
    return current.map { (resource, $0, indices) }
  }

  enum Step {
    case key(String)
    case index(Int)
    case line(String)
  }

  /// The value of the `key=value` line of a script, as a string expression; nil when the script
  /// cannot be evaluated or has no such line.
  func lineValue(_ key: String, in script: Expr) -> Expr? {
    var plain = script
    if case .base64(let inner) = script.kind { plain = inner }
    guard let text = evaluator.evaluate(plain).text else { return nil }
    for line in UserDataLines.lines(of: text) {
      if let property = UserDataLines.property(line), property.key == key {
        return Expr(.string(String(property.value)), range: script.range)
      }
    }
    return nil
  }

  /// `A[1].B` → key A, index 1, key B.
  static func steps(_ path: String) -> [Step] {
    var steps: [Step] = []
    for piece in path.split(separator: ".") {
      var rest = Substring(piece)
      if let open = rest.firstIndex(of: "[") {
        steps.append(.key(String(rest[..<open])))
        rest = rest[open...]
        while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
          let inside = rest[rest.index(after: rest.startIndex)..<close]
          steps.append(Int(inside).map { .index($0) } ?? .line(String(inside)))
          rest = rest[rest.index(after: close)...]
        }
      } else {
        steps.append(.key(String(rest)))
      }
    }
    return steps
  }

  /// The planned value at `path` inside an instance; nested blocks are lists, entered at the
  /// CloudFormation list index when there is one, else at their first element.
  static func traverse(_ instance: PlannedValues.Instance, _ path: [String], _ indices: [Int])
    -> (JSONValue, JSONValue?)?
  {
    var value = instance.values
    var unknown = instance.unknown
    var indices = indices[...]
    for (n, key) in path.enumerated() {
      guard let next = value[key] else { return nil }
      value = next
      unknown = unknown?[key]
      if n < path.count - 1, let items = value.elements {
        let i = indices.popFirst() ?? 0
        guard items.indices.contains(i) else { return nil }
        value = items[i]
        unknown = unknown?.elements.flatMap { $0.indices.contains(i) ? $0[i] : nil }
      }
    }
    return (value, unknown)
  }
}
