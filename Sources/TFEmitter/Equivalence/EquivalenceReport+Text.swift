import CFNParser

extension EquivalenceReport {
  /// The report as text: the verdict, every difference with both paths and values, then what was
  /// not compared and why, then how many values agree. Every line is escaped
  /// (`escapingControlCharacters`): the values come from the template and the plan.
  package var text: String {
    var lines: [String] = []
    if differences.isEmpty {
      lines.append("Equivalent: \(equal.count) values agree; \(notCompared.count) not compared.")
    } else {
      lines.append(
        "Not equivalent: \(differences.count) \(differences.count == 1 ? "value differs" : "values differ"); "
          + "\(equal.count) agree; \(notCompared.count) not compared.")
      lines.append("")
      lines.append("Differences:")
      for item in differences {
        let place = item.location.map { "\($0): " } ?? ""
        lines.append("  \(place)\(item.path)")
        lines.append("    CloudFormation: \(item.cloudFormation)")
        lines.append("    Terraform \(item.target): \(item.terraform)")
      }
    }
    if !notCompared.isEmpty {
      lines.append("")
      lines.append("Not compared:")
      for item in notCompared {
        lines.append("  \(item.path) -> \(item.target): \(item.terraform)")
      }
    }
    return lines.map { $0.escapingControlCharacters() }.joined(separator: "\n") + "\n"
  }
}
