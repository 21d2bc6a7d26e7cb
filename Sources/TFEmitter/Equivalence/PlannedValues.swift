import CFNParser

/// What `terraform show -json PLAN` says a module will look like: each resource instance's planned
/// values and which of them are unknown until apply, and the root module's variables.
struct PlannedValues {
  struct Instance {
    var address: String
    var values: JSONValue
    var unknown: JSONValue?
  }

  var instances: [Instance] = []
  var variables: [String: JSONValue] = [:]

  /// Reads the plan JSON; nil (with diagnostics) when it is not a plan.
  static func read(bytes: [UInt8], fileName: String) -> (PlannedValues?, [Diagnostic]) {
    let (json, diagnostics) = JSONReader.read(bytes: bytes, fileName: fileName)
    guard let json, !diagnostics.containsErrors else { return (nil, diagnostics) }
    guard let changes = json["resource_changes"]?.elements else {
      return (
        nil,
        diagnostics + [
          .error(
            "expected the output of 'terraform show -json PLANFILE' (an object with 'resource_changes')",
            at: json.location)
        ]
      )
    }
    var planned = PlannedValues()
    for change in changes {
      guard let address = change["address"]?.stringValue, change["mode"]?.stringValue != "data",
        let after = change["change"]?["after"]
      else { continue }
      planned.instances.append(
        Instance(address: address, values: after, unknown: change["change"]?["after_unknown"]))
    }
    for member in json["variables"]?.members ?? [] {
      if let value = member.value["value"] { planned.variables[member.key] = value }
    }
    return (planned, diagnostics)
  }

  /// The instance for a resource address of the converted module (`aws_x.y`): exactly, as
  /// `aws_x.y[0]`, or inside a module (`module.m.aws_x.y`).
  func instance(_ address: String) -> Instance? {
    let candidates = [address, address + "[0]"]
    if let exact = instances.first(where: { candidates.contains($0.address) }) { return exact }
    return instances.first { instance in
      candidates.contains {
        instance.address.hasSuffix("." + $0) && instance.address.hasPrefix("module.")
      }
    }
  }

  /// True when no instance of the resource (of any count index) is planned.
  func isAbsent(_ address: String) -> Bool { instance(address) == nil }
}
