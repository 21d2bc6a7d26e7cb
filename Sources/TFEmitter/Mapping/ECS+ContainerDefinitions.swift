import CFNParser

/// `ContainerDefinitions` of a task definition: the JSON list `container_definitions` holds, each
/// member named as the ECS `RegisterTaskDefinition` API names it (`PortMappings` →
/// `portMappings`), numbers and booleans written as JSON numbers and booleans.
extension ECS.Workloads {
  /// What a member of a container definition holds, as the ECS API reads it.
  indirect enum Shape: Sendable {
    case string
    case number
    case bool
    /// A list of strings.
    case strings
    /// A list of numbers.
    case numbers
    /// An object whose keys are kept as written (`DockerLabels`, log driver `Options`), its
    /// values strings.
    case map
    /// An object of the fields given.
    case object([Field])
    /// A list of such objects.
    case objects([Field])
  }

  /// One member of a container definition: its CloudFormation name, the ECS API's and its shape.
  struct Field: Sendable {
    var property: String
    var name: String
    var shape: Shape

    init(_ property: String, _ name: String, _ shape: Shape) {
      self.property = property
      self.name = name
      self.shape = shape
    }
  }

  /// `Name`/`Value` pairs (`Environment`).
  static let nameValue: [Field] = [
    Field("Name", "name", .string), Field("Value", "value", .string),
  ]

  /// Secrets: `Name`/`ValueFrom` pairs.
  static let secrets: [Field] = [
    Field("Name", "name", .string), Field("ValueFrom", "valueFrom", .string),
  ]

  /// `LinuxParameters`.
  static let linuxParameters: [Field] = [
    Field(
      "Capabilities", "capabilities",
      .object([Field("Add", "add", .strings), Field("Drop", "drop", .strings)])),
    Field(
      "Devices", "devices",
      .objects([
        Field("HostPath", "hostPath", .string), Field("ContainerPath", "containerPath", .string),
        Field("Permissions", "permissions", .strings),
      ])),
    Field("InitProcessEnabled", "initProcessEnabled", .bool),
    Field("SharedMemorySize", "sharedMemorySize", .number),
    Field(
      "Tmpfs", "tmpfs",
      .objects([
        Field("ContainerPath", "containerPath", .string), Field("Size", "size", .number),
        Field("MountOptions", "mountOptions", .strings),
      ])),
    Field("MaxSwap", "maxSwap", .number),
    Field("Swappiness", "swappiness", .number),
  ]

