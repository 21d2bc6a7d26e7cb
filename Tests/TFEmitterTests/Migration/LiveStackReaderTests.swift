import CFNParser
import TestSupport
import Testing

@Suite("Reading live stacks")
struct LiveStackReaderTests {
  static let describeResources = """
    {"StackResources": [
      {"StackName": "web", "StackId": "arn:aws:cloudformation:eu-west-1:111122223333:stack/web/abc",
       "LogicalResourceId": "Group", "PhysicalResourceId": "web-Group-1",
       "ResourceType": "AWS::AutoScaling::AutoScalingGroup", "ResourceStatus": "CREATE_COMPLETE"}]}
    """

  @Test("describe-stack-resources gives resources, the stack's name, id and region")
  func describeStackResources() {
    var stack = LiveStack()
    let diagnostics = LiveStackReader.readResources(
      bytes: Array(Self.describeResources.utf8), fileName: "r.json", into: &stack)
    #expect(diagnostics.isEmpty)
    #expect(stack.name == "web")
    #expect(stack.region == "eu-west-1")
    #expect(stack.physicalId(of: "Group") == "web-Group-1")
    #expect(stack.resource("Group")?.type == "AWS::AutoScaling::AutoScalingGroup")
    #expect(stack.resource("Group")?.location == SourceLocation(file: "r.json", line: 2, column: 3))
  }

  @Test("the AWS CLI's YAML output ('--output yaml') reads the same")
  func yamlOutput() {
    var stack = LiveStack()
    let text = """
      StackResources:
      - LogicalResourceId: Group
        PhysicalResourceId: web-Group-1
        ResourceStatus: CREATE_COMPLETE
        ResourceType: AWS::AutoScaling::AutoScalingGroup
        StackId: arn:aws:cloudformation:eu-west-1:111122223333:stack/web/abc
        StackName: web
        Timestamp: '2024-05-01T10:00:00.000000+00:00'
      """
    let diagnostics = LiveStackReader.readResources(
      bytes: Array(text.utf8), fileName: "r.yaml", into: &stack)
    #expect(diagnostics.isEmpty)
    #expect(stack.name == "web")
    #expect(stack.region == "eu-west-1")
    #expect(stack.physicalId(of: "Group") == "web-Group-1")
    #expect(stack.resource("Group")?.location == SourceLocation(file: "r.yaml", line: 2, column: 3))
  }

  @Test("list-stack-resources gives resources without a stack name")
  func listStackResources() {
    var stack = LiveStack()
    let text = """
      {"StackResourceSummaries": [{"LogicalResourceId": "Bucket", "PhysicalResourceId": "b-1",
        "ResourceType": "AWS::S3::Bucket", "ResourceStatus": "CREATE_COMPLETE"}]}
      """
    #expect(
      LiveStackReader.readResources(bytes: Array(text.utf8), fileName: "l.json", into: &stack)
        .isEmpty)
    #expect(stack.name == nil)
    #expect(stack.physicalId(of: "Bucket") == "b-1")
  }

  @Test("describe-stacks gives parameter values; NoEcho values are hidden")
  func describeStacks() {
    var stack = LiveStack()
    let text = """
      {"Stacks": [{"StackName": "web", "StackId": "arn:aws:cloudformation:us-east-1:1:stack/web/x",
        "Parameters": [{"ParameterKey": "Size", "ParameterValue": "3"},
                       {"ParameterKey": "Password", "ParameterValue": "****"},
                       {"ParameterKey": "Ami", "ParameterValue": "/aws/ami", "ResolvedValue": "ami-1"}]}]}
      """
    #expect(
      LiveStackReader.readDescription(bytes: Array(text.utf8), fileName: "s.json", into: &stack)
        .isEmpty)
    #expect(stack.parameterValue("Size") == "3")
    #expect(stack.parameterValue("Password") == nil)
    #expect(stack.parameterValue("Ami") == "/aws/ami")
    #expect(stack.region == "us-east-1")
  }

  @Test(
    "files that are not what they should be are errors at their place",
    arguments: [
      (
        "{}",
        "r.json:1:1: error: expected the output of 'aws cloudformation describe-stack-resources' (an object with 'StackResources') or 'list-stack-resources' ('StackResourceSummaries')"
      ),
      (
        "",
        "r.json:1:1: error: expected the output of 'aws cloudformation describe-stack-resources' (an object with 'StackResources') or 'list-stack-resources' ('StackResourceSummaries'); the file is empty"
      ),
    ])
  func resourceErrors(_ text: String, _ expected: String) {
    var stack = LiveStack()
    let diagnostics = LiveStackReader.readResources(
      bytes: Array(text.utf8), fileName: "r.json", into: &stack)
    #expect(diagnostics.map(\.description) == [expected])
  }

  @Test("an entry without LogicalResourceId is a warning at the entry, and is skipped")
  func entryWithoutLogicalId() {
    let text = MarkedText(
      #"""
      {"StackResources": [
        1️⃣{"PhysicalResourceId": "i-1", "ResourceType": "AWS::EC2::Instance"},
        {"LogicalResourceId": "Bucket", "PhysicalResourceId": "b-1", "ResourceType": "AWS::S3::Bucket"},
        2️⃣{"ResourceType": "AWS::SNS::Topic"}]}
      """#)
    var stack = LiveStack()
    let diagnostics = LiveStackReader.readResources(
      bytes: text.bytes, fileName: "r.json", into: &stack)
    #expect(diagnostics.map(\.severity) == [.warning, .warning])
    #expect(
      diagnostics.map(\.location) == [
        text.location("1️⃣", file: "r.json"), text.location("2️⃣", file: "r.json"),
      ])
    #expect(diagnostics.allSatisfy { $0.message == "the entry has no 'LogicalResourceId'" })
    #expect(
      diagnostics.map { $0.notes.map(\.message) } == [
        [
          "the entry (physical id 'i-1') is skipped: no resource of the template can be matched to it"
        ],
        ["the entry is skipped: no resource of the template can be matched to it"],
      ])
    #expect(stack.resources.map(\.logicalId) == ["Bucket"])
  }

  @Test("a description of several stacks is an error")
  func severalStacks() {
    var stack = LiveStack()
    let diagnostics = LiveStackReader.readDescription(
      bytes: Array(#"{"Stacks": [{}, {}]}"#.utf8), fileName: "s.json", into: &stack)
    #expect(
      diagnostics.map(\.description) == [
        "s.json:1:1: error: the file describes 2 stacks; describe one with '--stack-name NAME'"
      ])
  }
}
