import CFNParser

/// Decides every Terraform name once: variables for parameters, locals for mappings and
/// conditions, resource names for logical ids, outputs. Names are snake_case, valid identifiers,
/// never reserved words, and unique within their namespace; collisions are numbered in sorted order.
package struct Namer: Sendable {
  /// Terraform's reserved variable names and words that cannot name a block.
  static let reservedVariables: Set<String> = [
    "source", "version", "providers", "count", "for_each", "lifecycle", "depends_on", "locals",
  ]
  static let reservedOther: Set<String> = ["count", "for_each", "lifecycle", "depends_on"]

  private var variables: [String: String] = [:]
  private var locals: [String: String] = [:]
  private var resources: [String: String] = [:]
  private var outputs: [String: String] = [:]
  private var takenVariables: Set<String> = []
  private var takenLocals: Set<String> = []

  /// Names everything in `template`. `extraVariables` are names the converter adds itself (such as
  /// `stack_name`), reserved before parameters are named.
  package init(template: Template, extraVariables: [String] = [], extraLocals: [String] = []) {
    takenVariables = Set(extraVariables)
    variables = Self.assign(
      template.parameters.map(\.name), taken: &takenVariables, reserved: Self.reservedVariables)
    takenLocals = Set(extraLocals)
    let localKeys =
      template.mappings.map { "mapping:" + $0.name }
      + template.conditions.map { "condition:" + $0.name }
    let localNames = Self.assign(
      localKeys, taken: &takenLocals, reserved: [],
      base: { key in String(key.split(separator: ":", maxSplits: 1)[1]) })
    locals = localNames
    var takenResources: Set<String> = []
    resources = Self.assign(
      template.resources.map(\.logicalId), taken: &takenResources, reserved: Self.reservedOther)
    var takenOutputs: Set<String> = []
    outputs = Self.assign(template.outputs.map(\.name), taken: &takenOutputs, reserved: [])
  }

  /// The variable for parameter `name`.
  package func variable(forParameter name: String) -> String {
    variables[name] ?? Self.snakeCase(name)
  }
  /// The local holding mapping `name`.
  package func local(forMapping name: String) -> String {
    locals["mapping:" + name] ?? Self.snakeCase(name)
  }
  /// The local holding condition `name`.
  package func local(forCondition name: String) -> String {
    locals["condition:" + name] ?? Self.snakeCase(name)
  }
  /// The Terraform resource name for logical id `id` (shared by every resource it becomes).
  package func resource(forLogicalId id: String) -> String { resources[id] ?? Self.snakeCase(id) }
  /// The output for CloudFormation output `name`.
  package func output(forOutput name: String) -> String { outputs[name] ?? Self.snakeCase(name) }

  /// Reserves a further variable name derived from `base`, numbered if taken.
  package mutating func reserveVariable(_ base: String) -> String {
    Self.unique(Self.snakeCase(base), taken: &takenVariables, reserved: Self.reservedVariables)
  }

  /// Reserves a further local name derived from `base`, numbered if taken.
  package mutating func reserveLocal(_ base: String) -> String {
    Self.unique(Self.snakeCase(base), taken: &takenLocals, reserved: [])
  }

  private static func assign(
    _ keys: [String], taken: inout Set<String>, reserved: Set<String>,
    base: (String) -> String = { $0 }
  ) -> [String: String] {
    var result: [String: String] = [:]
    // Sorted, so that which of two colliding names gets the number does not depend on order.
    for key in keys.sorted() {
      result[key] = unique(snakeCase(base(key)), taken: &taken, reserved: reserved)
    }
    return result
  }

  private static func unique(_ name: String, taken: inout Set<String>, reserved: Set<String>)
    -> String
  {
    let candidate = numbered(reserved.contains(name) ? name + "_value" : name, avoiding: taken)
    taken.insert(candidate)
    return candidate
  }

  /// `base`, or `base_2`, `base_3`, … : the first that `taken` does not hold.
  package static func numbered(_ base: String, avoiding taken: some Collection<String>) -> String {
    var candidate = base
    var n = 2
    while taken.contains(candidate) {
      candidate = "\(base)_\(n)"
      n += 1
    }
    return candidate
  }

  /// `LaunchGroup` → `launch_group`, `AWSRegionArch2AMI` → `aws_region_arch2_ami`,
  /// `EC2Instance` → `ec2_instance`. The result is a valid Terraform identifier.
  package static func snakeCase(_ text: String) -> String {
    var text = text
    return text.withUTF8(asciiSnakeCase) ?? snakeCaseByCharacters(text)
  }

  /// `snakeCase` of ASCII text without a carriage return, where each byte is one character (CR
  /// LF alone makes one character of two ASCII bytes): the same decisions, made on bytes. Nil for
  /// other text.
  private static func asciiSnakeCase(_ chars: UnsafeBufferPointer<UInt8>) -> String? {
    guard !chars.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
    func isUpper(_ byte: UInt8?) -> Bool { byte.map { (0x41...0x5A).contains($0) } ?? false }
    func isLower(_ byte: UInt8?) -> Bool { byte.map { (0x61...0x7A).contains($0) } ?? false }
    func isDigit(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x39).contains($0) } ?? false }
    let underscore = UInt8(ascii: "_")
    var out: [UInt8] = []
    out.reserveCapacity(chars.count + 8)
    for (i, c) in chars.enumerated() {
      guard isUpper(c) || isLower(c) || isDigit(c) else {
        if let last = out.last, last != underscore { out.append(underscore) }
        continue
      }
      if isUpper(c), i > 0, let last = out.last, last != underscore {
        let previous = chars[i - 1]
        let next = i + 1 < chars.count ? chars[i + 1] : nil
        let afterNext = i + 2 < chars.count ? chars[i + 2] : nil
        if isLower(previous) || (isDigit(previous) && (isUpper(next) || isLower(next)))
          || (isUpper(previous) && isLower(next) && !isDigit(afterNext))
        {
          out.append(underscore)
        }
      }
      out.append(isUpper(c) ? c + 0x20 : c)
    }
    while out.last == underscore { out.removeLast() }
    if out.isEmpty { return "unnamed" }
    if isDigit(out[0]) { out.insert(UInt8(ascii: "n"), at: 0) }
    return String(decoding: out, as: UTF8.self)
  }

  /// `snakeCase` of any text, character by character.
  static func snakeCaseByCharacters(_ text: String) -> String {
    let chars = Array(text)
    var out = ""
    for (i, c) in chars.enumerated() {
      if c.isLetter || c.isNumber {
        if c.isUppercase, i > 0, !out.isEmpty, out.last != "_" {
          let previous = chars[i - 1]
          let next = i + 1 < chars.count ? chars[i + 1] : nil
          let afterNext = i + 2 < chars.count ? chars[i + 2] : nil
          // A word starts after a lowercase letter (`MyBucket`), after digits when a letter
          // follows (`EC2Instance`, `Arch2AMI`), and at the last capital of an acronym
          // (`HTTPServer`) unless a version follows (`DBv2`, `IPv6`).
          if previous.isLowercase || (previous.isNumber && next?.isLetter == true)
            || (previous.isUppercase && next?.isLowercase == true && afterNext?.isNumber != true)
          {
            out.append("_")
          }
        }
        if c.isASCII {
          out += c.lowercased()
        } else {
          out.append("_")
        }
      } else if !out.isEmpty, out.last != "_" {
        out.append("_")
      }
    }
    while out.hasSuffix("_") { out.removeLast() }
    if out.isEmpty { out = "unnamed" }
    if let first = out.first, first.isNumber { out = "n" + out }
    return out
  }
}