  /// Every member of a container definition the CloudFormation schema lists.
  static let containerDefinition: [Field] = [
    Field("Name", "name", .string),
    Field("Image", "image", .string),
    Field(
      "RepositoryCredentials", "repositoryCredentials",
      .object([Field("CredentialsParameter", "credentialsParameter", .string)])),
    Field("Cpu", "cpu", .number),
    Field("Memory", "memory", .number),
    Field("MemoryReservation", "memoryReservation", .number),
    Field("Links", "links", .strings),
    Field(
      "PortMappings", "portMappings",
      .objects([
        Field("ContainerPort", "containerPort", .number), Field("HostPort", "hostPort", .number),
        Field("Protocol", "protocol", .string), Field("Name", "name", .string),
        Field("AppProtocol", "appProtocol", .string),
        Field("ContainerPortRange", "containerPortRange", .string),
      ])),
    Field("Essential", "essential", .bool),
    Field(
      "RestartPolicy", "restartPolicy",
      .object([
        Field("Enabled", "enabled", .bool), Field("IgnoredExitCodes", "ignoredExitCodes", .numbers),
        Field("RestartAttemptPeriod", "restartAttemptPeriod", .number),
      ])),
    Field("EntryPoint", "entryPoint", .strings),
    Field("Command", "command", .strings),
    Field("Environment", "environment", .objects(nameValue)),
    Field(
      "EnvironmentFiles", "environmentFiles",
      .objects([Field("Value", "value", .string), Field("Type", "type", .string)])),
    Field(
      "MountPoints", "mountPoints",
      .objects([
        Field("SourceVolume", "sourceVolume", .string),
        Field("ContainerPath", "containerPath", .string), Field("ReadOnly", "readOnly", .bool),
      ])),
    Field(
      "VolumesFrom", "volumesFrom",
      .objects([
        Field("SourceContainer", "sourceContainer", .string), Field("ReadOnly", "readOnly", .bool),
      ])),
    Field("LinuxParameters", "linuxParameters", .object(linuxParameters)),
    Field("Secrets", "secrets", .objects(secrets)),
    Field(
      "DependsOn", "dependsOn",
      .objects([
        Field("ContainerName", "containerName", .string),
        Field("Condition", "condition", .string),
      ])),
    Field("StartTimeout", "startTimeout", .number),
    Field("StopTimeout", "stopTimeout", .number),
    Field("VersionConsistency", "versionConsistency", .string),
    Field("Hostname", "hostname", .string),
    Field("User", "user", .string),
    Field("WorkingDirectory", "workingDirectory", .string),
    Field("DisableNetworking", "disableNetworking", .bool),
    Field("Privileged", "privileged", .bool),
    Field("ReadonlyRootFilesystem", "readonlyRootFilesystem", .bool),
    Field("DnsServers", "dnsServers", .strings),
    Field("DnsSearchDomains", "dnsSearchDomains", .strings),
    Field(
      "ExtraHosts", "extraHosts",
      .objects([Field("Hostname", "hostname", .string), Field("IpAddress", "ipAddress", .string)])),
    Field("DockerSecurityOptions", "dockerSecurityOptions", .strings),
    Field("Interactive", "interactive", .bool),
    Field("PseudoTerminal", "pseudoTerminal", .bool),
    Field("DockerLabels", "dockerLabels", .map),
    Field(
      "Ulimits", "ulimits",
      .objects([
        Field("Name", "name", .string), Field("SoftLimit", "softLimit", .number),
        Field("HardLimit", "hardLimit", .number),
      ])),
    Field(
      "LogConfiguration", "logConfiguration",
      .object([
        Field("LogDriver", "logDriver", .string), Field("Options", "options", .map),
        Field("SecretOptions", "secretOptions", .objects(secrets)),
      ])),
    Field(
      "HealthCheck", "healthCheck",
      .object([
        Field("Command", "command", .strings), Field("Interval", "interval", .number),
        Field("Timeout", "timeout", .number), Field("Retries", "retries", .number),
        Field("StartPeriod", "startPeriod", .number),
      ])),
    Field(
      "SystemControls", "systemControls",
      .objects([Field("Namespace", "namespace", .string), Field("Value", "value", .string)])),
    Field(
      "ResourceRequirements", "resourceRequirements",
      .objects([Field("Value", "value", .string), Field("Type", "type", .string)])),
    Field(
      "FirelensConfiguration", "firelensConfiguration",
      .object([Field("Type", "type", .string), Field("Options", "options", .map)])),
    Field("CredentialSpecs", "credentialSpecs", .strings),
  ]

  /// `ContainerDefinitions`: `container_definitions = jsonencode([...])`, the members renamed.
  @Sendable static func containerDefinitions(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    switch member.value.kind {
    case .list, .if: break
    default:
      builder.unsupported(
        member,
        reason:
          "a computed list of container definitions cannot be renamed to the ECS API's member names; write the list out"
      )
      return
    }
    builder.translator.begin()
    let list = json(member.value, .objects(containerDefinition), at: member.path, &builder)
    builder.translator.transformed(
      "the ECS API's member names (camelCase) in jsonencode(), option and label keys as written")
    let value = HCLExpression.call("jsonencode", [list])
    builder.record(
      member,
      target: builder.primary.path / "container_definitions",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: value, secret: builder.translator.touchesSecret)
    parts.argument("container_definitions", value)
  }

