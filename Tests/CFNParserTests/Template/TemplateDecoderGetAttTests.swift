import CFNParser
import Testing

/// `Fn::GetAtt` and `${Resource.Attribute}` of an attribute the resource's type does not have:
/// one error at the attribute's name, with the type's attributes in a note, in JSON and YAML.
@Suite("Template decoder: Fn::GetAtt attributes")
struct TemplateDecoderGetAttTests {
  static let roleNote = "the attributes of 'AWS::IAM::Role', closest first: 'Arn', 'RoleId'"
  static let nope = TemplateError.unknownAttribute(
    resource: "Role", type: "AWS::IAM::Role", attribute: "Nope")

  /// A template of `resources` (JSON members) whose output `X` has the value `value`.
  static func template(_ value: String, resources: String = "", transform: String = "") -> String {
    """
    {\(transform)"Resources": {"Role": {"Type": "AWS::IAM::Role"}\(resources)},
     "Outputs": {"X": {"Value": \(value)}}}
    """
  }

  @Test("an unknown attribute in the list form, the dotted form and Fn::Sub, located at its name")
  func unknownAttributeJSON() {
    let note = [Self.roleNote]
    let nope = Self.nope
    expectTemplateError(
      Self.template(#"{"Fn::GetAtt": ["Role", 1️⃣"Nope"]}"#), nope, notes: note)
    expectTemplateError(Self.template(#"{"Fn::GetAtt": "Role.1️⃣Nope"}"#), nope, notes: note)
    expectTemplateError(
      Self.template(#"{"Fn::Sub": "arn:${Role.Arn}/${Role.1️⃣Nope}"}"#), nope, notes: note)
    expectTemplateError(
      Self.template(#"{"Fn::Sub": ["${ Role.1️⃣Nope }", {"A": "b"}]}"#), nope, notes: note)
    // Written with an escape, the text is not where it reads: the string is pointed at.
    expectTemplateError(
      Self.template(#"{"Fn::Sub": 1️⃣"\u0061${Role.Nope}"}"#), nope, notes: note)
    // Inside other functions, in a resource's properties.
    expectTemplateError(
      #"""
      {"Resources": {"Role": {"Type": "AWS::IAM::Role"},
        "Q": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName":
          {"Fn::Join": ["-", [{"Fn::Select": [0, [{"Fn::GetAtt": ["Role", 1️⃣"Nope"]}]]}]]}}}}}
      """#, nope, notes: note)
  }

  @Test("the same in YAML: the short forms and the long ones")
  func unknownAttributeYAML() {
    let yaml = { (value: String) in
      "Resources:\n  Role:\n    Type: AWS::IAM::Role\nOutputs:\n  X:\n    Value: \(value)\n"
    }
    let note = [Self.roleNote]
    expectTemplateError(yaml("!GetAtt Role.1️⃣Nope"), Self.nope, notes: note)
    expectTemplateError(yaml("!GetAtt [Role, 1️⃣Nope]"), Self.nope, notes: note)
    expectTemplateError(yaml("{'Fn::GetAtt': [Role, 1️⃣Nope]}"), Self.nope, notes: note)
    expectTemplateError(yaml("!Sub 'x-${Role.1️⃣Nope}'"), Self.nope, notes: note)
    expectTemplateError(yaml("!Sub x-${Role.1️⃣Nope}"), Self.nope, notes: note)
    // A block scalar's text is not where it reads: the scalar is pointed at.
    expectTemplateError(yaml("!Sub 1️⃣|\n      x-${Role.Nope}\n"), Self.nope, notes: note)
  }

  @Test("valid attributes: nested, a nested stack's outputs, a list element's, any on a custom one")
  func validAttributes() throws {
    let resources = """
      , "Db": {"Type": "AWS::RDS::DBInstance"},
        "Nested": {"Type": "AWS::CloudFormation::Stack"},
        "Custom": {"Type": "Custom::Thing"},
        "Raw": {"Type": "AWS::CloudFormation::CustomResource"},
        "Registry": {"Type": "Acme::Widgets::Widget"},
        "Peer": {"Type": "AWS::DirectConnect::PrivateVirtualInterface"}
      """
    for value in [
      #"{"Fn::GetAtt": ["Role", "Arn"]}"#, #"{"Fn::GetAtt": "Db.Endpoint.Address"}"#,
      #"{"Fn::GetAtt": ["Nested", "Outputs.VpcId"]}"#, #"{"Fn::Sub": "${Nested.Outputs.A.B}"}"#,
      #"{"Fn::GetAtt": ["Custom", "Anything"]}"#, #"{"Fn::GetAtt": ["Raw", "Any.Thing"]}"#,
      #"{"Fn::GetAtt": ["Registry", "Whatever"]}"#,
      #"{"Fn::GetAtt": ["Peer", "BgpPeers.0.BgpPeerId"]}"#,
      #"{"Fn::Sub": ["${Role.Nope}", {"Role.Nope": "a variable"}]}"#,
      #"{"Fn::GetAtt": ["Nested", "StackId"]}"#,
    ] {
      _ = try decodeValidTemplate(Self.template(value, resources: resources))
    }
    expectTemplateError(
      Self.template(#"{"Fn::GetAtt": ["Nested", 1️⃣"Outputs."]}"#, resources: resources),
      .unknownAttribute(
        resource: "Nested", type: "AWS::CloudFormation::Stack", attribute: "Outputs."),
      notes: [
        "the attributes of 'AWS::CloudFormation::Stack', closest first: 'Outputs.*', 'StackId'"
      ])
    expectTemplateError(
      Self.template(#"{"Fn::GetAtt": ["Peer", 1️⃣"BgpPeers.BgpPeerId"]}"#, resources: resources),
      .unknownAttribute(
        resource: "Peer", type: "AWS::DirectConnect::PrivateVirtualInterface",
        attribute: "BgpPeers.BgpPeerId"),
      notes: [
        "the attributes of 'AWS::DirectConnect::PrivateVirtualInterface', closest first: 'BgpPeers.*.BgpPeerId', 'VirtualInterfaceId', 'VirtualInterfaceArn'"
      ])
  }

  @Test("a type with no attribute, and a type with many: the closest twenty, and how many more")
  func notes() {
    expectTemplateError(
      Self.template(
        #"{"Fn::GetAtt": ["Assoc", 1️⃣"Arn"]}"#,
        resources: #", "Assoc": {"Type": "AWS::EC2::SubnetRouteTableAssociation"}"#),
      .unknownAttribute(
        resource: "Assoc", type: "AWS::EC2::SubnetRouteTableAssociation", attribute: "Arn"),
      notes: ["the attributes of 'AWS::EC2::SubnetRouteTableAssociation', closest first: 'Id'"])
    let diagnostic = expectTemplateError(
      Self.template(
        #"{"Fn::GetAtt": ["Db", 1️⃣"Endpoint.Adress"]}"#,
        resources: #", "Db": {"Type": "AWS::RDS::DBInstance"}"#),
      .unknownAttribute(resource: "Db", type: "AWS::RDS::DBInstance", attribute: "Endpoint.Adress")
    )
    let note = diagnostic?.notes.first?.message ?? ""
    #expect(
      note.hasPrefix(
        "the attributes of 'AWS::RDS::DBInstance', closest first: 'Endpoint.Address', "))
    #expect(
      note.hasSuffix(
        " and \((ResourceAttributes.attributes(of: "AWS::RDS::DBInstance")?.count ?? 0) - 20) more")
    )
  }

  @Test("nothing is checked where a macro may rewrite the template, or in a macro's input")
  func macros() throws {
    let bad = #"{"Fn::GetAtt": ["Role", "Nope"]}"#
    _ = try decodeValidTemplate(Self.template(bad, transform: #""Transform": "MyMacro", "#))
    _ = try decodeValidTemplate(
      Self.template(
        #"{"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"X": \#(bad)}}}"#))
    // SAM's transform rewrites its own resources only: the rest is checked.
    let sam = #""Transform": "AWS::Serverless-2016-10-31", "#
    _ = try decodeValidTemplate(
      Self.template(
        #"{"Fn::GetAtt": ["Fn", "Anything"]}"#,
        resources: #", "Fn": {"Type": "AWS::Serverless::Function"}"#, transform: sam))
    expectTemplateError(
      Self.template(#"{"Fn::GetAtt": ["Role", 1️⃣"Nope"]}"#, transform: sam), Self.nope)
  }

  @Test("a loop's attribute is checked once expanded, at the name in the loop's body")
  func loops() {
    expectTemplateError(
      #"""
      {"Transform": "AWS::LanguageExtensions",
       "Resources": {"Fn::ForEach::Buckets": ["Name", ["A", "B"],
         {"Bucket${Name}": {"Type": "AWS::S3::Bucket"}}]},
       "Outputs": {"Fn::ForEach::Out": ["Name", ["A"],
         {"Out${Name}": {"Value": {"Fn::GetAtt": [{"Fn::Sub": "Bucket${Name}"}, 1️⃣"Nope"]}}}]}}
      """#,
      .unknownAttribute(resource: "BucketA", type: "AWS::S3::Bucket", attribute: "Nope"))
  }

  @Test("the tables: a binary search in sorted rows, '*' standing for at least one character")
  func tables() {
    #expect(ResourceAttributes.accepts("Arn", on: "AWS::S3::Bucket") == true)
    #expect(ResourceAttributes.accepts("arn", on: "AWS::S3::Bucket") == false)
    #expect(ResourceAttributes.accepts("Arn", on: "AWS::S3::Buckets") == nil)
    #expect(ResourceAttributes.accepts("Arn", on: "") == nil)
    #expect(ResourceAttributes.accepts("Arn", on: "AWS::ACMPCA::Certificate") == true)
    #expect(ResourceAttributes.accepts("Arn", on: "AAA") == nil)
    #expect(ResourceAttributes.accepts("Arn", on: "ZZZ::\u{1F600}") == nil)
    #expect(
      ResourceAttributes.attributes(of: "AWS::EC2::VPCGatewayAttachment") == ["AttachmentType"])
    #expect(ResourceAttributes.accepts("Outputs.A", on: "AWS::CloudFormation::Stack") == true)
    #expect(ResourceAttributes.accepts("Outputs", on: "AWS::CloudFormation::Stack") == false)
    #expect(ResourceAttributes.accepts("Outputs.", on: "AWS::CloudFormation::Stack") == false)
    #expect(ResourceAttributes.accepts("X", on: "AWS::CloudFormation::CustomResource") == true)
    let peer = "AWS::DirectConnect::PrivateVirtualInterface"
    #expect(ResourceAttributes.accepts("BgpPeers.1.BgpPeerId", on: peer) == true)
    #expect(ResourceAttributes.accepts("BgpPeers.a.b.BgpPeerId", on: peer) == true)
    #expect(ResourceAttributes.accepts("BgpPeers..BgpPeerId", on: peer) == false)
    #expect(ResourceAttributes.accepts("BgpPeers.1.BgpPeerIdX", on: peer) == false)
  }
}
