/// `AWS::CloudFormation::*` types with no Terraform counterpart: wait conditions and their
/// handles are left out, with what to do instead.
package enum CloudFormation: MappingFamily {
  /// The mappings of this family.
  static let mappings = [waitCondition, waitConditionHandle]

  static let waitCondition = ResourceMapping.omitted(
    "AWS::CloudFormation::WaitCondition",
    reason:
      "Terraform does not wait for cfn-signal: resources that depended on it are created without waiting; check the instance's readiness another way (a health check, or an Auto Scaling group's wait_for_capacity_timeout), and remove the cfn-signal call from its user data"
  )

  static let waitConditionHandle = ResourceMapping.omitted(
    "AWS::CloudFormation::WaitConditionHandle",
    reason:
      "Terraform has no signal URL to give to cfn-signal: references to the handle read its live URL where a stack is adopted (var.physical_names), and are empty otherwise; remove the cfn-signal call that used it"
  )
}
