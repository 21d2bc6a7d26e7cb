/// A synthetic template of `resources` resources: launch configurations and auto scaling groups
/// in pairs, with parameters, a mapping, a condition and references between them, to measure
/// how conversion time grows with size.
enum GeneratedTemplate {
  static func text(resources: Int) -> String {
    let pairs = max(1, resources / 2)
    var items: [String] = []
    for i in 0..<pairs {
      items.append(
        """
        "Config\(i)": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": {
          "ImageId": {"Fn::FindInMap": ["Images", {"Ref": "AWS::Region"}, "Id"]},
          "InstanceType": {"Ref": "InstanceType"},
          "SecurityGroups": ["sg-0123456789abcdef\(i % 10)"],
          "UserData": {"Fn::Base64": {"Fn::Join": ["\\n", ["#!/bin/bash",
            {"Fn::Join": ["=", ["export NAME", {"Ref": "AWS::StackName"}]]},
            "echo \\"${HOME}\\" \(i)"]]}}}}
        """)
      items.append(
        """
        "Group\(i)": {"Type": "AWS::AutoScaling::AutoScalingGroup",
          "Condition": "Large", "DependsOn": "Config\(i)", "Properties": {
          "MinSize": {"Ref": "Size"}, "MaxSize": {"Fn::If": ["Large", "4", "2"]},
          "AvailabilityZones": {"Fn::GetAZs": ""},
          "LaunchConfigurationName": {"Ref": "Config\(i)"},
          "Tags": [{"Key": "Name", "Value": {"Fn::Sub": "${AWS::StackName}-\(i)"},
            "PropagateAtLaunch": "true"}]}}
        """)
    }
    return """
      {"AWSTemplateFormatVersion": "2010-09-09",
       "Parameters": {
         "InstanceType": {"Type": "String", "Default": "m5.large",
           "AllowedValues": ["m5.large", "m5.xlarge"]},
         "Size": {"Type": "Number", "Default": "1", "MinValue": "1", "MaxValue": "4"}},
       "Mappings": {"Images": {"us-east-1": {"Id": "ami-00000001"},
         "eu-west-1": {"Id": "ami-00000002"}}},
       "Conditions": {"Large": {"Fn::Equals": [{"Ref": "Size"}, "4"]}},
       "Resources": {\(items.joined(separator: ",\n"))}}
      """
  }
}
