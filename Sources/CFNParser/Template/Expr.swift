/// A CloudFormation value: a literal, a list or object of values, or an intrinsic function call.
/// Every node carries its source range.
package struct Expr: Hashable, Sendable {
  /// What the value is.
  package indirect enum Kind: Hashable, Sendable {
    case string(String)
    /// A number, kept as its source lexeme.
    case number(String)
    case bool(Bool)
    case null
    case list([Expr])
    /// A plain object (not an intrinsic), members in source order.
    case object([ExprMember])
    /// `Ref` to a parameter or a resource (by logical id).
    case ref(String)
    /// `Ref` to a pseudo parameter such as `AWS::Region`.
    case pseudo(PseudoParameter)
    /// `Fn::GetAtt`, both forms; `attribute` may contain dots (`Endpoint.Address`).
    case getAtt(resource: String, attribute: String)
    /// `Fn::Join [separator, values]`; `values` is a list or a list-valued expression.
    case join(separator: String, values: Expr)
    /// `Fn::Sub`, the string parsed into parts; `variables` from the two-element form.
    case sub(parts: [SubPart], variables: [SubVariable])
    case base64(Expr)
    case findInMap(map: Expr, topKey: Expr, secondKey: Expr)
    case getAZs(region: Expr)
    case select(index: Expr, list: Expr)
    case split(delimiter: String, source: Expr)
    /// `Fn::If [condition, then, else]`.
    case `if`(condition: String, then: Expr, else: Expr)
    case equals(Expr, Expr)
    case and([Expr])
    case or([Expr])
    case not(Expr)
    /// `{"Condition": name}` inside a condition expression.
    case condition(String)
    case importValue(Expr)
    case cidr(ipBlock: Expr, count: Expr, cidrBits: Expr)
    case length(Expr)
    case toJsonString(Expr)
    /// `Fn::Transform {"Name": …, "Parameters": …}`: a macro call, its argument as written; its
    /// value is known only once CloudFormation has run the macro.
    case transform(Expr)
  }

  /// What the value is.
  package var kind: Kind
  /// Where it is written.
  package var range: SourceRange

  /// Creates an expression.
  package init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// Where the value starts.
  package var location: SourceLocation { range.start }
}

/// One member of a plain object value.
package struct ExprMember: Hashable, Sendable {
  /// The key as written.
  package var key: String
  /// Where the key is written.
  package var keyRange: SourceRange
  /// The value.
  package var value: Expr

  /// Creates a member.
  package init(key: String, keyRange: SourceRange, value: Expr) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}

/// A piece of an `Fn::Sub` string.
package enum SubPart: Hashable, Sendable {
  /// Literal text, with `${!Name}` already turned into the literal `${Name}`.
  case literal(String)
  /// `${Name}`: a parameter, resource, pseudo parameter or one of the Sub's own variables.
  case reference(String)
  /// `${Resource.Attribute}`.
  case attribute(resource: String, attribute: String)
}

/// A variable of the two-element `Fn::Sub` form.
package struct SubVariable: Hashable, Sendable {
  /// The variable name used as `${name}`.
  package var name: String
  /// Its value.
  package var value: Expr

  /// Creates a variable.
  package init(name: String, value: Expr) {
    self.name = name
    self.value = value
  }
}

/// CloudFormation's pseudo parameters.
package enum PseudoParameter: String, Hashable, Sendable, CaseIterable {
  case accountId = "AWS::AccountId"
  case notificationARNs = "AWS::NotificationARNs"
  case noValue = "AWS::NoValue"
  case partition = "AWS::Partition"
  case region = "AWS::Region"
  case stackId = "AWS::StackId"
  case stackName = "AWS::StackName"
  case urlSuffix = "AWS::URLSuffix"

  /// The pseudo parameter named `rawValue`. Most names looked up are not one, and are refused
  /// on their first bytes: no character but `A`, `W`, `S` and `:` themselves equals them.
  package init?(rawValue: String) {
    guard rawValue.utf8.starts(with: "AWS::".utf8) else { return nil }
    guard let found = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
    self = found
  }
}

extension Expr {
  /// The string, when this is a literal string.
  package var stringValue: String? {
    if case .string(let s) = kind { return s }
    return nil
  }

  /// The literal text of a string, number or boolean.
  package var scalarText: String? {
    switch kind {
    case .string(let s): s
    case .number(let n): n
    case .bool(let b): b ? "true" : "false"
    default: nil
    }
  }

  /// True when the expression holds no intrinsic function and no reference.
  package var isLiteral: Bool {
    switch kind {
    case .string, .number, .bool, .null: true
    case .list(let items): items.allSatisfy(\.isLiteral)
    case .object(let members): members.allSatisfy(\.value.isLiteral)
    default: false
    }
  }

  /// The children of this node, in source order.
  package var children: [Expr] {
    switch kind {
    case .string, .number, .bool, .null, .ref, .pseudo, .getAtt, .condition: []
    case .list(let items): items
    case .object(let members): members.map(\.value)
    case .join(_, let values): [values]
    case .sub(_, let variables): variables.map(\.value)
    case .base64(let e), .getAZs(let e), .not(let e), .importValue(let e), .length(let e),
      .toJsonString(let e), .transform(let e):
      [e]
    case .findInMap(let m, let t, let s): [m, t, s]
    case .select(let i, let l): [i, l]
    case .split(_, let s): [s]
    case .if(_, let t, let e): [t, e]
    case .equals(let a, let b): [a, b]
    case .and(let items), .or(let items): items
    case .cidr(let a, let b, let c): [a, b, c]
    }
  }
}
