import CFNParser

extension DatomicProfile {
  /// Records every property of `resource`: where `fate` says it went (target, status, note), or
  /// unsupported with a warning when the module has no setting for it.
  mutating func recordProperties(
    of resource: Resource, _ fate: (String) -> (TerraformPath, LedgerStatus, String)?
  ) {
    let type = resource.type.value
    for property in resource.properties {
      let path = TemplatePath.property(property.key, of: resource.logicalId)
      if let (target, status, note) = fate(property.key) {
        module.record(
          .property, path, at: property.keyRange.start, resourceType: type, target: target, status,
          note)
      } else {
        module.record(
          .property, path, at: property.keyRange.start, resourceType: type, target: nil,
          .unsupported,
          "the transactor module has no setting for it")
        module.diagnostics.append(
          .warning(
            "property '\(property.key)' of '\(resource.logicalId)' is not carried into the transactor module",
            at: property.keyRange.start))
      }
    }
  }

  /// Records the resource attributes of `resource`; an update policy became the instance refresh
  /// of `group`.
  mutating func recordAttributes(of resource: Resource, refreshedBy group: HCLBlock) {
    let type = resource.type.value
    if let policy = resource.updatePolicy {
      module.record(
        .attribute, .resource(resource.logicalId) / "UpdatePolicy", at: policy.location,
        resourceType: type,
        target: group.address / "instance_refresh", .approximated,
        "a rolling update became an instance refresh that starts the new transactor before stopping the old (var.instance_refresh)"
      )
    }
    if let policy = resource.creationPolicy {
      module.record(
        .attribute, .resource(resource.logicalId) / "CreationPolicy", at: policy.location,
        resourceType: type,
        target: nil, .dropped,
        "Terraform does not wait for cfn-signal; the transactor unit's restarts and the group's health checks take its place"
      )
    }
    if let metadata = resource.metadata {
      module.record(
        .attribute, .resource(resource.logicalId) / "Metadata", at: metadata.location,
        resourceType: type,
        target: nil, .dropped,
        "cfn-init configuration is not needed: the AMI baked by packer/ holds the software")
    }
    for (name, policy) in [
      ("DeletionPolicy", resource.deletionPolicy),
      ("UpdateReplacePolicy", resource.updateReplacePolicy),
    ] {
      guard let policy else { continue }
      module.record(
        .attribute, .resource(resource.logicalId) / name, at: policy.location, resourceType: type,
        target: nil, policy.value == "Delete" ? .exact : .dropped,
        policy.value == "Delete" ? "Terraform deletes on destroy too" : "no Terraform counterpart")
    }
    if let version = resource.version {
      module.record(
        .attribute, .resource(resource.logicalId) / "Version", at: version.location,
        resourceType: type,
        target: nil, .dropped, ResourceBuilder.versionDropReason)
    }
    for key in resource.unknownAttributes {
      module.record(
        .attribute, .resource(resource.logicalId) / key.value, at: key.location, resourceType: type,
        target: nil, .dropped, ResourceBuilder.unknownKeyDropReason)
    }
  }
}
