import CFNParser

/// Compares ledger entries one by one: the CloudFormation value at the entry's path against the
/// planned value at its target.
struct Comparer {
  let template: Template
  let evaluator: TemplateEvaluator
  let planned: PlannedValues
  var report = EquivalenceReport()

  mutating func compare(_ entry: LedgerEntry) {
    guard entry.kind == .property, let path = entry.path, let target = entry.target,
      entry.status == .exact || entry.status == .transformed || entry.status == .approximated
    else { return }
    let secret = entry.sourceValue == Redaction.placeholder
    var item = EquivalenceReport.Item(
      path: path.description, target: entry.targetText ?? "", cloudFormation: "", terraform: "",
      location: entry.location)
    guard let (resource, expression, indices) = locate(path) else {
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
    if case .variable(let name) = target.root, target.steps.isEmpty, target.module == nil {
      guard let planned = planned.variables[name] else {
        skip(&item, "the plan has no variable '\(name)'")
        return
      }
      finish(&item, value, planned, unknown: nil, secret: secret)
      return
    }
    guard case .resource(let type, _) = target.root, type.hasPrefix("aws_"), target.module == nil,
      !target.steps.isEmpty
    else {
      skip(&item, "\(target) is not a resource argument")
      return
    }
    let address = target.address.description
    guard let instance = planned.instance(address) else {
      skip(&item, "the plan has no \(address)")
      return
    }
    if Self.isUnknown(instance, target.attributeNames) {
      skip(&item, "known only after apply")
      return
    }
    guard let (plannedValue, unknown) = Self.traverse(instance, target.steps, indices) else {
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

  private mutating func skipOrCheckAbsent(
    _ item: inout EquivalenceReport.Item, _ target: TerraformPath
  ) {
    if planned.isAbsent(target.address.description) {
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
  /// indices along the way. A line step (`UserData[protocol]`) is a `key=value` line of the
  /// script the property holds.
  func locate(_ path: TemplatePath) -> (Resource, Expr, [Int])? {
    guard let id = path.logicalId, let steps = path.propertySteps,
      let resource = template.resource(id)
    else { return nil }
    var indices: [Int] = []
    var current: Expr?
    for (n, step) in steps.enumerated() {
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

  /// The planned value at `steps` inside an instance; a nested block is a list, entered at the
  /// path's own index, else at the CloudFormation list index when there is one, else at its
  /// first element. Nil when a step is not there (or is a splat).
  static func traverse(
    _ instance: PlannedValues.Instance, _ steps: [TerraformPath.Step], _ indices: [Int]
  ) -> (JSONValue, JSONValue?)? {
    var value = instance.values
    var unknown = instance.unknown
    var indices = indices[...]
    func enter(_ i: Int) -> Bool {
      guard let items = value.elements, items.indices.contains(i) else { return false }
      value = items[i]
      unknown = unknown?.elements.flatMap { $0.indices.contains(i) ? $0[i] : nil }
      return true
    }
    for (n, step) in steps.enumerated() {
      switch step {
      case .attribute(let key):
        guard let next = value[key] else { return nil }
        value = next
        unknown = unknown?[key]
        // A block list read further by name is entered at the CloudFormation list index.
        if n + 1 < steps.count, case .attribute = steps[n + 1], value.elements != nil {
          guard enter(indices.popFirst() ?? 0) else { return nil }
        }
      case .index(let i):
        guard enter(i) else { return nil }
      case .splat:
        return nil
      }
    }
    return (value, unknown)
  }
}
