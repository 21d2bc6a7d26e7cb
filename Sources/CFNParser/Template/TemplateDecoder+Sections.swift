extension TemplateDecoder {
  mutating func decodeParameters(_ value: JSONValue, into template: inout Template) -> [Parameter] {
    guard let members = object(value, "'Parameters'") else { return [] }
    var result: [Parameter] = []
    for member in members where !recordSectionTransform(member, in: &template) {
      let what = "parameter '\(member.key)'"
      guard let body = object(member.value, what) else { continue }
      guard let typeValue = member.value["Type"] else {
        error(.missingKey(what: what, key: "Type"), at: member.keyRange)
        continue
      }
      guard let typeName = string(typeValue, "the 'Type' of \(what)") else { continue }
      guard let type = ParameterType(parsing: typeName.value) else {
        error(
          .unknownParameterType(typeName.value), at: typeName.range,
          notes: [
            .init(
              "use String, Number, List<Number>, CommaDelimitedList, an AWS-specific type or AWS::SSM::Parameter::Value<…>"
            )
          ])
        continue
      }
      var parameter = Parameter(
        name: member.key, range: member.keyRange, type: Located(type, at: typeName.range))
      for field in body {
        let fieldWhat = "'\(field.key)' of \(what)"
        switch field.key {
        case "Type": break
        case "Description": parameter.description = scalarText(field.value, fieldWhat)?.value
        case "Default": parameter.defaultValue = field.value
        case "AllowedValues":
          if let items = field.value.elements {
            parameter.allowedValues = items
          } else {
            error(
              .wrongKind(what: fieldWhat, expected: "a list", found: field.value.kindDescription),
              at: field.value.range)
          }
        case "AllowedPattern": parameter.allowedPattern = string(field.value, fieldWhat)
        case "MinLength": parameter.minLength = scalarText(field.value, fieldWhat)
        case "MaxLength": parameter.maxLength = scalarText(field.value, fieldWhat)
        case "MinValue": parameter.minValue = scalarText(field.value, fieldWhat)
        case "MaxValue": parameter.maxValue = scalarText(field.value, fieldWhat)
        case "NoEcho":
          parameter.noEcho = scalarText(field.value, fieldWhat)?.value.lowercased() == "true"
        case "ConstraintDescription":
          parameter.constraintDescription = scalarText(field.value, fieldWhat)?.value
        default:
          error(.unknownKey(what: what, key: field.key), at: field.keyRange)
        }
      }
      checkDefault(of: parameter)
      result.append(parameter)
    }
    return result
  }

  mutating func decodeMappings(_ value: JSONValue, into template: inout Template) -> [Mapping] {
    guard let members = object(value, "'Mappings'") else { return [] }
    var result: [Mapping] = []
    for member in members where !recordSectionTransform(member, in: &template) {
      guard let top = object(member.value, "mapping '\(member.key)'") else { continue }
      var entries: [Mapping.Entry] = []
      for entry in top {
        guard let second = object(entry.value, "key '\(entry.key)' of mapping '\(member.key)'")
        else { continue }
        entries.append(Mapping.Entry(key: entry.key, range: entry.keyRange, values: second))
      }
      result.append(Mapping(name: member.key, range: member.keyRange, entries: entries))
    }
    return result
  }

  mutating func decodeConditions(_ value: JSONValue, into template: inout Template)
    -> [ConditionDefinition]
  {
    guard let members = object(value, "'Conditions'") else { return [] }
    return members.compactMap { member in
      if recordSectionTransform(member, in: &template) { return nil }
      guard let expression = decodeExpr(member.value, context: .condition) else { return nil }
      return ConditionDefinition(name: member.key, range: member.keyRange, expression: expression)
    }
  }

  mutating func decodeOutputs(_ value: JSONValue, into template: inout Template) -> [Output] {
    guard let members = object(value, "'Outputs'") else { return [] }
    reportRepeatedKeys(members)
    var result: [Output] = []
    for member in members where !recordSectionTransform(member, in: &template) {
      if member.key.hasPrefix(LoopExpander.prefix) { continue }
      let what = "output '\(member.key)'"
      guard let body = object(member.value, what) else { continue }
      guard let rawValue = member.value["Value"] else {
        error(.missingKey(what: what, key: "Value"), at: member.keyRange)
        continue
      }
      guard let expression = decodeExpr(rawValue, context: .property) else { continue }
      var output = Output(name: member.key, range: member.keyRange, value: expression)
      for field in body {
        switch field.key {
        case "Value": break
        case "Description":
          output.description = scalarText(field.value, "'Description' of \(what)")?.value
        case "Condition": output.condition = string(field.value, "'Condition' of \(what)")
        case "Export":
          if let name = field.value["Name"] {
            output.exportName = decodeExpr(name, context: .property)
          } else {
            error(.missingKey(what: "'Export' of \(what)", key: "Name"), at: field.value.range)
          }
        default:
          error(.unknownKey(what: what, key: field.key), at: field.keyRange)
        }
      }
      result.append(output)
    }
    return result
  }
}

extension ParameterType {
  /// Parses a CloudFormation parameter type name; nil when unknown.
  package init?(parsing name: String) {
    switch name {
    case "String": self = .string
    case "Number": self = .number
    case "List<Number>": self = .numberList
    case "CommaDelimitedList": self = .commaDelimitedList
    default:
      if name.hasPrefix("AWS::SSM::Parameter::Value<"), name.hasSuffix(">") {
        self = .ssmParameter(String(name.dropFirst("AWS::SSM::Parameter::Value<".count).dropLast()))
      } else if name.hasPrefix("List<AWS::"), name.hasSuffix(">") {
        self = .awsSpecificList(String(name.dropFirst("List<".count).dropLast()))
      } else if name.hasPrefix("AWS::"), !name.contains("<") {
        self = .awsSpecific(name)
      } else {
        return nil
      }
    }
  }
}
