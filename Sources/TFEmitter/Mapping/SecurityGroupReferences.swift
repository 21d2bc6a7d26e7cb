import CFNParser

/// Tells security groups given by id from those given by name, since EC2-Classic templates pass
/// names where Terraform's launch templates want ids.
enum SecurityGroupReferences {
  /// The ids and the names in a `SecurityGroups` value (each nil when there are none).
  static func split(_ value: Expr, in translator: ExpressionTranslator) -> (
    ids: Expr?, names: Expr?
  ) {
    guard case .list(let items) = value.kind else {
      return isId(value, translator) ? (value, nil) : (nil, value)
    }
    let ids = items.filter { isId($0, translator) }
    let names = items.filter { !isId($0, translator) }
    return (
      ids.isEmpty ? nil : Expr(.list(ids), range: value.range),
      names.isEmpty ? nil : Expr(.list(names), range: value.range)
    )
  }

  private static func isId(_ value: Expr, _ translator: ExpressionTranslator) -> Bool {
    switch value.kind {
    case .string(let s): return s.hasPrefix("sg-")
    case .getAtt(_, let attribute): return attribute == "GroupId"
    case .ref(let name):
      if let parameter = translator.template.parameter(name) {
        switch parameter.type.value {
        case .awsSpecific(let t), .awsSpecificList(let t): return t == "AWS::EC2::SecurityGroup::Id"
        default:
          let text = parameter.defaultValue?.stringValue ?? ""
          return !text.isEmpty
            && text.split(separator: ",").allSatisfy { $0.hasPrefix("sg-") }
        }
      }
      if let resource = translator.template.resource(name) {
        // A security group in a VPC is referenced by id; one without VpcId (EC2-Classic or the
        // default VPC) by name, but Terraform knows it by id either way.
        return resource.type.value == "AWS::EC2::SecurityGroup"
      }
      return false
    default:
      return true
    }
  }
}
