import CFNParser
import TestSupport
import Testing

/// Names CloudFormation refuses: a logical id that is not alphanumeric, and a name shared by a
/// parameter and a resource. One error each, at the name, in JSON and YAML.
@Suite("Template decoder: logical ids and names")
struct TemplateDecoderNameTests {
  static let bucket = #""B": {"Type": "AWS::S3::Bucket"}"#
  static let letters = "letters and digits (A-Za-z0-9)"

  @Test("a resource's logical id: punctuation, non-ASCII letters, empty")
  func resourceIds() {
    expectTemplateError(
      #"{"Resources": {1️⃣"my-bucket.x": {"Type": "AWS::S3::Bucket"}}}"#,
      .invalidName(kind: "resource", name: "my-bucket.x"),
      notes: ["use \(Self.letters) only: 'mybucketx'"])
    expectTemplateError(
      #"{"Resources": {1️⃣"Bücket": {"Type": "AWS::S3::Bucket"}}}"#,
      .invalidName(kind: "resource", name: "Bücket"), notes: ["use \(Self.letters) only: 'Bcket'"])
    expectTemplateError(
      #"{"Resources": {1️⃣"": {"Type": "AWS::S3::Bucket"}}}"#,
      .emptyName("the name of a resource"), notes: ["give it \(Self.letters)"])
    expectTemplateError(
      #"{"Resources": {1️⃣"--": {"Type": "AWS::S3::Bucket"}}}"#,
      .invalidName(kind: "resource", name: "--"), notes: ["use \(Self.letters) only"])
    expectTemplateError(
      "Resources:\n  1️⃣my-bucket:\n    Type: AWS::S3::Bucket\n",
      .invalidName(kind: "resource", name: "my-bucket"))
    expectTemplateError(
      "Resources:\n  1️⃣'My Bucket':\n    Type: AWS::S3::Bucket\n",
      .invalidName(kind: "resource", name: "My Bucket"))
  }

  @Test("parameters, outputs, mappings and conditions")
  func otherSections() throws {
    expectTemplateError(
      #"{"Parameters": {1️⃣"my_param": {"Type": "String"}}, "Resources": {\#(Self.bucket)}}"#,
      .invalidName(kind: "parameter", name: "my_param"))
    expectTemplateError(
      #"{"Resources": {\#(Self.bucket)}, "Outputs": {1️⃣"Out-1": {"Value": "x"}}}"#,
      .invalidName(kind: "output", name: "Out-1"))
    expectTemplateError(
      #"{"Mappings": {1️⃣"Region.Map": {"us-east-1": {"A": "b"}}}, "Resources": {\#(Self.bucket)}}"#,
      .invalidName(kind: "mapping", name: "Region.Map"))
    expectTemplateError(
      #"{"Conditions": {1️⃣"Is-Prod": {"Fn::Equals": ["a", "b"]}}, "Resources": {\#(Self.bucket)}}"#,
      .invalidName(kind: "condition", name: "Is-Prod"),
      notes: ["use letters, digits, '&' and '_' only: 'IsProd'"])
    expectTemplateError(
      "Parameters:\n  1️⃣Env.Name: {Type: String}\nResources:\n  B: {Type: AWS::S3::Bucket}\n",
      .invalidName(kind: "parameter", name: "Env.Name"))
    // cfn-lint lets a condition's name hold '&' and '_'; the keys inside a mapping are not ids.
    _ = try decodeValidTemplate(
      #"""
      {"Mappings": {"RegionMap": {"us-east-1": {"t2.micro": "x"}}},
       "Conditions": {"A&B_c": {"Fn::Equals": ["a", "b"]}},
       "Resources": {\#(Self.bucket)}}
      """#)
  }

  @Test("a parameter and a resource of the same name; an output may share a resource's")
  func sharedNamespace() throws {
    let text = #"""
      {"Parameters": {2️⃣"Queue": {"Type": "String"}},
       "Resources": {1️⃣"Queue": {"Type": "AWS::SQS::Queue"}}}
      """#
    let diagnostic = expectTemplateError(
      text, .nameInTwoSections("Queue"),
      notes: [
        "the parameter 'Queue' is declared here",
        "parameters and resources share one namespace ('Ref' reads either): rename one",
      ])
    #expect(diagnostic?.notes.first?.location == MarkedText(text).location("2️⃣"))
    expectTemplateError(
      "Parameters:\n  Queue: {Type: String}\nResources:\n  1️⃣Queue: {Type: AWS::SQS::Queue}\n",
      .nameInTwoSections("Queue"))
    _ = try decodeValidTemplate(
      #"""
      {"Conditions": {"Queue": {"Fn::Equals": ["a", "b"]}},
       "Resources": {"Queue": {"Type": "AWS::SQS::Queue"}},
       "Outputs": {"Queue": {"Value": {"Ref": "Queue"}}}}
      """#)
  }

  @Test("the ids a loop writes are checked once expanded, at the key in the loop's body")
  func loops() throws {
    let text = #"""
      {"Transform": "AWS::LanguageExtensions",
       "Resources": {2️⃣"Fn::ForEach::Buckets": ["Name", ["a-b", "c"],
         {1️⃣"Bucket${Name}": {"Type": "AWS::S3::Bucket"}}]}}
      """#
    let diagnostic = expectTemplateError(
      text, .invalidName(kind: "resource", name: "Bucketa-b"),
      notes: [
        "'Fn::ForEach::Buckets' writes it from an element of its collection: write '&{…}' for '${…}' to leave out what is not alphanumeric"
      ])
    #expect(diagnostic?.notes.first?.location == MarkedText(text).location("2️⃣"))
    _ = try decodeValidTemplate(
      #"""
      {"Transform": "AWS::LanguageExtensions",
       "Resources": {"Fn::ForEach::Buckets": ["Name", ["a-b", "c"],
         {"Bucket&{Name}": {"Type": "AWS::S3::Bucket"}}]}}
      """#)
  }

  @Test("a macro may rename anything: nothing is checked")
  func macro() throws {
    _ = try decodeValidTemplate(
      #"{"Transform": "Renamer", "Resources": {"my-bucket": {"Type": "AWS::S3::Bucket"}}}"#)
  }
}
