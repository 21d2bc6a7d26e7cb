import CFNParser

/// Translates CloudFormation expressions into HCL expressions, with a target type in mind.
///
/// One translator serves a whole conversion: it records what translated expressions need (data
/// sources, variables cfn2tf adds) and, per value, how it was transformed, so that the ledger can
/// say `exact`, `transformed` or `approximated`.
package struct ExpressionTranslator {
  package let template: Template
  package var namer: Namer
  package var targets: [String: ResourceTarget]
  /// Variables that hold secrets (NoEcho parameters and extracted secrets).
  package var sensitiveVariables: Set<String> = []

  /// Data sources used so far.
  package internal(set) var dataSources: Set<DataSourceUse> = []
  /// Variables cfn2tf adds for things with no Terraform counterpart, by name.
  package internal(set) var addedVariables: [String: AddedVariable] = [:]
  /// SSM-typed parameters read through `data "aws_ssm_parameter"`.
  package internal(set) var ssmParameters: Set<String> = []
  /// The variable standing for each imported export, by the export name's compact JSON.
  var importVariables: [String: String] = [:]
  /// The variable standing for each `Fn::GetAtt` Terraform has no value for, by `Id.Attribute`.
  var attributeVariables: [String: String] = [:]
  /// The variable standing for each secret found in a script, by its name and value.
  var scriptSecretVariables: [String: String] = [:]
  /// Mapping values that are secrets: left out of `locals.tf`, read from a sensitive variable.
  package var secretMappingKeys: Set<SecretMappingKey> = []
  /// The variable standing for the secrets of each mapping key.
  var mappingSecretVariables: [SecretMappingKey: String] = [:]
  /// The variable standing for each NoEcho default a condition compares with, by parameter and
  /// value.
  var noEchoDefaultVariables: [String: String] = [:]
  /// The condition being translated into a local, for messages.
  package var conditionBeingBuilt: String?

  /// How the value being translated was changed; reset by `begin()`.
  package internal(set) var transformations: [String] = []
  /// How the value being translated differs; reset by `begin()`.
  package internal(set) var approximations: [String] = []
  /// Whether the value being translated refers to a secret; reset by `begin()`.
  package internal(set) var touchesSecret = false
  /// Whether a secret written in the template was replaced in the value being translated, so
  /// that its ledger entry must not show the source; reset by `begin()`.
  package internal(set) var hidesWrittenSecret = false
  /// Problems found while translating.
  package internal(set) var diagnostics: [Diagnostic] = []

  /// The name of the variable that stands for `AWS::StackName`.
  package static let stackNameVariable = "stack_name"
  /// The name of the variable that stands for `AWS::StackId`.
  package static let stackIdVariable = "stack_id"
  /// The name of the variable with the live names of resources CloudFormation named.
  package static let physicalNamesVariable = "physical_names"
  /// Logical ids whose Terraform name comes from `physical_names`, in the order met.
  package internal(set) var physicallyNamed: [String] = []

  /// Creates a translator.
  package init(template: Template, namer: Namer, targets: [String: ResourceTarget]) {
    self.template = template
    self.namer = namer
    self.targets = targets
  }

  /// Starts a new value: clears the transformations, approximations and secret flag.
  package mutating func begin() {
    transformations = []
    approximations = []
    touchesSecret = false
    hidesWrittenSecret = false
  }

  /// The ledger status of the value translated since `begin()`.
  package var status: LedgerStatus {
    if !approximations.isEmpty { return .approximated }
    return transformations.isEmpty ? .exact : .transformed
  }

  /// A note summing up the transformations and approximations since `begin()`.
  package var note: String {
    // A note has a few parts: a repeat is found by comparing them, without hashing, and a
    // single part is the note itself.
    let count = approximations.count + transformations.count
    if count == 0 { return "" }
    if count == 1 { return approximations.first ?? transformations[0] }
    var kept: [String] = []
    kept.reserveCapacity(count)
    for how in [approximations, transformations].joined() where !kept.contains(how) {
      kept.append(how)
    }
    return kept.joined(separator: "; ")
  }

  mutating func transformed(_ how: String) { transformations.append(how) }
  mutating func approximated(_ how: String) { approximations.append(how) }

  mutating func warn(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = [])
  {
    diagnostics.append(.warning(message, at: location, notes: notes))
  }

  mutating func use(_ source: DataSourceUse) -> HCLExpression {
    dataSources.insert(source)
    return .traversal(source.path)
  }

  /// Adds (once) a variable cfn2tf needs and returns a reference to it.
  mutating func addVariable(_ variable: AddedVariable) -> HCLExpression {
    addedVariables[variable.name] = addedVariables[variable.name] ?? variable
    return .variable(variable.name)
  }

  /// Translates `expr` for a value of type `target`.
  package mutating func translate(_ expr: Expr, as target: ValueType) -> HCLExpression {
    switch expr.kind {
    case .string(let s): return literal(s, as: target)
    case .number(let n):
      if target == .string {
        transformed("number written as a string")
        return .string(n)
      }
      if target.isList { return oneElementList(expr, as: target) }
      return .number(n)
    case .bool(let b):
      if target == .string {
        transformed("boolean written as a string")
        return .string(b ? "true" : "false")
      }
      if target.isList { return oneElementList(expr, as: target) }
      return .bool(b)
    case .null: return .null
    case .list(let items):
      if target == .string {
        transformed("list joined with ','")
        return .call("join", [.string(","), .tuple(items.map { translate($0, as: .string) })])
      }
      if items.contains(where: Self.mayVanish) {
        return vanishingList(items, element: target.elementType)
      }
      return .tuple(items.map { translate($0, as: target.elementType) })
    case .object(let members):
      return .object(
        members.map { HCLObjectItem($0.key, translate($0.value, as: target.elementType)) })
    case .ref(let name): return reference(name, at: expr.location, as: target)
    case .pseudo(let pseudo): return self.pseudo(pseudo, at: expr.location, as: target)
    case .getAtt(let resource, let attribute):
      return getAtt(resource, attribute, at: expr.location, as: target)
    case .join(let separator, let values): return join(separator, values, as: target)
    case .sub(let parts, let variables): return sub(parts, variables, at: expr.location)
    case .base64(let inner):
      transformed("Fn::Base64 became base64encode()")
      return .call("base64encode", [translate(inner, as: .string)])
    case .findInMap(let map, let top, let second):
      return findInMap(map, top, second, as: target)
    case .getAZs(let region):
      return availabilityZones(region)
    case .select(let index, let list): return select(index, list, as: target)
    case .split(let delimiter, let source):
      transformed("Fn::Split became split()")
      return .call("split", [.string(delimiter), translate(source, as: .string)])
    case .if(let condition, let then, let otherwise):
      transformed("Fn::If became a conditional expression")
      return .conditional(
        .local(namer.local(forCondition: condition)), translate(then, as: target),
        translate(otherwise, as: target))
    case .equals, .and, .or, .not, .condition:
      return condition(expr)
    case .importValue(let name): return importValue(name, at: expr.location, as: target)
    case .cidr(let block, let count, let bits): return cidr(block, count, bits)
    case .length(let list):
      transformed("Fn::Length became length()")
      return .call("length", [translate(list, as: .list(.any))])
    case .toJsonString(let value):
      transformed("Fn::ToJsonString became jsonencode()")
      return .call("jsonencode", [translate(value, as: .any)])
    case .transform:
      // What holds one stays in CloudFormation, where the macro runs; nothing else meets one.
      approximated("Fn::Transform runs in CloudFormation only; null is used")
      return .null
    }
  }

  private mutating func literal(_ s: String, as target: ValueType) -> HCLExpression {
    switch target {
    case .number where Self.isNumber(s):
      transformed("string '\(s)' became a number")
      return .number(s)
    case .bool where s.lowercased() == "true" || s.lowercased() == "false":
      transformed("string '\(s)' became a boolean")
      return .bool(s.lowercased() == "true")
    case .list(let element):
      transformed("string became a one-element list")
      return .tuple([literal(s, as: element)])
    default:
      return .string(s)
    }
  }

  /// A number or boolean where a list is wanted: the list of that one value.
  private mutating func oneElementList(_ expr: Expr, as target: ValueType) -> HCLExpression {
    transformed("single value wrapped in a list")
    return .tuple([translate(expr, as: target.elementType)])
  }

  /// True for a list element that `AWS::NoValue` may remove: `Fn::If` with it on one side.
  static func mayVanish(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .pseudo(.noValue): return true
    case .if(_, let then, let otherwise):
      return then.kind == .pseudo(.noValue) || otherwise.kind == .pseudo(.noValue)
    default: return false
    }
  }

  /// A list whose conditional elements CloudFormation leaves out: `concat()` of the fixed runs
  /// and `condition ? [x] : []` for each conditional element (a null element would stay in the
  /// list).
  mutating func vanishingList(_ items: [Expr], element: ValueType) -> HCLExpression {
    transformed("list elements under Fn::If with AWS::NoValue became concat() of conditional lists")
    var segments: [HCLExpression] = []
    var run: [HCLExpression] = []
    for item in items {
      guard Self.mayVanish(item) else {
        run.append(translate(item, as: element))
        continue
      }
      if !run.isEmpty {
        segments.append(.tuple(run))
        run = []
      }
      guard case .if(let name, let then, let otherwise) = item.kind else { continue }
      let condition = HCLExpression.local(namer.local(forCondition: name))
      if then.kind == .pseudo(.noValue) {
        segments.append(
          .conditional(condition, .tuple([]), .tuple([translate(otherwise, as: element)])))
      } else {
        segments.append(.conditional(condition, .tuple([translate(then, as: element)]), .tuple([])))
      }
    }
    if !run.isEmpty { segments.append(.tuple(run)) }
    return segments.count == 1 ? segments[0] : .call("concat", segments)
  }

  /// True for text that is a JSON-style number.
  package static func isNumber(_ s: String) -> Bool {
    let (value, diagnostics) = JSONReader.read(s, fileName: "")
    guard diagnostics.isEmpty, let value, case .number = value.kind else { return false }
    return true
  }
}

/// A variable cfn2tf adds for something that has no Terraform counterpart.
package struct AddedVariable: Hashable, Sendable {
  /// The variable name.
  package var name: String
  /// Its type expression (`string`, `list(string)`).
  package var type: String
  /// Its description.
  package var description: String
  /// Its default, if any.
  package var defaultValue: HCLExpression?
  /// Whether it holds a secret.
  package var sensitive: Bool = false
}
