/// Arguments CloudFormation refuses that only the whole template shows: an `Fn::Select` index
/// outside its written-out list, and an `Fn::Join` of something that is not a list (a string, a
/// `Ref` to a parameter that is not a list). Checked once every section is decoded, since a
/// parameter may be declared after the value that reads it.
extension TemplateDecoder {
  /// Checks every value of `template`, unless a macro may rewrite it.
  mutating func checkArguments(in template: Template) {
    guard template.wholeTemplateTransform == nil else { return }
    for condition in template.conditions { checkArguments(condition.expression, template) }
    for resource in template.resources {
      for property in resource.properties { checkArguments(property.value, template) }
      for value in [resource.metadata, resource.updatePolicy, resource.creationPolicy] {
        if let value { checkArguments(value, template) }
      }
    }
    for output in template.outputs {
      checkArguments(output.value, template)
      if let name = output.exportName { checkArguments(name, template) }
    }
  }

  /// Checks `expression` and what it holds (walked by hand: `children` would build an array at
  /// every node).
  private mutating func checkArguments(_ expression: Expr, _ template: Template) {
    switch expression.kind {
    case .string, .number, .bool, .null, .ref, .pseudo, .getAtt, .condition:
      return
    case .transform:
      return  // the input of a macro
    case .list(let items), .and(let items), .or(let items):
      for item in items { checkArguments(item, template) }
    case .object(let members):
      for member in members { checkArguments(member.value, template) }
    case .join(_, let values):
      checkJoinList(values, template)
      checkArguments(values, template)
    case .select(let index, let list):
      checkSelect(index, list)
      checkArguments(index, template)
      checkArguments(list, template)
    case .sub(_, let variables):
      for variable in variables { checkArguments(variable.value, template) }
    case .base64(let inner), .getAZs(let inner), .not(let inner), .importValue(let inner),
      .length(let inner), .toJsonString(let inner), .split(_, let inner):
      checkArguments(inner, template)
    case .findInMap(let a, let b, let c), .cidr(let a, let b, let c):
      checkArguments(a, template)
      checkArguments(b, template)
      checkArguments(c, template)
    case .if(_, let a, let b), .equals(let a, let b):
      checkArguments(a, template)
      checkArguments(b, template)
    }
  }

  /// The list `Fn::Join` joins: written out, or a function that can give a list.
  private mutating func checkJoinList(_ values: Expr, _ template: Template) {
    let found: String
    switch values.kind {
    case .list, .getAtt, .findInMap, .getAZs, .select, .split, .cidr, .transform:
      return
    case .if(_, let then, let otherwise):
      // Either branch may be taken; AWS::NoValue leaves the property out.
      for branch in [then, otherwise] where branch.kind != .pseudo(.noValue) {
        checkJoinList(branch, template)
      }
      return
    case .ref(let name):
      if let parameter = template.parameter(name) {
        if parameter.type.value.isList { return }
        found = "a 'Ref' to the \(parameter.type.value.name) parameter '\(name)'"
      } else if template.resource(name) != nil {
        found = "a 'Ref' to the resource '\(name)', a string"
      } else {
        return  // the graph reports it, or a transform makes it
      }
    case .pseudo(let pseudo):
      if pseudo == .notificationARNs { return }
      found = "'\(pseudo.rawValue)', a string"
    case .string, .number, .bool, .null, .object:
      found = values.literalKindDescription
    case .join, .sub, .base64, .importValue, .toJsonString:
      found = "'\(values.functionName)', which gives a string"
    case .length:
      found = "'Fn::Length', which gives a number"
    case .equals, .and, .or, .not, .condition:
      found = "'\(values.functionName)', which gives a boolean"
    }
    error(
      .wrongKind(what: "the second argument of 'Fn::Join'", expected: "a list", found: found),
      at: values.range,
      notes: [
        .init(
          "write the values as a list, [\"a\", \"b\"], or use a function that gives one (Fn::Split, Fn::GetAZs, a 'Ref' to a list parameter)"
        )
      ])
  }

  /// A literal index of `Fn::Select`: a whole number from 0, inside a written-out list.
  private mutating func checkSelect(_ index: Expr, _ list: Expr) {
    guard let text = index.scalarText else { return }
    guard let value = Int(text.trimmingSpacesAround()), value >= 0 else {
      error(
        .selectIndex(index: text, count: nil), at: index.range,
        notes: [.init("the first value of the list is index 0")])
      return
    }
    guard case .list(let items) = list.kind, value >= items.count else { return }
    error(
      .selectIndex(index: text, count: items.count), at: index.range,
      notes: [
        .init(
          items.isEmpty
            ? "the list is empty" : "the list's indexes run from 0 to \(items.count - 1)")
      ])
  }
}

extension Expr {
  /// The function's name as written (`Fn::Join`), for a function call.
  var functionName: String {
    switch kind {
    case .ref: "Ref"
    case .pseudo: "Ref"
    case .getAtt: "Fn::GetAtt"
    case .join: "Fn::Join"
    case .sub: "Fn::Sub"
    case .base64: "Fn::Base64"
    case .findInMap: "Fn::FindInMap"
    case .getAZs: "Fn::GetAZs"
    case .select: "Fn::Select"
    case .split: "Fn::Split"
    case .if: "Fn::If"
    case .equals: "Fn::Equals"
    case .and: "Fn::And"
    case .or: "Fn::Or"
    case .not: "Fn::Not"
    case .condition: "Condition"
    case .importValue: "Fn::ImportValue"
    case .cidr: "Fn::Cidr"
    case .length: "Fn::Length"
    case .toJsonString: "Fn::ToJsonString"
    case .transform: "Fn::Transform"
    case .string, .number, .bool, .null, .list, .object: ""
    }
  }

  /// `a string`, `a number`, … for a literal.
  var literalKindDescription: String {
    switch kind {
    case .string: "a string"
    case .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    case .list: "a list"
    case .object: "an object"
    default: "'\(functionName)'"
    }
  }
}

extension String {
  /// The text without spaces at either end.
  fileprivate func trimmingSpacesAround() -> Substring {
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return s
  }
}
