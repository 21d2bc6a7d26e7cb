/// Reads what the AWS CLI prints for a stack (JSON, or YAML with `--output yaml`): `describe-stack-resources` (`StackResources`),
/// `list-stack-resources` (`StackResourceSummaries`) and `describe-stacks` (`Stacks`).
package enum LiveStackReader {
  /// What can be wrong with those files.
  package enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
    case notAStackResourcesFile
    case notAStackDescription
    case missingField(String)
    case severalStacks(Int)

    /// The message of the diagnostic.
    package var description: String {
      switch self {
      case .notAStackResourcesFile:
        "expected the output of 'aws cloudformation describe-stack-resources' (an object with 'StackResources') or 'list-stack-resources' ('StackResourceSummaries')"
      case .notAStackDescription:
        "expected the output of 'aws cloudformation describe-stacks' (an object with 'Stacks')"
      case .missingField(let name):
        "the entry has no '\(name)'"
      case .severalStacks(let count):
        "the file describes \(count) stacks; describe one with '--stack-name NAME'"
      }
    }
  }

  /// Reads a resources file into `stack.resources` (and its name and id, when listed).
  package static func readResources(bytes: [UInt8], fileName: String, into stack: inout LiveStack)
    -> [Diagnostic]
  {
    if isBlank(bytes) {
      return [
        .error(
          Problem.notAStackResourcesFile.description + "; the file is empty", at: start(fileName))
      ]
    }
    let (json, diagnostics, _) = SourceFormat.read(bytes: bytes, fileName: fileName)
    guard let json, !diagnostics.containsErrors else { return diagnostics }
    guard let entries = (json["StackResources"] ?? json["StackResourceSummaries"])?.elements else {
      return diagnostics + [.error(Problem.notAStackResourcesFile.description, at: json.location)]
    }
    var result = diagnostics
    for entry in entries {
      // Some emulators list entries without one: nothing in the template can be matched to them.
      guard let logicalId = entry["LogicalResourceId"]?.stringValue else {
        let physical = entry["PhysicalResourceId"]?.stringValue.map { " (physical id '\($0)')" }
        result.append(
          .warning(
            Problem.missingField("LogicalResourceId").description, at: entry.location,
            notes: [
              .init(
                "the entry\(physical ?? "") is skipped: no resource of the template can be matched to it"
              )
            ]))
        continue
      }
      guard let type = entry["ResourceType"]?.stringValue else {
        result.append(.error(Problem.missingField("ResourceType").description, at: entry.location))
        continue
      }
      stack.name = stack.name ?? entry["StackName"]?.stringValue
      stack.id = stack.id ?? entry["StackId"]?.stringValue
      stack.resources.append(
        LiveStack.Resource(
          logicalId: logicalId, physicalId: entry["PhysicalResourceId"]?.stringValue, type: type,
          status: entry["ResourceStatus"]?.stringValue, location: entry.location))
    }
    return result
  }

  /// Reads a stack description into `stack.parameters`, name and id.
  package static func readDescription(bytes: [UInt8], fileName: String, into stack: inout LiveStack)
    -> [Diagnostic]
  {
    if isBlank(bytes) {
      return [
        .error(
          Problem.notAStackDescription.description + "; the file is empty", at: start(fileName))
      ]
    }
    let (json, diagnostics, _) = SourceFormat.read(bytes: bytes, fileName: fileName)
    guard let json, !diagnostics.containsErrors else { return diagnostics }
    guard let stacks = json["Stacks"]?.elements else {
      return diagnostics + [.error(Problem.notAStackDescription.description, at: json.location)]
    }
    guard stacks.count == 1, let description = stacks.first else {
      return diagnostics + [
        .error(Problem.severalStacks(stacks.count).description, at: json.location)
      ]
    }
    stack.name = description["StackName"]?.stringValue ?? stack.name
    stack.id = description["StackId"]?.stringValue ?? stack.id
    var parameters: [LiveStack.ParameterValue] = []
    for entry in description["Parameters"]?.elements ?? [] {
      guard let name = entry["ParameterKey"]?.stringValue else { continue }
      // The value the user gave (for SSM-typed parameters, the parameter's name, which is what
      // the converted variable holds); `****` is a hidden NoEcho value.
      let value = entry["ParameterValue"]?.stringValue
      parameters.append(
        LiveStack.ParameterValue(
          name: name, value: value == "****" ? nil : value, location: entry.location))
    }
    stack.parameters = parameters
    return diagnostics
  }

  private static func isBlank(_ bytes: [UInt8]) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
  }

  private static func start(_ fileName: String) -> SourceLocation {
    SourceLocation(file: fileName, line: 1, column: 1)
  }
}
