import CFNParser

extension DatomicProfile {
  /// The module's inputs, with defaults taken from the template wherever it says something.
  mutating func buildVariables() {
    let lc = transactor.launchConfiguration
    let group = transactor.group
    declare(
      "name", "string",
      "Name of this transactor deployment, used in resource names and tags (AWS::StackName in the template).",
      validations: [
        (
          .call("can", .call("regex", .string("^[A-Za-z][-A-Za-z0-9]*$"), .variable("name"))),
          "The name must start with a letter and hold only letters, digits and hyphens, as a stack name does."
        )
      ])
    declare("tags", "map(string)", "Tags for every resource.", default: .object([]))
    declare(
      "vpc_id", "string",
      "VPC of the transactor's security group; null means the default VPC, where the template's instances ran.",
      default: .null)
    declare(
      "subnet_ids", "list(string)",
      "Subnets of the auto scaling group; empty means the availability zones below.",
      default: .strings(stringList(group.property("VPCZoneIdentifier")?.value) ?? []))
    declare(
      "availability_zones", "list(string)",
      "Zones of the auto scaling group when subnet_ids is empty; null means every zone of the region.",
      default: stringList(group.property("AvailabilityZones")?.value).map { .strings($0) } ?? .null)
    declare(
      "instance_type", "string", "EC2 instance type of the transactor.",
      from: resourceValue(lc, "InstanceType"))
    declare(
      "key_name", "string", "EC2 key pair for SSH access; null means no SSH key.", default: .null)
    declare(
      "ssh_cidr_blocks", "list(string)",
      "CIDR blocks allowed to reach port 22 when key_name is set.", default: .tuple([]))
    declare(
      "ami_id", "string",
      "AMI of the transactor; null means the newest image the Packer template built for datomic_version.",
      default: .null)
    declare(
      "ami_name_prefix", "string", "Name prefix of the images the Packer template builds.",
      default: .string(packerSettings.amiNamePrefix))
    declare(
      "ami_owners", "list(string)", "Owners of the images to search.", default: .strings(["self"]))
    declare(
      "datomic_version", "string",
      "Datomic Pro version baked into the AMI (selects the image when ami_id is null).",
      from: transactor.export("DATOMIC_VERSION").map { value(of: $0.value) })
    declare(
      "transactor_count", "number",
      "Number of transactors: 1, or 2 for a standby (Datomic allows one active transactor).",
      from: resourceValue(group, "DesiredCapacity") ?? resourceValue(group, "MaxSize"),
      convert: Self.number,
      validations: [
        (
          .and(
            .binary(.variable("transactor_count"), ">=", .int(0)),
            .binary(.variable("transactor_count"), "<=", .int(2))),
          "The transactor count must be 0, 1 or 2."
        )
      ])
    declare(
      "enable_detailed_monitoring", "bool", "Detailed (one-minute) EC2 monitoring.",
      default: .bool(false), from: resourceValue(lc, "InstanceMonitoring"), convert: Self.bool)
    declare(
      "java_xmx", "string", "JVM heap (-Xmx and -Xms), about 70% of the instance's memory.",
      from: transactor.export("XMX").map { value(of: $0.value) })
    declare(
      "java_opts", "string", "Further options for the JVM.", default: .string(""),
      from: transactor.export("JAVA_OPTS").map { value(of: $0.value) })
    declare(
      "metadata_http_tokens", "string",
      "IMDS token requirement: required (IMDSv2 only) or optional.", default: .string("required"),
      validations: [Self.oneOf("metadata_http_tokens", ["required", "optional"])])
    declare(
      "instance_refresh", "bool",
      "Replace instances when the launch template changes (a rolling update).",
      default: .bool(transactor.group.updatePolicy != nil))
    declare(
      "autoscaling_group_name", "string",
      "Exact name of the auto scaling group (set it to adopt an existing group); null means a generated name.",
      default: .null)
    declare(
      "launch_configuration_name", "string",
      "An existing launch configuration for the group to keep (while adopting a stack); null means the module's launch template.",
      default: .null)
    declare(
      "ephemeral_block_devices", "list(object({ device_name = string, virtual_name = string }))",
      "Instance store volumes to map (only instance types with instance storage have them).",
      default: ephemeralDevices)
    buildNetworkVariables()
    buildStorageVariables()
    buildPropertyVariables()
  }

  /// The template's instance store mappings.
  var ephemeralDevices: HCLExpression {
    guard
      case .list(let items)? = transactor.launchConfiguration.property("BlockDeviceMappings")?.value
        .kind
    else { return .tuple([]) }
    var devices: [HCLExpression] = []
    for item in items {
      guard case .object(let fields) = item.kind,
        let device = fields.first(where: { $0.key == "DeviceName" })?.value.stringValue,
        let virtual = fields.first(where: { $0.key == "VirtualName" })?.value.stringValue
      else { continue }
      devices.append(.object(("device_name", .string(device)), ("virtual_name", .string(virtual))))
    }
    return .tuple(devices)
  }
}
