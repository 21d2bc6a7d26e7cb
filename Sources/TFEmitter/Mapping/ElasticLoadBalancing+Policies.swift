import CFNParser

extension ElasticLoadBalancing {
  /// The front-end port of every listener that names policy `name` in its `PolicyNames`.
  static func listenerPorts(naming name: String, in resource: Resource) -> [Expr] {
    guard let listeners = resource.property("Listeners"),
      case .list(let items) = listeners.value.kind
    else { return [] }
    return items.compactMap { item in
      guard case .object(let fields) = item.kind,
        let names = fields.first(where: { $0.key == "PolicyNames" }),
        case .list(let policyNames) = names.value.kind,
        policyNames.contains(where: { $0.stringValue == name })
      else { return nil }
      return fields.first { $0.key == "LoadBalancerPort" }?.value
    }
  }

  /// `LBCookieStickinessPolicy`/`AppCookieStickinessPolicy`: Terraform binds a stickiness policy
  /// to one listener, so each policy becomes one `aws_lb_cookie_stickiness_policy` (or
  /// `aws_app_cookie_stickiness_policy`) per listener that names it. A policy no listener names
  /// does nothing in CloudFormation either, and is dropped.
  static func stickinessPolicies(
    _ member: RuleMember, app: Bool, _ builder: inout ResourceBuilder
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed policy list cannot be converted")
      return
    }
    let type = app ? "aws_app_cookie_stickiness_policy" : "aws_lb_cookie_stickiness_policy"
    let (field, argument) =
      app
      ? ("CookieName", "cookie_name") : ("CookieExpirationPeriod", "cookie_expiration_period")
    for (i, item) in items.enumerated() {
      let element = member.element(i, item)
      guard case .object(let fields) = item.kind,
        let name = fields.first(where: { $0.key == "PolicyName" })?.value.stringValue
      else {
        builder.unsupported(element, reason: "each policy needs a written-out PolicyName")
        continue
      }
      let ports = listenerPorts(naming: name, in: builder.resource)
      guard !ports.isEmpty else {
        builder.dropped(
          element, reason: "no listener names the policy '\(name)', so it has no effect")
        continue
      }
      var addresses: [TerraformPath] = []
      builder.translator.begin()
      for (p, port) in ports.enumerated() {
        let base =
          "\(builder.primary.name)_\(Namer.snakeCase(name))" + (ports.count > 1 ? "_\(p + 1)" : "")
        var policy = TerraformResource(
          type: type, name: EC2.extraName(base, type: type, builder: builder),
          origin: builder.logicalId)
        policy.comments = ["\(builder.logicalId).\(element.key) (\(builder.resource.type.value))"]
        // ELB:PORT:POLICY for an application cookie policy; the provider has no import for the
        // other.
        policy.importID =
          app
          ? .joined([.physicalId, .value(port), .literal(name)], separator: ":")
          : .notImportable(duplicatePolicyOutcome(type))
        policy.content.argument("name", .string(name))
        policy.content.argument(
          "load_balancer", EC2.reference(builder.primary.path, "id", in: builder))
        policy.content.argument("lb_port", builder.translator.translate(port, as: .number))
        if let value = fields.first(where: { $0.key == field })?.value {
          policy.content.argument(
            argument, builder.translator.translate(value, as: app ? .string : .number))
        }
        addresses.append(policy.path)
        builder.extras.append(policy)
      }
      builder.translator.transformed("the policy became \(type), one per listener that names it")
      builder.record(
        element, target: addresses.first, furtherTargets: Array(addresses.dropFirst()),
        status: builder.translator.status, note: builder.translator.note, source: item)
    }
  }

  /// `Policies`: each becomes an `aws_load_balancer_policy`; the listeners (by
  /// `LoadBalancerPorts` or their `PolicyNames`) and back ends (`InstancePorts`) it applies to get
  /// an `aws_load_balancer_listener_policy` or `aws_load_balancer_backend_server_policy` each,
  /// naming every policy of that port.
  @Sendable static func policies(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed policy list cannot be converted")
      return
    }
    let lbName = EC2.reference(builder.primary.path, "name", in: builder)
    var listenerPolicies: [(port: Expr, names: [HCLExpression])] = []
    var backendPolicies: [(port: Expr, names: [HCLExpression])] = []
    let add = {
      (list: inout [(port: Expr, names: [HCLExpression])], port: Expr, name: HCLExpression) in
      if let index = list.firstIndex(where: { $0.port.kind == port.kind }) {
        list[index].names.append(name)
      } else {
        list.append((port, [name]))
      }
    }
    for (i, item) in items.enumerated() {
      let element = member.element(i, item)
      guard case .object(let fields) = item.kind,
        let nameExpr = fields.first(where: { $0.key == "PolicyName" })?.value,
        let typeExpr = fields.first(where: { $0.key == "PolicyType" })?.value
      else {
        builder.unsupported(element, reason: "each policy needs PolicyName and PolicyType")
        continue
      }
      builder.translator.begin()
      let base =
        "\(builder.primary.name)_\(Namer.snakeCase(nameExpr.stringValue ?? "policy_\(i + 1)"))"
      var policy = TerraformResource(
        type: "aws_load_balancer_policy",
        name: EC2.extraName(base, type: "aws_load_balancer_policy", builder: builder),
        origin: builder.logicalId)
      policy.comments = ["\(builder.logicalId).\(element.key) (\(builder.resource.type.value))"]
      policy.importID = .notImportable(duplicatePolicyOutcome(policy.type))
      policy.content.argument("load_balancer_name", lbName)
      policy.content.argument("policy_name", builder.translator.translate(nameExpr, as: .string))
      policy.content.argument(
        "policy_type_name", builder.translator.translate(typeExpr, as: .string))
      if let attributes = fields.first(where: { $0.key == "Attributes" })?.value,
        case .list(let pairs) = attributes.kind
      {
        for pair in pairs {
          guard case .object(let pairFields) = pair.kind else { continue }
          var body = HCLBody()
          for (key, argument) in [("Name", "name"), ("Value", "value")] {
            if let value = pairFields.first(where: { $0.key == key })?.value {
              body.attribute(argument, builder.translator.translate(value, as: .string))
            }
          }
          policy.content.block(HCLBlock("policy_attribute", body: body))
        }
      }
      let reference = EC2.reference(policy.path, "policy_name", in: builder)
      var listenerPorts = portList(fields, "LoadBalancerPorts")
      if let name = nameExpr.stringValue {
        for port in Self.listenerPorts(naming: name, in: builder.resource)
        where !listenerPorts.contains(where: { $0.kind == port.kind }) {
          listenerPorts.append(port)
        }
      }
      for port in listenerPorts { add(&listenerPolicies, port, reference) }
      for port in portList(fields, "InstancePorts") {
        add(&backendPolicies, port, reference)
      }
      builder.translator.transformed("the policy became aws_load_balancer_policy")
      builder.record(
        element, target: policy.path, status: builder.translator.status,
        note: builder.translator.note, source: item)
      builder.extras.append(policy)
    }
    for (kind, list) in [("listener", listenerPolicies), ("backend_server", backendPolicies)] {
      for entry in list {
        let type = "aws_load_balancer_\(kind)_policy"
        let portText = entry.port.scalarText.map { "_\($0)" } ?? ""
        var binding = TerraformResource(
          type: type,
          name: EC2.extraName(
            "\(builder.primary.name)\(kind == "listener" ? "" : "_backend")\(portText)", type: type,
            builder: builder),
          origin: builder.logicalId)
        binding.comments = ["\(builder.logicalId).Policies (\(builder.resource.type.value))"]
        binding.importID = .notImportable(
          "created: the Terraform AWS provider cannot import \(type); creating it sets the \(kind == "listener" ? "listener" : "back end")'s policies to those it names, as the stack did"
        )
        binding.content.argument("load_balancer_name", lbName)
        let port = builder.translator.translate(entry.port, as: .number)
        binding.content.argument(
          kind == "listener" ? "load_balancer_port" : "instance_port", port)
        let sticky = kind == "listener" ? stickinessNames(onPort: port, builder) : []
        binding.content.argument("policy_names", .tuple(sticky + entry.names))
        builder.extras.append(binding)
      }
    }
  }

  /// What the plan does with a load balancer policy the provider cannot import.
  static func duplicatePolicyOutcome(_ type: String) -> String {
    "created, which fails while the load balancer has the policy (DuplicatePolicyName): the Terraform AWS provider cannot import \(type); take the policy off its listeners and delete it (aws elb set-load-balancer-policies-of-listener, aws elb delete-load-balancer-policy) before applying"
  }

  /// The stickiness policies already bound to listener `port`: a listener policy resource sets
  /// all the listener's policies, so it names them too (and so comes after them).
  static func stickinessNames(onPort port: HCLExpression, _ builder: ResourceBuilder)
    -> [HCLExpression]
  {
    builder.extras.filter { extra in
      ["aws_lb_cookie_stickiness_policy", "aws_app_cookie_stickiness_policy"].contains(extra.type)
        && extra.content.arguments.items.contains(.attribute(HCLAttribute("lb_port", port)))
    }.map { EC2.reference($0.path, "name", in: builder) }
  }

  /// The ports of a written-out port list.
  static func portList(_ fields: [ExprMember], _ key: String) -> [Expr] {
    guard let member = fields.first(where: { $0.key == key }),
      case .list(let ports) = member.value.kind
    else { return [] }
    return ports
  }
}
