import CFNParser
import TestSupport
import Testing

@testable import TFEmitter

/// Translates one CloudFormation value in a fixed context, the way `ModuleBuilder` does: a
/// translator over a template that has one parameter of each type, a mapping, conditions and
/// resources of each kind a reference can reach. The value under test becomes output `X`, or
/// condition `Probe`. Resource targets are written out here, so these
/// tests do not depend on the mapping tables.
enum TranslationProbe {
  /// The parameters and the mappings.
  static let head = #"""
    "Parameters": {
      "Env": {"Type": "String"}, "Size": {"Type": "Number"},
      "Zones": {"Type": "CommaDelimitedList"}, "Ports": {"Type": "List<Number>"},
      "Subnets": {"Type": "List<AWS::EC2::Subnet::Id>"},
      "Key": {"Type": "AWS::EC2::KeyPair::KeyName"},
      "Ami": {"Type": "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"},
      "Names": {"Type": "AWS::SSM::Parameter::Value<List<String>>"},
      "Secret": {"Type": "String", "NoEcho": true}
    },
    "Mappings": {"RegionMap": {"us-east-1": {"AMI": "ami-1"}},
                 "Sizes": {"small": {"Count": 1, "Name": "s"}, "large": {"Count": "4", "Name": "l"}}}
    """#

  /// The conditions but `Probe`.
  static let conditions = #"""
    "IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
    "HasKey": {"Fn::Not": [{"Fn::Equals": [{"Ref": "Key"}, ""]}]}
    """#

  /// The resources.
  static let resources = #"""
    "Resources": {
      "Vpc": {"Type": "AWS::EC2::VPC"},
      "Bucket": {"Type": "AWS::S3::Bucket", "Condition": "IsProd"},
      "Attach": {"Type": "AWS::EC2::VPCGatewayAttachment"},
      "Queue": {"Type": "AWS::SQS::Queue"}
    }
    """#

  /// How `Vpc`, `Bucket` (conditional), `Attach` (no `Ref` counterpart) and `Queue` (not
  /// converted) are reached.
  static let targets: [String: ResourceTarget] = [
    "Vpc": ResourceTarget(
      type: "aws_vpc", name: "vpc", refAttribute: "id",
      attributes: ["CidrBlock": "cidr_block", "VpcId": "id"], isConditional: false),
    "Bucket": ResourceTarget(
      type: "aws_s3_bucket", name: "bucket", refAttribute: "id",
      attributes: ["Arn": "arn", "DomainName": "bucket_domain_name"], isConditional: true),
    "Attach": ResourceTarget(
      type: "aws_internet_gateway_attachment", name: "attach", refAttribute: nil,
      attributes: [:], isConditional: false),
    "Queue": ResourceTarget(
      type: "unsupported", name: "queue", refAttribute: nil, attributes: [:],
      isConditional: false, isMissing: true),
  ]

  /// What one translation gave.
  struct Result {
    /// The HCL, printed flat.
    var text: String
    /// The ledger status of the value.
    var status: LedgerStatus
    /// The ledger note of the value.
    var note: String
    /// Warnings and errors, as rendered.
    var diagnostics: [String]
    /// The template text, whose markers give the places diagnostics point at.
    var marked: MarkedText
    /// The data sources the value uses.
    var dataSources: [DataSourceUse]
    /// Variables cfn2tf added, as `name: type`.
    var addedVariables: [String]
    /// Whether the value refers to a secret.
    var touchesSecret: Bool
  }

  /// The template text with `value` as output `X` and `condition` as condition `Probe`.
  static func templateText(_ value: String, condition: String = #"{"Fn::Equals": [1, 1]}"#)
    -> String
  {
    """
    {\(head),
    "Conditions": {\(conditions),
    "Probe": \(condition)},
    \(resources),
    "Outputs": {"X": {"Value": \(value)}}}
    """
  }

  /// Translates `value` for `target`.
  static func translate(
    _ value: String, as target: ValueType = .any,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Result {
    translate(templateText(value), as: target, sourceLocation: sourceLocation) {
      $0.outputs[0].value
    }
  }

  /// Translates condition `condition` as a boolean, as `ModuleBuilder` does for `Conditions`.
  static func translate(
    condition: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Result {
    translate(templateText("1", condition: condition), as: .bool, sourceLocation: sourceLocation) {
      $0.condition("Probe")!.expression
    }
  }

  private static func translate(
    _ text: String, as target: ValueType, sourceLocation: Testing.SourceLocation,
    pick: (Template) -> Expr
  ) -> Result {
    let marked = MarkedText(text)
    let (template, diagnostics) = TemplateDecoder.decode(bytes: marked.bytes, fileName: "t.json")
    guard let template, !diagnostics.containsErrors else {
      Issue.record("the template does not decode: \(diagnostics)", sourceLocation: sourceLocation)
      return Result(
        text: "", status: .unsupported, note: "", diagnostics: [], marked: marked, dataSources: [],
        addedVariables: [], touchesSecret: false)
    }
    let expr = pick(template)
    let namer = Namer(
      template: template,
      extraVariables: [ExpressionTranslator.stackNameVariable, "notification_arns"])
    var translator = ExpressionTranslator(template: template, namer: namer, targets: targets)
    translator.sensitiveVariables = [namer.variable(forParameter: "Secret")]
    translator.begin()
    let expression = translator.translate(expr, as: target)
    return Result(
      text: HCLPrinter.printExpression(expression), status: translator.status,
      note: translator.note, diagnostics: translator.diagnostics.map(\.description), marked: marked,
      dataSources: translator.dataSources.sorted(),
      addedVariables: translator.addedVariables.keys.sorted().map {
        "\($0): \(translator.addedVariables[$0]!.type)"
      },
      touchesSecret: translator.touchesSecret)
  }

  /// The printed HCL of `value` translated for `target`.
  static func hcl(
    _ value: String, as target: ValueType = .any,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> String {
    translate(value, as: target, sourceLocation: sourceLocation).text
  }
}
