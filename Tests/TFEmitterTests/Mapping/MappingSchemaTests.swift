import CFNParser
import Testing

@testable import TFEmitter

/// Every mapping table against the provider schema (hashicorp/aws, generated from
/// `terraform providers schema -json`): the Terraform type exists, `Ref` and every `Fn::GetAtt`
/// name attributes it has, and every argument and block a property rule writes exists there.
@Suite("Mapping tables against the provider schema")
struct MappingSchemaTests {
  /// Every mapping, the launch configuration in both of its forms.
  static let mappings: [ResourceMapping] = {
    var result: [ResourceMapping] = []
    for type in MappingRegistry.supportedTypes {
      for target in ConversionOptions.LaunchConfigurationTarget.allCases {
        let options = ConversionOptions(launchConfigurationTarget: target)
        guard let mapping = MappingRegistry.mapping(for: type, options: options) else { continue }
        if !result.contains(where: {
          $0.cloudFormationType == type && $0.terraformType == mapping.terraformType
        }) {
          result.append(mapping)
        }
      }
    }
    return result
  }()

  /// Mappings whose Terraform type depends on the resource's properties (`terraformTypeChoice`):
  /// the other types a rule's argument may belong to.
  static let alternativeTypes: [String: [String]] = [
    "AWS::EC2::VPCGatewayAttachment": ["aws_vpn_gateway_attachment"],
    "AWS::EC2::VPCCidrBlock": ["aws_vpc_ipv4_cidr_block_association"],
    "AWS::IAM::Policy": ["aws_iam_user_policy", "aws_iam_group_policy"],
  ]

  /// The attribute names in a GetAtt target: a name, a template of names (`${arn}:*`), a
  /// function of one (`tolist(name)`) or a `for` over one.
  static func attributeNames(_ target: String) -> [String] {
    ResourceTarget.attributeNames(in: target)
  }

  /// Problems with `rules` against `body`: arguments and blocks the schema does not have.
  static func problems(_ rules: [PropertyRule], in body: BlockBody, at path: String) -> [String] {
    var found: [String] = []
    for rule in rules {
      switch rule.action {
      case .argument(let name):
        if body.attribute(name) == nil, body.block(name) == nil {
          found.append("\(path): '\(rule.property)' → '\(name)' is not an argument")
        }
      case .block(let name, let inner), .blocks(let name, let inner):
        guard let block = body.block(name) else {
          found.append("\(path): '\(rule.property)' → '\(name)' is not a block")
          continue
        }
        found += problems(inner, in: block.body, at: "\(path).\(name)")
      case .fields(let inner):
        found += problems(inner, in: body, at: path)
      case .tagsMap(let name):
        if body.attribute(name) == nil { found.append("\(path): no '\(name)' for Tags") }
      case .custom, .drop:
        break
      }
    }
    return found
  }

  @Test("there are mappings for the types the corpus uses")
  func registry() {
    #expect(Self.mappings.count >= 50)
    #expect(MappingRegistry.supportedTypes.contains("AWS::AutoScaling::AutoScalingGroup"))
  }

