import Testing

@testable import TFEmitter

@Suite("Step Functions mappings")
struct StepFunctionsMappingTests {
  static let resources = #"""
    {"Machine": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
       "StateMachineName": "orders", "StateMachineType": "EXPRESS",
       "RoleArn": "arn:aws:iam::123456789012:role/sfn",
       "Definition": {"StartAt": "Put", "States": {"Put": {"Type": "Task",
         "Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "${Bucket}"},
         "End": true}}},
       "DefinitionSubstitutions": {"Bucket": {"Ref": "BucketName"}},
       "LoggingConfiguration": {"Level": "ERROR", "IncludeExecutionData": true,
         "Destinations": [{"CloudWatchLogsLogGroup": {
           "LogGroupArn": "arn:aws:logs:us-east-1:123456789012:log-group:sfn:*"}}]},
       "TracingConfiguration": {"Enabled": true},
       "Tags": [{"Key": "app", "Value": "orders"}]}},
     "Text": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
       "RoleArn": "arn:aws:iam::123456789012:role/sfn",
       "DefinitionString": "{\"StartAt\": \"Wait\", \"States\": {\"Wait\": {\"Type\": \"Wait\", \"Seconds\": ${Delay}, \"End\": true}}}",
       "DefinitionSubstitutions": {"Delay": 5}}},
     "Work": {"Type": "AWS::StepFunctions::Activity", "Properties": {"Name": "work",
       "Tags": [{"Key": "app", "Value": "orders"}]}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": {"BucketName": {"Type": "String"}}, "Resources": \(resources),
       "Outputs": {"Machine": {"Value": {"Ref": "Machine"}},
                   "Name": {"Value": {"Fn::GetAtt": ["Machine", "Name"]}},
                   "Work": {"Value": {"Ref": "Work"}}}}
      """, fileName: "t.json")
  }

  @Test("a state machine's definition with its substitutions replaced in the text")
  func stateMachine() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_sfn_state_machine.machine", in: conversion) == """
        # Machine (AWS::StepFunctions::StateMachine)
        resource "aws_sfn_state_machine" "machine" {
          name     = "orders"
          type     = "EXPRESS"
          role_arn = "arn:aws:iam::123456789012:role/sfn"
          definition = replace(
            jsonencode({
              StartAt = "Put"
              States = {
                Put = {
                  Type     = "Task"
                  Resource = "arn:aws:states:::s3:putObject"
                  Parameters = {
                    Bucket = "$${Bucket}"
                  }
                  End = true
                }
              }
            }),
            "$${Bucket}",
            var.bucket_name,
          )
          tags = {
            app = "orders"
          }

          logging_configuration {
            level                  = "ERROR"
            include_execution_data = true
            log_destination        = "arn:aws:logs:us-east-1:123456789012:log-group:sfn:*"
          }

          tracing_configuration {
            enabled = true
          }
        }

        """)
    let text = MappingProbe.block("aws_sfn_state_machine.text", in: conversion) ?? ""
    #expect(text.contains(#"\"Seconds\": $${Delay}, "#))
    #expect(text.contains(#"$${Delay}"#) && text.contains(#", "5")"#))
    let entry = MappingProbe.entry("Machine.Properties.DefinitionSubstitutions", in: conversion)
    #expect(entry?.status == .transformed)
  }

  @Test("activities; Ref and GetAtt")
  func activityAndReferences() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_sfn_activity.work", in: conversion) == """
        # Work (AWS::StepFunctions::Activity)
        resource "aws_sfn_activity" "work" {
          name = "work"
          tags = {
            app = "orders"
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_sfn_state_machine.machine.arn\n"))
    #expect(outputs.contains("value = aws_sfn_state_machine.machine.name\n"))
    #expect(outputs.contains("value = aws_sfn_activity.work.id\n"))
  }

  @Test(
    "state machines and activities convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "sfn")
    #expect(status == 0, "\(output)")
  }
}

extension StepFunctions: ImportCaseProvider {
  static func sfn(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: StepFunctionsMappingTests.resources,
      parameters: #"{"BucketName": {"Type": "String"}}"#,
      physicalIds: [
        "Machine": "arn:aws:states:us-east-1:123456789012:stateMachine:orders",
        "Text": "arn:aws:states:us-east-1:123456789012:stateMachine:Text-1",
        "Work": "arn:aws:states:us-east-1:123456789012:activity:work",
      ], values: ["BucketName": "b"], expected: expected)
  }

  /// Both types are imported by their ARN, the physical id.
  static var importCases: [ImportCase] {
    [
      sfn(
        "aws_sfn_state_machine.machine", "Machine",
        .id("arn:aws:states:us-east-1:123456789012:stateMachine:orders")),
      sfn(
        "aws_sfn_activity.work", "Work",
        .id("arn:aws:states:us-east-1:123456789012:activity:work")),
    ]
  }
}
