import Foundation
import TestSupport

/// `terraform init`, `plan` and `show -json` in a root module (`Terraform.run`, against the
/// provider mirror); what the plan would do to each resource.
struct TerraformPlan {
  /// One planned resource change.
  struct Change {
    var address: String
    var actions: [String]
    var importing: Bool
    /// The attributes whose planned value differs from the current one.
    var changedAttributes: [String]
  }

  var changes: [Change]
  /// The plan's summary line, for messages.
  var summary: String

  var imports: [String] { changes.filter(\.importing).map(\.address).sorted() }
  var creates: [String] { changes.filter { $0.actions.contains("create") }.map(\.address) }
  var deletes: [String] { changes.filter { $0.actions.contains("delete") }.map(\.address) }
  var updates: [Change] { changes.filter { $0.actions == ["update"] } }

  init(directory: URL, environment: [String: String]) throws {
    let steps: [[String]] = [
      ["init", "-input=false", "-no-color"],
      ["plan", "-input=false", "-no-color", "-out=plan.tfplan"],
    ]
    var output = ""
    for step in steps {
      let result = try Terraform.run(
        step, in: directory, environment: environment, seconds: 600)
      output = result.output
      guard result.status == 0 else {
        throw ToolFailure(
          "terraform \(step.joined(separator: " ")) failed:\n\(result.output)\n\(result.errors)")
      }
    }
    summary =
      output.split(separator: "\n").first { $0.hasPrefix("Plan:") }.map(String.init) ?? "no changes"
    let shown = try Terraform.run(
      ["show", "-json", "plan.tfplan"], in: directory, environment: environment)
    let json =
      try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any] ?? [:]
    changes = (json["resource_changes"] as? [[String: Any]] ?? []).map { entry in
      let change = entry["change"] as? [String: Any] ?? [:]
      let before = change["before"] as? [String: Any] ?? [:]
      let after = change["after"] as? [String: Any] ?? [:]
      let keys = Set(before.keys).union(after.keys).filter { $0 != "tags_all" }
      let changed = keys.filter { key in
        !Self.same(before[key], after[key])
      }.sorted()
      return Change(
        address: entry["address"] as? String ?? "",
        actions: change["actions"] as? [String] ?? [],
        importing: change["importing"] != nil,
        changedAttributes: changed)
    }
  }

  private static func same(_ a: Any?, _ b: Any?) -> Bool {
    func normal(_ value: Any?) -> String {
      guard let value, !(value is NSNull) else { return "null" }
      guard JSONSerialization.isValidJSONObject([value]),
        let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])
      else { return "\(value)" }
      return String(decoding: data, as: UTF8.self)
    }
    return normal(a) == normal(b)
  }
}