  @Test("the attribute names a reshaped GetAtt target reads")
  func reshapedAttributeNames() {
    #expect(Self.attributeNames("arn") == ["arn"])
    #expect(Self.attributeNames("${bucket}.s3.${region}") == ["bucket", "region"])
    #expect(Self.attributeNames("${keys[0].tokens[1]}.${domain}") == ["keys", "domain"])
    #expect(Self.attributeNames("tolist(network_interface_ids)") == ["network_interface_ids"])
    #expect(
      Self.attributeNames("tolist(setsubtract(private_ips, [private_ip]))")
        == ["private_ips", "private_ip"])
    #expect(Self.attributeNames("certificate_authority[0].data") == ["certificate_authority"])
    #expect(
      Self.attributeNames("one(encryption_config[*].provider[0].key_arn)") == ["encryption_config"])
    #expect(Self.attributeNames("cache_nodes[0].address") == ["cache_nodes"])
    #expect(
      Self.attributeNames("[for e in dns_entry : ${e.hosted_zone_id}:${e.dns_name}]")
        == ["dns_entry"])
    let target = ResourceTarget(
      type: "aws_vpc_endpoint", name: "api", refAttribute: "id", attributes: [:],
      isConditional: false)
    #expect(
      HCLPrinter.printExpression(
        target.expression(for: "[for e in dns_entry : ${e.hosted_zone_id}:${e.dns_name}]"))
        == #"[for e in aws_vpc_endpoint.api.dns_entry : "${e.hosted_zone_id}:${e.dns_name}"]"#)
    #expect(
      HCLPrinter.printExpression(target.expression(for: "tolist(network_interface_ids)"))
        == "tolist(aws_vpc_endpoint.api.network_interface_ids)")
    #expect(
      HCLPrinter.printExpression(target.expression(for: "dns_entry[0].dns_name"))
        == "aws_vpc_endpoint.api.dns_entry[0].dns_name")
  }

  @Test("a GetAtt name whose last part the template chooses: Outputs.Name → outputs[\"Name\"]")
  func namedAttributes() {
    #expect(Self.attributeNames(#"outputs["*"]"#) == ["outputs"])
    var target = ResourceTarget(
      type: "aws_cloudformation_stack", name: "app", refAttribute: "id",
      attributes: ["Outputs.*": #"outputs["*"]"#, "Endpoint.Address": "address"],
      isConditional: false)
    #expect(target.attribute(named: "Outputs.Url") == #"outputs["Url"]"#)
    #expect(target.attribute(named: "Endpoint.Address") == "address")
    #expect(target.attribute(named: "Endpoint.Port") == nil)
    #expect(target.attribute(named: "Url") == nil)
    #expect(
      HCLPrinter.printExpression(target.expression(for: #"outputs["Url"]"#))
        == #"aws_cloudformation_stack.app.outputs["Url"]"#)
    target.isConditional = true
    #expect(
      HCLPrinter.printExpression(target.expression(for: #"outputs["Url"]"#))
        == #"one(aws_cloudformation_stack.app[*].outputs["Url"])"#)
  }

  @Test("no CloudFormation type is mapped twice")
  func oneMappingPerType() {
    var seen: [String] = []
    for mapping in MappingRegistry.all {
      #expect(!seen.contains(mapping.cloudFormationType), "\(mapping.cloudFormationType)")
      seen.append(mapping.cloudFormationType)
    }
  }

  @Test("each mapping's type, Ref, GetAtt and argument names exist in the provider schema")
  func namesExist() {
    var problems: [String] = []
    for mapping in Self.mappings where mapping.omission == nil {
      let type = mapping.terraformType
      // A mapping whose primary is read, not managed, names its type `data.TYPE`.
      let schema =
        type.hasPrefix("data.")
        ? ProviderSchema.dataSource(String(type.dropFirst(5))) : ProviderSchema.resource(type)
      guard let body = schema else {
        problems.append("\(mapping.cloudFormationType): no Terraform type '\(type)' in the schema")
        continue
      }
      // Ref may be a template of attributes, as GetAtt may (`${resource_id}|${…}`).
      for ref in mapping.refAttribute.map(Self.attributeNames) ?? []
      where body.attribute(ref) == nil {
        problems.append(
          "\(mapping.cloudFormationType): Ref → '\(ref)' is not an attribute of \(type)")
      }
      // A path may start from a nested block (vpc_config[0].cluster_security_group_id).
      for (name, target) in mapping.attributes.sorted(by: { $0.key < $1.key }) {
        for attribute in Self.attributeNames(target)
        where body.attribute(attribute) == nil && body.block(attribute) == nil {
          problems.append(
            "\(mapping.cloudFormationType): GetAtt \(name) → '\(attribute)' is not an attribute or block of \(type)"
          )
        }
      }
      let candidates =
        [body]
        + (Self.alternativeTypes[mapping.cloudFormationType] ?? []).compactMap {
          ProviderSchema.resource($0)
        }
      // A rule is fine when one of the types the mapping may choose has its argument.
      for rule in mapping.properties {
        let found = candidates.map {
          Self.problems([rule], in: $0, at: "\(mapping.cloudFormationType) → \(type)")
        }
        if found.allSatisfy({ !$0.isEmpty }) { problems += found[0] }
      }
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }
}
