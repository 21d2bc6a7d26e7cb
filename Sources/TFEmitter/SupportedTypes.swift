extension Converter {
  /// The CloudFormation resource types cfn2tf converts, sorted; `cfn2tf types` lists them. Types
  /// with no Terraform counterpart that are left out with a stated reason count as converted.
  package static var supportedResourceTypes: [String] { MappingRegistry.supportedTypes }
}