  /// The JSON value of `expr`, written at `path` (below the resource's `Properties`), as the ECS
  /// API reads a member of `shape`. A member the table does not know is reported and left out.
  static func json(
    _ expr: Expr, _ shape: Shape, at path: RelativeTemplatePath, _ builder: inout ResourceBuilder
  ) -> HCLExpression {
    if expr.isNoValue { return .null }
    if case .if(let condition, let then, let otherwise) = expr.kind {
      builder.translator.transformed("Fn::If became a conditional expression")
      let local = HCLExpression.local(builder.translator.namer.local(forCondition: condition))
      return .conditional(
        local, json(then, shape, at: path, &builder), json(otherwise, shape, at: path, &builder))
    }
    switch shape {
    case .string: return builder.translator.translate(expr, as: .string)
    case .number: return scalar(expr, as: .number, &builder)
    case .bool: return scalar(expr, as: .bool, &builder)
    case .strings, .numbers:
      let (element, type): (Shape, ValueType) =
        if case .numbers = shape { (.number, .number) } else { (.string, .string) }
      guard case .list(let items) = expr.kind else {
        return builder.translator.translate(expr, as: .list(type))
      }
      let values = items.enumerated().map { json($1, element, at: path / $0, &builder) }
      return tuple(values, filtered: items.contains(where: mayVanish), &builder.translator)
    case .map:
      guard case .object(let members) = expr.kind else {
        return builder.translator.translate(expr, as: .map(.string))
      }
      let items = members.map {
        HCLObjectItem($0.key, json($0.value, .string, at: path / $0.key, &builder))
      }
      return object(items, filtered: members.contains { mayVanish($0.value) }, &builder.translator)
    case .object(let fields):
      guard case .object(let members) = expr.kind else {
        builder.unsupported(
          whole(expr, at: path),
          reason: "a computed object's members cannot be renamed; write the object out")
        return .null
      }
      var items: [HCLObjectItem] = []
      for member in members {
        guard let field = fields.first(where: { $0.property == member.key }) else {
          builder.report(
            RuleMember(member, in: path), .noRule(builder.mapping.cloudFormationType))
          continue
        }
        items.append(
          HCLObjectItem(
            field.name, json(member.value, field.shape, at: path / member.key, &builder)))
      }
      return object(items, filtered: members.contains { mayVanish($0.value) }, &builder.translator)
    case .objects(let fields):
      guard case .list(let items) = expr.kind else {
        builder.unsupported(
          whole(expr, at: path),
          reason: "a computed list's objects cannot be renamed; write the list out")
        return .null
      }
      let values = items.enumerated().map {
        json($1, .object(fields), at: path / $0, &builder)
      }
      return tuple(values, filtered: items.contains(where: mayVanish), &builder.translator)
    }
  }

  /// The value `expr` at `path` as the member a message is about: its own key the last member
  /// name on the path, its key range the value's.
  private static func whole(_ expr: Expr, at path: RelativeTemplatePath) -> RuleMember {
    let key = path.steps.last { if case .key = $0 { true } else { false } }
    var name = ""
    if case .key(let last) = key { name = last }
    return RuleMember(ExprMember(key: name, keyRange: expr.range, value: expr), at: path)
  }

  /// A number or boolean: `tonumber()`/`tobool()` around a value that may be a string (a String
  /// parameter, a mapping, an import), which `jsonencode` would write as a JSON string.
  static func scalar(_ expr: Expr, as type: ValueType, _ builder: inout ResourceBuilder)
    -> HCLExpression
  {
    let value = builder.translator.translate(expr, as: type)
    let typed: Bool
    switch expr.kind {
    case .number: typed = type == .number
    case .bool: typed = type == .bool
    case .string(let text):
      typed =
        type == .number
        ? ExpressionTranslator.isNumber(text) : ["true", "false"].contains(text.lowercased())
    case .ref(let name):
      typed = type == .number && builder.translator.template.parameter(name)?.type.value == .number
    default: typed = false
    }
    if typed { return value }
    let function = type == .number ? "tonumber" : "tobool"
    builder.translator.transformed(
      "\(function)() makes the value a JSON \(type == .number ? "number" : "boolean")")
    return .call(function, [value])
  }

  /// True for `AWS::NoValue`, or `Fn::If` with it on one side: a member or element that may be
  /// left out.
  static func mayVanish(_ expr: Expr) -> Bool {
    expr.isNoValue || PolicyDocument.isOptional(expr)
  }

  /// An object; with `filtered`, its null members are left out, as CloudFormation leaves out a
  /// member that is `AWS::NoValue`.
  static func object(
    _ items: [HCLObjectItem], filtered: Bool, _ translator: inout ExpressionTranslator
  ) -> HCLExpression {
    guard filtered else { return .object(items) }
    translator.transformed("Fn::If with AWS::NoValue: a null member is left out")
    let clause = HCLForClause(
      keyName: "k", valueName: "v", collection: .object(items),
      condition: .binary(.reference("v"), "!=", .null))
    return .forObject(clause, .reference("k"), .reference("v"))
  }

  /// A list; with `filtered`, its null elements are left out.
  static func tuple(
    _ values: [HCLExpression], filtered: Bool, _ translator: inout ExpressionTranslator
  ) -> HCLExpression {
    guard filtered else { return .tuple(values) }
    translator.transformed("Fn::If with AWS::NoValue: a null element is left out")
    let clause = HCLForClause(
      valueName: "v", collection: .tuple(values), condition: .binary(.reference("v"), "!=", .null))
    return .forTuple(clause, .reference("v"))
  }
}
